// Pipe tables → tenure rows, gaps and reading warnings: columns by header and content, rows by kind.
import type { Table, TableRow } from '../parse/document.js';
import { isItalicNote, normalizeCell } from './cells.js';
import { assignColumns, headerRole, ORDINAL_CELL, profileColumns, type ColumnMap } from './columns.js';
import { readDateCell, readTermCell, type CellDate, type TermCell } from './date-cells.js';
import { type PartialDate } from './dates.js';
import { parseName, type PersonName } from './names.js';
import type { ExtraCell, GapRecord, ReadingWarning } from './records.js';
import { isHeaderRow, looksLikePersonName, noPersonScore, spanningText, VACANCY_WORDS, type TableShape } from './row-kinds.js';

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

/** The rows of one table, or why it is no table of holders. */
export type TableReading =
  | { tenures: TenureRow[]; gaps: GapRecord[]; warnings: ReadingWarning[]; dated: boolean; line: number; raw: string }
  | { refused: string; line: number; raw: string };

/** Party cells that name no party. */
const NO_PARTY = /^(?:independent|non-?partisan|none|no party|n\/a|—|–|-)$/i;
/** Acting or interim, said in any cell of the row ("Sanjō (interim)" in a Government column). */
const ACTING_WORD = /\b(?:acting|interim)\b/i;
/** A note across the table saying who acted in between: "During this interval, … X was the acting Prime Minister." */
const ACTING_SENTENCE = /^during (?:this|that|the) (?:interval|period|time)[,;]?\s+(.+?)\s+(?:was|served as|acted as)\s+(?:the\s+)?(?:acting|interim)\b/i;
/** Words of an office before a name in such a note ("Privy Council Chairman Kuroda Kiyotaka"). */
const TITLE_WORDS = new Set(['privy', 'council', 'chairman', 'prime', 'minister', 'president', 'vice', 'deputy', 'speaker', 'governor', 'secretary', 'general', 'chief', 'justice', 'of', 'the', 'state', 'national', 'assembly', 'senate', 'house', 'first']);

/** Reads every row of a holder table; `officeWords` are the words of the post's title ("governor"). */
export function readTable(table: Table, officeWords: ReadonlySet<string>): TableReading {
  const isHeaderWord = (cell: string) => headerRole(cell, officeWords).role !== undefined && !/\d{3,4}/.test(cell)
    && cell.replace(/\([^()]*\)/g, '').trim().split(' ').length <= 5;
  const all = [table.header, ...table.rows].map((row) => ({ row, cells: cellsOf(row) }));
  const header = headerOf(all.map((r) => r.cells), isHeaderWord);
  const rows = all.filter(({ cells }) => cells !== header && !isHeaderRow(cells, header, isHeaderWord) && cells.some(Boolean));
  const width = modalWidth(rows.map((r) => r.cells.length), header.length);
  const regular = rows.filter((r) => r.cells.length === width && spanningText(r.cells, width) === undefined);
  const columns = assignColumns(profileColumns(width >= header.length ? header : [], regular.map((r) => r.cells)), officeWords);
  if ('reasons' in columns) {
    return { refused: `no column holds people's names (columns: ${columns.reasons.join('; ')})`, line: table.header.line, raw: table.header.raw };
  }
  const shape = tableShape(regular.map((r) => r.cells), columns);
  const title = commonTitle(regular.map((r) => r.cells[columns.name] ?? ''));
  const roleAt = (role: string) => header.findIndex((cell) => headerRole(cell, officeWords).role === role);
  const dateColumns = [columns.start, columns.end, columns.term, roleAt('start'), roleAt('end'), roleAt('term')]
    .filter((i): i is number => i !== undefined && i >= 0);
  const namesFirst = columns.name < Math.min(Infinity, ...dateColumns);
  const endFirst = roleAt('end') >= 0 && roleAt('start') > roleAt('end');
  const dated = columns.start !== undefined || columns.end !== undefined || columns.term !== undefined;
  const out = { tenures: [] as TenureRow[], gaps: [] as GapRecord[], warnings: [] as ReadingWarning[], dated, line: table.header.line, raw: table.header.raw };
  for (const { row, cells } of rows) {
    const label = spanningText(cells, width);
    if (label !== undefined) {
      readLabel(label, row, table, out);
      continue;
    }
    const byColumn = cells.length === width ? readRegular(row, cells, columns, header) : undefined;
    let reading = byColumn;
    if (!reading || hasDate(reading.nameCell) || missesDates(reading, cells)) reading = readByContent(cells, namesFirst, endFirst);
    if (title && reading.nameCell.endsWith(`, ${title}`)) reading.nameCell = reading.nameCell.slice(0, -title.length - 2);
    const previous = out.tenures[out.tenures.length - 1];
    const dated = reading.term.start.kind === 'date' || reading.term.end.kind === 'date';
    const acting = cells.some((c, i) => i !== columns.name && ACTING_WORD.test(c));
    if (reading.nameCell === '') {
      if (previous && dated) {
        const aligned = reading === byColumn;
        out.tenures.push(tenureRow({ ...reading, name: { ...previous.name, acting: false } }, row, table, !aligned, acting));
      }
      else pushGap(out.gaps, gapOf('', reading.term, row, table));
      continue;
    }
    if (!/\p{L}/u.test(reading.nameCell)) {
      out.warnings.push({ line: row.line, raw: row.raw,
        message: `the name cell "${reading.nameCell}" names no one; the row is left out` });
      continue;
    }
    const numbered = columns.ordinal === undefined ? undefined : reading.ordinal !== undefined;
    const rawName = row.cells[columns.name] ?? '';
    if (isItalicNote(rawName) || noPersonScore(reading.nameCell, shape, numbered) >= 2) {
      pushGap(out.gaps, gapOf(reading.nameCell, reading.term, row, table));
      continue;
    }
    out.tenures.push(tenureRow({ ...reading, name: parseName(reading.nameCell) }, row, table, false, acting));
  }
  return out;
}

/**
 * The title most name cells end in ("Diogo Afonso, Captain", "Oranyan, Alaafin"): the office, not
 * part of anyone's name. Undefined unless at least 40% of three or more name cells share it.
 */
function commonTitle(nameCells: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const cell of nameCells) {
    const title = /, (\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2})$/u.exec(cell)?.[1];
    if (title) counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  const [title, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return title !== undefined && count! >= 3 && count! >= 0.4 * nameCells.filter(Boolean).length ? title : undefined;
}

/** HTML attributes the renderer left as a cell of their own (`style="…"`, `rowspan=2`). */
const ATTRIBUTES = /^(?:(?:style|class|rowspan|colspan|align|valign|bgcolor|width|scope|data-sort-value)\s*=\s*(?:"[^"]*"|'[^']*'|\S+)\s*)+$/i;

/** A row's cells, normalised, without cells that are only HTML attributes. */
function cellsOf(row: TableRow): string[] {
  return row.cells.filter((cell) => !ATTRIBUTES.test(cell.trim())).map(normalizeCell);
}

/** The header among the leading rows whose cells are all header words: the one that names the most columns. */
function headerOf(rows: string[][], isHeaderWord: (cell: string) => boolean): string[] {
  let best = rows[0];
  for (const cells of rows) {
    const filled = cells.filter(Boolean);
    if (filled.length === 0 || (filled.length === 1 && cells.length > 1)) continue;
    if (!filled.every(isHeaderWord)) break;
    if (filled.length > best.filter(Boolean).length || best.filter(Boolean).length <= 1) best = cells;
  }
  return best;
}

/** A row spanning the table: an acting holder's note becomes a tenure, a dated vacancy a gap, any other a label. */
function readLabel(label: string, row: TableRow, table: Table, out: { tenures: TenureRow[]; gaps: GapRecord[]; warnings: ReadingWarning[] }): void {
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
      out.tenures.push(tenureRow({ nameCell: label, term: { start: none, end: none }, notes: [label], extra: [], name }, row, table, false, true));
      return;
    }
  }
  if (termInText(label) && VACANCY_WORDS.test(label)) pushGap(out.gaps, gapOf(label, { start: { kind: 'blank' }, end: { kind: 'blank' } }, row, table));
}

/** What one row's cells say, before it is known to be a tenure or a gap. */
interface RowReading {
  nameCell: string;
  term: TermCell;
  ordinal?: string;
  party?: string;
  notes: string[];
  extra: ExtraCell[];
}

function readRegular(row: TableRow, cells: string[], columns: ColumnMap, header: string[]): RowReading {
  const cell = (i: number | undefined) => (i === undefined ? '' : cells[i] ?? '');
  let term: TermCell = columns.term !== undefined ? readTermCell(cell(columns.term)) : { start: readDateCell(cell(columns.start)), end: readDateCell(cell(columns.end)) };
  if (columns.term !== undefined && columns.start !== undefined && term.start.kind === 'blank') term = { ...term, start: readDateCell(cell(columns.start)) };
  const party = cell(columns.party);
  const ordinal = cell(columns.ordinal).replace(/\.$/, '');
  return {
    nameCell: [cell(columns.name), cell(columns.native)].filter(Boolean).join(' '),
    term,
    ordinal: ORDINAL_CELL.test(ordinal) ? ordinal : undefined,
    party: party && !NO_PARTY.test(party) ? party : undefined,
    notes: cell(columns.notes) ? [cell(columns.notes)] : [],
    extra: columns.extra.map((i) => ({ header: header[i] ?? '', value: row.cells[i] ?? '' })).filter((c) => c.value !== ''),
  };
}

/**
 * A row whose cells do not line up with the table's (a cell spanning rows was left out): numbers
 * first, then the name; where the table writes names before dates, dates before any name mean the
 * name cell spans from the row above. Dates are taken in the table's order of start and end.
 */
function readByContent(cells: string[], namesFirst: boolean, endFirst: boolean): RowReading {
  let ordinal: string | undefined;
  let nameCell = '';
  const dates: string[] = [];
  const notes: string[] = [];
  const person = cells.findIndex((cell) => !hasDate(cell) && looksLikePersonName(cell));
  for (const [i, cell] of cells.entries()) {
    if (cell === '' || /^[–-]$/.test(cell)) continue;
    if (hasDate(cell)) dates.push(cell);
    else if (ORDINAL_CELL.test(cell)) {
      if (nameCell === '') ordinal ??= cell.replace(/\.$/, '');
    } else if (nameCell === '' && (dates.length === 0 || !namesFirst) && (person < 0 || i === person)) nameCell = cell;
    else notes.push(cell);
  }
  const whole = dates.length === 1 ? readTermCell(dates[0]) : undefined;
  const [first, second] = endFirst ? [dates[1], dates[0]] : [dates[0], dates[1]];
  const term = whole ?? { start: readDateCell(first ?? ''), end: readDateCell(second ?? '') };
  return { nameCell, term, ordinal, notes: nameCell === '' ? [] : notes, extra: [] };
}

function tenureRow(reading: RowReading & { name: PersonName }, row: TableRow, table: Table, continues: boolean, actingCell: boolean): TenureRow {
  const warnings: string[] = [];
  const start = dateOf(reading.term.start, 'Term start', warnings);
  const end = dateOf(reading.term.end, 'Term end', warnings);
  const notes = [...reading.notes];
  for (const part of [reading.term.start, reading.term.end]) if (part.kind === 'date' && part.note) notes.push(part.note);
  const acting = actingCell || reading.name.acting || [reading.term.start, reading.term.end].some((d) => d.kind === 'date' && d.acting);
  let endDate = end;
  if (start && end && end.value.slice(0, start.value.length) < start.value.slice(0, end.value.length)) {
    warnings.push(`the term ends (${end.value}) before it starts (${start.value}); the end is left out`);
    endDate = undefined;
  }
  return {
    name: reading.name, start, end: endDate, endKind: endDate ? 'date' : reading.term.end.kind === 'date' ? 'unreadable' : reading.term.end.kind,
    acting, ordinal: continues ? undefined : reading.ordinal, line: row.line, raw: row.raw, section: table.section,
    party: reading.party, notes, extra: reading.extra, warnings, continues,
  };
}

function dateOf(cell: CellDate, what: string, warnings: string[]): PartialDate | undefined {
  if (cell.kind === 'date') return cell.date;
  if (cell.kind === 'unknown') warnings.push(`${what} "${cell.text}" is not known; it is left out`);
  if (cell.kind === 'unreadable') warnings.push(`${what}: ${cell.reason}; it is left out`);
  return undefined;
}

function pushGap(gaps: GapRecord[], gap: GapRecord | undefined): void {
  if (gap) gaps.push(gap);
}

function gapOf(text: string, term: TermCell, row: TableRow, table: Table): GapRecord | undefined {
  const inText = termInText(text);
  const pick = (a: CellDate, b?: CellDate) => (a.kind === 'date' ? a.date : b?.kind === 'date' ? b.date : undefined);
  const start = pick(term.start, inText?.start);
  const end = pick(term.end, inText?.end);
  if (!start && !end) return undefined;
  return { text: text.replace(/^''|''$/g, ''), start, end, line: row.line, raw: row.raw, section: table.section };
}

function tableShape(rows: string[][], columns: ColumnMap): TableShape {
  const names = rows.map((r) => r[columns.name] ?? '').filter((c) => c !== '');
  const nativeShare = names.length ? names.filter((c) => parseName(c).natives.length > 0).length / names.length : 0;
  const numbers = columns.ordinal === undefined ? [] : rows.map((r) => ORDINAL_CELL.test(r[columns.ordinal!] ?? ''));
  return { nativeShare, numberedShare: numbers.length ? numbers.filter(Boolean).length / numbers.length : 0 };
}

function modalWidth(widths: number[], fallback: number): number {
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = fallback;
  let most = 0;
  for (const [w, n] of counts) if (n > most || (n === most && w === fallback)) [best, most] = [w, n];
  return best;
}

/** The dates a text holds, whole or in parentheses ("Post abolished (7 October 1958-7 December 1971)"). */
function termInText(text: string): TermCell | undefined {
  if (!/\d{3,4}/.test(text)) return undefined;
  const inner = /\(([^()]*\d{3,4}[^()]*)\)/.exec(text)?.[1];
  for (const candidate of [inner, text]) {
    if (candidate === undefined) continue;
    const term = readTermCell(candidate);
    if (term.start.kind === 'date' || term.end.kind === 'date') return term;
  }
  return undefined;
}

/** True when the cell itself is a date or a term (a lifespan in a name cell's parentheses is not). */
function hasDate(cell: string): boolean {
  if (!/\d{3,4}/.test(cell)) return false;
  const term = readTermCell(cell);
  return term.start.kind === 'date' || term.end.kind === 'date';
}

/**
 * A row read by column whose date cells hold less than its other cells: two dates elsewhere, or one
 * where the date columns are blank. Its cells are shifted (a cell spanning rows was left out).
 */
function missesDates(reading: RowReading, cells: string[]): boolean {
  const { start, end } = reading.term;
  const found = [start, end].filter((d) => d.kind === 'date').length;
  const elsewhere = cells.filter((c) => hasDate(c)).length;
  if (end.kind === 'open' || found === 2) return false;
  return elsewhere >= 2 || (found === 0 && start.kind === 'blank' && end.kind === 'blank' && elsewhere >= 1);
}
