// Spelling folds: the marks writers of Indic and Arabic scripts drop or swap, folded to one form (month names, holders' native names).

/**
 * Spellings of one name that differ only in marks writers drop or swap, each folded to one form (in the
 * names Intl gives and in the cell alike): the nukta of Devanagari, Bengali, Gurmukhi, Gujarati and Odia,
 * precomposed or not (फ़रवरी, फरवरी; ফেব্রুয়ারি with য় either way; ਫ਼ਰਵਰੀ, ਫਰਵਰੀ); the candra o and e of English
 * words (ઑગસ્ટ, ઓગસ્ટ; ऑगस्ट; अप्रॅल for अप्रैल); a nasal with virama before a consonant for the anusvara
 * (सितम्बर, सितंबर); long for short i and u in Bengali and Gujarati, u in Telugu (জানুয়ারী, জানুয়ারি; જુલાઈ, જુલાઇ;
 * జూలై, జులై); ṣ for s before ṭ (আগষ্ট, আগস্ট; ఆగష్టు); Telugu's final -ru for -r (అక్టోబరు, అక్టోబర్);
 * Malayalam's chillu letters for a consonant and virama, and the joiners between (ഒക്‌ടോബർ, ഒക്ടോബര്‍); Arabic
 * yeh and kaf for the Urdu and Persian letters (فروري, فروری).
 */
const SPELLING_FOLDS: ReadonlyArray<readonly [RegExp, string | ((letter: string) => string)]> = [
  [/[\u0958-\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59-\u0a5b\u0a5e\u0b5c\u0b5d]/g, (letter) => letter.normalize('NFD')[0]],
  [/[\u093c\u09bc\u0a3c\u0abc\u0b3c\u200c\u200d]/g, ''],
  [/\u0945/g, '\u0948'],
  [/[\u0949\u0ac9]/g, (candra) => String.fromCharCode(candra.charCodeAt(0) + 2)],
  [/[\u0911\u0a91]/g, (candra) => String.fromCharCode(candra.charCodeAt(0) + 2)],
  [/[ङञणनम]\u094d(?=[क-ह])/g, '\u0902'],
  [/[\u09c0\u09c2\u0ac0\u0ac2\u0c42\u0988\u0a88]/g, (long) => String.fromCharCode(long.charCodeAt(0) - 1)],
  [/[\u09b7\u0c37](?=[\u09cd\u0c4d][\u099f\u0c1f])/g, (sha) => String.fromCharCode(sha.charCodeAt(0) + 1)],
  [/\u0c30\u0c41$/g, '\u0c30\u0c4d'],
  [/[\u0d7a-\u0d7f]/g, (chillu) => `${'\u0d23\u0d28\u0d30\u0d32\u0d33\u0d15'[chillu.charCodeAt(0) - 0x0d7a]}\u0d4d`],
  [/[\u064a\u0649]/g, '\u06cc'],
  [/\u0643/g, '\u06a9'],
];
const FOLDABLE = new RegExp(SPELLING_FOLDS.map(([pattern]) => pattern.source).join('|'));

/** A word (a month's name, a holder's native name) in the one spelling `SPELLING_FOLDS` gives its variants. */
export function folded(name: string): string {
  return FOLDABLE.test(name) ? SPELLING_FOLDS.reduce((text, [pattern, by]) => text.replace(pattern, by as never), name) : name;
}
