// Month names of the languages office lists are written in, Latin-script and others, as the platform's Intl knows them.

/**
 * Languages whose month names a date cell may use ("9 maggio 1836", "3 Oktober 1945", "1er janvier
 * 1900"). Latin script only: a cell in another script is no date of ours. A name that two of them give
 * to different months (Croatian "listopad" is October, Polish and Czech "listopad" November) is not read.
 */
export const MONTH_LOCALES: readonly string[] = [
  'en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ca', 'ro', 'id', 'ms', 'tl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'sk',
  'hr', 'sl', 'hu', 'tr', 'lt', 'lv', 'et', 'sq', 'eu', 'gl', 'af', 'sw',
];

/**
 * Languages of other scripts whose month names a date cell may use, in the forms Intl gives them, the
 * genitive of a date among them ("12 февруари 1872", "6 октября 1782", "15 Μαΐου 1990"). No Latin-script
 * name can clash with theirs; among themselves a name giving two months is not read, as above.
 */
export const OTHER_SCRIPT_MONTH_LOCALES: readonly string[] = ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'el', 'hy', 'ka'];

const ENGLISH = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/**
 * Every long and short month name of the languages (lower case, no abbreviation dot), with its month
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
          const key = name.toLowerCase().replace(/\.$/, '');
          if (/^\p{L}+$/u.test(key)) (found.get(key) ?? found.set(key, new Set()).get(key)!).add(m);
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
  const lower = name.toLowerCase();
  const english = lower.length < 3 ? 0 : ENGLISH.findIndex((m) => m.startsWith(lower)) + 1;
  if (english) return english;
  names ??= monthNames([...MONTH_LOCALES, ...OTHER_SCRIPT_MONTH_LOCALES]);
  return names.get(lower) ?? 0;
}

/** The English name of a month 1–12, for messages ("February"). */
export function englishMonth(m: number): string {
  return ENGLISH[m - 1][0].toUpperCase() + ENGLISH[m - 1].slice(1);
}
