// A Polish noble's coat of arms after his name, table-driven: a row leaving it out still names the same person.
import { describe, expect, it } from 'vitest';
import { sameUpToArms, withoutArms } from '../src/extract/coat-of-arms.js';

describe('withoutArms', () => {
  it.each([
    ['beniamin zaremba herbu zaremba', 'beniamin zaremba'],
    ['dzierżykraj z człopy herbu nałęcz', 'dzierżykraj z człopy'],
    ['beniamin zaremba', 'beniamin zaremba'],
  ])('%s → %s', (name, bare) => {
    expect(withoutArms(name)).toBe(bare);
  });
});

describe('sameUpToArms', () => {
  it.each([
    // test/fixtures/real/wojewodowie-poznanscy-i-wielkopolscy, lines 21 and 23 ("po raz kolejny": once more)
    ['beniamin zaremba herbu zaremba', 'beniamin zaremba', true],
    ['beniamin zaremba', 'beniamin zaremba herbu zaremba', true],
    ['przedpełk herbu łodzia', 'przedpełk herbu łodzia', true],
    // two different arms: two people; two different names
    ['jan z szamotuł herbu nałęcz', 'jan z szamotuł herbu doliwa', false],
    ['beniamin zaremba', 'beniamin z grabowy', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(sameUpToArms(a, b)).toBe(same);
  });
});
