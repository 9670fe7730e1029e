// Column roles, scored from the header's words and from what the cells hold: name, dates, term, number, party, notes.
import { holdsTerm, readDateCell, readTermCell, type CellDate } from './date-cells.js';
import { saysInOffice } from './dates.js';
import { DURATION } from './date-words.js';
import { headerRole, type ColumnRole } from './header-words.js';
import { headsLifespan } from './lifespan-columns.js';
import { isOrdinalCell } from './ordinal-cells.js';
import { looksLikePersonName } from './row-kinds.js';

/** What a column's cells hold, as fractions of its non-blank cells, and how many are blank. */
export interface ColumnProfile {
  index: number;
  header: string;
  dates: number;
  /** Share of dates written to the day or month (an election year column has none). */
  precise: number;
  terms: number;
  numbers: number;
  names: number;
  /** Distinct values among the cells (a party column repeats a few; a name column rarely). */
  distinct: number;
  /** Share of cells written only in a script other than Latin, and no date ("2010年12月25日"): a column of native names. */
  native: number;
  filled: number;
}

/** Which column holds which role; `extra` are the columns kept only in the raw row. */
export interface ColumnMap {
  name: number;
  start?: number;
  end?: number;
  term?: number;
  ordinal?: number;
  party?: number;
  notes?: number;
  /** A column holding the holders' names in their own script. */
  native?: number;
  extra: number[];
}

/** Half a column's cells: most of them. */
const MOSTLY = 0.5;
/** Headers naming a point in time, not a span: a year alone under them is when the term began (Oxford's "Year"). */
const POINT_IN_TIME = /^\s*(?:year|date)\s*$/i;
/** The roles of the headers a column of native names may stand under: none known, a language ("Georgian"), names. */
const NATIVE_HEADERS: ReadonlySet<ColumnRole | undefined> = new Set([undefined, 'native', 'name']);
/** The share of distinct cells a column of native names has more than: a holder may come back, but most rows name another. */
const FEW_DISTINCT = 0.5;
/** The roles of headers whose cells never hold the row's term, whatever dates they write. */
const NOT_TERMS: ReadonlySet<ColumnRole | undefined> = new Set(['start', 'end', 'other', 'notes', 'party']);
/** Cells with no digit hold no date; only "Incumbent" and "Unknown" words count as date cells then. */
const DIGITS = /\d/;
/** A dash, a slash or a word that can join two dates in one cell. */
const RANGE = /[–/-]|\b(?:to|until|till|since|from)\b/i;
/** A letter of a script other than Latin, and a Latin letter: a native-name cell has the one and not the other. */
const OTHER_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** A regnal number ("კირიონ II"): Latin letters a native-name cell may hold. */
const ROMAN_NUMERAL = /\b[IVXLCDM]+\b/g;
const UNKNOWN = /^(?:\?+|unknown)$/i;
const OPEN: CellDate = { kind: 'open' };
const LOST: CellDate = { kind: 'unknown', text: '?' };
const NONE: CellDate = { kind: 'blank' };


/** Profiles each column of the rows (cells already normalised), reading each cell once for every feature. */
export function profileColumns(header: string[], rows: string[][]): ColumnProfile[] {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, index) => {
    const cells = rows.map((r) => r[index] ?? '').filter((c) => c !== '' && !/^[–-]$/.test(c));
    let dates = 0, dated = 0, precise = 0, terms = 0, numbers = 0, names = 0, native = 0;
    for (const c of cells) {
      const digits = DIGITS.test(c);
      const date = digits ? readDateCell(c) : saysInOffice(c) ? OPEN : UNKNOWN.test(c) ? LOST : NONE;
      if (date.kind === 'date' || date.kind === 'open' || date.kind === 'unknown' || (date.kind === 'unreadable' && date.dateShaped)) dates++;
      if (date.kind === 'date') {
        dated++;
        if (date.date.precision !== 'year') precise++;
      }
      if (digits && (date.kind !== 'date' || date.note !== undefined || RANGE.test(c))) {
        const t = readTermCell(c);
        if (holdsTerm(t)) terms++;
      }
      if (isOrdinalCell(c)) numbers++;
      // a length of time ("770 రోజులు", "410 days") is no date and no name, in any script
      const named = date.kind !== 'date' && !(digits && DURATION.test(c));
      if (named && looksLikePersonName(c)) names++;
      if (named && OTHER_LETTER.test(c) && !LATIN_LETTER.test(c.replace(ROMAN_NUMERAL, ''))) native++;
    }
    const n = cells.length || 1;
    return {
      index, header: header[index] ?? '', dates: dates / n, precise: dated ? precise / dated : 0, terms: terms / n,
      numbers: numbers / n, names: names / n, distinct: cells.length ? new Set(cells).size / cells.length : 0,
      native: native / n, filled: rows.length ? cells.length / rows.length : 0,
    };
  });
}

/**
 * Picks each role's column: the name column is the one whose cells look most like people's names
 * (its header weighs in); dates go to start and end by header, else in order; a column of whole terms
 * is the term column. Returns undefined when no column can hold names, with the reasons.
 */
export function assignColumns(profiles: ColumnProfile[], officeWords: ReadonlySet<string>): ColumnMap | { reasons: string[] } {
  const roles = profiles.map((p) => headerRole(p.header, officeWords));
  const taken = new Set<number>();
  const pick = (score: (p: ColumnProfile, i: number) => number, min = 0): number | undefined => {
    let best: number | undefined;
    let bestScore = min;
    profiles.forEach((p, i) => {
      const s = taken.has(i) ? -Infinity : score(p, i);
      if (s > bestScore) [best, bestScore] = [i, s];
    });
    if (best !== undefined) taken.add(best);
    return best;
  };
  const is = (i: number, role: ColumnRole) => roles[i].role === role;
  const headed = (role: ColumnRole) => (i: number) => (is(i, role) ? roles[i].weight : 0);
  // where most cells of some column look like names, a header's word counts for as much as its own cells do
  // ("Mayor" over "Province center" in most rows, beside a column of names headed "Years")
  const mostlyNames = profiles.some((p) => p.names >= MOSTLY && p.filled >= MOSTLY);
  const name = pick((p, i) => {
    if ((p.dates > 0.5 && !is(i, 'name')) || p.numbers > 0.5 || is(i, 'image')) return -1;
    const headed = is(i, 'name') ? roles[i].weight * 2 * (mostlyNames ? Math.min(1, p.names / MOSTLY) ** 2 : 1) : 0;
    const header = is(i, 'other') || is(i, 'party') || is(i, 'native') ? -2 : headed;
    const candidate = p.names >= 0.25 || (is(i, 'name') && roles[i].weight >= 3 && p.filled >= 0.5);
    return candidate ? p.names * p.filled * 6 + p.distinct * 2 + header : -1;
  });
  if (name === undefined) return { reasons: profiles.map((p) => `"${p.header}" (${describe(p)})`) };
  // a column headed "Term" counts a holder's terms ("1", "2"), not holders: no No. column; after the name, only a column
  // headed as the holders' order numbers them ("| Name (Province) | Order | …": "1st", "2nd")
  const ordinal = pick((p, i) => ((i < name || (is(i, 'ordinal') && p.numbers >= MOSTLY)) && !is(i, 'term')
    && (p.numbers >= 0.5 || (p.numbers >= 0.3 && is(i, 'ordinal'))) ? p.numbers * 3 + headed('ordinal')(i) - i / 10 : -1));
  // a column repeating a few words ("내지인", from the home islands, against "조선인") says something of the holders, not their
  // names; so does one headed as anything but names ("정당", party: "자유당")
  const native = pick((p, i) => (p.native >= 0.6 && p.filled >= 0.5 && p.distinct > FEW_DISTINCT && NATIVE_HEADERS.has(roles[i].role)
    && Math.abs(i - name) <= 2 ? p.native + headed('native')(i) : -1));
  const undated = !profiles.some((p, i) => ['start', 'end', 'term'].includes(roles[i].role ?? '') && p.dates * p.filled >= 0.4);
  // a Notes or Party cell's prose is no term ("From 1983, Sir David Gibbons"); nor a range beside columns headed as
  // the row's own start and end, which hold its dates ("Term as chief justice": a second office held meanwhile)
  const ownDates = (['start', 'end'] as const).every((role) => profiles.some((p, i) => is(i, role) && p.dates * p.filled >= MOSTLY));
  const term = pick((p, i) => (p.terms >= 0.5 && !ownDates && !NOT_TERMS.has(roles[i].role) ? p.terms * 4 + headed('term')(i) : -1))
    // A column headed as something else ("Duration") that holds whole terms, where no column is headed as dates.
    ?? pick((p, i) => (undated && p.terms >= 0.8 && is(i, 'other') ? p.terms : -1))
    // A column headed as a whole term ("Term", "In office", "Reign") holding years or ranges, the only one with dates
    // where no column is headed as a start or an end: a year alone in it is a term within that year.
    ?? pick((p, i) => (is(i, 'term') && !POINT_IN_TIME.test(p.header) && !roles.some((r) => r.role === 'start' || r.role === 'end')
      && p.numbers < 0.5 && p.dates + p.terms > 0 && profiles.every((q, j) => j === i || q.dates * q.filled < 0.4) ? 1 : -1));
  // a Birth or Death column holds a lifespan, never the term
  const dates = profiles.filter((p, i) => !taken.has(i) && !headsLifespan(p.header)
    && (p.dates * p.filled >= 0.4 || (p.filled >= 0.2 && ['start', 'end', 'term'].includes(roles[i].role ?? ''))));
  let start: number | undefined;
  let end: number | undefined;
  if (term === undefined) [start, end] = startAndEnd(dates, roles);
  else start = dates.find((p) => is(p.index, 'start'))?.index;
  for (const i of [start, end]) if (i !== undefined) taken.add(i);
  const party = pick((p, i) => headed('party')(i) - (p.dates > 0.5 ? 10 : 0));
  const notes = pick((_, i) => headed('notes')(i));
  const extra = profiles.map((_, i) => i).filter((i) => !taken.has(i));
  return { name, start, end, term, ordinal, party, notes, native, extra };
}

/**
 * The start and end columns among the date columns: the pair whose headers say start and end (in
 * either order), that stand side by side, and whose dates are written to the day or month (an election
 * column's are not); without headers, start stands left of end.
 */
function startAndEnd(dates: ColumnProfile[], roles: { role?: ColumnRole }[]): [number?, number?] {
  if (dates.length === 0) return [];
  const score = (p: ColumnProfile) => p.dates * p.filled * 2 + p.precise * 2 + (roles[p.index].role === 'other' ? -3 : 0);
  if (dates.length === 1) {
    const only = dates[0].index;
    return roles[only].role === 'end' ? [undefined, only] : [only];
  }
  const role = (p: ColumnProfile) => roles[p.index].role;
  let best: [number, number] = [dates[0].index, dates[1].index];
  let bestScore = -Infinity;
  for (const a of dates) {
    for (const b of dates) {
      if (a === b) continue;
      const apart = Math.abs(b.index - a.index);
      const s = score(a) + score(b) + (apart === 1 ? 2 : apart === 2 ? 1 : 0) + (a.index > b.index ? -1 : 0)
        + (role(a) === 'start' ? 3 : 0) + (role(b) === 'end' ? 3 : 0) - (role(a) === 'end' ? 3 : 0) - (role(b) === 'start' ? 3 : 0);
      if (s > bestScore) [best, bestScore] = [[a.index, b.index], s];
    }
  }
  return best;
}

function describe(p: ColumnProfile): string {
  if (p.filled === 0) return 'empty';
  const parts = [
    p.dates > 0 && `${Math.round(p.dates * 100)}% dates`, p.numbers > 0 && `${Math.round(p.numbers * 100)}% numbers`,
    `${Math.round(p.names * 100)}% names`,
  ].filter(Boolean);
  return parts.join(', ');
}
