// Pipe tables → tenure and gap rows: column roles come from the header, every row is checked.
import { inputError } from '../errors.js';
import type { Table, TableRow } from '../parse/document.js';
import { compareDates, DATE_FORMATS, isOpenEnd, parseDate, type PartialDate } from './dates.js';
import { parseName, type PersonName } from './names.js';
import type { ExtraCell, GapRecord } from './records.js';

/** The role a column plays, found from its header. */
export type ColumnRole = 'name' | 'start' | 'end' | 'party' | 'notes';

/** Header patterns for each role, tried in this order on the lower-cased header text. */
export const COLUMN_PATTERNS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ['name', /\bnames?\b|holder|^incumbent$|^person$|^officeholder$|^secretary$|^member$/],
  ['start', /start|began|begin|^from$|took office|assumed office|^since$|^in office from$/],
  ['end', /\bend|ended|^to$|^until$|left office/],
  ['party', /\bparty\b|affiliation/],
  ['notes', /^notes?\b|remarks?|comments?/],
];

/** Which column holds which role; `extra` are the remaining columns. */
export interface ColumnMap {
  name: number;
  start: number;
  end?: number;
  party?: number;
  notes?: number;
  extra: number[];
}

/** A table row read as a holder's term, before person identities are assigned. */
export interface TenureRow {
  name: PersonName;
  start: PartialDate;
  end?: PartialDate;
  line: number;
  raw: string;
  section?: string;
  /** The Party cell, as written (empty cells and "Independent" are left out). */
  party?: string;
  /** The Notes cell, as written. */
  note?: string;
  extra: ExtraCell[];
}

/** Name cells that name no holder: a vacancy, an abolished post, a dash. */
const NO_HOLDER = /^(?:(?:post|office|position|seat)\s+)?(?:vacant|vacancy|none|no holder|no secretary|not filled|unfilled|abolished|suspended|interregnum)\b|^(?:—|–|-)$/i;
/** A note written across the name cell: italics (''…''), or "Note: …". */
const NOTE_ROW = /^(?:''.*''|note:.*)$/i;
/** Party cells that name no party. */
const NO_PARTY = /^(?:independent|non-?partisan|none|no party|—|–|-)$/i;

/** Finds the name, start and end columns of a table from its header. */
export function mapColumns(table: Table, file: string): ColumnMap {
  const found = new Map<ColumnRole, number>();
  table.header.cells.forEach((cell, index) => {
    const text = cell.toLowerCase();
    const role = COLUMN_PATTERNS.find(([r, pattern]) => !found.has(r) && pattern.test(text))?.[0];
    if (role) found.set(role, index);
  });
  const where = { file, line: table.header.line };
  const name = found.get('name');
  const start = found.get('start');
  if (name === undefined) {
    throw inputError('the table has no Name column', where, 'a header cell such as "Name"', table.header.raw);
  }
  if (start === undefined) {
    throw inputError('the table has no Term start column', where, 'a header cell such as "Term start"', table.header.raw);
  }
  const end = found.get('end');
  const party = found.get('party');
  const notes = found.get('notes');
  const roles = new Set([name, start, end, party, notes]);
  const extra = table.header.cells.map((_, i) => i).filter((i) => !roles.has(i));
  return { name, start, end, party, notes, extra };
}

/** Reads every row of a holder table into tenure rows and gaps; throws a located error on a bad row. */
export function readTable(table: Table, file: string): { tenures: TenureRow[]; gaps: GapRecord[] } {
  const columns = mapColumns(table, file);
  const tenures: TenureRow[] = [];
  const gaps: GapRecord[] = [];
  for (const row of table.rows) {
    const where = { file, line: row.line };
    if (row.cells.length !== table.header.cells.length) {
      throw inputError(
        `the row has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'}`, where,
        `${table.header.cells.length} cells, as in the header on line ${table.header.line}`, row.raw,
      );
    }
    const nameCell = row.cells[columns.name];
    const name = parseName(nameCell);
    const startCell = row.cells[columns.start];
    const endCell = columns.end === undefined ? '' : row.cells[columns.end];
    if ((!name.english && !name.native) || NO_HOLDER.test(nameCell) || NOTE_ROW.test(nameCell)) {
      const gap: GapRecord = {
        text: nameCell.replace(/^''|''$/g, ''), start: optionalDate(startCell), end: optionalDate(endCell),
        line: row.line, raw: row.raw, section: table.section,
      };
      if (gap.start || gap.end) gaps.push(gap);
      continue;
    }
    const start = readDate(startCell, 'Term start', row, file);
    const end = isOpenEnd(endCell) ? undefined : readDate(endCell, 'Term end', row, file);
    if (end && compareDates(end, start) < 0) {
      throw inputError(`the term ends (${end.value}) before it starts (${start.value})`, where,
        'a term end on or after its start', row.raw);
    }
    const extra = columns.extra
      .map((i) => ({ header: table.header.cells[i], value: row.cells[i] }))
      .filter((cell) => cell.value !== '');
    const party = cellOf(row, columns.party);
    tenures.push({
      name, start, end, line: row.line, raw: row.raw, section: table.section, extra,
      party: party && !NO_PARTY.test(party) ? party : undefined,
      note: cellOf(row, columns.notes),
    });
  }
  return { tenures, gaps };
}

function cellOf(row: TableRow, column: number | undefined): string | undefined {
  const value = column === undefined ? '' : row.cells[column];
  return value === '' ? undefined : value;
}

function readDate(cell: string, column: string, row: TableRow, file: string): PartialDate {
  const result = parseDate(cell);
  if (!result.ok) {
    const reason = cell.trim() === '' ? `${column} is empty` : `${column}: ${result.reason}`;
    throw inputError(reason, { file, line: row.line }, DATE_FORMATS, row.raw);
  }
  return result.date;
}

function optionalDate(cell: string): PartialDate | undefined {
  const result = parseDate(cell);
  return result.ok ? result.date : undefined;
}
