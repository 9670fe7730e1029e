// The language an article's own prose is written in, when that is another script than Latin: its native names are in it.
import { franc } from 'franc';
import { labelledTag } from './language-labels.js';
import { EAST_ASIAN } from './latin-forms.js';
import { isNeutral, SCRIPT, scriptOf } from './scripts.js';

/** How much of the prose is read: enough for franc's trigrams to tell Bulgarian from Russian, little enough to be quick. */
const PROSE_CHARS = 2000;
/** Text of ASCII characters only: Latin letters, no other script. */
const ASCII = /^[\0-\x7f]*$/;
/** The fewest letters of the script the prose must have: franc's trigrams tell short titles apart badly ("Список глав Бурятии"). */
const FEWEST_LETTERS = 40;

/**
 * The alphabets of the languages written in Cyrillic that lists are written in, by franc's ISO 639-3 code: a language
 * is the prose's only if its alphabet has every letter the prose uses (Bulgarian has no ы, Macedonian no й, Belarusian no
 * и, Russian no і). franc's other Cyrillic languages (Bosnian, Komi, Kabardian…) are not told here.
 */
const CYRILLIC_ALPHABETS: Readonly<Record<string, string>> = {
  rus: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  ukr: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  bel: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  bul: 'абвгдежзийклмнопрстуфхцчшщъьюя',
  srp: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  mkd: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш',
  kaz: 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя',
  kir: 'абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя',
  tgk: 'абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя',
  khk: 'абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя',
  uzn: 'абвгғдеёжзийкқлмнопрстуўфхҳчшъэюя',
  tat: 'аәбвгдеёжҗзийклмнңоөпрстуүфхһцчшщъыьэюя',
};

/**
 * The BCP 47 tag, by script, of the language an article's title and paragraphs are written in, when most of their
 * letters are of one script other than Latin ("Глава на Българската православна църква …" → `{ Cyrl: 'bg' }`): a list
 * written in Bulgarian writes its holders' names in Bulgarian. franc tells the language from the prose's trigrams
 * (only among the languages of that script; in Cyrillic, only among those whose alphabet has all the prose's letters);
 * Intl canonicalises its ISO 639-3 code ("bul" → "bg"). Latin prose, prose of fewer than {@link FEWEST_LETTERS}
 * letters and the East Asian scripts (whose language the cell's and the article's scripts tell) give nothing.
 */
export function proseLanguages(texts: readonly string[]): Readonly<Record<string, string>> {
  const prose = texts.join(' ').slice(0, PROSE_CHARS);
  if (ASCII.test(prose)) return {};
  const script = majorityScript(prose);
  if (script === undefined || script === SCRIPT.latin || EAST_ASIAN.has(script)) return {};
  const letters = [...prose.normalize('NFC').toLowerCase()].filter((char) => scriptOf(char) === script);
  if (letters.length < FEWEST_LETTERS) return {};
  const only = script === 'Cyrl' ? writtenWith(new Set(letters)) : undefined;
  if (only?.length === 0) return {};
  const code = franc(prose, only ? { only } : {});
  if (code === 'und') return {};
  const language = new Intl.Locale(Intl.getCanonicalLocales(code)[0]).language;
  return { [script]: labelledTag(language, prose, script) };
}

/** The Cyrillic languages whose alphabets have every one of `letters`. */
function writtenWith(letters: ReadonlySet<string>): string[] {
  return Object.entries(CYRILLIC_ALPHABETS).filter(([, alphabet]) => [...letters].every((char) => alphabet.includes(char))).map(([code]) => code);
}

/** The script of more than half of a text's letters, if one has them. */
function majorityScript(text: string): string | undefined {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text) {
    const script = scriptOf(char);
    if (isNeutral(script)) continue;
    letters++;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  for (const [script, count] of counts) if (count * 2 > letters) return script;
  return undefined;
}
