// One row's cells → what they say (name cell, dates, number, party, notes), by column or by content.
import type { TableRow } from '../parse/document.js';
import { normalizeCell } from './cells.js';
import { labelledLanguage } from './language-labels.js';
import { withoutLatinForm } from './latin-forms.js';
import type { ColumnMap } from './columns.js';
import { isOrdinalCell } from './ordinal-cells.js';
import { isShortYear, readDateInColumn, readTermCell, type CellDate, type TermCell } from './date-cells.js';
import { saysInOffice } from './dates.js';
import type { ExtraCell } from './records.js';
import { looksLikePersonName } from './row-kinds.js';
import { pairedTerms } from './paired-terms.js';

/** Three or four digits: no cell without them holds a date. */
const YEAR = /\d{3}/;

/** Party cells that name no party. */
const NO_PARTY = /^(?:independent|non-?partisan|none|no party|n\/a|—|–|-)$/i;

/** What one row's cells say, before it is known to be a tenure or a gap. */
export interface RowReading {
  nameCell: string;
  term: TermCell;
  ordinal?: string;
  party?: string;
  notes: string[];
  extra: ExtraCell[];
}

/** A row whose cells line up with the table's: each role's cell from its column. */
export function readRegular(row: TableRow, cells: string[], columns: ColumnMap, header: string[]): RowReading {
  const cell = (i: number | undefined) => (i === undefined ? '' : cells[i] ?? '');
  let term: TermCell = columns.term !== undefined ? readTermCell(cell(columns.term))
    : pairedTerms(cell(columns.start), cell(columns.end)) ?? { start: dateInColumn(cell(columns.start)), end: dateInColumn(cell(columns.end)) };
  if (columns.term !== undefined && columns.start !== undefined && term.start.kind === 'blank') term = { ...term, start: dateInColumn(cell(columns.start)) };
  const party = cell(columns.party);
  const ordinal = cell(columns.ordinal).replace(/\.$/, '');
  return {
    nameCell: withNativeCell(withoutLatinForm(cell(columns.name), header[columns.name] ?? ''), cell(columns.native), header[columns.native ?? -1]),
    term,
    ordinal: isOrdinalCell(ordinal) ? ordinal : undefined,
    party: party && !NO_PARTY.test(party) ? party : undefined,
    notes: cell(columns.notes) ? [cell(columns.notes)] : [],
    extra: columns.extra.map((i) => ({ header: header[i] ?? '', value: row.cells[i] ?? '' })).filter((c) => c.value !== ''),
  };
}

/** Words run into a date with no space between them ("Ratu Sir5 December 1987"). */
const GLUED_WORDS = /^(?:\p{L}+ )*\p{L}+(?=\d)/u;

/**
 * A date column's cell; one the name cell's last words ran into, with no space (the copy pushed them over:
 * "Ratu Sir5 December 1987"), is the date after them, when that is written to the day or month.
 */
export function dateInColumn(cell: string): CellDate {
  const date = readDateInColumn(cell);
  const glued = date.kind === 'unreadable' ? GLUED_WORDS.exec(cell) : null;
  if (!glued) return date;
  const rest = readDateInColumn(cell.slice(glued[0].length));
  return rest.kind === 'date' && rest.date.precision !== 'year' ? rest : date;
}

/**
 * The name cell with the native-name column's cell: labelled by the column's header when that names a
 * language ("Kanji", "Georgian"), as a cell would label it: "Kabayama Sukenori (Kanji: 樺山 資紀)".
 */
function withNativeCell(name: string, native: string, header = ''): string {
  if (!native) return name;
  if (!name) return native;
  return labelledLanguage(header) && !/[()（）]/.test(native) ? `${name} (${header}: ${native})` : `${name} ${native}`;
}

/**
 * A row whose cells do not line up with the table's (a cell spanning rows was left out): numbers
 * first, then the name; where the table writes names before dates, dates before any name mean the
 * name cell spans from the row above. Dates are taken in the table's order of start and end, unless one
 * cell holds the whole term and the others only years (an election column).
 */
export function readByContent(cells: string[], namesFirst: boolean, endFirst: boolean): RowReading {
  let ordinal: string | undefined;
  let nameCell = '';
  const dates: string[] = [];
  const notes: string[] = [];
  const person = cells.findIndex((cell) => !hasDate(cell) && looksLikePersonName(cell));
  for (const [i, cell] of cells.entries()) {
    if (cell === '' || /^[–-]$/.test(cell)) continue;
    if (hasDate(cell) || (nameCell !== '' && standsForDate(cell, dates.length, cells.slice(i + 1).find(Boolean)))) dates.push(cell);
    // "Incumbent" right after the start, in a row whose name cell spans from above: the open end, before any duration or election year
    else if (dates.length === 1 && saysInOffice(cell)) dates.push(cell);
    else if (isOrdinalCell(cell)) {
      if (nameCell === '') ordinal ??= cell.replace(/\.$/, '');
    } else if (nameCell === '' && (dates.length === 0 || !namesFirst) && (person < 0 || i === person) && !COUNTED.test(cell)) nameCell = cell;
    else notes.push(cell);
  }
  const ranges = dates.filter(isRange);
  const besideYears = ranges.length === 1 && dates.every((d) => d === ranges[0] || BARE_YEAR.test(d));
  const whole = dates.length === 1 ? readTermCell(dates[0]) : besideYears ? readTermCell(ranges[0]) : undefined;
  const [first, second] = endFirst ? [dates[1], dates[0]] : [dates[0], dates[1]];
  const term = whole ?? { start: readDateInColumn(first ?? ''), end: readDateInColumn(second ?? '') };
  return { nameCell, term, ordinal, notes: nameCell === '' ? [] : notes, extra: [] };
}

/**
 * A number and the word it counts, no name: an age, a session, a count ("42 ára", "4. rgþ.", "3 years"), the cells a
 * row keeps beside its dates when a cell spanning rows covered its name.
 */
const COUNTED = /^\d+\.? ?\p{L}/u;

/** A cell of question marks only: an unknown date. */
const QUESTION_MARKS = /^\?+$/;

/**
 * True when a cell after the name, of a row read by its content, is a date only its place tells: a year
 * of one or two digits less than a century before the date after it ("| Vacant | 96 | 117 |"; the "1" of
 * "| 1 | 24 July 1948 |" counts terms), or "?" beside a date ("| Vacant | 129 | ? |").
 */
function standsForDate(cell: string, datesBefore: number, next: string | undefined): boolean {
  const beforeDate = datesBefore === 0 && next !== undefined && hasDate(next);
  if (isShortYear(cell)) {
    const after = beforeDate ? readTermCell(next!).start : undefined;
    const span = after?.kind === 'date' ? Number(after.date.value.slice(0, 4)) - Number(/\d+/.exec(cell)![0]) : -1;
    return span >= 0 && span < 100;
  }
  return QUESTION_MARKS.test(cell) && (beforeDate || datesBefore === 1);
}

/** A cell holding a year only: beside a cell holding the whole term, it is an election's year, not the end. */
const BARE_YEAR = /^\d{4}$/;
/** A dash or a word between two dates, with spaces around it. */
const SPACED_RANGE = /\s(?:[–-]|to|until|till)\s/;

/** True when a cell holds a whole term written out ("October 29, 1790 – May 27, 1793"; not "2020-13"). */
function isRange(cell: string): boolean {
  if (!SPACED_RANGE.test(cell)) return false;
  const term = readTermCell(cell);
  return !term.single && term.start.kind === 'date' && term.end.kind !== 'blank';
}

/** The most words a term written in a text's last words takes ("c. 17 October 1869 – c. 28 February 1872"). */
const TERM_WORDS = 10;

/**
 * The dates a text holds, in parentheses, whole, or at its end ("Post abolished (7 October 1958-7 December
 * 1971)", "Seat vacant c. 537–562"): the first reading that gives a start, else the first that gives an end.
 */
export function termInText(text: string): TermCell | undefined {
  if (!/\d{3,4}/.test(text)) return undefined;
  const inner = /\(([^()]*\d{3,4}[^()]*)\)/.exec(text)?.[1];
  const words = text.split(' ');
  const tails = words.slice(1).map((_, i) => words.slice(i + 1).join(' ')).slice(-TERM_WORDS);
  let endOnly: TermCell | undefined;
  for (const candidate of [inner, text, ...tails]) {
    if (candidate === undefined) continue;
    const term = readTermCell(candidate);
    if (term.start.kind === 'date') return term;
    if (term.end.kind === 'date') endOnly ??= term;
  }
  return endOnly;
}

/** True when the cell itself is a date or a term, or names a period no date can pin ("6th century"); a lifespan in a name cell's parentheses is not. */
export function hasDate(cell: string): boolean {
  if (!YEAR.test(cell) && !CENTURY.test(cell)) return false;
  const term = readTermCell(cell);
  return isDateOrPeriod(term.start) || isDateOrPeriod(term.end);
}

/** A century's number: without three digits, a cell can still name a period ("6th century"). */
const CENTURY = /\d(?:st|nd|rd|th) century/i;

function isDateOrPeriod(cell: CellDate): boolean {
  return cell.kind === 'date' || (cell.kind === 'unreadable' && cell.period === true);
}

/**
 * A row read by column whose date cells hold less than its other cells: two dates elsewhere, or one
 * where the date columns are blank. Its cells are shifted (a cell spanning rows was left out).
 */
export function missesDates(reading: RowReading, cells: string[]): boolean {
  const { start, end } = reading.term;
  const found = [start, end].filter((d) => d.kind === 'date').length;
  if (end.kind === 'open' || found === 2) return false;
  const elsewhere = cells.filter((c) => hasDate(c)).length;
  return elsewhere >= 2 || (found === 0 && start.kind === 'blank' && end.kind === 'blank' && elsewhere >= 1);
}

/** HTML attributes the renderer left as a cell of their own (`style="…"`, `rowspan=2`). */
const ATTRIBUTES = /^(?:(?:style|class|rowspan|colspan|align|valign|bgcolor|width|scope|data-sort-value)\s*=\s*(?:"[^"]*"|'[^']*'|\S+)\s*)+$/i;

/** A row's cells, normalised, without cells that are only HTML attributes. */
export function cellsOf(row: TableRow): string[] {
  return row.cells.filter((cell) => !cell.includes('=') || !ATTRIBUTES.test(cell.trim())).map(normalizeCell);
}
