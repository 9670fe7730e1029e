// Rows the renderer broke, laid out again: a row short of the table's width, a cell spanning two columns rendered as one.
import type { TableRow } from '../parse/document.js';
import type { ColumnMap } from './columns.js';
import { isOrdinalCell } from './ordinal-cells.js';
import { looksLikePersonName, VACANCY_WORDS } from './row-kinds.js';
import { hasDate, readRegular, type RowReading } from './row-reading.js';

/**
 * A row a cell or more short of the table's width, lined up from its first cell (its last cells left
 * out: "| 1293 | John Lavallin |" under "| Year | Name | Notes |"), when its name cell then holds a name and
 * its date cells dates (not a party slid under "Left office": "| Ashot Ghulian | 1 July 2005 | Democratic |").
 */
export function readShortRow(row: TableRow, cells: string[], width: number, columns: ColumnMap, header: string[]): RowReading | undefined {
  if (cells.length >= width) return undefined;
  const padded = [...cells, ...Array<string>(width - cells.length).fill('')];
  const reading = readRegular(row, padded, columns, header);
  const { start, end } = reading.term;
  return looksLikePersonName(reading.nameCell) && start.kind !== 'unreadable' && end.kind !== 'unreadable' ? reading : undefined;
}

/**
 * True when a row of a holder ends right after its name, short by exactly the date cells after it ("| 5 | Gawata (joint
 * ruler with twin brother Nawata) |" under "| # | Name | Reign Start | Reign End |"): the row above's date cells span
 * it (the renderer drops the cells a rowspan covers), and its dates are the row above's. Not a row that ends before
 * a cell that is no date ("| 1293 | John Lavallin |" under "| Year | Name | Notes |").
 */
export function lacksSpannedDates(cells: string[], columns: ColumnMap): boolean {
  const dates = [columns.start, columns.end, columns.term].filter((i): i is number => i !== undefined);
  return dates.length > 0 && cells.length > columns.name && cells.length === Math.min(...dates) && cells[columns.name] !== '';
}

/**
 * A reader of a table's rows one of whose cells spans two columns but was rendered as one, so that the
 * cells after it slid left and the row ends in a blank: one year filling both date cells, the party then
 * standing under "Left office" ("| 1908 | Moderates | |", a party the next column holds in other rows), or
 * "Vacant" filling the No. and name cells ("| Vacant | 96 | 117 | |"). It gives the row's cells laid out
 * again, the spanning cell in both its columns; undefined for any other row.
 */
export function spannedCells(grid: string[][], columns: ColumnMap): (cells: string[]) => string[] | undefined {
  const { start, end, ordinal, name } = columns;
  const afterEnd = end === undefined ? undefined : new Set(grid.map((cells) => cells[end + 1]).filter(Boolean));
  return (cells) => {
    if (cells.length < 3 || cells[cells.length - 1] !== '') return undefined;
    if (start !== undefined && end === start + 1 && afterEnd?.has(cells[end]) && hasDate(cells[start]) && !hasDate(cells[end])) return doubled(cells, start);
    if (ordinal !== undefined && name === ordinal + 1 && cells[name] !== ''
      && !isOrdinalCell(cells[ordinal]) && VACANCY_WORDS.test(cells[ordinal])) return doubled(cells, ordinal);
    return undefined;
  };
}

/** The cells with the one at `at` standing in two columns, the blank the row ended in dropped. */
function doubled(cells: string[], at: number): string[] {
  return [...cells.slice(0, at + 1), ...cells.slice(at, -1)];
}

/**
 * A reader of the rows that lack the portrait cell the header has (`image`, a column before the name's): their
 * cells sit one column left, the holder's name under "Portrait" and a dash or nothing under the name
 * ("| – | Dr. Ma. Sher Ali (Administrator) | – | 19 August 2024 |" under "| No. | Portrait | Name | Election |"), and dates.
 * It gives the row's cells with the portrait cell put back (blanks it ended in dropped to the table's `width`);
 * undefined for any other row.
 */
export function portraitPutBack(image: number, name: number, width: number): (cells: string[]) => string[] | undefined {
  return (cells) => {
    if (image < 0 || image >= name || /\p{L}/u.test(cells[name] ?? '') || !looksLikePersonName(cells[image] ?? '')) return undefined;
    // a sub-header under the header ("| Rōmaji | Kanji | |") holds no date
    if (!cells.some(hasDate)) return undefined;
    const laid = [...cells.slice(0, image), '', ...cells.slice(image)];
    while (laid.length > width && laid[laid.length - 1] === '') laid.pop();
    return laid.length <= width ? laid : undefined;
  };
}
