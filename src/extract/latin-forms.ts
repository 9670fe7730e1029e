// Latin forms beside a name: a second romanisation or an exonym after a native form, a regnal numeral that belongs to it, a Latin form after the English one.
import { ACTING_BEFORE_NAME } from './acting-words.js';
import { labelledLanguage } from './language-labels.js';
import { remembered } from './memo.js';
import type { NativeForm } from './names.js';
import { SCRIPT, type ScriptRun } from './scripts.js';
import { isRole } from './titles.js';

/**
 * Scripts whose names a list romanises twice: a Latin run after the native form, when one stands
 * before it, is the second romanisation ("Ko Ting-hsuan 柯丁選 Kē Dīngxuǎn": Wade–Giles, then pinyin).
 */
export const EAST_ASIAN = new Set<string>([SCRIPT.han, SCRIPT.hangul, SCRIPT.hiragana, SCRIPT.katakana, 'Jpan']);

/** A Roman numeral at the start of a Latin run. */
const LEADING_NUMERAL = /^([IVXLC]+)(?:\s+|$)/;

/**
 * The runs of a name cell with a regnal numeral written after a name in another alphabet given to that form
 * ("Joanikije II Јоаникије II Joannicius II": the Cyrillic form is "Јоаникије II"; Latin letters split the run).
 */
export function withRegnalNumerals(runs: readonly ScriptRun[]): ScriptRun[] {
  const out: ScriptRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    const alphabetic = last !== undefined && last.script !== SCRIPT.latin && !EAST_ASIAN.has(last.script);
    const numeral = alphabetic && run.script === SCRIPT.latin ? LEADING_NUMERAL.exec(run.text) : null;
    if (!numeral) {
      out.push(run);
      continue;
    }
    out[out.length - 1] = { script: last.script, text: `${last.text} ${numeral[1]}` };
    const rest = run.text.slice(numeral[0].length);
    if (rest) out.push({ script: run.script, text: rest });
  }
  return out;
}

/** Words with capitals (and a regnal numeral): a name in Latin letters. */
const LATIN_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: (?:\p{Lu}[\p{Ll}'’-]+|[IVXLC]+))*$/u;
/** Words that begin a marker, not a name ("Acting", "Born 1963"). */
const MARKER = new RegExp(`^(?:${ACTING_BEFORE_NAME}|born|died)(?![\\p{L}])`, 'iu');

/**
 * True when a Latin run written after the native form, the Latin name standing before it, is another name of the
 * person, the exonym ("Joannicius II" after "Joanikije II Јоаникије II"): no part of the name.
 */
export function isExonym(text: string): boolean {
  return LATIN_NAME.test(text) && !MARKER.test(text) && !isRole(text);
}

/**
 * "Rhee Syng-man I Seungman 이승만": a romanisation has no more syllables than the hangul it spells
 * (one block is one syllable; "Syng-man" is two), so a second romanisation after the first is dropped.
 */
export function oneKoreanRomanisation(latin: string, natives: readonly NativeForm[]): string {
  const hangul = natives.find((n) => n.script === SCRIPT.hangul);
  const syllables = hangul ? [...hangul.text.replace(/\s/g, '')].length : 0;
  if (syllables < 2 || syllables > 4) return latin;
  const words = latin.split(' ');
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    count += words[i].split('-').length;
    if (count >= syllables && i < words.length - 1) return words.slice(0, i + 1).join(' ');
  }
  return latin;
}

/** Two or more words with capitals, initials among them ("Ralph F. Gallogy", "Edwin A. Henn"): a personal name in Latin letters. */
const LATIN_PERSONAL_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+))*(?: \p{Lu}[\p{Ll}'’-]+)$/u;

/**
 * The Latin name a cell written only in another script gives in parentheses, among its remarks ("랄프 갤러기 (Ralph F.
 * Gallogy)": a US Army officer in a Korean list), taken out of them; undefined when none is one (a role, a marker, one word).
 */
export function latinNameInParentheses(remarks: string[]): string | undefined {
  const at = remarks.findIndex((remark) => LATIN_PERSONAL_NAME.test(remark) && !MARKER.test(remark) && !isRole(remark));
  return at < 0 ? undefined : remarks.splice(at, 1)[0];
}

/** "Yun Bo-seon Yun Boseon": a name followed by the same name romanised without its hyphens is written once. */
export function withoutRepeatedRomanisation(latin: string): string {
  const words = latin.split(' ');
  if (words.length < 4 || words.length % 2 !== 0) return latin;
  const half = words.length / 2;
  const squash = (part: string[]) => part.join('').replace(/[-‐'’]/g, '').toLowerCase();
  return squash(words.slice(0, half)) === squash(words.slice(half)) ? words.slice(0, half).join(' ') : latin;
}

/** The languages a header lists after its label: "Name: English· Latin" → en, la. */
const HEADER_LANGUAGES = /^(?:[\p{L} ]+:\s*)?(\p{L}+(?:\s*[·•,/;]\s*\p{L}+)+)$/u;

/** True when a name column's header says its cells give the name in English, then in Latin ("Name: English· Latin"). */
export const latinAfterEnglish: (header: string) => boolean = remembered((header) => {
  const listed = HEADER_LANGUAGES.exec(header.trim());
  const languages = listed ? listed[1].split(/\s*[·•,/;]\s*/).map(labelledLanguage) : [];
  return languages[0] === 'en' && languages.includes('la');
});

/** The first word in capitals after the English name, no Roman numeral (the Latin form, in the capitals the Church writes it in: "CLEMENS"). */
const LATIN_IN_CAPITALS = /\s+\(?(?![IVXLCDM]+\b)\p{Lu}{2,}(?=[\s()[]|$)/u;

/**
 * A name cell without the Latin form after the English name, when the column's header says one follows
 * ("St Clement I CLEMENS" → "St Clement I", "St Anacletus (Cletus) ANACLETVS (CLETVS)" → "St Anacletus (Cletus)").
 * A word in capitals is no Latin form elsewhere: French lists write surnames so ("Jacques CHIRAC").
 */
export function withoutLatinForm(cell: string, header: string): string {
  if (!latinAfterEnglish(header)) return cell;
  const latin = LATIN_IN_CAPITALS.exec(cell);
  return latin ? cell.slice(0, latin.index) : cell;
}
