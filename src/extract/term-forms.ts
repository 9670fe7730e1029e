// Odd forms of date and term cells: a year and the next one (double-dated, or a term over both), circa years of one or two digits, words qualifying a term, a month in parentheses beside a year.
import { monthNumber } from './month-names.js';

/** A year and, after a slash, the next one's last digits ("1721/2", "1392/3", "1990/91"). */
const YEAR_AND_NEXT = /^(\d{3,4})\/(\d{1,2})$/;

/** Where a cell writes a year and the next one: as one end of a term, or as the whole term cell. */
export type YearAndNextPlace = 'one end' | 'whole term';

/**
 * What a year and the next one mean, by where they stand, before which year (the first that applies):
 * as one end, before 1752, a double-dated year, as the two calendars of its time counted it (Britain and
 * its colonies began the year on 1 January from 1752; "1721/2-1729"): one year, but which no date can
 * state; as a whole term cell, in any age, the two years the term ran over ("1392/3", a season or a
 * fiscal year "1990/91"). Any other is not read.
 */
const YEAR_AND_NEXT_READINGS: ReadonlyArray<{ place: YearAndNextPlace; before: number; reading: 'double-dated' | 'two years' }> = [
  { place: 'one end', before: 1752, reading: 'double-dated' },
  { place: 'whole term', before: Infinity, reading: 'two years' },
];

/** How a cell writing a year and the next one ("1721/2") reads in its place, with the two years; undefined when it is none, or is not read there. */
export function yearAndNext(text: string, place: YearAndNextPlace): { reading: 'double-dated' | 'two years'; year: number; next: number } | undefined {
  const m = YEAR_AND_NEXT.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if ((year + 1) % 10 ** m[2].length !== Number(m[2])) return undefined;
  const found = YEAR_AND_NEXT_READINGS.find((r) => r.place === place && year < r.before);
  return found && { reading: found.reading, year, next: year + 1 };
}

/** The two years a double-dated year stands for as one end of a term ("1721 or 1722"); else undefined. */
export function doubleDated(text: string): string | undefined {
  const read = yearAndNext(text, 'one end');
  return read?.reading === 'double-dated' ? `${read.year} or ${read.next}` : undefined;
}

/** A year of one or two digits written as approximate ("c. 44"), and a year of any length, approximate or not ("53", "c. 108"). */
const CIRCA_SHORT_YEAR = /^c\. ?\d{1,2}$/;
const YEAR_ALONE = /^(?:c\. ?)?\d{1,4}$/;

/**
 * True when the two ends of a range in a term cell are years in order, one of them of one or two digits
 * written as approximate ("c. 44–c. 53", "c. 70–c. 108"): a circa and a range say the numbers are years,
 * as a date column would. Two digits after a longer year are its last ("1990–c. 91"), not a year.
 */
export function circaShortYears(left: string, right: string): boolean {
  if (!YEAR_ALONE.test(left) || !YEAR_ALONE.test(right) || !(CIRCA_SHORT_YEAR.test(left) || CIRCA_SHORT_YEAR.test(right))) return false;
  return Number(/\d+/.exec(left)![0]) <= Number(/\d+/.exec(right)![0]);
}

/** Words and a comma before a term ("Coadjutor, 1601-1608"). */
const TERM_QUALIFIER = /^(\p{L}[\p{L}'’ -]*),\s*(?=\d)/u;

/** The words qualifying a term and the term's text ("Coadjutor", "1601-1608"); undefined when a word is a month ("May, 1990": the date's own). */
export function termQualifier(text: string): { words: string; rest: string } | undefined {
  const m = TERM_QUALIFIER.exec(text);
  if (!m || m[1].split(/[ -]/).some((word) => monthNumber(word) > 0)) return undefined;
  return { words: m[1], rest: text.slice(m[0].length) };
}

/** English words between the two ends of a term ("1 July 1960 to 24 February 1966"), tried as a separator. */
export const RANGE_WORDS: readonly string[] = ['to', 'until', 'till'];
/**
 * The postpositions South Asian languages write after a term's start for "from", between its two ends
 * ("12-10-1920 ਤੋਂ 14-8-1921", Punjabi ਤੋਂ; Hindi से, Marathi पासून, Nepali देखि, Urdu سے, Bengali থেকে, Telugu నుండి
 * and నుంచి, Gujarati થી, Tamil முதல், Kannada ರಿಂದ, Malayalam മുതൽ, Odia ଠାରୁ), run into the start's year or not ("1960થી").
 */
export const RANGE_POSTPOSITIONS: readonly string[] = [
  'ਤੋਂ', 'से', 'पासून', 'देखि', 'سے', 'থেকে', 'నుండి', 'నుంచి', 'થી', 'முதல்', 'ರಿಂದ', 'മുതൽ', 'ଠାରୁ',
];
/**
 * The same languages' postpositions after a term's end saying "until" ("… ਤੋਂ 1926 ਤੱਕ"): Punjabi ਤੱਕ, Hindi
 * and Nepali तक, सम्म, Marathi पर्यंत, Urdu تک, Bengali পর্যন্ত, Telugu వరకు, Gujarati સુધી, Tamil வரை,
 * Kannada ವರೆಗೆ, Malayalam വരെ, Odia ପର୍ଯ୍ୟନ୍ତ: the end is the date before it.
 */
export const UNTIL_POSTPOSITIONS: readonly string[] = [
  'ਤੱਕ', 'ਤਕ', 'तक', 'सम्म', 'पर्यंत', 'تک', 'পর্যন্ত', 'వరకు', 'સુધી', 'வரை', 'ವರೆಗೆ', 'വരെ', 'ପର୍ଯ୍ୟନ୍ତ',
];
/** A term's end followed by an "until" postposition ("1926 ਤੱਕ"), run into its year or not. */
const UNTIL_AFTER_END = new RegExp(`(?:(?<=\\d)|\\s+)(?:${UNTIL_POSTPOSITIONS.join('|')})$`, 'u');

/** The end of a term without the postposition after it that says "until" ("14-8-1921 ਤੱਕ" → "14-8-1921"). */
export function withoutUntilAfter(end: string): string {
  return end.replace(UNTIL_AFTER_END, '');
}

/** Words before a date that say the term runs from it, or up to it. */
export const FROM = /^(?:since|from|in office since|as of|seit|depuis|desde|sinds|sedan)\s+/i;
export const UNTIL = /^(?:until|till|up to|to|à)\s+/i;
/** Words before a date that say the term began then, and nothing of its end (French "à partir de 1906"): the end is not written. */
export const STARTING = /^[àa] partir d(?:e|u|es|')\s*/i;
/** A "from" postposition after a date with nothing after it ("1920 ਤੋਂ", "1960થી"): the term runs from the date. */
export const FROM_AFTER = new RegExp(`(?<=\\d)\\s*(?:${RANGE_POSTPOSITIONS.join('|')})$`, 'u');

/** A year with words in parentheses after it ("1858 (July)"), which are its month when they name one. */
const YEAR_AND_WORD = /(?<![\p{L}\d])(\d{3,4}) ?[(（](\p{L}+)\.?[)）]/gu;

/** The cell with each month written in parentheses after its year put before it ("1858 (July)-1859" → "July 1858-1859"). */
export function withMonthBeforeYear(text: string): string {
  if (!text.includes('(') && !text.includes('（')) return text;
  return text.replace(YEAR_AND_WORD, (whole, year: string, word: string) => (monthNumber(word) > 0 ? `${word} ${year}` : whole));
}

/** Words in parentheses before a year ("(from August) 1869"). */
const WORDS_BEFORE_YEAR = /^[(（]([^()（）]+)[)）]\s*(\d{3,4})$/;

/**
 * The two ends of a term within one year that a month in parentheses before the year bounds: "(from August) 1869" runs
 * from August 1869 to within 1869, "(until May) 1870" from within 1870 to May 1870. Undefined for any other cell.
 */
export function partOfYear(text: string): { start: string; end: string } | undefined {
  const m = WORDS_BEFORE_YEAR.exec(text);
  if (!m) return undefined;
  const [, inside, year] = m;
  const from = FROM.exec(inside.trim());
  const until = from ? null : UNTIL.exec(inside.trim());
  const month = inside.trim().slice((from ?? until)?.[0].length ?? 0);
  if (!(from || until) || monthNumber(month) === 0) return undefined;
  return from ? { start: `${month} ${year}`, end: year } : { start: year, end: `${month} ${year}` };
}
