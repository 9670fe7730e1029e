// Parts in parentheses after an East Asian name that are no form of it: its reading in kana, a count of its terms ("2度目").

/** Kana only (hiragana, katakana, the long-vowel mark, the middle dot), with spaces: a reading, not a form of its own. */
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・゠\s]+$/u;
/** A Han character: the name the reading is of. */
const HAN = /\p{Script=Han}/u;

/**
 * True when a parenthesis holds a name's reading in kana, after a name written in kanji ("渋沢 敬三 (しぶさわ けいぞう)"):
 * a guide to pronouncing the name, as Japanese lists print it, not a second form of it (`before`: the cell's text before it).
 */
export function isKanaReading(inner: string, before: string): boolean {
  return KANA_ONLY.test(inner) && HAN.test(before);
}

/**
 * A count of the holder's terms as Japanese and Chinese write it: "2度目", "3回目", "2期目" (the Nth time, the Nth
 * term), "第2次", "第二次" (the second), "再任" (reappointed).
 */
const CJK_TERM_MARKER = /^(?:第?[0-9０-９一二三四五六七八九十]+(?:度目|回目|期目)|第[0-9０-９一二三四五六七八九十]+次|再任)$/u;

/** True when a parenthesis after a name counts the holder's terms in Japanese or Chinese ("2度目"). */
export function isCjkTermMarker(inner: string): boolean {
  return CJK_TERM_MARKER.test(inner);
}
