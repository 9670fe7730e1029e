// Date cells as real lists write them: one date, approximate, unknown, qualified, or a whole term in one cell.
import { isActingQualifier } from './acting-words.js';
import { APPROXIMATE, DURATION, FLORUIT, leadingDate, NO_SUCH_DATE, periodNamed, UNCERTAIN_YEAR, UNKNOWN, withoutFootnoteOnYear, withoutHonorificRunIn, withoutYearWord } from './date-words.js';
import { isBlank, parseDate, saysInOffice, type PartialDate } from './dates.js';
import { readEraDate } from './era-dates.js';
import { rememberedIn } from './memo.js';
import { monthLanguagesKey } from './month-names.js';
import { termEnds } from './term-ends.js';
import { doubleDated, FROM, FROM_AFTER, partOfYear, STARTING, termQualifier, UNTIL, withMonthBeforeYear, yearAndNext } from './term-forms.js';
import { yearsRunTogether } from './year-pairs.js';

/** What a date cell says. */
export type CellDate =
  | { kind: 'date'; date: PartialDate; note?: string; acting?: boolean }
  | { kind: 'open' }
  | { kind: 'blank' }
  | { kind: 'unknown'; text: string }
  /** `period`: names a period no date can pin ("6th century"); `dateShaped`: written as a day, month and year that is none. */
  | { kind: 'unreadable'; text: string; reason: string; period?: true; dateShaped?: true };

/** The start and end a cell holding a whole term gives. */
export interface TermCell {
  start: CellDate;
  end: CellDate;
  /** The cell held one date only, not a range. */
  single?: true;
}

/** Reads one date cell: a date (with its qualifier as a note), open, blank, unknown or unreadable. */
export const readDateCell: (cell: string) => CellDate = rememberedIn(monthLanguagesKey, (cell) => readEraDate(cell) ?? readDate(cell));

/** A year of one or two digits ("52", "c. 96"): a year only where a column or its place in the row says the cell is a date. */
const SHORT_YEAR = /^(c\. ?)?(\d{1,2})$/;

/** True when a cell is a year of one or two digits ("52"), which only a date column makes a year. */
export function isShortYear(cell: string): boolean {
  return SHORT_YEAR.test(cell.trim());
}

/** Reads a cell known to be a date (a date column's): as `readDateCell`, and a year of one or two digits is a year there ("52": 0052). */
export function readDateInColumn(cell: string): CellDate {
  const short = SHORT_YEAR.exec(cell.trim());
  if (!short) return readDateCell(cell);
  const date: PartialDate = { value: short[2].padStart(4, '0'), precision: 'year' };
  return { kind: 'date', date: short[1] ? { ...date, approximate: true } : date };
}

/** A cell wholly in parentheses ("(1917–1918)", as a list of reigns may write them): its inside is the date or term. */
const ENCLOSED = /^[(（]([^()（）]*\d[^()（）]*)[)）]$/;

/** A date written plainly ("15 May 1957", "May 1957", "May 15, 1957", "1957-05-15", "1957"): read at once. */
const PLAIN_DATE = /^(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ (?:\d{1,2}, )?\d{4}|\d{4}(?:-\d{2}){0,2})$/;

/** Punctuation the copy left after a date or a term ("1939–1943,": a list's comma): no part of it. */
const TRAILING_PUNCTUATION = /\s*[,;:]+$/;

function readDate(cell: string): CellDate {
  let text = withMonthBeforeYear(withoutHonorificRunIn(withoutFootnoteOnYear(cell.trim().replace(TRAILING_PUNCTUATION, '')).replace(ENCLOSED, '$1')));
  if (PLAIN_DATE.test(text)) {
    const plain = parseDate(text);
    if (plain.ok) return { kind: 'date', date: plain.date };
  }
  if (isBlank(text) || NO_SUCH_DATE.test(text)) return { kind: 'blank' };
  if (saysInOffice(text)) return { kind: 'open' };
  if (UNKNOWN.test(text)) return { kind: 'unknown', text };
  const notes: string[] = [];
  let acting = false;
  const semicolon = text.indexOf(';');
  if (semicolon > 0) text = text.slice(0, semicolon).trim();
  for (let m = /^(.*?)\s*[(（]([^()（）]*)[)）]$/.exec(text); m; m = /^(.*?)\s*[(（]([^()（）]*)[)）]$/.exec(text)) {
    const qualifier = m[2].trim();
    text = m[1];
    if (isActingQualifier(qualifier, 'date')) acting = true;
    else if (qualifier && !parseDate(qualifier).ok) notes.unshift(qualifier);
  }
  let approximate: unknown = APPROXIMATE.exec(text);
  if (approximate) text = text.slice((approximate as RegExpExecArray)[0].length);
  const uncertain = UNCERTAIN_YEAR.exec(text);
  if (uncertain) [text, approximate] = [uncertain[1], true];
  text = withoutYearWord(text);
  if (saysInOffice(text)) return { kind: 'open' };
  if (UNKNOWN.test(text)) return { kind: 'unknown', text: cell.trim() };
  if (DURATION.test(text)) return { kind: 'unreadable', text: cell.trim(), reason: `"${text}" is a length of time, not a date` };
  const period = periodNamed(text);
  if (period) return { kind: 'unreadable', text: cell.trim(), reason: `"${text}" names ${period}, which no XSD date type can state`, period: true };
  const doubled = doubleDated(text);
  if (doubled) return { kind: 'unreadable', text: cell.trim(), reason: `"${text}" is a double-dated year (${doubled}, as Old and New Style count it), which no XSD date type can state as one` };
  let result = parseDate(text);
  if (!result.ok) {
    const leading = leadingDate(text);
    if (!leading) return { kind: 'unreadable', text: cell.trim(), reason: result.reason, ...(result.dateShaped ? { dateShaped: true } : {}) };
    result = leading.result;
    notes.unshift(leading.rest);
  }
  const date = approximate ? { ...result.date, approximate: true } : result.date;
  return { kind: 'date', date, ...(notes.length ? { note: notes.join('; ') } : {}), ...(acting ? { acting } : {}) };
}

/** Words after a date that say the term runs from it and has not ended ("March 02,2002 onwards"). */
const ONWARDS = /^(.+?),?\s+(?:onwards?|and after|to date|till date|to the present)$/i;
/**
 * Reads a cell holding a whole term: "4 May 1979 – 28 November 1990", "1919–1933", "1803–04",
 * "1392/3", "since 2019". A year or month alone is a term within it ("1996": start and end 1996).
 */
export const readTermCell: (cell: string) => TermCell = rememberedIn(monthLanguagesKey, (cell) => readTerm(cell));

function readTerm(cell: string): TermCell {
  const text = withMonthBeforeYear(withoutFootnoteOnYear(cell.trim().replace(TRAILING_PUNCTUATION, '')).replace(ENCLOSED, '$1'));
  if (isBlank(text)) return { start: { kind: 'blank' }, end: { kind: 'blank' } };
  const withinYear = partOfYear(text);
  if (withinYear) return { start: readDateCell(withinYear.start), end: readDateCell(withinYear.end) };
  const qualified = qualifiedTerm(text);
  if (qualified) return qualified;
  // a cell that is one day ("15/05/1990") holds no range, whatever its slashes
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text)) return { start: readDateCell(text), end: { kind: 'blank' }, single: true };
  const years = yearAndNext(text, 'whole term');
  if (years) return { start: readDateCell(String(years.year)), end: readDateCell(String(years.next)) };
  const runTogether = yearsRunTogether(text);
  if (runTogether) return { start: readDateCell(runTogether.start), end: readDateCell(runTogether.end) };
  const starting = STARTING.exec(text);
  if (starting) return { start: startAfter(text, starting[0]), end: { kind: 'blank' } };
  if (FROM.test(text) || FROM_AFTER.test(text)) return { start: readDateCell(text.replace(FROM, '').replace(FROM_AFTER, '')), end: { kind: 'open' } };
  if (UNTIL.test(text)) return { start: { kind: 'blank' }, end: readDateCell(text.replace(UNTIL, '')) };
  const onwards = ONWARDS.exec(text);
  if (onwards) return { start: readDateCell(onwards[1]), end: { kind: 'open' } };
  if (FLORUIT.test(text)) return bothEnds(readDateCell(text));
  const spans = SPANS_OF_YEARS.exec(text);
  if (spans) return { start: spanOfYears(spans[1]), end: spanOfYears(spans[2]) };
  const ends = termEnds(text);
  if (ends) {
    const read = ends.shortYears ? readDateInColumn : readDateCell;
    return { start: read(ends.start), end: read(ends.end) };
  }
  const qualifiedAfter = QUALIFIER_AFTER_TERM.exec(text);
  if (qualifiedAfter) {
    const term = readTerm(qualifiedAfter[1]);
    if (!term.single && term.start.kind === 'date') return withQualifier(term, qualifiedAfter[2].trim());
  }
  const pair = twoDates(text);
  if (pair) return pair;
  const only = readDateCell(text);
  if ((only.kind === 'date' && only.date.precision !== 'day') || (only.kind === 'unreadable' && only.period)) return bothEnds(only);
  return { start: only, end: { kind: 'blank' }, single: true };
}

/** The date after words saying the term began then; none left after them ("à partir du", the date lost in the copy) is unreadable. */
function startAfter(text: string, words: string): CellDate {
  const rest = text.slice(words.length);
  return rest ? readDateCell(rest) : { kind: 'unreadable', text, reason: `no date follows "${words.trim()}"` };
}

/** Two spans of years split by a spaced slash ("30–33 / 64–68"): the term began within the first and ended within the second. */
const SPANS_OF_YEARS = /^(\d{1,4} ?– ?\d{1,4}) \/ (\d{1,4} ?– ?\d{1,4})$/;

/** One end of a term known only to fall within a span of years: a period no XSD date can state. */
function spanOfYears(span: string): CellDate {
  return { kind: 'unreadable', text: span, reason: `"${span}" is a span of years the date falls within, which no XSD date type can state`, period: true };
}

/** A whole term followed by words in parentheses that qualify it ("1996-1997 (Acting)", "1924- (acting)"): the term and the words. */
const QUALIFIER_AFTER_TERM = /^(.*\d\s*[–-]?)\s*[(（]([^()（）]*\p{L}[^()（）]*)[)）]$/u;

/** A term after words that qualify it ("Acting, 1990–1991"). */
function qualifiedTerm(text: string): TermCell | undefined {
  const { words, rest } = termQualifier(text) ?? {};
  if (!words || !rest) return undefined;
  return withQualifier(readTerm(rest), words);
}

/** The term with the words qualifying it as its start's note, or as its acting mark. */
function withQualifier(term: TermCell, words: string): TermCell {
  if (term.start.kind !== 'date') return term;
  const start: CellDate = isActingQualifier(words, 'date') ? { ...term.start, acting: true }
    : { ...term.start, note: term.start.note ? `${words}; ${term.start.note}` : words };
  return { ...term, start };
}

/**
 * True when a term cell holds a whole term: two ends, the first a date ("1919–1933", "c. 940–970s"), or
 * periods no date can pin standing for both ("Late 4th century – early 5th century", "fl. 10th century").
 */
export function holdsTerm(term: TermCell): boolean {
  if (term.start.kind === 'unreadable' && term.start.period) return term.end.kind === 'unreadable' && term.end.period === true;
  return !term.single && term.start.kind === 'date' && term.end.kind !== 'blank';
}

/** A cell naming a year, a month or a period as the whole term: the term lies within it, so both ends are what it says. */
function bothEnds(only: CellDate): TermCell {
  return { start: only, end: only, single: true };
}

/** Two dates written one after the other with no separator ("24 July 1948 26 April 1960"). */
function twoDates(text: string): TermCell | undefined {
  const words = text.split(' ');
  for (let i = 1; i < words.length; i++) {
    const start = readDateCell(words.slice(0, i).join(' '));
    const end = readDateCell(words.slice(i).join(' '));
    if (start.kind === 'date' && (end.kind === 'date' || end.kind === 'open')) return { start, end };
  }
  return undefined;
}
