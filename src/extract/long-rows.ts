// Rows longer than the table's usual width: the first row of a cell spanning the rows under it, which they lack.
import type { TableRow } from '../parse/document.js';
import type { ColumnMap, ColumnProfile } from './columns.js';
import { isOrdinalCell } from './ordinal-cells.js';
import { looksLikePersonName } from './row-kinds.js';
import { hasDate, readRegular, type RowReading } from './row-reading.js';

/** Three or four digits: a year, readable or not ("1099/1113–1118/20"). */
const YEAR_DIGITS = /\d{3,4}/;
/** Half a column's cells: most of them. */
const MOSTLY = 0.5;

/**
 * A row with more cells than most of the table's, but no more than its header has: read by column when its name cell
 * holds a name and its date cells years, even ones no one can read, so that those are warned of rather than lost ("| 1st
 * Grand Master | | Blessed Gerard | 1099/1113–1118/20 | Kingdom of Jerusalem |" over rows without the Headquarters cell
 * its rowspan gave them); else, when its spanning cells stand before the holder's ("| Emirate of Transjordan | 6 | |
 * Yousef Asfour | 1925 | 1931 |" over "| 7 | | Taher Joqqa | 1931 | 1933 |"), read without them (`withoutSpanningCells`).
 */
export function readLongRow(row: TableRow, cells: string[], width: number, columns: ColumnMap, header: string[], profiles: readonly ColumnProfile[]): RowReading | undefined {
  if (cells.length <= width || cells.length > header.length) return undefined;
  const dated = [columns.term, columns.start, columns.end].some((i) => i !== undefined && i < width && YEAR_DIGITS.test(cells[i] ?? ''));
  const reading = readRegular(row, cells, columns, header);
  if (dated && looksLikePersonName(reading.nameCell)) return reading;
  const laid = withoutSpanningCells(cells, width, columns, profiles);
  return laid && readRegular(row, laid, columns, header);
}

/**
 * The row without the cells a rowspan gave it beyond the table's width, wherever they stand: the one way of leaving out
 * that many cells side by side under which every cell left fits its column (a name under the name's, a date where the
 * column holds dates, a number where it holds numbers, a blank where it is mostly blank, words elsewhere). Undefined
 * when no way, or more than one, does.
 */
export function withoutSpanningCells(cells: string[], width: number, columns: ColumnMap, profiles: readonly ColumnProfile[]): string[] | undefined {
  const extra = cells.length - width;
  let found: string[] | undefined;
  for (let at = 0; at + extra <= cells.length; at++) {
    const laid = [...cells.slice(0, at), ...cells.slice(at + extra)];
    if (!laid.every((cell, i) => fits(cell, i, columns, profiles[i]))) continue;
    if (found) return undefined;
    found = laid;
  }
  return found;
}

/** True when a cell fits the column it stands under. */
function fits(cell: string, column: number, columns: ColumnMap, profile: ColumnProfile | undefined): boolean {
  if (column === columns.name) return looksLikePersonName(cell) && !hasDate(cell);
  if (!profile) return false;
  if (cell === '') return profile.filled < MOSTLY;
  if (profile.dates >= MOSTLY) return hasDate(cell);
  if (profile.numbers >= MOSTLY) return isOrdinalCell(cell);
  return profile.filled >= MOSTLY && !hasDate(cell) && !isOrdinalCell(cell);
}
