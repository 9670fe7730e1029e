// Where a term cell parts into its two ends, and what each end takes from the other ("May–June 1990", "1803–04").
import { parseDate } from './dates.js';
import { circaShortYears, RANGE_POSTPOSITIONS, RANGE_WORDS, withoutUntilAfter } from './term-forms.js';

/** The range words between a term's two ends ("1990 to 1994"; a "from" postposition after the start's year, run into it or not: "1960થી 1962"). */
const RANGE_WORD = new RegExp(`\\s+(?:${RANGE_WORDS.join('|')})\\s+|(?<=\\d)\\s*(?:${RANGE_POSTPOSITIONS.join('|')})\\s+`, 'iu');

/**
 * Separators between the two ends of a term, tried in order: Chinese, Japanese and Korean also write a wave
 * dash ("2010년 12월 25일 ~ 2014년"), and 至 (to) after a date ("1920年12月至1923年2月1日", "2018年12月25日至今").
 */
const SEPARATORS: readonly RegExp[] = [
  /\s*–\s*/, RANGE_WORD, /\s+-\s+/, /(?<=\S)\s*[~～〜]\s*(?=\S)/,
  // a wave dash after a date and nothing after it ("2013.3.20~"): the term's start, its end not yet written
  /(?<=\d)\s*[~～〜]$/,
  // a wave dash before a date and nothing before it ("~1946년 4월 3일"): the term's end, its start not written
  /^[~～〜]\s*(?=\d{1,4}\s*[년年])/u, /(?<=[年月日])\s*至\s*(?=\d)|(?<=[年月日])\s*(?=至今$)/, /(?<=^(?:c\.\s?|ca\.\s?|circa\s)?\d{3,4})-(?=\d{2,4}$)/i, /(?<=\d{4}) ?- ?(?=\d{1,2} \p{L})/u,
  /(?<=\d{4})-(?=\p{L})/u, /(?<=\d)\s*\/\s*(?=\d{4})/,
  // a hyphen after the start with nothing after it ("1924-"): the end is not written (yet, or in this copy)
  /(?<=\d)\s*-$/,
  // a spaced hyphen before the end with nothing before it ("- 1895"): the start is not written (in this copy)
  /^-\s+(?=\d)/,
  // a hyphen between two dates written in numbers, day first ("6.3.1919-8.7.1919", as Czech and German lists write them)
  /(?<=\d\.\d{4})-(?=\d{1,2}\.\d{1,2}\.\d{4}$)/,
  // two dates of day, month and year run together, the separator lost in the copy ("7 April, 197112 May, 1971"): no year has six digits
  /(?<=^\d{1,2} [\p{L}\p{M}]+,? \d{4})(?=\d{1,2} [\p{L}\p{M}]+,? \d{4}$)/u,
  // a hyphen beside a double-dated year ("1721/2-1729", "1729/30-1731"): the years of the two ends
  /(?<=^\d{3,4}\/\d{1,2})-(?=\d{3,4}$)|(?<=^\d{3,4})-(?=\d{3,4}\/\d{1,2}$)/,
];

/** A hyphen after a month and its year, before a year ("July 1858-1859"); only where the left end reads as a date ("vacant 1894-1902" does not). */
const AFTER_MONTH_AND_YEAR = /(?<=^\p{L}+\.? \d{3,4})-(?=\d{2,4}$)/u;
const ALL_SEPARATORS: readonly RegExp[] = [...SEPARATORS, AFTER_MONTH_AND_YEAR];

/**
 * The two ends of a term cell, parted at the first separator that applies and completed from each other; `shortYears`
 * when they are years of one or two digits a circa makes years ("c. 44–c. 53"). Undefined when no separator parts it.
 */
export function termEnds(text: string): { start: string; end: string; shortYears: boolean } | undefined {
  for (const separator of ALL_SEPARATORS) {
    const m = separator.exec(text);
    if (!m || m.index === undefined) continue;
    const left = text.slice(0, m.index).trim();
    if (separator === AFTER_MONTH_AND_YEAR && !parseDate(left).ok) continue;
    const right = withoutUntilAfter(text.slice(m.index + m[0].length).trim());
    if (m[0] === '-' && /^\d{2}$/.test(right) && Number(completeRight(left, right)) - Number(left) > 99) continue;
    return { start: completeLeft(left, right), end: completeRight(left, right), shortYears: circaShortYears(left, right) };
  }
  return undefined;
}

/** A day and month in numbers, each with its dot ("26.3."), and a whole date so written ("16.12.1924"), as Finnish lists write them. */
const DAY_MONTH_DOTTED = /^\d{1,2}\.\d{1,2}\.$/;
const DOTTED_YEAR = /^\d{1,2}\.\d{1,2}\.(\d{4})$/;

/**
 * The left end with what it shares with the right one: "May" in "May–June 1990", "März" in "März–Juni 1945", "4" in
 * "4–28 May 1990", "12." in "12.–15. April 1945", "26.3." in "26.3.–16.12.1924" (its year).
 */
function completeLeft(left: string, right: string): string {
  if (DAY_MONTH_DOTTED.test(left)) {
    const year = DOTTED_YEAR.exec(right)?.[1];
    if (year) return `${left}${year}`;
  }
  if (/^\d{1,2}\.?$/.test(left)) {
    const rest = /^\d{1,2}(?:st|nd|rd|th|\.)? (.+)$/.exec(right);
    if (rest) return `${left} ${rest[1]}`;
  }
  const year = /(\d{3,4})\)?$/.exec(right)?.[1];
  if (year && /^(?:\d{1,2}\.? )?\p{L}+\.?$|^\p{L}+\.? \d{1,2}$/u.test(left) && parseDate(`${left} ${year}`).ok) {
    return /^\p{L}+\.? \d{1,2}$/u.test(left) ? `${left}, ${year}` : `${left} ${year}`;
  }
  return left;
}

/** The right end, completed from the left: "04" in "1803–04" is 1804, "24" in "1924-24" (a term within one year) 1924. */
function completeRight(left: string, right: string): string {
  const leftYear = /(\d{4})$/.exec(left)?.[1];
  if (leftYear && /^\d{2}$/.test(right)) {
    const year = Number(leftYear.slice(0, 2) + right);
    return String(year >= Number(leftYear) ? year : year + 100);
  }
  return right;
}
