// Rows the renderer broke, laid out again: a row short of the table's width, a cell spanning two columns rendered as one.
import type { TableRow } from '../parse/document.js';
import { ORDINAL_CELL, type ColumnMap } from './columns.js';
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
      && !ORDINAL_CELL.test(cells[ordinal]) && VACANCY_WORDS.test(cells[ordinal])) return doubled(cells, ordinal);
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

/** The most cells before the name's a cell spanning rows can cover (a number, a portrait). */
const COVERED_CELLS = 2;

/**
 * A reader of the rows whose first cells a cell spanning rows covered: the renderer dropped them, so the rest slid left
 * and the row ends in blanks ("| Muammar Gaddafi | 1942–2011 | 2 March 1979 | 23 August 2011 | … | |" under
 * "| № | Name | Birth–Death | Took office | Left office |", below his numbered row "| (2) | Muammar Gaddafi | … |"). It gives
 * the cells put back under their columns when the name cell then holds a person's name and the date cells a start;
 * undefined for any other row, or one whose name cell already holds a name.
 */
export function slidLeft(columns: ColumnMap, header: string[], width: number): (row: TableRow, cells: string[]) => string[] | undefined {
  return (row, cells) => {
    const here = cells[columns.name] ?? '';
    if (looksLikePersonName(here) && !hasDate(here)) return undefined;
    for (let k = 1; k <= Math.min(COVERED_CELLS, columns.name); k++) {
      const laid = [...Array<string>(k).fill(''), ...cells];
      while (laid.length > width && laid[laid.length - 1] === '') laid.pop();
      if (laid.length > width) return undefined;
      const reading = readRegular(row, laid, columns, header);
      if (looksLikePersonName(reading.nameCell) && !hasDate(reading.nameCell) && reading.term.start.kind === 'date'
        && reading.term.end.kind !== 'unreadable') return laid;
    }
    return undefined;
  };
}
