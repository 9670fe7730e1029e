// No. cells: the ordinals a list's number column writes, one definition for the reader, the shapes and Wikidata's P1545.

/**
 * The Sanskrit ordinals, the first to the twelfth, that lists in Hindi, Marathi, Nepali, Bengali and Gujarati write in a
 * number column (প্রথম "the first", দ্বিতীয় "the second", તૃતીય "the third"), in Devanagari; पञ्चम also as पंचम.
 */
const SANSKRIT_ORDINALS: ReadonlyArray<readonly string[]> = [
  ['प्रथम'], ['द्वितीय'], ['तृतीय'], ['चतुर्थ'], ['पञ्चम', 'पंचम'], ['षष्ठ'], ['सप्तम'], ['अष्टम'], ['नवम'], ['दशम'], ['एकादश'], ['द्वादश'],
];

/**
 * The same words in Bengali and Gujarati script, letter for letter (each script's block lies as Devanagari's, 0x80 and
 * 0x180 further on), as the scripts write them: Bengali with ব for व and the antastha য় for य, precomposed or not.
 */
function inScript(word: string, offset: number): string[] {
  const letters = [...word].map((c) => String.fromCharCode(c.charCodeAt(0) + offset)).join('');
  if (offset !== 0x80) return [letters];
  const bengali = letters.replace(/\u09b5/g, '\u09ac').replace(/\u09af/g, '\u09af\u09bc');
  return bengali.includes('\u09af') ? [bengali, bengali.replace(/\u09af\u09bc/g, '\u09df')] : [bengali];
}

/** Each ordinal word of {@link SANSKRIT_ORDINALS} in Devanagari, Bengali and Gujarati, with the holder's number it gives. */
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(SANSKRIT_ORDINALS.flatMap((spellings, i) =>
  spellings.flatMap((word) => [0, 0x80, 0x180].flatMap((offset) => inScript(word, offset).map((written): [string, number] => [written, i + 1])))));

/**
 * A written ordinal as the reader keeps it: "12", "12a", "(3)" (a returning holder's number), "01" (zero-padded), "1st"
 * (an English ordinal; "1º", "1.º", "1ª", "1°" Spanish, Portuguese and Italian, "1er", "2e", "2ème" French), a second
 * number beside it ("1 (1)": holder and term; "(2) II": holder and ministry); Korean "초대" (the first), "2대", "제2대"
 * and Japanese "初代", "2代", "第2代" (the 2nd holder); Bengali "1ম", "2য়", "4র্থ", "6ষ্ঠ" (the digits made ASCII with the
 * cell) and the ordinal words of {@link ORDINAL_WORDS} ("প্রথম", "द्वितीय"). Never 0. Written in the regular expressions both JavaScript and
 * SHACL's sh:pattern read alike (no `\d`), so that shapes/office-ld.ttl holds ol:seriesOrdinal to this very pattern.
 */
export const WRITTEN_ORDINAL_PATTERN = String.raw`^(?:\(?0{0,2}[1-9][0-9]{0,2}(?:st|nd|rd|th|er|ème|\.?[ºª°]|[a-z]|ম|য়|য়|র্থ|ষ্ঠ)?\)?(?: (?:\([1-9][0-9]{0,2}\)|[IVX]{1,6}))?|초대|(?:제 ?)?[1-9][0-9]{0,2}대|初代|第?[1-9][0-9]{0,2}代|${[...ORDINAL_WORDS.keys()].join('|')})$`;

/** {@link WRITTEN_ORDINAL_PATTERN} as a regular expression. */
export const WRITTEN_ORDINAL = new RegExp(WRITTEN_ORDINAL_PATTERN);

/** True when a cell is a No. cell: a written ordinal, or one with a dot after it ("12."). */
export function isOrdinalCell(cell: string): boolean {
  return WRITTEN_ORDINAL.test(cell.endsWith('.') ? cell.slice(0, -1) : cell);
}

/** The words for "the first" that carry no digit: Korean 초대, Japanese 初代. */
const FIRST = /^(?:초대|初代)$/;
/** The holder's number at the start of a written ordinal, after Korean 제 or Japanese 第 ("the"). */
const LEADING_NUMBER = /^(?:\(|제 ?|第)?([1-9][0-9]*(?:[a-z](?![a-z]))?)/;

/** The holder's number of a written ordinal: "(2)" → 2, "1 (1)" → 1 (the term's number beside it), "(2) II" → 2, "1st" → 1, "초대" → 1, "第3代" → 3, "দ্বিতীয়" → 2. */
export function holderNumber(written: string): string {
  if (FIRST.test(written)) return '1';
  const word = ORDINAL_WORDS.get(written);
  if (word) return String(word);
  return LEADING_NUMBER.exec(written)?.[1] ?? written;
}
