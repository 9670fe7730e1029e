// No. cells: the ordinals a list's number column writes, one definition for the reader, the shapes and Wikidata's P1545.
import { withAsciiDigits } from './cells.js';

/**
 * The zero of each run of ten decimal digits other scripts number with, as lists in them write a No. column: Arabic-Indic,
 * Persian and Urdu, Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Burmese, Khmer.
 */
const OTHER_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x1040, 0x17e0];
/** A holder's number in one of those scripts' digits ("১", "১২", "०१"), as the ASCII one of the pattern below. */
const OTHER_SCRIPT_NUMBERS = OTHER_ZEROS.map((zero) => {
  const digit = (d: number) => String.fromCharCode(zero + d);
  return `${digit(0)}{0,2}[${digit(1)}-${digit(9)}][${digit(0)}-${digit(9)}]{0,2}`;
}).join('|');

/**
 * Ordinal words with no digit, and the number each stands for: Bengali and Hindi (Devanagari) write a holder's place in
 * words of Sanskrit ("প্রথম" the first, "দ্বিতীয়" the second; "प्रथम", "द्वितीय"). Bengali "য়" written as one character or
 * as "য" and its nukta, both.
 */
const ORDINAL_WORDS: ReadonlyArray<readonly [word: string, number: number]> = [
  ['প্রথম', 1], ['দ্বিতীয়', 2], ['তৃতীয়', 3], ['চতুর্থ', 4], ['পঞ্চম', 5], ['ষষ্ঠ', 6], ['সপ্তম', 7], ['অষ্টম', 8], ['নবম', 9],
  ['দশম', 10], ['একাদশ', 11], ['দ্বাদশ', 12], ['ত্রয়োদশ', 13], ['চতুর্দশ', 14], ['পঞ্চদশ', 15],
  ['प्रथम', 1], ['द्वितीय', 2], ['तृतीय', 3], ['चतुर्थ', 4], ['पंचम', 5], ['षष्ठ', 6], ['सप्तम', 7], ['अष्टम', 8], ['नवम', 9], ['दशम', 10],
];
/** The number of each ordinal word, by its NFC form. */
const ORDINAL_WORD_NUMBERS = new Map(ORDINAL_WORDS.map(([word, number]) => [word.normalize('NFC'), String(number)]));

/**
 * A written ordinal as the reader keeps it: "12", "12a", "(3)" (a returning holder's number), "01" (zero-padded), "1st"
 * (an English ordinal; "1º", "1.º", "1ª", "1°" Spanish, Portuguese and Italian, "1er", "2e", "2ème" French), a second
 * number beside it ("1 (1)": holder and term; "(2) II": holder and ministry); Korean "초대" (the first), "2대", "제2대"
 * and Japanese "初代", "2代", "第2代" (the 2nd holder); a number in the digits of another script ("১", "२"); the ordinal words
 * of Bengali and Hindi (below). Never 0. Written in
 * the regular expressions both JavaScript and SHACL's sh:pattern read alike (no `\d`), so that shapes/office-ld.ttl holds
 * ol:seriesOrdinal to this very pattern.
 */
export const WRITTEN_ORDINAL_PATTERN = String.raw`^(?:\(?0{0,2}[1-9][0-9]{0,2}(?:st|nd|rd|th|er|ème|\.?[ºª°]|[a-z])?\)?(?: (?:\([1-9][0-9]{0,2}\)|[IVX]{1,6}))?|초대|(?:제 ?)?[1-9][0-9]{0,2}대|初代|第?[1-9][0-9]{0,2}代|${OTHER_SCRIPT_NUMBERS}|${ORDINAL_WORDS.map(([word]) => word.replace(/\u09af\u09bc/g, '(?:\u09af\u09bc|\u09df)')).join('|')})$`;

/** {@link WRITTEN_ORDINAL_PATTERN} as a regular expression. */
export const WRITTEN_ORDINAL = new RegExp(WRITTEN_ORDINAL_PATTERN);

/** True when a cell is a No. cell: a written ordinal, or one with a dot after it ("12."). */
export function isOrdinalCell(cell: string): boolean {
  return WRITTEN_ORDINAL.test(cell.endsWith('.') ? cell.slice(0, -1) : cell);
}

/** The words for "the first" that carry no digit: Korean 초대, Japanese 初代. */
const FIRST = /^(?:초대|初代)$/;
/** The holder's number at the start of a written ordinal, after Korean 제 or Japanese 第 ("the"). */
const LEADING_NUMBER = /^(?:\(|제 ?|第)?([1-9][0-9]*(?:[a-z](?![a-z]))?)/;

/** The holder's number of a written ordinal: "(2)" → 2, "1 (1)" → 1 (the term's number beside it), "(2) II" → 2, "1st" → 1, "초대" → 1, "第3代" → 3, "তৃতীয়" → 3, "১২" → 12. */
export function holderNumber(written: string): string {
  if (FIRST.test(written)) return '1';
  const word = ORDINAL_WORD_NUMBERS.get(written.normalize('NFC'));
  if (word) return word;
  const ascii = withAsciiDigits(written);
  return LEADING_NUMBER.exec(ascii)?.[1] ?? ascii;
}

/** Korean 대 and Japanese 代 after the number ("9대", "第3代", "초대"): they count the office's terms, never one holder's. */
const OFFICE_COUNT = /^(?:초대|(?:제 ?)?[1-9][0-9]*대|初代|第?[1-9][0-9]*代)$/;

/**
 * True when a written ordinal counts the office's terms, so that on a row under its holder's, his name cell spanning it,
 * it is that term's own number ("| 9대 | 1947년 7월 9일~1948년 9월 9일 |" under 8대 박종만's row), not a count of his terms.
 */
export function countsOfficeTerms(written: string | undefined): boolean {
  return written !== undefined && OFFICE_COUNT.test(written);
}

/** A digit of another script in a row: its No. cell may be written in them. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;

/**
 * The ordinal a row read (its cells' digits made ASCII, "1") as the row writes it: a No. cell in the digits of another
 * script is kept in them ("১", as West Bengal's list numbers its chief ministers); any other as read.
 */
export function writtenOrdinal(ordinal: string | undefined, cells: readonly string[]): string | undefined {
  if (ordinal === undefined || !cells.some((cell) => OTHER_DIGIT.test(cell))) return ordinal;
  const written = cells.map((cell) => cell.trim().replace(/\.$/, '')).find((cell) => OTHER_DIGIT.test(cell) && withAsciiDigits(cell) === ordinal);
  return written !== undefined && WRITTEN_ORDINAL.test(written) ? written : ordinal;
}
