// Rows whose cells after the start slid one column left, into the end's: one date spanning both date cells, or the end cell lost.
import type { ColumnMap } from './columns.js';
import { readDateInColumn } from './date-cells.js';
import type { GapRecord } from './records.js';
import { looksLikePersonName } from './row-kinds.js';
import { hasDate } from './row-reading.js';
import type { TenureRow } from './table-records.js';

/**
 * What the end of a row whose cells slid into its end column is: `spanned`, the start's date filling both date cells
 * (a term within that year or month); `lost`, the end cell missing from the copy (the holder's end not known).
 */
export type SlidEnd = 'spanned' | 'lost';

/** A slid row laid out again under its columns, and what its end is. */
export interface SlidRow {
  cells: string[];
  end: SlidEnd;
}

/** Words of three letters or more, as a cell's words are matched to a column's. */
const WORDS = /\p{L}{3,}/gu;

/** The cell's words, lower-cased. */
function wordsIn(cell: string): string[] {
  return cell.toLowerCase().match(WORDS) ?? [];
}

/**
 * A reader of the rows a cell or a blank short whose end column holds what the column after it holds in the rows that
 * line up (a date under End there): the cells from the end column on slid one column left. What slid is the party
 * ("| 3 | | Mirza Esmaiel Khan (1880–1933) | 1908 | Moderates | | |", "| Ashot Ghulian | 1 July 2005 | Democratic |"),
 * a title ("| Unknown | Before c. 1500 | Malik (King) | - | |"), or the holder's name, the cell after it then the
 * next column's or none ("| 1991 | Basembe Emina | Governor | |" under "| Start | End | Officeholder | Title |").
 * Its cells before the end stand under their columns (no date under the name). A year or a month before a slid party or title fills both date cells, the renderer writing the term within it as one
 * cell (`spanned`); a day, a cell no date, or a slid name says the end cell is missing (`lost`). Undefined for any other row.
 */
export function slidIntoEnd(grid: readonly string[][], columns: ColumnMap, width: number): (cells: string[]) => SlidRow | undefined {
  const { start, end, name } = columns;
  if (start === undefined || end !== start + 1) return () => undefined;
  // the words each column after the end holds in the rows whose end cell is a date or blank, made when a row first needs them
  let vocabulary: Set<string>[] | undefined;
  const columnWords = () => {
    vocabulary = Array.from({ length: width }, () => new Set<string>());
    for (const cells of grid) {
      if (cells[end] !== '' && !hasDate(cells[end])) continue;
      for (let i = end + 1; i < width; i++) for (const word of wordsIn(cells[i] ?? '')) vocabulary[i].add(word);
    }
    return vocabulary;
  };
  const holds = (column: number, cell: string) => wordsIn(cell).some((word) => (vocabulary ?? columnWords())[column]?.has(word));
  return (cells) => {
    const short = cells.length === width - 1;
    if (!short && (cells.length !== width || cells[width - 1] !== '')) return undefined;
    const moved = cells[end] ?? '';
    if (end + 1 >= width || moved === '' || readDateInColumn(moved).kind !== 'unreadable' || hasDate(moved)) return undefined;
    // a row slid from before its dates ("| Muammar Gaddafi | 1942–2011 | 2 March 1979 | …" under "| № | Name | Birth–Death |"): not here
    if (name < end && hasDate(cells[name] ?? '')) return undefined;
    const nameSlid = end + 1 === name;
    if (nameSlid ? !looksLikePersonName(moved) || !fitsAfterName(cells[name] ?? '', name, width, holds) : !holds(end + 1, moved)) return undefined;
    const rest = cells.slice(end, width - 1);
    const began = readDateInColumn(cells[start]);
    if (!nameSlid && began.kind === 'date' && began.date.precision !== 'day') {
      return { cells: [...cells.slice(0, end), cells[start], ...rest], end: 'spanned' };
    }
    return { cells: [...cells.slice(0, end), '', ...rest], end: 'lost' };
  };
}

/** True when the cell after a slid name fits the column after the name's: blank, absent, or sharing its words. */
function fitsAfterName(cell: string, name: number, width: number, holds: (column: number, cell: string) => boolean): boolean {
  return cell === '' || (name + 1 < width && holds(name + 1, cell));
}

/** Years apart beyond which a year spanning both date cells cannot be a term within it: the next holder's took office later. */
const WITHIN_NEXT_YEAR = 1;

/**
 * Marks the ends the copy lost. A term a year fills both date cells of was within that year, unless the next row of the
 * table is another holder's who took office more than a year later ("| 3 | Youssef Saheb Ettabaâ | 1800 | Indépendant |"
 * before "| 4 | Mohamed Arbi Zarrouk Khaznadar | 1815 | 1822 |"): a careful reader does not read into the list a vacancy
 * of years its rows do not show, and takes the year for the start, the end cell lost. The holder's own next term
 * (a return after a break) and a vacancy between say nothing of it. `slid` gives the row's line and what its end was.
 */
export function settleSlidEnds(tenures: TenureRow[], gaps: readonly GapRecord[], slid: ReadonlyMap<number, SlidEnd>): void {
  if (slid.size === 0) return;
  for (const [index, tenure] of tenures.entries()) {
    const end = slid.get(tenure.line);
    if (end === 'lost') {
      tenure.endLost = true;
      continue;
    }
    const next = tenures[index + 1];
    if (end !== 'spanned' || !next?.start || !tenure.start || gaps.some((gap) => gap.line > tenure.line && gap.line < next.line)) continue;
    if (next.name.english === tenure.name.english || Number(next.start.value.slice(0, 4)) - Number(tenure.start.value.slice(0, 4)) <= WITHIN_NEXT_YEAR) continue;
    Object.assign(tenure, { end: undefined, endKind: 'blank', endLost: true });
  }
}
