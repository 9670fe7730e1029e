// Row readings → tenure rows and gaps: their dates checked, acting notes across the table, dated vacancies.
import type { Table, TableRow } from '../parse/document.js';
import type { CellDate, TermCell } from './date-cells.js';
import type { PartialDate } from './dates.js';
import { parseName, type PersonName } from './names.js';
import type { ExtraCell, GapRecord, ReadingWarning } from './records.js';
import { VACANCY_WORDS } from './row-kinds.js';
import { termInText, type RowReading } from './row-reading.js';

/** A table row read as a holder's term, before person identities are assigned. */
export interface TenureRow {
  name: PersonName;
  start?: PartialDate;
  end?: PartialDate;
  /** What the end cell said: a date, "open" (in office), blank, unknown or unreadable. */
  endKind: CellDate['kind'];
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
}

/** A note across the table saying who acted in between: "During this interval, … X was the acting Prime Minister." */
const ACTING_SENTENCE = /^during (?:this|that|the) (?:interval|period|time)[,;]?\s+(.+?)\s+(?:was|served as|acted as)\s+(?:the\s+)?(?:acting|interim)\b/i;
/** Words of an office before a name in such a note ("Privy Council Chairman Kuroda Kiyotaka"). */
const TITLE_WORDS = new Set(['privy', 'council', 'chairman', 'prime', 'minister', 'president', 'vice', 'deputy', 'speaker', 'governor', 'secretary', 'general', 'chief', 'justice', 'of', 'the', 'state', 'national', 'assembly', 'senate', 'house', 'first']);

/** A row spanning the table: an acting holder's note becomes a tenure, a dated vacancy a gap, any other a label. */
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
  if (VACANCY_WORDS.test(label)) pushGap(out, gapOf(label, { start: { kind: 'blank' }, end: { kind: 'blank' } }, row, table));
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
  let endDate = end;
  if (start && end && end.value.slice(0, start.value.length) < start.value.slice(0, end.value.length)) {
    warnings.push(`the term ends (${end.value}) before it starts (${start.value}); the end is left out`);
    endDate = undefined;
  }
  return {
    name, start, end: endDate, endKind: endDate ? 'date' : reading.term.end.kind === 'date' ? 'unreadable' : reading.term.end.kind,
    acting, ordinal: continues ? undefined : reading.ordinal, line: row.line, raw: row.raw, section: table.section,
    party: reading.party, notes, extra: reading.extra, warnings, continues,
  };
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

/** A dated gap from its row's date cells, else the dates its text holds; an end neither gives is warned as unknown or unreadable. */
export function gapOf(text: string, term: TermCell, row: TableRow, table: Table): GapReading | undefined {
  const inText = termInText(text);
  const warnings: string[] = [];
  const pick = (what: string, a: CellDate, b?: CellDate) => (a.kind === 'date' ? a.date : b?.kind === 'date' ? b.date
    : dateOf(a.kind === 'blank' && b ? b : a, what, warnings));
  const start = pick('Term start', term.start, inText?.start);
  const end = pick('Term end', term.end, inText?.end);
  if (!start && !end && text === '') return undefined;
  return { gap: { text: text.replace(/^''|''$/g, ''), start, end, line: row.line, raw: row.raw, section: table.section }, warnings };
}
