// Name cells: "Park Chung-hee (박정희; 朴正熙) (1917–1979) (2nd term)" → Latin name, native forms, lifespan, markers.
import { normalizeCell } from './cells.js';
import { labelledLanguage, withoutInterlanguageMarks } from './language-labels.js';
import { ACTING } from './date-cells.js';
import { isActingInOtherLanguage } from './acting-words.js';
import { remembered } from './memo.js';
import { nativeParts, withoutNativeHonorific } from './native-forms.js';
import { EAST_ASIAN, isExonym, oneKoreanRomanisation, withoutRepeatedRomanisation, withRegnalNumerals } from './latin-forms.js';
import { SCRIPT, scriptRuns, scriptsIn } from './scripts.js';
import { HONORIFICS, isRole, setRole, withoutNote, withoutPostNominals, withoutRole } from './titles.js';

export { withoutLocalTitles } from './titles.js';

/** One form of a name in its own script, before the article decides its language. */
export interface NativeForm {
  text: string;
  /** ISO 15924 code ("Hang", "Hani", "Cyrl"; "Jpan" for kanji with kana). */
  script: string;
  /** The language a label before it names ("(Arabic: محمد الخرشي)"), when one does. */
  language?: string;
}

/** Years of birth and death written beside a name: "(1841–1909)", "(born 1952)". */
export interface Lifespan {
  born?: string;
  died?: string;
}

/** A person's name as a table cell gives it. */
export interface PersonName {
  /** The name in Latin script, e.g. "Wang Jun" (absent when only a native form is written). */
  english?: string;
  /** The forms in other scripts, in the order written. */
  natives: NativeForm[];
  /** Every script of the cell, to tell hanja from Chinese, kanji from hanzi. */
  cellScripts: Set<string>;
  /** Marked acting or interim. */
  acting: boolean;
  lifespan?: Lifespan;
  /** "2nd term", "third time", "1st ministry": which of the holder's terms this row is. */
  termMarker?: string;
  /** A role written after the name ("President", "Chairman of the … Council"). */
  role?: string;
  /** An uncertain regnal number written apart from the name ("XIII?" in "Yohannes (XIII?)"), also kept in remarks. */
  regnal?: string;
  /** Other parenthesised remarks, kept as written. */
  remarks: string[];
  /** A note written after the name in the same cell ("Resigned", "Re-elected to a second term …"). */
  note?: string;
}

const ORDINAL_WORD = '(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[IVX]{1,5})';
/** A term marker: "(2nd term)", "(third time)", "(1st ministry)", "(second cabinet)", "(II)". */
const TERM_MARKER = new RegExp(`^(?:${ORDINAL_WORD}(?: (?:term|time|ministry|government|cabinet|mandate|period|tenure|administration))?|term ${ORDINAL_WORD}|${ORDINAL_WORD} and ${ORDINAL_WORD} terms?|restored|reinstated|again|re-?elected|returned)$`, 'i');
/** Lifespans: "1841–1909", "born 1952", "b. 1952", "died 1990", "1952–", "c. 1800 – 1850". */
const LIFESPAN: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Lifespan]> = [
  [/^(?:c\.\s*)?(\d{3,4})\s*[–-]\s*(?:c\.\s*)?(\d{3,4})?$/, (m) => ({ born: m[1], ...(m[2] ? { died: m[2] } : {}) })],
  [/^(?:born|b\.)\s*(?:c\.\s*)?(?:\d{1,2} [A-Za-z]+ |[A-Za-z]+ (?:\d{1,2}, )?)?(\d{3,4})$/i, (m) => ({ born: m[1] })],
  [/^(?:died|d\.)\s*(?:c\.\s*)?(?:\d{1,2} [A-Za-z]+ |[A-Za-z]+ (?:\d{1,2}, )?)?(\d{3,4})$/i, (m) => ({ died: m[1] })],
  [/^(?:\d{3,4}\s*[–-]\s*)?\?$|^\?\s*[–-]\s*(\d{3,4})$/, (m) => (m[1] ? { died: m[1] } : {})],
];
/** Splits a name cell into Latin name, native forms, lifespan, acting and term markers and remarks (shared: not to be changed). */
export const parseName: (cell: string) => PersonName = remembered((cell) => readName(cell));

function readName(cell: string): PersonName {
  const name: PersonName = { natives: [], cellScripts: new Set(), acting: false, remarks: [] };
  const text = withoutTermMarkerAfterComma(withoutInterlanguageMarks(withoutSortKey(normalizeCell(cell))), name);
  name.cellScripts = scriptsIn(text);
  const outside = withoutRoleAfter(text, name).replace(/[(（]([^()（）]*)[)）]/g, (whole: string, inner: string, at: number) => {
    if (GENERATION.test(inner)) return whole;
    if (KNOWN_AS.test(inner) && /\p{L}\s*$/u.test(text.slice(0, at)) && /^\s+\p{Lu}/u.test(text.slice(at + whole.length))) return whole;
    readParenthesis(inner.trim(), name);
    return ' ';
  });
  let latin = '';
  let eastAsian = false;
  let native = false;
  for (const run of withRegnalNumerals(scriptRuns(outside))) {
    if (run.script !== SCRIPT.latin) {
      addNatives(run.text, run.script, name);
      native = true;
      eastAsian ||= EAST_ASIAN.has(run.script);
    } else if (native && latin.trim() && (eastAsian || isExonym(run.text))) name.remarks.push(run.text);
    else latin += ` ${run.text}`;
  }
  latin = latin.replace(/\s+/g, ' ').replace(/^[\s,;:/–-]+|[\s,;:/–-]+$/g, '').trim();
  latin = stripMarkers(withoutRole(withoutNote(latin, name), name), name);
  latin = oneKoreanRomanisation(withoutRepeatedRomanisation(latin), name.natives);
  if (latin) name.english = latin;
  return name;
}

/**
 * A hidden sort key the renderer kept before the name ("Chissano, JoaquimJoaquim Chissano"; a
 * sortable column's "Surname, Given" glued to the name as shown): the key is dropped when the name
 * after it starts with its given name and holds its surname.
 */
function withoutSortKey(text: string): string {
  const key = SORT_KEY.exec(text);
  if (!key) return text;
  const shown = text.slice(key[0].length);
  return shown.includes(key[1]) ? shown : text;
}

const SORT_KEY = /^([^,()\d]{2,60}), ([^\s,()\d]{1,40})(?=\2[\s\p{L}])/u;

/** A term marker after a comma, as a parenthesis would hold it ("Maxime Carlot Korman, 2nd time"). */
function withoutTermMarkerAfterComma(text: string, name: PersonName): string {
  const comma = text.lastIndexOf(',');
  const after = text.slice(comma + 1).trim();
  // a bare numeral after a comma is the name's own ("Thurston Howell, III")
  if (comma < 0 || /^[IVX]+$/i.test(after) || !TERM_MARKER.test(after)) return text;
  name.termMarker = after;
  return text.slice(0, comma);
}

/** A role written after the name's last parenthesis ("Mashiur Rahman (1924–1979) Senior Minister"): the name's role. */
function withoutRoleAfter(text: string, name: PersonName): string {
  const close = Math.max(text.lastIndexOf(')'), text.lastIndexOf('）'));
  const after = close > 0 ? text.slice(close + 1).trim() : '';
  if (!after || !isRole(after)) return text;
  setRole(after, name);
  return text.slice(0, close + 1);
}

/** Which of a father and son of one name this is, part of how he is told apart: "Alejandro Chucarro (hijo)". */
const GENERATION = /^(?:hijo|padre|h\.?|filho|pai|neto|fils|père|Jr\.?|Sr\.?|junior|senior|the younger|the elder)$/i;

/** A name in parentheses inside a name, the one the person was known by: "Edward (George) Gwinnett Bompas". */
const KNOWN_AS = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;

/** "(acting [for Taira to November 23, 1978])": acting, and for whom, kept as a remark. */
const ACTING_FOR = /^(?:acting|interim)\s+(?:for\b|\[for\b)/i;

/** A regnal number in parentheses with a doubt: not part of the name, but it tells the holder from his namesakes. */
const UNCERTAIN_REGNAL = /^[IVXLC]+\?$/;

/** Sorts one parenthesised part of a name cell into its kind. */
function readParenthesis(inner: string, name: PersonName): void {
  if (!inner) return;
  if (ACTING.test(inner) || ACTING_FOR.test(inner) || isActingInOtherLanguage(inner)) {
    name.acting = true;
    if (!ACTING.test(inner) && !isActingInOtherLanguage(inner)) name.remarks.push(inner);
    return;
  }
  if (TERM_MARKER.test(inner)) {
    name.termMarker = inner;
    return;
  }
  for (const [form, read] of LIFESPAN) {
    const m = form.exec(inner);
    if (m) {
      name.lifespan = read(m);
      return;
    }
  }
  const runs = withRegnalNumerals(scriptRuns(inner));
  if (runs.some((run) => run.script !== SCRIPT.latin)) {
    let language: string | undefined;
    for (const run of runs) {
      if (run.script === SCRIPT.latin) language = run.text.endsWith(':') ? labelledLanguage(run.text) : undefined;
      else addNatives(run.text, run.script, name, language);
    }
    return;
  }
  if (UNCERTAIN_REGNAL.test(inner)) name.regnal = inner;
  name.remarks.push(inner);
}

/** Adds the native forms of one run (in `language` when a label says so); ";", "/", "," and "、" separate forms of one script. */
function addNatives(text: string, script: string, name: PersonName, language?: string): void {
  for (const part of nativeParts(text)) {
    const form = withoutNativeHonorific(part.replace(/^[\s:–-]+|[\s:–-]+$/g, '').replace(/\s+/g, ' '));
    if (form && !name.natives.some((n) => n.text === form)) name.natives.push(language ? { text: form, script, language } : { text: form, script });
  }
}

/** Acting words before or after the name ("Acting Prime Minister" after it), and lifespans written without parentheses. */
const AROUND = {
  acting: /^(?:acting|interim)\s+|\s+(?:acting|interim)(?:\s+(?:prime minister|president|governor|premier|mayor|chairman|head of state))?$/i,
  born: /\s+(?:born|b\.)\s*(\d{3,4})$/i,
};

/** Drops honorifics before the name and acting words, letters or a birth year after it, recording them, until none is left. */
function stripMarkers(latin: string, name: PersonName): string {
  let text = latin;
  for (let changed = true; changed;) {
    const before = text;
    if (AROUND.acting.test(text)) {
      name.acting = true;
      text = text.replace(AROUND.acting, '').trim();
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
