// Markers in and around a name: term markers, lifespans, acting words, regnal numbers — tables and the functions that strip them.
import { ACTING_AFTER_NAME, ACTING_BEFORE_NAME } from './acting-words.js';
import { withoutPostNominals } from './post-nominals.js';
import { HONORIFICS } from './titles.js';
import type { Lifespan, PersonName } from './names.js';

const ORDINAL_WORD = '(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[IVX]{1,5})';
/**
 * A count or an ordinal before "time" or "term" in Hindi and Urdu: "(तीन बार)" (three times), "(दूसरी बार)" (the second
 * time), "(दूसरा कार्यकाल)" (second term); "(پہلی مرتبہ)" (the first time), "(تیسری بار)", "(دوسری مدت)".
 */
const SOUTH_ASIAN_TERM_MARKER = `(?:\\d{1,2}|${[
  'पहली', 'दूसरी', 'तीसरी', 'चौथी', 'पाँचवीं', 'पांचवीं', 'पहला', 'दूसरा', 'तीसरा', 'चौथा', 'एक', 'दो', 'तीन', 'चार', 'पाँच', 'पांच',
  'پہلی', 'دوسری', 'تیسری', 'چوتھی', 'پانچویں', 'ایک', 'دو', 'تین', 'چار', 'پانچ',
].join('|')}) (?:बार|कार्यकाल|مرتبہ|بار|دفعہ|مدت)`;
/** An ordinal as Finnish writes it, a number and a dot, before "kausi" (term) or "kerta" (time): "(4. kausi)". */
const FINNISH_TERM_MARKER = '\\d{1,2}\\. (?:kausi|kerta)';
/** A term marker: "(2nd term)", "(third time)", "(1st ministry)", "(second cabinet)", "(II)", "(तीन बार)", "(پہلی مرتبہ)", "(4. kausi)". */
export const TERM_MARKER = new RegExp(`^(?:${ORDINAL_WORD}(?: (?:term|time|ministry|government|cabinet|mandate|period|tenure|administration))?|term ${ORDINAL_WORD}|${ORDINAL_WORD} and ${ORDINAL_WORD} terms?|restored|reinstated|again|re-?elected|returned|${SOUTH_ASIAN_TERM_MARKER}|${FINNISH_TERM_MARKER})$`, 'iu');
/** Lifespans: "1841–1909", "born 1952", "b. 1952", "died 1990", "1952–", "c. 1800 – 1850". */
export const LIFESPAN: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Lifespan]> = [
  [/^(?:c\.\s*)?(\d{3,4})\s*[–-]\s*(?:c\.\s*)?(\d{3,4})?$/, (m) => ({ born: m[1], ...(m[2] ? { died: m[2] } : {}) })],
  [/^(?:born|b\.)\s*(?:c\.\s*)?(?:\d{1,2} [A-Za-z]+ |[A-Za-z]+ (?:\d{1,2}, )?)?(\d{3,4})$/i, (m) => ({ born: m[1] })],
  [/^(?:died|d\.)\s*(?:c\.\s*)?(?:\d{1,2} [A-Za-z]+ |[A-Za-z]+ (?:\d{1,2}, )?)?(\d{3,4})$/i, (m) => ({ died: m[1] })],
  // years unknown: "(?)", "(1850–?)", "(?–1850)", and neither written ("(–)", "(?–?)")
  [/^(?:\d{3,4}\s*[–-]\s*)?\?$|^\?\s*[–-]\s*(\d{3,4})$|^\??\s*[–-]\s*\??$/, (m) => (m[1] ? { died: m[1] } : {})],
];

/** A term marker after a comma, as a parenthesis would hold it ("Maxime Carlot Korman, 2nd time"). */
export function withoutTermMarkerAfterComma(text: string, name: PersonName): string {
  const comma = text.lastIndexOf(',');
  const after = text.slice(comma + 1).trim();
  // a bare numeral after a comma is the name's own ("Thurston Howell, III")
  if (comma < 0 || /^[IVX]+$/i.test(after) || !TERM_MARKER.test(after)) return text;
  name.termMarker = after;
  return text.slice(0, comma);
}

/** "(acting [for Taira to November 23, 1978])": acting, and for whom, kept as a remark. */
export const ACTING_FOR = new RegExp(`^${ACTING_BEFORE_NAME}\\s+\\[?for\\b`, 'iu');

/** A regnal number in parentheses with a doubt: not part of the name, but it tells the holder from his namesakes. */
export const UNCERTAIN_REGNAL = /^[IVXLC]+\?$/;

/**
 * Acting words before or after the name ("Acting Prime Minister" after it), acting words after it with more words,
 * kept as a remark ("Joseph Allison Acting for absent Pretorius"), and lifespans written without parentheses.
 */
const AROUND = {
  acting: new RegExp(`^${ACTING_BEFORE_NAME}\\s+|\\s+${ACTING_AFTER_NAME}(?:\\s+(?:prime minister|president|governor|premier|mayor|chairman|head of state))?$`, 'iu'),
  actingWithWords: new RegExp(`\\s+(${ACTING_AFTER_NAME}\\s+\\S.*)$`, 'iu'),
  born: /\s+(?:born|b\.)\s*(\d{3,4})$/i,
  // the holder's place in the office, written after the name as Finnish, Estonian, German and the Nordic languages write
  // an ordinal, a number and a dot, before the office's noun: "Ants Piip (1884–1942) 1. riigivanem" (the 1st riigivanem)
  ordinalTitle: /\s+(\d{1,3}\.\s+\p{L}[\p{L}-]*)$/u,
};

/** Drops honorifics before the name and acting words, letters, a birth year or an ordinal title after it, recording them, until none is left. */
export function stripMarkers(latin: string, name: PersonName): string {
  let text = latin;
  for (let changed = true; changed;) {
    const before = text;
    if (AROUND.acting.test(text)) {
      name.acting = true;
      text = text.replace(AROUND.acting, '').trim();
    }
    const actingFor = AROUND.actingWithWords.exec(text);
    if (actingFor) {
      name.acting = true;
      name.remarks.push(actingFor[1]);
      // the comma that set the acting words apart goes with them ("Combes , acting Commandant-Superior")
      text = text.slice(0, actingFor.index).replace(/[\s,;]+$/, '');
    }
    const ordinalTitle = AROUND.ordinalTitle.exec(text);
    if (ordinalTitle) {
      name.role ??= ordinalTitle[1];
      text = text.slice(0, ordinalTitle.index);
    }
    const born = AROUND.born.exec(text);
    if (born) {
      name.lifespan ??= { born: born[1] };
      text = text.slice(0, born.index).trim();
    }
    text = withoutPostNominals(text.replace(HONORIFICS, '').trim(), name).trim();
    changed = text !== before && text !== '';
  }
  return text;
}

/** Nouns of offices whose holders reign and are numbered by name: popes, kings, patriarchs. */
const REIGNING = /\b(?:popes?|kings?|queens?|monarchs?|emperors?|empress(?:es)?|sultans?|shahs?|tsars?|czars?|caliphs?|pharaohs?|patriarchs?|catholicoi|catholicos(?:es)?|abunas?|dukes?|duchess(?:es)?|princes?|princess(?:es)?|counts?|countess(?:es)?|emirs?|khans?|rulers?|negus|lamas?)\b/i;
/** What a title says before its office noun's "of": "List of kings" in "List of kings of France", "Premiers" in "Premiers of Prince Edward Island". */
const OFFICE_NOUN = /^(?:.*\blists? of )?(.*?)(?: of\b|\(|$)/i;
/** A Roman numeral alone, as a term marker "(II)" holds it. */
const ROMAN_NUMERAL = /^[IVXLC]+$/;

/** True when a post's title names holders who reign ("Chronological list of popes", "List of kings of France", "Prince of Monaco"). */
export function isReignTitle(title: string): boolean {
  return REIGNING.test(OFFICE_NOUN.exec(title)?.[1] ?? '');
}

/**
 * In a list of reigns, a Roman numeral in parentheses after a name ("Gregory (II)", read as "2nd term" elsewhere) is the
 * holder's regnal number: kept apart from the name, it tells him from his namesakes. `name` itself is not changed.
 */
export function withRegnalNumber(name: PersonName): PersonName {
  const numeral = name.termMarker;
  if (numeral === undefined || !ROMAN_NUMERAL.test(numeral)) return name;
  return { ...name, termMarker: undefined, regnal: numeral, remarks: [...name.remarks, numeral] };
}
