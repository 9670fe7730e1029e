// Section rows in a dated table, table-driven: a label alone in the name cell is no holder.
import { describe, expect, it } from 'vitest';
import type { TermCell } from '../src/extract/date-cells.js';
import { inRunOfBareNames, isSectionRow } from '../src/extract/section-rows.js';

const NO_DATES: TermCell = { start: { kind: 'blank' }, end: { kind: 'blank' } };
const DATED: TermCell = { start: { kind: 'date', date: { value: '1540', precision: 'year' } }, end: { kind: 'blank' } };

describe('isSectionRow', () => {
  it.each([
    // test/fixtures/real/abbot-of-westminster, lines 40 and 44
    [['Deans intra-Reformation', ''], NO_DATES, true, true],
    [['Abbot restored by Mary I of England', ''], NO_DATES, true, true],
    // test/fixtures/real/list-of-abunas-of-ethiopia: holders whose dates are not known
    [['', 'Minas or Elyas', '', ''], NO_DATES, true, false],
    [['', 'Petros', '', ''], NO_DATES, true, false],
    // a date, another cell filled, or a table with no dates at all: not a section row
    [['Deans intra-Reformation', ''], DATED, true, false],
    [['Deans intra-Reformation', 'see below'], NO_DATES, true, false],
    [['Deans intra-Reformation', ''], NO_DATES, false, false],
  ] as const)('%j → %s', (cells, term, tableDated, section) => {
    const nameColumn = cells.length === 2 ? 0 : 1;
    expect(isSectionRow([...cells], nameColumn, term, tableDated)).toBe(section);
  });
});

describe('inRunOfBareNames', () => {
  // test/fixtures/real/list-of-mayors-of-lusaka lines 26–31: governors whose years the list does not give
  const lusaka = [
    ['Simon C. Mwewa', '1982', '1983', ''], ['Donald C. Sadoki', '', '', ''], ['Michael Sata', '', '', ''], ['Lt. Muyoba', '1991', '', ''],
  ];
  it.each([[0, false], [1, true], [2, true], [3, false]])('Lusaka, row %i → %s', (index, run) => {
    expect(inRunOfBareNames(lusaka, index, 0)).toBe(run);
  });

  it.each([
    // a label over its holders, and two labels in a row that are no person's names
    [[['Presidents of the First Republic', '', ''], ['Jan Novák', '1918', '1920']], 0, false],
    [[['Chairman of the Council', '', ''], ['Presidents of the Republic', '', '']], 0, false],
    // a row of one cell spans the table, whatever follows
    [[['Donald C. Sadoki'], ['Michael Sata']], 0, false],
  ])('%j, row %i → %s', (grid, index, run) => {
    expect(inRunOfBareNames(grid, index, 0)).toBe(run);
  });
});
