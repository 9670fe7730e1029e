// Post-nominals after a name, table-driven: runs of the letters of orders, honours, offices and degrees are no part of the name.
import { describe, expect, it } from 'vitest';
import { parseName } from '../src/extract/names.js';
import { POST_NOMINAL_LETTERS, withoutPostNominals } from '../src/extract/post-nominals.js';

describe('withoutPostNominals cuts a run of post-nominal letters after a name, keeping it as a remark', () => {
  it.each([
    // test/fixtures/real/list-of-premiers-of-western-australia-by-time-in-office
    ['Richard Court AC', 'Richard Court', 'AC'],
    ['Charles Court AK KCMG OBE', 'Charles Court', 'AK KCMG OBE'],
    ['David Brand KCMG', 'David Brand', 'KCMG'],
    ['Isaac Brock KB', 'Isaac Brock', 'KB'],
    ['Roger Hale Sheaffe 1st Baronet', 'Roger Hale Sheaffe', '1st Baronet'],
    ['Robert Menzies KT AK CH QC FRS', 'Robert Menzies', 'KT AK CH QC FRS'],
    ['Pierre Trudeau PC CC CH QC FRSC', 'Pierre Trudeau', 'PC CC CH QC FRSC'],
    ['Keith Holyoake KG GCMG CH QSO', 'Keith Holyoake', 'KG GCMG CH QSO'],
    ['John Smith MP', 'John Smith', 'MP'],
    ['William Temple PhD DD', 'William Temple', 'PhD DD'],
    ['Robert Peel Bt.', 'Robert Peel', 'Bt.'],
  ])('%j → %j', (cell, english, letters) => {
    const name = parseName('x');
    expect([withoutPostNominals(cell, { ...name, remarks: [] }), parseName(cell).remarks]).toEqual([english, [letters]]);
  });

  it.each([
    'Ma Ying-jeou', 'Jacques CHIRAC', 'Pope Pius IX', 'Henry VIII', 'John Adams', 'Ed Miliband',
  ])('keeps %j whole: no run of the letters ends it', (cell) => {
    expect(withoutPostNominals(cell, { ...parseName('x'), remarks: [] })).toBe(cell);
  });

  it('holds no letters twice across its sources', () => {
    const all = Object.values(POST_NOMINAL_LETTERS).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
