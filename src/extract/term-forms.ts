// Odd forms of date and term cells: a double-dated year (Old and New Style), words qualifying a term before a comma.
import { monthNumber } from './month-names.js';

/** A double-dated year, as the two calendars of its time count it ("1721/2", "1729/30"): the year and the next one's last digits. */
const DOUBLE_DATED = /^(\d{3,4})\/(\d{1,2})$/;

/** The last year counted two ways: Britain and its colonies began the year on 1 January from 1752 ("1990/91" is a season, a fiscal year). */
const LAST_DOUBLE_DATED = 1752;

/** The two years a double-dated year stands for ("1721 or 1722"), when its second is the year after its first; else undefined. */
export function doubleDated(text: string): string | undefined {
  const m = DOUBLE_DATED.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  return year < LAST_DOUBLE_DATED && (year + 1) % 10 ** m[2].length === Number(m[2]) ? `${year} or ${year + 1}` : undefined;
}

/** Words and a comma before a term ("Coadjutor, 1601-1608"). */
const TERM_QUALIFIER = /^(\p{L}[\p{L}'’ -]*),\s*(?=\d)/u;

/** The words qualifying a term and the term's text ("Coadjutor", "1601-1608"); undefined when a word is a month ("May, 1990": the date's own). */
export function termQualifier(text: string): { words: string; rest: string } | undefined {
  const m = TERM_QUALIFIER.exec(text);
  if (!m || m[1].split(/[ -]/).some((word) => monthNumber(word) > 0)) return undefined;
  return { words: m[1], rest: text.slice(m[0].length) };
}
