// Rows longer than the table's usual width: the first row of a cell spanning the rows under it, which they lack.
import type { TableRow } from '../parse/document.js';
import type { ColumnMap } from './columns.js';
import { looksLikePersonName } from './row-kinds.js';
import { readRegular, type RowReading } from './row-reading.js';

/** Three or four digits: a year, readable or not ("1099/1113–1118/20"). */
const YEAR_DIGITS = /\d{3,4}/;

/**
 * A row with more cells than most of the table's, but no more than its header has ("| 1st Grand Master | | Blessed
 * Gerard | 1099/1113–1118/20 | Kingdom of Jerusalem |" over rows without the Headquarters cell its rowspan gave
 * them): read by column, when its name cell holds a name and its date cells years, even ones no one can read, so
 * that those are warned of rather than lost.
 */
export function readLongRow(row: TableRow, cells: string[], width: number, columns: ColumnMap, header: string[]): RowReading | undefined {
  if (cells.length <= width || cells.length > header.length) return undefined;
  const dated = [columns.term, columns.start, columns.end].some((i) => i !== undefined && i < width && YEAR_DIGITS.test(cells[i] ?? ''));
  const reading = readRegular(row, cells, columns, header);
  return dated && looksLikePersonName(reading.nameCell) ? reading : undefined;
}
