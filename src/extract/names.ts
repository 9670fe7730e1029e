// Person names: "Wang Jun (王军)" → English name, native name with its BCP 47 tag, markers.
import * as OpenCC from 'opencc-js';

/** A person's name as a table cell gives it. */
export interface PersonName {
  /** The name in Latin script, e.g. "Wang Jun" (absent when only a native name is written). */
  english?: string;
  /** The name in its own script, e.g. "王军". */
  native?: string;
  /** BCP 47 tag of the native name: zh-Hans, zh-Hant, zh (script not told), ko, ja, or und-<Script>. */
  nativeTag?: string;
  /** Marked "(acting)". */
  acting: boolean;
  /** Other parenthesised remarks, kept as written. */
  remarks: string[];
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const HAN = /\p{Script=Han}/u;
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const ACTING = /^(acting|interim|ad interim)$/i;

/** Splits a name cell into English name, native name, acting marker and remarks. */
export function parseName(cell: string): PersonName {
  const remarks: string[] = [];
  let native: string | undefined;
  let acting = false;
  const english = cell
    .replace(/[(（]([^()（）]*)[)）]/g, (_, inner: string) => {
      const text = inner.trim();
      if (ACTING.test(text)) acting = true;
      else if (!native && NON_LATIN.test(text)) native = text;
      else if (text) remarks.push(text);
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (!native && NON_LATIN.test(english) && !/\p{Script=Latin}/u.test(english)) {
    return { native: english, nativeTag: languageTag(english), acting, remarks };
  }
  return { english: english || undefined, native, nativeTag: native ? languageTag(native) : undefined, acting, remarks };
}

/**
 * BCP 47 tag for a native name. For Chinese, each character is checked with OpenCC: characters
 * that only simplified writing uses make it zh-Hans, only traditional zh-Hant, neither or a tie zh.
 */
export function languageTag(text: string): string {
  if (HAN.test(text)) return chineseScript(text);
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  for (const script of ['Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Thai', 'Devanagari', 'Mongolian', 'Tibetan']) {
    if (new RegExp(`\\p{Script=${script}}`, 'u').test(text)) return `und-${script.slice(0, 4)}`;
  }
  return 'und';
}

function chineseScript(text: string): 'zh-Hans' | 'zh-Hant' | 'zh' {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (!HAN.test(char)) continue;
    const asTraditional = toTraditional(char);
    const asSimplified = toSimplified(char);
    if (asTraditional !== char && asSimplified === char) simplified++;
    else if (asSimplified !== char && asTraditional === char) traditional++;
  }
  if (simplified > traditional) return 'zh-Hans';
  if (traditional > simplified) return 'zh-Hant';
  return 'zh';
}

/** The script a set of tags agrees on (zh-Hans or zh-Hant), for names that alone cannot tell. */
export function predominantChineseTag(tags: Iterable<string | undefined>): 'zh-Hans' | 'zh-Hant' | undefined {
  let hans = 0;
  let hant = 0;
  for (const tag of tags) {
    if (tag === 'zh-Hans') hans++;
    else if (tag === 'zh-Hant') hant++;
  }
  if (hans > 0 && hant === 0) return 'zh-Hans';
  if (hant > 0 && hans === 0) return 'zh-Hant';
  return undefined;
}
