// Month names of the languages office lists are written in, Latin-script and others, as the platform's Intl knows them.
import { folded } from './spelling-folds.js';

/**
 * Languages whose month names a date cell may use ("9 maggio 1836", "3 Oktober 1945", "1er janvier
 * 1900", Icelandic "1. júlí, 1845"), in Latin script (those of other scripts are below). A name that two of them give to different
 * months (Croatian "listopad" is October, Polish and Czech "listopad" November) is read only where the
 * article's own language settles it (`inMonthLanguages`).
 */
export const MONTH_LOCALES: readonly string[] = [
  'en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ca', 'ro', 'id', 'ms', 'tl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'sk',
  'hr', 'sl', 'hu', 'tr', 'lt', 'lv', 'et', 'sq', 'eu', 'gl', 'af', 'sw', 'is',
];

/**
 * Languages of other scripts whose month names a date cell may use, in the forms Intl gives them, the
 * genitive of a date among them ("12 февруари 1872", "6 октября 1782", "15 Μαΐου 1990"), and the English
 * month names South Asia writes in its own scripts (Hindi "1 फ़रवरी 1961", Urdu "28 اپریل، 1937ء", Nepali,
 * Marathi, Bengali, Punjabi in Shahmukhi and Gurmukhi, Gujarati "૧ મે, ૧૯૬૦", Telugu "1950 జనవరి 26", Tamil,
 * Kannada, Malayalam, Odia, Assamese, Sinhala). No Latin-script name can clash with theirs; among themselves a
 * name giving two months is not read, as above.
 */
export const OTHER_SCRIPT_MONTH_LOCALES: readonly string[] = [
  'ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'el', 'hy', 'ka', 'hi', 'ur', 'ne', 'mr', 'bn', 'pa-Arab',
  'pa', 'gu', 'te', 'ta', 'kn', 'ml', 'or', 'as', 'si',
];

const ENGLISH = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/**
 * Every long and short month name of the languages (lower case, no abbreviation dot or sign), with its month
 * 1–12: built at the first name English does not know, since asking Intl for them all takes some 100 ms.
 */
let names: ReadonlyMap<string, number> | undefined;

function monthNames(locales: readonly string[]): Map<string, number> {
  const found = new Map<string, Set<number>>();
  for (const locale of locales) {
    for (const month of ['long', 'short'] as const) {
      const standalone = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const date = new Date(Date.UTC(2000, m - 1, 15));
        const written = [standalone.format(date), ...inDate.formatToParts(date).filter((p) => p.type === 'month').map((p) => p.value)];
        for (const name of written) {
          const key = folded(name.toLowerCase().replace(/[.॰]$/, ''));
          if (/^[\p{L}\p{M}]+$/u.test(key)) (found.get(key) ?? found.set(key, new Set()).get(key)!).add(m);
        }
      }
    }
  }
  return new Map([...found].filter(([, months]) => months.size === 1).map(([name, months]) => [name, [...months][0]]));
}

/**
 * The month (1–12) a written name stands for ("maggio", "Agustus", "févr", "Sept", "Janu"), or 0. English
 * names may also be cut short to three letters or more (no language gives such a cut another month).
 */
export function monthNumber(name: string): number {
  const lower = folded(name.toLowerCase());
  const english = lower.length < 3 ? 0 : ENGLISH.findIndex((m) => m.startsWith(lower)) + 1;
  if (english) return english;
  names ??= monthNames([...MONTH_LOCALES, ...OTHER_SCRIPT_MONTH_LOCALES]);
  return names.get(lower) ?? inArticleLanguages(lower);
}

/** The month languages of the article being read (its jurisdiction's: Polish in Poland), set by `inMonthLanguages`, and as one key. */
let articleLanguages: readonly string[] = [];
let articleKey = '';
/** Each month language's own names, built when an article in that language first needs them. */
const namesByLanguage = new Map<string, ReadonlyMap<string, number>>();

/**
 * Runs `read` with the article's languages settling the month names the month languages give to
 * different months: "listopada" is November in a Polish article, October in a Croatian one.
 */
export function inMonthLanguages<T>(languages: readonly string[], read: () => T): T {
  const [outer, outerKey] = [articleLanguages, articleKey];
  [articleLanguages, articleKey] = [languages, languages.join(',')];
  try {
    return read();
  } finally {
    [articleLanguages, articleKey] = [outer, outerKey];
  }
}

/** The languages among `languages` (a jurisdiction's: "pl", "ko-Hani") whose month names a date cell may use. */
export function monthLanguagesOf(languages: readonly string[]): string[] {
  return languages.filter((language) => MONTH_LOCALES.includes(language) || OTHER_SCRIPT_MONTH_LOCALES.includes(language));
}

/** The month languages of the article being read, as one key ("" when none): readings that depend on them are remembered apart. */
export function monthLanguagesKey(): string {
  return articleKey;
}

/** The month an article's own language gives a name that the month languages do not agree on, or 0. */
function inArticleLanguages(name: string): number {
  for (const language of articleLanguages) {
    let own = namesByLanguage.get(language);
    if (!own) namesByLanguage.set(language, (own = monthNames([language])));
    const month = own.get(name);
    if (month) return month;
  }
  return 0;
}

/** The English name of a month 1–12, for messages ("February"). */
export function englishMonth(m: number): string {
  return ENGLISH[m - 1][0].toUpperCase() + ENGLISH[m - 1].slice(1);
}
