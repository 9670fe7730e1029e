// The cell normaliser: markup, footnotes, entities, odd spaces and dashes out of a cell before it is read.
import { decodeHTML } from 'entities';

/** One normalising step: what it removes or rewrites, and how. */
export interface CellRule {
  name: string;
  pattern: RegExp;
  replace: string | ((match: string, ...groups: string[]) => string);
}

/** Footnote markers as Wikipedia renders them: [1], [a], [iv], [note 3], [nb 2], [citation needed], [†]. */
export const FOOTNOTE = /\[(?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|[α-ω]|(?:note|nb|n|lower-alpha|upper-alpha|fn|ref|Note|NB|N|Fn)\s?[\w-]{1,4}|citation needed|clarification needed|better source needed|according to whom\?|when\?|who\?|which\?|by whom\?|dubious(?: [–-] discuss)?|failed verification|page needed|year needed|edit|†|‡|›|\*{1,3}|#|§)\]/g;

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
  { name: 'footnote markers', pattern: FOOTNOTE, replace: '' },
  // superscript digits as a plain-text copy keeps a note's number: "Muhammad Rabbani ³", "Kosong ¹"
  { name: 'superscript footnote numbers', pattern: /\s?[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g, replace: '' },
  { name: 'mark symbols after a word', pattern: /(?<=\S)\s?[*†‡§¶]+(?=\s|$)|(?<=\s|^)[*†‡§¶]+(?=\s|$)/g, replace: '' },
  { name: 'invisible characters', pattern: /[\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e]/g, replace: '' },
  { name: 'odd spaces', pattern: /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, replace: ' ' },
  { name: 'full-width digits', pattern: /[\uff10-\uff19]/g, replace: (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0) },
  { name: 'dashes', pattern: /[\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/g, replace: '–' },
];

/** A cell as its reader sees it: markup, footnote markers and odd spacing removed, digits ASCII, dashes as "–". */
export function normalizeCell(cell: string): string {
  if (!SPECIAL.test(cell)) return cell.trim();
  let text = cell;
  for (const rule of CELL_RULES) text = text.replace(rule.pattern, rule.replace as never);
  return text.trim();
}

/** A character one of the rules reads, or two spaces: a cell with none is only trimmed (most cells). */
const SPECIAL = /[&<[{'*†‡§¶\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u2012-\u2015\u2212\ufe58\ufe63\uff0d\uff10-\uff19\t\n\r\v\f]| {2}/;

/** True when the cell, as written, is all in italics (a note across the row: ''…''). */
export function isItalicNote(cell: string): boolean {
  return /^''[^']/.test(cell.trim()) && /[^']''$/.test(cell.trim());
}
