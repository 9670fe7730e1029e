// Pipe tables → tenure rows, gaps and reading warnings: columns by header and content, rows by kind.
import type { Table, TableRow } from '../parse/document.js';
import { isItalicNote, normalizeCell } from './cells.js';
import { assignColumns, profileColumns, type ColumnMap } from './columns.js';
import { headerRole } from './header-words.js';
import type { CellDate, TermCell } from './date-cells.js';
import type { PartialDate } from './dates.js';
import { parseName, type PersonName } from './names.js';
import type { ExtraCell, GapRecord, ReadingWarning } from './records.js';
import { footnoteFor, footnotesOf, isHeaderRow, losesName, noPersonScore, spanningText, VACANCY_WORDS } from './row-kinds.js';
import { cellsOf, hasDate, missesDates, readByContent, readRegular, spannedCells, termInText, type RowReading } from './row-reading.js';
import { commonTitle, groupedHeader, headerOf, headerWordTest, modalWidth, tableShape } from './table-layout.js';

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

/**
 * Acting or interim, said in any cell of the row ("Sanjō (interim)" in a Government column, "Locum
 * tenens" in a Notes column), in the languages lists are written in: "temporary", "pro tempore",
 * Spanish and Portuguese "interino", "temporalmente", French "par intérim", German "kommissarisch".
 */
const ACTING_WORD = /(?<![\p{L}])(?:acting|interim|locum tenens|pro tempore|temporar(?:y|ily)|interin[oa]s?|temporalmente|temporairement|par intérim|intérimaire|kommissarisch)(?![\p{L}])/iu;
/** A note across the table saying who acted in between: "During this interval, … X was the acting Prime Minister." */
const ACTING_SENTENCE = /^during (?:this|that|the) (?:interval|period|time)[,;]?\s+(.+?)\s+(?:was|served as|acted as)\s+(?:the\s+)?(?:acting|interim)\b/i;
/** Words of an office before a name in such a note ("Privy Council Chairman Kuroda Kiyotaka"). */
const TITLE_WORDS = new Set(['privy', 'council', 'chairman', 'prime', 'minister', 'president', 'vice', 'deputy', 'speaker', 'governor', 'secretary', 'general', 'chief', 'justice', 'of', 'the', 'state', 'national', 'assembly', 'senate', 'house', 'first']);

/** The header of a table whose first row is already a holder's ("| 1 | 1538–1539 | Gonzalo Jiménez de Quesada |"). */
const NO_HEADER: readonly string[] = [];

/** Reads every row of a holder table; `officeWords` are the words of the post's title ("governor"). */
export function readTable(table: Table, officeWords: ReadonlySet<string>): TableReading {
  const isHeaderWord = headerWordTest(officeWords);
  const footnotes = footnotesOf(table.rows);
  const all = [table.header, ...table.rows].filter((row) => !footnotes.rows.has(row)).map((row) => ({ row, cells: cellsOf(row) }));
  const first = headerOf(all.map((r) => r.cells), isHeaderWord);
  const top = !first.some(isHeaderWord) && first.some(hasDate) ? NO_HEADER.slice() : first;
  const rows = all.filter(({ cells }) => cells !== top && !isHeaderRow(cells, top, isHeaderWord) && cells.some(Boolean));
  const at = all.findIndex((r) => r.cells === top);
  const headerAt = (i: number) => (all[i] && i !== at && isHeaderRow(all[i].cells, top, isHeaderWord) ? all[i].cells : undefined);
  const roleOf = (cell: string) => headerRole(cell, officeWords).role;
  /** The table's rows of `width` cells, its header over them, and the columns they make. */
  const layout = (width: number) => {
    const regular = rows.filter((r) => r.cells.length === width && spanningText(r.cells, width) === undefined);
    const grid = regular.map((r) => r.cells);
    const above = headerAt(at - 1);
    const grouped = above && groupedHeader(above, top, grid, roleOf);
    const header = grouped && grouped !== above ? grouped : groupedHeader(top, headerAt(at + 1), grid, roleOf);
    return { width, regular, header, columns: assignColumns(profileColumns(width >= header.length ? header : [], sample(grid)), officeWords) };
  };
  // Most rows' width; else the header's, when rows under a holder's (a term each, its name cell spanning them) outnumber the holders'.
  let read = layout(modalWidth(rows.filter((r) => r.cells.filter(Boolean).length > 1).map((r) => r.cells.length), top.length));
  if ('reasons' in read.columns && read.width !== top.length) {
    const wide = layout(top.length);
    if (!('reasons' in wide.columns)) read = wide;
  }
  const { width, regular, header, columns } = read;
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
  const unslid = spannedCells(regular.map((r) => r.cells), columns);
  const parties = partiesOf(regular.map((r) => r.cells), columns);
  for (const { row, cells } of rows) {
    const label = spanningText(cells, width, columns.name);
    if (label !== undefined) {
      readLabel(label, row, table, out);
      continue;
    }
    const laid = cells.length === width ? unslid(cells) ?? cells : undefined;
    const byColumn = laid && readRegular(row, laid, columns, header);
    let reading = byColumn;
    if (!reading || hasDate(reading.nameCell) || missesDates(reading, cells)) reading = readByContent(cells, namesFirst, endFirst);
    // a row under its holder's that names a party the Party column names elsewhere: a new term, a new party
    if (reading !== byColumn && parties.has(reading.nameCell)) reading = { ...reading, nameCell: '', party: reading.nameCell };
    if (title && reading.nameCell.endsWith(`, ${title}`)) reading.nameCell = reading.nameCell.slice(0, -title.length - 2);
    const previous = out.tenures[out.tenures.length - 1];
    const dated = reading.term.start.kind === 'date' || reading.term.end.kind === 'date';
    const acting = cells.some((c, i) => i !== columns.name && ACTING_WORD.test(c));
    if (reading === byColumn && losesName(reading.nameCell, reading.ordinal, previous?.ordinal)) {
      out.warnings.push({ line: row.line, raw: row.raw, message: `the name cell beside the number ${reading.ordinal} is empty: the holder's name is lost; the row is left out` });
      continue;
    }
    if (reading.nameCell === '') {
      if (previous && dated) {
        const aligned = reading === byColumn;
        // "(3)" in the No. column of a row under its holder's is the holder's number again; a bare "2" there counts terms.
        const numbered = columns.ordinal === 0 && reading.ordinal === cells[0] && /^\(\d+\)$/.test(cells[0]);
        out.tenures.push(tenureRow({ ...reading, name: { ...previous.name, acting: false } }, row, table, !aligned && !numbered, acting));
      }
      else pushGap(out, gapOf('', reading.term, row, table));
      continue;
    }
    if (NO_ONE.test(reading.nameCell)) {
      // "| Jan 1693 – Jul 1693 | n/a | Vacant |": the row says who held it elsewhere, if anyone
      const vacancy = cells.find((c) => VACANCY_WORDS.test(c));
      if (vacancy) pushGap(out, gapOf(normalizeCell(vacancy), reading.term, row, table));
      else out.warnings.push({ line: row.line, raw: row.raw, message: `the name cell "${reading.nameCell}" names no one; the row is left out` });
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
      pushGap(out, gapOf(reading.nameCell, reading.term, row, table));
      continue;
    }
    const footnote = footnoteFor(rawName, footnotes);
    if (footnote) reading.notes.push(footnote);
    const actingNote = footnote !== undefined && ACTING_WORD.test(footnote);
    out.tenures.push(tenureRow({ ...reading, name: parseName(reading.nameCell) }, row, table, false, acting || actingNote));
  }
  return out;
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
  if (VACANCY_WORDS.test(label)) pushGap(out, gapOf(label, { start: { kind: 'blank' }, end: { kind: 'blank' } }, row, table));
}

/** A name cell that says no one held the post ("n/a", "none"). */
const NO_ONE = /^(?:n\/a|none|nobody|no one)$/i;

/** The parties the table's Party column names (in its rows that line up with the header). */
function partiesOf(grid: string[][], columns: ColumnMap): Set<string> {
  if (columns.party === undefined) return new Set();
  return new Set(grid.map((cells) => normalizeCell(cells[columns.party!] ?? '')).filter(Boolean));
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

/** A gap and what could not be read of its dates. */
interface GapReading {
  gap: GapRecord;
  warnings: string[];
}

function pushGap(out: { gaps: GapRecord[]; warnings: ReadingWarning[] }, found: GapReading | undefined): void {
  if (!found) return;
  out.gaps.push(found.gap);
  for (const message of found.warnings) out.warnings.push({ line: found.gap.line, raw: found.gap.raw, message });
}

/** A dated gap from its row's date cells, else the dates its text holds; an end neither gives is warned as unknown or unreadable. */
function gapOf(text: string, term: TermCell, row: TableRow, table: Table): GapReading | undefined {
  const inText = termInText(text);
  const warnings: string[] = [];
  const pick = (what: string, a: CellDate, b?: CellDate) => (a.kind === 'date' ? a.date : b?.kind === 'date' ? b.date
    : dateOf(a.kind === 'blank' && b ? b : a, what, warnings));
  const start = pick('Term start', term.start, inText?.start);
  const end = pick('Term end', term.end, inText?.end);
  if (!start && !end && text === '') return undefined;
  return { gap: { text: text.replace(/^''|''$/g, ''), start, end, line: row.line, raw: row.raw, section: table.section }, warnings };
}

/** Rows enough to tell what each column holds: all of a short table, an even spread of a long one. */
const PROFILED_ROWS = 16;

function sample<T>(rows: T[]): T[] {
  if (rows.length <= PROFILED_ROWS) return rows;
  return Array.from({ length: PROFILED_ROWS }, (_, i) => rows[Math.floor((i * rows.length) / PROFILED_ROWS)]);
}
