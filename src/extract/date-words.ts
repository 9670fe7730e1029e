// The words and marks around a date in a cell: approximate, unknown, no such date, periods no date can pin, a year word, words after the date, titles and footnotes run into it.
import { parseDate, type PartialDate } from './dates.js';
import { HONORIFICS, LOCAL_TITLES } from './titles.js';

/** Words that say a date is approximate, before it. */
export const APPROXIMATE = /^(?:circa|approximately|approx\.?|about|around|abt\.?|ca\.|c\.|(?:ca|c)(?=\s*\d)|~)\s*/i;
/** Cells that say the date is not known, or know only part of its year ("15??", "151?"). */
export const UNKNOWN = /^(?:\?+|unknown|not known|uncertain|unclear|undated|date unknown|\d{1,3}\?+)$/i;
/** Cells that say there is no such date ("Never took office", "N/A": it does not apply): nothing to read, and nothing wrong. */
export const NO_SUCH_DATE = /^(?:n\/a|not applicable)$|^(?:never|did not|didn't) (?:took|take|assumed|assume|entered|enter|left|leave) office$|^never (?:appointed|installed|inaugurated|sworn in)$/i;
/** A year followed by a question mark ("1667?"): an uncertain, so approximate, year. */
export const UNCERTAIN_YEAR = /^(\d{3,4})\?$/;
/** A floruit ("fl. early–mid 12th century"): the whole cell says when the holder was active, whatever dashes it holds. */
export const FLORUIT = /^fl\.? ?\S/i;
/**
 * Units of a length of time, in the languages lists are written in: English, French, Spanish, Portuguese, Italian, German,
 * Dutch, Indonesian and Malay, Russian, Hindi, Bengali, Gujarati, Punjabi, Telugu, Tamil. Not Chinese, Japanese or Korean
 * 年, 日, 일: there they write a date's year and day.
 */
const DURATION_UNITS = [
  'days?', 'weeks?', 'months?', 'years?', 'yrs?', 'jours?', 'mois', 'ans?', 'années?', 'días?', 'dias?', 'meses', 'mes', 'mês',
  'años?', 'anos?', 'giorni', 'giorno', 'mesi', 'mese', 'anni', 'anno', 'tage?n?', 'monate?n?', 'jahre?n?', 'dagen', 'dag',
  'maanden', 'jaar', 'hari', 'bulan', 'tahun', 'дней', 'дня', 'день', 'лет', 'года?', 'दिन', 'वर्ष', 'साल', 'দিন', 'বছর',
  'દિવસ', 'વર્ષ', 'ਦਿਨ', 'ਸਾਲ', 'రోజులు', 'రోజు', 'సంవత్సరాలు', 'సంవత్సరం', 'நாட்கள்', 'ஆண்டுகள்',
];
/** A length of time, not a date: a count and its unit at the start of a cell ("410 days", "410 రోజులు", "4 years, 50 days"). */
export const DURATION = new RegExp(`^\\p{Nd}[\\p{Nd},.]*\\s*(?:${DURATION_UNITS.join('|')})(?![\\p{L}\\p{M}])`, 'iu');

/** Periods a careful reader cannot pin to a year, so no XSD date type can state them: the first whose pattern matches names it. */
const PERIODS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:(?:early|mid|late)[- ])?\d{2,3}0s$/i, 'a decade'],
  [/^(?:(?:early|mid|late)(?:[-–](?:early|mid|late))?[- ]|(?:first|second) half of (?:the )?)?\d{1,2}(?:st|nd|rd|th) century(?: (?:AD|CE|BC|BCE))?$/i, 'a century'],
  [FLORUIT, 'a floruit (when the holder is known to have been active, not when the term began or ended)'],
];

/** The period a date cell names ("1990s", "Late 4th century", "fl. 10th century"), for the message; undefined for any other cell. */
export function periodNamed(text: string): string | undefined {
  return PERIODS.find(([pattern]) => pattern.test(text))?.[1];
}

/** Words run into a digit at the start of a cell ("Ratu Sir5 December 1987"). */
const WORDS_RUN_INTO_DIGIT = /^(\p{L}[\p{L}. ]*?\p{L}\.?)(?=\d)/u;

/**
 * Titles before a name: everywhere, and those only some jurisdictions use (Fijian Ratu, Malay Tun, Acehnese
 * Teuku): run into a date, a title cannot be a given name, so a date cell needs no jurisdiction to tell one.
 */
const TITLES: readonly RegExp[] = [HONORIFICS, ...Object.values(LOCAL_TITLES)];

/**
 * The cell without titles run into its date ("Ratu Sir5 December 1987", "Ratu27 May 2000"): the renderer
 * pushed the title written above the name in the cell before into this one. Any other words are kept.
 */
export function withoutHonorificRunIn(text: string): string {
  const run = WORDS_RUN_INTO_DIGIT.exec(text);
  if (!run) return text;
  // the title patterns strip a title before a capitalised word: "X" stands for the date after the titles
  let rest = `${run[1]} X`;
  for (let shorter = withoutTitles(rest); shorter !== rest; shorter = withoutTitles(rest)) rest = shorter;
  return rest === 'X' ? text.slice(run[1].length) : text;
}

function withoutTitles(text: string): string {
  return TITLES.reduce((rest, title) => rest.replace(title, ''), text);
}

/**
 * A footnote mark the copy flattened onto a year ("19451)": the superscript "1)" after 1945, as German lists
 * write their notes), before a dash, a space or the cell's end: no year has five digits.
 */
const FOOTNOTE_ON_YEAR = /(?<!\([^()]*)(?<=(?<!\d)\d{4})[1-9]\d?\)(?=$|\s|–)/g;

/** The cell without footnote marks flattened onto its years ("17. April 1945–22. Juni 19512)"); a ")" closing a "(" is the cell's own. */
export function withoutFootnoteOnYear(text: string): string {
  return text.includes(')') ? text.replace(FOOTNOTE_ON_YEAR, '') : text;
}

/**
 * A word or sign after a year that only says it is one: Russian, Bulgarian "г." ("1782 г.", "гг." of two), "года",
 * Ukrainian "р.", Polish "r.", "roku"; the era the year is counted in, Urdu's sign ء ("1937ء", for عیسوی) and
 * Hindi's ई. or ई॰ (ईस्वी, of Christ).
 */
const YEAR_WORD = /(?<=\d{3,4})\s*(?:гг?\.|года|год|година|р\.|року|r\.|roku|ء|ई[.॰]|ईस्वी|ईसवी)$/u;

/** The date without a word after its year that only says it is one ("1782 г."). */
export function withoutYearWord(text: string): string {
  return text.replace(YEAR_WORD, '');
}

/** A date at the start of a cell followed by words ("5 December 1991 Inauguration: 22 August 1992"): the date and the rest. */
export function leadingDate(text: string): { result: { ok: true; date: PartialDate }; rest: string } | undefined {
  const words = text.split(' ');
  for (let n = Math.min(words.length - 1, 4); n >= 1; n--) {
    const result = parseDate(words.slice(0, n).join(' ').replace(/,$/, ''));
    const rest = words.slice(n).join(' ');
    if (result.ok && !/^(?:–|-|to|until|till)\b/i.test(rest)) return { result, rest: rest.replace(/^[\s,;:]+/, '') };
  }
  return undefined;
}
