// Section rows in a dated table: a label alone in the name cell ("| Deans intra-Reformation | |"), no one's term.
import type { TermCell } from './date-cells.js';
import { looksLikePersonName } from './row-kinds.js';

/** A lower-case word of four letters or more: a label's words ("restored", "intra-Reformation"), not a joining "or". */
const LOWER_CASE_WORD = /(?:^|\s)\p{Ll}[\p{L}-]{3,}/u;

/**
 * True when a row of a dated table holds text in its name cell only, no date anywhere, and that text has no
 * person's name shape, a lower-case word of its own among its words ("Deans intra-Reformation", "Abbot restored
 * by Mary I of England"): a label of the rows under it, written in the name column with its other cells left
 * empty, not a holder whose dates are lost ("Minas or Elyas": two names of one holder; "Petros").
 */
export function isSectionRow(cells: string[], nameColumn: number, term: TermCell, tableDated: boolean): boolean {
  if (!tableDated || term.start.kind !== 'blank' || term.end.kind !== 'blank') return false;
  if (!cells.every((cell, i) => cell === '' || i === nameColumn)) return false;
  const text = cells[nameColumn] ?? '';
  return LOWER_CASE_WORD.test(text) && !looksLikePersonName(text);
}

/** A row holding only a person-shaped text in the name column, its other cells written and empty ("| Donald C. Sadoki | | | |"). */
function holdsBareName(cells: readonly string[], nameColumn: number): boolean {
  const text = cells[nameColumn] ?? '';
  return cells.length > 1 && text !== '' && cells.every((cell, i) => cell === '' || i === nameColumn) && looksLikePersonName(text);
}

/**
 * True when the row at `index` of `grid` and a row beside it each hold only a person's name in the name column, their
 * other cells empty ("| Donald C. Sadoki | | | |" over "| Michael Sata | | | |"): holders whose dates the list does not
 * give, not labels spanning the table, which head rows of holders and so do not follow one another.
 */
export function inRunOfBareNames(grid: readonly (readonly string[])[], index: number, nameColumn: number): boolean {
  if (!holdsBareName(grid[index], nameColumn)) return false;
  return (index > 0 && holdsBareName(grid[index - 1], nameColumn)) || (index + 1 < grid.length && holdsBareName(grid[index + 1], nameColumn));
}
