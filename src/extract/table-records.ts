// Row readings → tenure rows and gaps: their dates checked, acting notes across the table and for part of a term, dated vacancies.
import type { Table, TableRow } from '../parse/document.js';
import { ACTING_FIRST_IN_CELL, actingWordsOf } from './acting-words.js';
import { readDateCell, type CellDate, type TermCell } from './date-cells.js';
import type { PartialDate } from './dates.js';
import { parseName, type PersonName } from './names.js';
import { writtenOrdinal } from './ordinal-cells.js';
import type { ExtraCell, GapRecord, ReadingWarning } from './records.js';
import { headsOccupation, VACANCY_WORDS } from './row-kinds.js';
import { termInText, type RowReading } from './row-reading.js';
import { FROM, UNTIL } from './term-forms.js';

/** A table row read as a holder's term, before person identities are assigned. */
export interface TenureRow {
  name: PersonName;
  start?: PartialDate;
  end?: PartialDate;
  /**
   * What the end cell said: a date, "open" (in office), blank, unknown or unreadable; `none` where the table has no end
   * cell at all (`| Year | Name |`, `| Took office | Name |`), so that no row of it can say its holder is still in office.
   */
  endKind: CellDate['kind'] | 'none';
  acting: boolean;
  /** The number in the No. column, as written. */
  ordinal?: string;
  line: number;
  raw: string;
  section?: string;
  party?: string;
  notes: string[];
  extra: ExtraCell[];
  warnings: string[];
  /** A row with no name cell under a holder's row (a second term whose name cell spans both rows). */
  continues: boolean;
  /** The copy lost the row's end cell (its cells slid into it): the end is not known unless the holder is still in office. */
  endLost?: boolean;
}

/** A note across the table saying who acted in between: "During this interval, … X was the acting Prime Minister." */
const ACTING_SENTENCE = new RegExp(`^during (?:this|that|the) (?:interval|period|time)[,;]?\\s+(.+?)\\s+(?:was|served as|acted as)\\s+(?:the\\s+)?${actingWordsOf(['any cell'], 'words')}(?![\\p{L}])`, 'iu');
/** Words of an office before a name in such a note ("Privy Council Chairman Kuroda Kiyotaka"). */
const TITLE_WORDS = new Set(['privy', 'council', 'chairman', 'prime', 'minister', 'president', 'vice', 'deputy', 'speaker', 'governor', 'secretary', 'general', 'chief', 'justice', 'of', 'the', 'state', 'national', 'assembly', 'senate', 'house', 'first']);

/** A row spanning the table: an acting holder's note becomes a tenure, a vacancy a gap (an occupation only when dated), any other a label. */
export function readLabel(label: string, row: TableRow, table: Table, out: { tenures: TenureRow[]; gaps: GapRecord[]; warnings: ReadingWarning[] }): void {
  if (!/[\p{L}\p{N}]/u.test(label)) {
    out.warnings.push({ line: row.line, raw: row.raw, message: `the name cell "${label}" names no one; the row is left out` });
    return;
  }
  const acting = ACTING_SENTENCE.exec(label);
  if (acting) {
    const words = acting[1].split(' ');
    const first = words.findIndex((w) => !TITLE_WORDS.has(w.toLowerCase()));
    const name = parseName(words.slice(Math.max(first, 0)).join(' '));
    if (name.english || name.natives.length) {
      const none: CellDate = { kind: 'blank' };
      out.tenures.push(tenureRow({ nameCell: label, term: { start: none, end: none }, notes: [label], extra: [] }, name, row, table, false, true));
      return;
    }
  }
  if (!VACANCY_WORDS.test(label)) return;
  const gap = gapOf(label, { start: { kind: 'blank' }, end: { kind: 'blank' } }, row, table);
  if (gap && !gap.gap.start && !gap.gap.end && headsOccupation(label)) return;
  pushGap(out, gap);
}

/**
 * A tenure row from a row's reading and the holder's name: dates that cannot be read warned, an end before
 * the start left out. (The name comes apart, not spread into a copy of the reading: readings come in
 * several shapes, and copying each cost about 6 % of readArticle on the bench corpus.)
 */
export function tenureRow(reading: RowReading, name: PersonName, row: TableRow, table: Table, continues: boolean, actingCell: boolean): TenureRow {
  const warnings: string[] = [];
  const start = dateOf(reading.term.start, 'Term start', warnings);
  const end = dateOf(reading.term.end, 'Term end', warnings);
  const notes = [...reading.notes];
  for (const part of [reading.term.start, reading.term.end]) if (part.kind === 'date' && part.note) notes.push(part.note);
  const acting = actingCell || name.acting || [reading.term.start, reading.term.end].some((d) => d.kind === 'date' && d.acting);
  const endDate = endAfterStart(start, end, 'term', warnings);
  return {
    name, start, end: endDate, endKind: endDate ? 'date' : reading.term.end.kind === 'date' ? 'unreadable' : reading.term.end.kind,
    acting, ordinal: continues ? undefined : writtenOrdinal(reading.ordinal, row.cells), line: row.line, raw: row.raw, section: table.section,
    party: reading.party, notes, extra: reading.extra, warnings, continues,
  };
}

/** The end of a term or a gap, or undefined with a warning when it falls before the start (as a copy may write it). */
function endAfterStart(start: PartialDate | undefined, end: PartialDate | undefined, what: string, warnings: string[]): PartialDate | undefined {
  if (!start || !end || end.value.slice(0, start.value.length) >= start.value.slice(0, end.value.length)) return end;
  warnings.push(`the ${what} ends (${end.value}) before it starts (${start.value}); the end is left out`);
  return undefined;
}

/** A date cell's date; an unknown or unreadable one is warned. */
function dateOf(cell: CellDate, what: string, warnings: string[]): PartialDate | undefined {
  if (cell.kind === 'date') return cell.date;
  if (cell.kind === 'unknown') warnings.push(`${what} "${cell.text}" is not known; it is left out`);
  if (cell.kind === 'unreadable') warnings.push(`${what}: ${cell.reason}; it is left out`);
  return undefined;
}

/** A gap and what could not be read of its dates. */
interface GapReading {
  gap: GapRecord;
  warnings: string[];
}

/** Adds a gap and the warnings of its dates. */
export function pushGap(out: { gaps: GapRecord[]; warnings: ReadingWarning[] }, found: GapReading | undefined): void {
  if (!found) return;
  out.gaps.push(found.gap);
  for (const message of found.warnings) out.warnings.push({ line: found.gap.line, raw: found.gap.raw, message });
}

/** A dated gap from its row's date cells, else the dates its text holds; an end neither gives is warned as unknown or unreadable, and one before the start is left out. */
export function gapOf(text: string, term: TermCell, row: TableRow, table: Table): GapReading | undefined {
  const inText = termInText(text);
  const warnings: string[] = [];
  const pick = (what: string, a: CellDate, b?: CellDate) => (a.kind === 'date' ? a.date : b?.kind === 'date' ? b.date
    : dateOf(a.kind === 'blank' && b ? b : a, what, warnings));
  const start = pick('Term start', term.start, inText?.start);
  // one day alone in a whole-term cell ("| 16 August 1963 | | Presidency suspended |"): a period of that day
  const oneDay = term.single && term.start.kind === 'date' && term.end.kind === 'blank' && !inText?.end;
  const end = oneDay ? start : endAfterStart(start, pick('Term end', term.end, inText?.end), 'period', warnings);
  if (!start && !end && text === '') return undefined;
  return { gap: { text: text.replace(/^''|''$/g, ''), start, end, line: row.line, raw: row.raw, section: table.section }, warnings };
}

/**
 * True when a cell says the holder acted for part of the term only: an acting word and a date strictly inside the term
 * that the acting ran up to or from ("Acting to 1 January 2002" in a term of 13 November 2001 – 30 November 2005, the
 * appointment taking effect that day). The row is then the substantive term the acting one led into, and is not acting;
 * a date at an end of the term, outside it, or beside an unknown end says the whole term was acting.
 */
export function actsForPartOnly(cell: string, term: TermCell): boolean {
  const acting = ACTING_FIRST_IN_CELL.exec(cell);
  if (!acting) return false;
  const rest = cell.slice(acting[0].length);
  const bound = UNTIL.exec(rest) ?? FROM.exec(rest);
  const date = bound ? readDateCell(rest.slice(bound[0].length)) : undefined;
  if (date?.kind !== 'date') return false;
  const afterStart = term.start.kind === 'date' && compareDates(date.date, term.start.date) > 0;
  const beforeEnd = term.end.kind === 'open' || (term.end.kind === 'date' && compareDates(date.date, term.end.date) < 0);
  return afterStart && beforeEnd;
}

/** Two dates compared at the precision both are written to ("2002-01-01" and "2002": the same). */
function compareDates(a: PartialDate, b: PartialDate): number {
  const length = Math.min(a.value.length, b.value.length);
  const [x, y] = [a.value.slice(0, length), b.value.slice(0, length)];
  return x < y ? -1 : x > y ? 1 : 0;
}
