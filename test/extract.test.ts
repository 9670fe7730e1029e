// The article's reading, table-driven: a row repeating an earlier term kept once, a numbered term of its own kept; who is in office.
import { describe, expect, it } from 'vitest';
import { currentTerms, dropRepeats } from '../src/extract/extract.js';
import { parseName } from '../src/extract/names.js';
import type { TenureRow } from '../src/extract/table.js';

/** A tenure row of Luís Cabral's (test/fixtures/real/list-of-mayors-of-lisbon lines 12–13), with its number. */
const row = (line: number, ordinal: string | undefined): { row: TenureRow; person: string } => ({
  person: 'luis-cabral',
  row: {
    name: parseName('Luís Cabral (1763–1XXX)'), start: { value: '1846', precision: 'year' }, end: { value: '1846', precision: 'year' },
    endKind: 'date', acting: false, ordinal, line, raw: '', notes: [], extra: [], warnings: [], continues: false,
  } as TenureRow,
});

describe('dropRepeats: a repeated term is kept once, unless it carries a number of its own', () => {
  it.each([
    // lines 12 and 13: "| 5 | | Luís Cabral (1763–1XXX) | 1846 | 1846 |", then the same with No. 6
    [[row(12, '5'), row(13, '6')], [12, 13]],
    // the same row twice, or once numbered and once not (a second table repeating the first)
    [[row(12, '5'), row(13, '5')], [12]],
    [[row(12, '5'), row(13, undefined)], [12]],
    [[row(12, undefined), row(13, undefined)], [12]],
  ])('%#', (rows, kept) => {
    expect(dropRepeats(rows).map(({ row }) => row.line)).toEqual(kept);
  });
});

/** A tenure row of the years given, its end blank when there is none ("open" when the cell said so). */
const term = (start?: string, end?: string | 'open'): TenureRow => ({
  name: parseName('X'), start: start ? { value: start, precision: 'year' } : undefined,
  end: end && end !== 'open' ? { value: end, precision: 'year' } : undefined,
  endKind: end === 'open' ? 'open' : end ? 'date' : 'blank', acting: false, line: 1, raw: '', notes: [], extra: [], warnings: [], continues: false,
});

describe('currentTerms: who is still in office', () => {
  it.each([
    // test/fixtures/real/chief-justice-of-the-supreme-court-of-hong-kong lines 44–45: "| Geoffrey Ma | 2003-2010 |", "| Andrew Cheung | |"
    ['the last row empty after a recent term', [term('1997', '2000'), term('2003', '2010'), term()], [false, false, true]],
    // a list cut off long ago has no current holder
    ['the last row empty after a term of 1269', [term('1250', '1260'), term('1260', '1269'), term()], [false, false, false]],
    // an empty row not last, or after a term ended before another began
    ['an empty row not last', [term('1997', '2000'), term(), term('2003', '2010')], [false, false, false]],
    ['an empty row after an overlapped end', [term('2003', '2008'), term('2010', 'open'), term('1997', '2009'), term()], [false, true, false, false]],
    // a blank end on the one term begun last, since 1920
    ['a blank end on the latest start', [term('1990', '2000'), term('2000')], [false, true]],
    ['two terms begun together', [term('2000'), term('2000')], [false, false]],
    // test/fixtures/real-unread/governo-de-maputo: a table of starts only writes no end, so none is open
    ['no end cell at all on the latest start', [term('2014'), { ...term('2019'), endKind: 'none' }], [false, false]],
  ])('%s', (_, rows, expected) => {
    expect(currentTerms(rows)).toEqual(expected);
  });
});
