// Two years run together in a term cell, table-driven: the renderer lost the dash between them.
import { describe, expect, it } from 'vitest';
import { readTermCell } from '../src/extract/date-cells.js';
import { yearsRunTogether } from '../src/extract/year-pairs.js';

describe('yearsRunTogether', () => {
  it.each([
    // test/fixtures/real/tampereen-kaupunginjohtaja: "| Kaarle Nordlund | 18891943 | 19291943 |" under "| Kaupunginjohtaja | Syntyi-kuoli | Kausi |"
    ['19291943', { start: '1929', end: '1943' }],
    ['19852007', { start: '1985', end: '2007' }],
    ['19641964', { start: '1964', end: '1964' }],
    // a date written without separators, the second before the first, a term over a century, no years at all
    ['20170312', undefined],
    ['19431929', undefined],
    ['17002007', undefined],
    ['09991005', undefined],
    ['1929–1943', undefined],
    ['1929194', undefined],
  ])('%s → %j', (cell, years) => {
    expect(yearsRunTogether(cell)).toEqual(years);
  });

  it('a term cell reads them as the term', () => {
    const term = readTermCell('19291943');
    expect([term.start, term.end].map((d) => (d.kind === 'date' ? d.date.value : d.kind))).toEqual(['1929', '1943']);
  });
});
