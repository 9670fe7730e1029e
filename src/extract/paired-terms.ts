// A row whose start and end cells each hold two dates: two terms of one holder in one row, read as the row's span.
import { readTermCell, type TermCell } from './date-cells.js';
import { compareDates } from './dates.js';

/** A year's first three digits, and one after a non-digit further on. */
const YEAR = /\d{3}/;
const LATER_YEAR = /\D\d{3}/;
/** A dash or a word joining two dates: a range in one cell, not two dates one after the other. */
const RANGE = /[–-]|\b(?:to|until|till)\b/;

/** True when a cell has two years (three digits or more, apart) and no range: no other cell holds two dates one after the other. */
function holdsTwoYears(cell: string): boolean {
  if (RANGE.test(cell)) return false;
  const first = YEAR.exec(cell);
  return first !== null && LATER_YEAR.test(cell.slice(first.index + 3));
}

/**
 * The term of a row whose start cell holds two starts and whose end cell two ends, one after the other with no
 * separator ("16 October 1959 5 April 1967" | "22 November 1966 30 May 1973", a term interrupted and taken up again):
 * each end after its start and the first term over before the second begins. The row is one tenure (one row, one
 * term of office in the list), so it runs from the first start to the last end, and says both terms in a note.
 * Undefined for any other pair of cells.
 */
export function pairedTerms(startCell: string, endCell: string): TermCell | undefined {
  if (!holdsTwoYears(startCell) || !holdsTwoYears(endCell)) return undefined;
  const [starts, ends] = [readTermCell(startCell), readTermCell(endCell)];
  if (starts.start.kind !== 'date' || starts.end.kind !== 'date' || ends.start.kind !== 'date' || ends.end.kind !== 'date') return undefined;
  const inOrder = [starts.start.date, ends.start.date, starts.end.date, ends.end.date]
    .every((date, i, all) => i === 0 || compareDates(all[i - 1], date) < 0);
  if (!inOrder) return undefined;
  const note = `two terms: ${starts.start.date.value} – ${ends.start.date.value}, ${starts.end.date.value} – ${ends.end.date.value}`;
  return { start: { kind: 'date', date: starts.start.date, note }, end: { kind: 'date', date: ends.end.date } };
}
