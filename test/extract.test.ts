// The article's reading, table-driven: a row repeating an earlier term kept once, a numbered term of its own kept.
import { describe, expect, it } from 'vitest';
import { dropRepeats } from '../src/extract/extract.js';
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
