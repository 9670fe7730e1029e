// Rows the renderer broke, laid out again: a row short of the table's width, a cell spanning two columns rendered as one.
import type { TableRow } from '../parse/document.js';
import type { ColumnMap, ColumnProfile } from './columns.js';
import { isOrdinalCell } from './ordinal-cells.js';
import { looksLikePersonName, VACANCY_WORDS } from './row-kinds.js';
import { readDateInColumn, type CellDate } from './date-cells.js';
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
 * The end of a row short of exactly its end cell, its start cell last ("| 18 | Dakauta | January 1452 (One night) |" under
 * "| # | Name | Reign Start | Reign End |"), when the next row starts on that same date ("| 19 | Atuma | January 1452 | … |"):
 * the start cell spans both columns, and the term ended when it began, at the precision written. An incumbent's row,
 * short of its end too, has no successor who started when it did. Undefined for any other row.
 */
export function endSpannedByStart(cells: string[], next: string[] | undefined, columns: ColumnMap): CellDate | undefined {
  const { start, end } = columns;
  if (start === undefined || end !== start + 1 || cells.length !== end || next === undefined) return undefined;
  const [began, successor] = [readDateInColumn(cells[start]), readDateInColumn(next[start] ?? '')];
  if (began.kind !== 'date' || successor.kind !== 'date') return undefined;
  const same = began.date.value === successor.date.value && began.date.precision === successor.date.precision;
  return same ? { kind: 'date', date: began.date } : undefined;
}

/**
 * True for a row under a holder's that fills only the table's last columns, none of them the holder's own (number,
 * name, dates), each cell fitting its column (a date where the column holds dates, else none): "| 1950 | John Claw
 * (1951–1952) |" under "| No. | Image | Name | Term | Party | Election | Vice Chairman |". The holder's cells span it
 * from the row above (the renderer drops the cells a rowspan covers): it is a sub-row of that tenure (a re-election,
 * a new deputy), no term of its own.
 */
export function fillsOnlyLaterColumns(cells: string[], width: number, columns: ColumnMap, profiles: readonly ColumnProfile[]): boolean {
  const from = width - cells.length;
  const own = [columns.ordinal, columns.name, columns.native, columns.start, columns.end, columns.term];
  if (cells.length < 2 || from <= 0 || own.some((i) => i !== undefined && i >= from)) return false;
  return cells.every((cell, k) => cell === '' || hasDate(cell) === (profiles[from + k]?.dates ?? 0) >= 0.5);
}

/**
 * A reader of a table's rows whose No. cell spans the name's too but was rendered as one, so that the cells after it
 * slid left and the row ends in a blank: "Vacant" filling the No. and name cells ("| Vacant | 96 | 117 | |"). It gives
 * the row's cells laid out again, the spanning cell in both its columns; undefined for any other row. (A date spanning
 * both date cells: slid-cells.ts.)
 */
export function spannedCells(columns: ColumnMap): (cells: string[]) => string[] | undefined {
  const { ordinal, name } = columns;
  return (cells) => {
    if (cells.length < 3 || cells[cells.length - 1] !== '') return undefined;
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

/** Words of three letters or more, as a cell's words are matched to a column's. */
const WORDS = /\p{L}{3,}/gu;

/** A cell's distinct words, lower-cased. */
function wordsIn(cell: string): Set<string> {
  return new Set(cell.toLowerCase().match(WORDS) ?? []);
}

/**
 * A reader of the rows under a holder's whose first cells a cell spanning rows covered, the rest written first and the
 * row ending in blanks or short: a second title of the holder above ("| Präsident des Obersten Militärrates | 17. April
 * 1974 | 10. November 1987 | | | | |" under "| Nr. | Bild | Name | Amtsbezeichnung | Beginn | Ende | Partei |"), or a
 * second holder sharing the tenure above ("| Félix Mouzabakani, Officer in charge of … | Mil | | | |"). Each cell is
 * put under the column, after the one before it, whose cells (in the rows that line up with the header) share the most
 * of its words, a date going under a date column (a number first stays under No.; a later cell no row above holds
 * stands next to the one before it). It gives the cells laid out again when the first cell with letters found such a
 * column and the name cell is then empty (the holder above's) or a name; undefined for any other row, or one whose name
 * cell already holds a name.
 */
export function coveredByRowAbove(grid: string[][], columns: ColumnMap, profiles: readonly ColumnProfile[], width: number): (cells: string[]) => string[] | undefined {
  // the words of each column's cells in the rows that line up (a name under Name), made when a row first needs them
  let vocabulary: Set<string>[] | undefined;
  const columnWords = () => {
    vocabulary = Array.from({ length: width }, () => new Set<string>());
    for (const cells of grid) {
      const name = cells[columns.name] ?? '';
      if (!looksLikePersonName(name) || hasDate(name)) continue;
      cells.forEach((cell, i) => { if (i < width) for (const word of wordsIn(cell)) vocabulary![i].add(word); });
    }
    return vocabulary;
  };
  return (cells) => {
    let count = cells.length;
    while (count > 0 && cells[count - 1] === '') count--;
    const here = cells[columns.name] ?? '';
    if (count < 2 || count >= width || (looksLikePersonName(here) && !hasDate(here))) return undefined;
    const words = vocabulary ?? columnWords();
    const score = (cell: string, cellWords: Set<string>, column: number) => {
      let shared = 0;
      for (const word of cellWords) if (words[column].has(word)) shared++;
      return shared + (hasDate(cell) && (profiles[column]?.dates ?? 0) >= 0.5 ? 1 : 0);
    };
    const laid = Array<string>(width).fill('');
    let column = -1;
    let matched = false;
    for (let j = 0; j < count; j++) {
      const cell = cells[j];
      let best = column + 1;
      if (j === 0 && columns.ordinal === 0 && isOrdinalCell(cell)) best = 0;
      else if (/\p{L}/u.test(cell)) {
        const cellWords = wordsIn(cell);
        let most = score(cell, cellWords, best);
        for (let c = column + 2; c <= width - (count - j); c++) {
          const shared = score(cell, cellWords, c);
          if (shared > most) [best, most] = [c, shared];
        }
        // the first cell with letters must find its column; a later one may hold what no row above did (a new party),
        // and stands next to the one before it
        if (most === 0 && !matched) return undefined;
        matched = true;
      }
      laid[best] = cell;
      column = best;
    }
    const name = laid[columns.name];
    if (laid.every((cell, i) => cell === (cells[i] ?? ''))) return undefined;
    return name === '' || (looksLikePersonName(name) && !hasDate(name)) ? laid : undefined;
  };
}
