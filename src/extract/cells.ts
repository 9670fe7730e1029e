// The cell normaliser: markup, footnotes, entities, odd spaces and dashes out of a cell before it is read.
import { decodeHTML } from 'entities';
import { remembered } from './memo.js';

/** One normalising step: what it removes or rewrites, and how. */
export interface CellRule {
  name: string;
  pattern: RegExp;
  replace: string | ((match: string, ...groups: string[]) => string);
}

/**
 * Words a footnote's label begins with, as the Wikipedias' note groups write them ([note 3], [nota 1], [Anm. 2], [注 1]):
 * English note, nb, n, fn, ref and {{efn}}'s lower-alpha, upper-alpha, lower-roman; nota (Portuguese, Spanish, Italian,
 * Catalan), remarque and rem (French), Anm. (German Anmerkung), noot (Dutch), not (Swedish, Danish, Norwegian), Ket.
 * (Indonesian keterangan), прим. (Russian, Ukrainian), 注 and 註 (Chinese, Japanese), 주 (Korean). Any case, a dot or not.
 */
export const FOOTNOTE_WORDS: readonly string[] = [
  'note', 'nb', 'n', 'fn', 'ref', 'lower-alpha', 'upper-alpha', 'lower-roman', 'upper-roman',
  'nota', 'remarque', 'rem', 'anm', 'noot', 'not', 'ket', 'прим', '注', '註', '주',
];

/**
 * A footnote's label: one of its words and a number ([note 3], [Nota 1], [Anm. 2], [注1]), or, after a space or a dot, a
 * letter or two or a Roman numeral ([note a], [n iv]); not a word in brackets ([notes], [nota bene]).
 */
const FOOTNOTE_LABEL = new RegExp(String.raw`\[(?:${FOOTNOTE_WORDS.join('|')})(?:\.?\s?\d{1,3}|(?:\.\s?|\s)(?:\p{L}{1,2}\d?|[ivxlc]{1,6}))\]`, 'giu');

/** Footnote markers as Wikipedia renders them: [1], [a], [iv], [citation needed], [†] (labels with a word: `FOOTNOTE_LABEL`). */
export const FOOTNOTE = /\[(?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|[α-ω]|citation needed|clarification needed|better source needed|according to whom\?|when\?|who\?|which\?|by whom\?|dubious(?: [–-] discuss)?|failed verification|page needed|year needed|edit|†|‡|›|\*{1,3}|#|§)\]/g;

/** A language code of a Wikipedia ("ar", "simple", "zh-yue"). */
const WIKI_CODE = String.raw`(?:[a-z]{2,3}(?:-[a-z]{2,8})?|simple)`;
/** An interlanguage link's marks as a copy renders them, spaced inside their brackets: [ ar ], [ simple; fr ]. */
const INTERLANGUAGE_MARK = new RegExp(String.raw`\[ ${WIKI_CODE}(?:; ${WIKI_CODE})* \]`, 'g');

/** The rules, applied in this order. */
export const CELL_RULES: readonly CellRule[] = [
  { name: 'HTML entities', pattern: /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi, replace: (m) => decodeHTML(m) },
  { name: 'line breaks', pattern: /<br\s*\/?>/gi, replace: ' ' },
  { name: 'reference tags', pattern: /<ref\b[^>]{0,200}\/>|<ref\b[^>]{0,200}>[^<]{0,2000}<\/ref>|<sup\b[^>]{0,200}>[^<]{0,200}<\/sup>/gi, replace: '' },
  { name: 'formatting tags', pattern: /<\/?(?:small|big|sup|sub|span|b|i|u|s|abbr|nowiki|center|font|div|p)\b[^<>]{0,200}>/gi, replace: '' },
  { name: 'piped wiki links', pattern: /\[\[[^[\]|]{0,300}\|([^[\]]{0,300})\]\]/g, replace: '$1' },
  { name: 'wiki links', pattern: /\[\[([^[\]|]{0,300})\]\]/g, replace: '$1' },
  { name: 'external links', pattern: /\[(?:https?:)?\/\/[^\s\]]{1,500}(?: ([^\]]{0,300}))?\]/g, replace: (_m, label = '') => label },
  { name: 'language and nowrap templates', pattern: /\{\{(?:lang\|[\w-]{1,12}|nowrap|nobr|small)\|([^{}|]{0,300})\}\}/gi, replace: '$1' },
  { name: 'bold and italics', pattern: /'{2,5}/g, replace: '' },
  // a note's letter flattened onto a date before the note's link mark: "March 1691a[›]" (list-of-safavid-viziers); not a decade's s
  { name: 'note letters and their link marks', pattern: /(?<=\d)[a-rt-z]?\[›\]/g, replace: '' },
  { name: 'footnote labels', pattern: FOOTNOTE_LABEL, replace: '' },
  // the marks an interlanguage link leaves after a name, the Wikipedias with an article on it: "Kamal Jayousi [ ar ]", "[ simple; fr ]"
  { name: 'interlanguage link marks', pattern: INTERLANGUAGE_MARK, replace: '' },
  { name: 'footnote markers', pattern: FOOTNOTE, replace: '' },
  // superscript digits as a plain-text copy keeps a note's number: "Muhammad Rabbani ³", "Kosong ¹"
  { name: 'superscript footnote numbers', pattern: /\s?[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g, replace: '' },
  { name: 'mark symbols after a word', pattern: /(?<=\S)\s?[*†‡§¶]+(?=\s|$)|(?<=\s|^)[*†‡§¶]+(?=\s|$)/g, replace: '' },
  { name: 'invisible characters', pattern: /[\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e]/g, replace: '' },
  { name: 'odd spaces', pattern: /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, replace: ' ' },
  { name: 'digits of other scripts', pattern: /(?![0-9])\p{Nd}/gu, replace: (digit) => asciiDigit(digit) },
  { name: 'dashes', pattern: /[\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/g, replace: '–' },
];

/** A cell as its reader sees it: markup, footnote markers and odd spacing removed, digits ASCII, dashes as "–". */
export function normalizeCell(cell: string): string {
  return SPECIAL.test(cell) ? withRulesApplied(cell) : cell.trim();
}

/** The rules applied to a cell that has a character one of them reads (remembered: dates and dashes recur). */
const withRulesApplied = remembered((cell: string): string => {
  let text = cell;
  for (const rule of CELL_RULES) text = text.replace(rule.pattern, rule.replace as never);
  return text.trim();
});

/** A character one of the rules reads, or two spaces: a cell with none is only trimmed (most cells). */
const SPECIAL = /[&<[{'*†‡§¶\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u2012-\u2015\u2212\ufe58\ufe63\uff0d\t\n\r\v\f]| {2}|(?![0-9])\p{Nd}/u;

/**
 * The ASCII digit of each decimal digit of the numbering systems Intl writes (Arabic-Indic ٠–٩, Persian and Urdu ۰–۹,
 * Devanagari ०–९, Bengali, full-width ０–９…): built when a cell first holds one, as asking Intl takes some 90 ms.
 */
let digits: ReadonlyMap<string, string> | undefined;

/** The text with the digits of other scripts made ASCII ("১২" → "12"), as a cell's are. */
export function withAsciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, asciiDigit);
}
const OTHER_DIGITS = /(?![0-9])\p{Nd}/gu;

function asciiDigit(digit: string): string {
  digits ??= new Map(Intl.supportedValuesOf('numberingSystem').flatMap((system) => {
    const format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
    if (format.resolvedOptions().numberingSystem !== system) return [];
    const written = [...'0123456789'].map((d) => format.format(Number(d)));
    return written.every((d) => /^\p{Nd}$/u.test(d)) ? written.map((d, value): [string, string] => [d, String(value)]) : [];
  }));
  return digits.get(digit) ?? digit;
}

/** True when the cell, as written, is all in italics (a note across the row: ''…''). */
export function isItalicNote(cell: string): boolean {
  return /^''[^']/.test(cell.trim()) && /[^']''$/.test(cell.trim());
}
