// Labels that say a native form's language ("(Arabic: محمد الخرشي)", a column headed "Kanji"): the language they name.
import { iso6392 } from 'iso-639-2';
import { chineseScript } from './languages.js';
import { SCRIPT } from './scripts.js';

/**
 * Labels neither ICU nor ISO 639-2 gives as English language names: the names of writing systems that tell the
 * language (kanji are Japanese, hanja Korean) and common other names.
 */
const OTHER_LABELS: Readonly<Record<string, string>> = {
  kanji: 'ja', kana: 'ja', hiragana: 'ja', katakana: 'ja',
  hanja: 'ko', hangul: 'ko', hangeul: 'ko', 'chosŏn’gŭl': 'ko', "chosŏn'gŭl": 'ko',
  hanzi: 'zh', 'chinese characters': 'zh', 'traditional chinese': 'zh-Hant', 'simplified chinese': 'zh-Hans', farsi: 'fa',
};

/**
 * English language names, lower-cased, to their ISO 639-1 codes: every code ICU can name, and the names ISO 639-2 gives
 * them where ICU's differ ("Central Khmer" for Khmer, "Panjabi", "Castilian", "Old Church Slavonic"; not its inverted
 * "Ndebele, South" or glossed "Tonga (Tonga Islands)").
 */
const LANGUAGE_BY_NAME: ReadonlyMap<string, string> = (() => {
  const byName = languageNames('en');
  for (const { name, iso6391 } of iso6392) {
    for (const one of iso6391 ? name.split('; ') : []) if (!/[,(]/.test(one) && !byName.has(one.toLowerCase())) byName.set(one.toLowerCase(), iso6391!);
  }
  for (const [label, language] of Object.entries(OTHER_LABELS)) byName.set(label, language);
  return byName;
})();

/** Every language name ICU gives in a locale, lower-cased, to its ISO 639-1 code (some 100 ms: built once each). */
function languageNames(locale: string, into = new Map<string, string>()): Map<string, string> {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  for (let a = 97; a <= 122; a++) {
    for (let b = 97; b <= 122; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code)?.toLowerCase();
      if (name && name !== code) into.set(name, code);
    }
  }
  return into;
}

/**
 * The languages whose names for languages label native forms in East Asian lists, whose Wikipedias write a form after
 * its language's name ("가라스마루 미쓰에(일본어: 烏丸光徳)", "日本語：", "日语："): built at the first label in their scripts.
 */
const EAST_ASIAN_LABEL_LOCALES = ['ko', 'ja', 'zh', 'zh-Hant'];
const EAST_ASIAN_LETTER = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
let eastAsianNames: Map<string, string> | undefined;

/** Two- and three-letter codes ICU names a language for ("ru", "de", "grc"), lower case. */
const CODES: ReadonlySet<string> = new Set(LANGUAGE_BY_NAME.values());

/**
 * Drops the marks the renderer leaves of a link to another language's Wikipedia: "Mikhail (Mityay) (ru)",
 * "Gerasim (ru)" — a language code alone in parentheses.
 */
export function withoutInterlanguageMarks(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(/\s*\(([a-z]{2,3})\)(?=\s|$)/g, (whole, code: string) => (CODES.has(code) ? '' : whole));
}

/** The language a label names ("Arabic", "Arabic :", "Kanji", "in Russian", "일본어:", "日语："), or undefined. */
export function labelledLanguage(label: string): string | undefined {
  const words = label.trim().replace(/\s*[:：]$/, '').replace(/^in\s+/i, '').toLowerCase();
  if (!words) return undefined;
  const english = LANGUAGE_BY_NAME.get(words);
  if (english || !EAST_ASIAN_LETTER.test(words)) return english;
  eastAsianNames ??= EAST_ASIAN_LABEL_LOCALES.reduce((into, locale) => languageNames(locale, into), new Map<string, string>());
  return eastAsianNames.get(words);
}

/** Up to three words and a colon ending a text, the last of them maybe a language's name ("In Tam Central Khmer:"). */
const LABEL_AT_END = /(?<=^|\s)((?:[\p{L}'’·-]+\s+){0,2}[\p{L}'’·-]+)\s*[:：]\s*$/u;

/**
 * The language a label ending a text names, and where the label begins: "In Tam Central Khmer:" ends in a label of
 * Khmer at 7, as a name cell writes it before the native form; undefined when the words before the colon name none.
 */
export function labelEnding(text: string): { language: string; at: number } | undefined {
  const found = /[:：]\s*$/.test(text) ? LABEL_AT_END.exec(text) : null;
  if (!found) return undefined;
  for (const word of found[1].matchAll(/\S+/g)) {
    const language = labelledLanguage(found[1].slice(word.index));
    if (language) return { language, at: found.index + word.index };
  }
  return undefined;
}

/**
 * The BCP 47 tag of a form in `script` that a label says is in `language`: the language, with the
 * script where that language writes several (hanja `ko-Hani`, Serbian Cyrillic `sr-Cyrl`, Chinese
 * by its characters).
 */
export function labelledTag(language: string, text: string, script: string): string {
  if (language === 'zh' && script === SCRIPT.han) return chineseScript(text);
  if (language === 'ko' && script === SCRIPT.han) return 'ko-Hani';
  return `${language}${SCRIPT_SUBTAGS[language]?.[script] ?? ''}`;
}

/** Languages written in more than one script, and the subtag each script takes in a tag. */
const SCRIPT_SUBTAGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sr: { Cyrl: '-Cyrl' }, bs: { Cyrl: '-Cyrl' }, mn: { Mong: '-Mong' }, pa: { Arab: '-Arab' }, az: { Arab: '-Arab', Cyrl: '-Cyrl' },
  uz: { Cyrl: '-Cyrl', Arab: '-Arab' }, kk: { Arab: '-Arab' }, ku: { Arab: '-Arab' },
};
