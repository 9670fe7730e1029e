// Name cells: "Park Chung-hee (박정희; 朴正熙) (1917–1979) (2nd term)" → Latin name, native forms, lifespan, markers.
import { normalizeCell } from './cells.js';
import { labelEnding, labelledLanguage, withoutInterlanguageMarks } from './language-labels.js';
import { ACTING_AFTER_NAME, ACTING_BEFORE_NAME, isActingQualifier } from './acting-words.js';
import { remembered } from './memo.js';
import { isCjkTermMarker, isKanaReading } from './cjk-name-parts.js';
import { nativeParts, withoutNativeHonorific } from './native-forms.js';
import { EAST_ASIAN, isExonym, latinNameInParentheses, oneKoreanRomanisation, withoutRepeatedRomanisation, withRegnalNumerals } from './latin-forms.js';
import { SCRIPT, scriptRuns, scriptsIn } from './scripts.js';
import { ACTING_FOR, LIFESPAN, stripMarkers, TERM_MARKER, UNCERTAIN_REGNAL, withoutTermMarkerAfterComma } from './name-markers.js';
import { isRole, setRole, withoutNote, withoutRole } from './titles.js';

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
  /** A regnal number written apart from the name ("XIII?" in "Yohannes (XIII?)"; "II" in a pope's "Gregory (II)"), also kept in remarks. */
  regnal?: string;
  /** Other parenthesised remarks, kept as written. */
  remarks: string[];
  /** A note written after the name in the same cell ("Resigned", "Re-elected to a second term …"). */
  note?: string;
}

/** Splits a name cell into Latin name, native forms, lifespan, acting and term markers and remarks (shared: not to be changed). */
export const parseName: (cell: string) => PersonName = remembered((cell) => readName(cell));

function readName(cell: string): PersonName {
  const name: PersonName = { natives: [], cellScripts: new Set(), acting: false, remarks: [] };
  const text = withoutTermMarkerAfterComma(withoutInterlanguageMarks(withoutSortKey(normalizeCell(cell))), name);
  name.cellScripts = scriptsIn(text);
  const outside = withoutRoleAfter(text, name).replace(/[(（]([^()（）]*)[)）]/g, (whole: string, inner: string, at: number) => {
    if (GENERATION.test(inner)) return whole;
    if (isKanaReading(inner, text.slice(0, at))) {
      name.remarks.push(inner.trim());
      return ' ';
    }
    if (KNOWN_AS.test(inner) && /\p{L}\s*$/u.test(text.slice(0, at)) && /^\s+\p{Lu}/u.test(text.slice(at + whole.length))) return whole;
    readParenthesis(inner.trim(), name);
    return ' ';
  });
  let latin = '';
  let eastAsian = false;
  let native = false;
  let language: string | undefined;
  const runs = withRegnalNumerals(scriptRuns(outside));
  for (const [i, run] of runs.entries()) {
    if (run.script !== SCRIPT.latin) {
      addNatives(run.text, run.script, name, language);
      native = true;
      eastAsian ||= EAST_ASIAN.has(run.script);
      continue;
    }
    // a label before the form after it, unparenthesised ("In Tam Central Khmer: អ៊ិន តាំ")
    const label = i < runs.length - 1 ? labelEnding(run.text) : undefined;
    const text = label ? run.text.slice(0, label.at) : run.text;
    language = label?.language;
    if (native && latin.trim() && (eastAsian || isExonym(text))) name.remarks.push(text);
    else latin += ` ${text}`;
  }
  inWrittenOrder(name.natives, text);
  latin = latin.replace(/\s+/g, ' ').replace(/^[\s,;:/–-]+|[\s,;:/–-]+$/g, '').trim();
  latin = stripMarkers(withoutRole(withoutNote(latin, name), name), name);
  latin = oneKoreanRomanisation(withoutRepeatedRomanisation(latin), name.natives);
  if (!latin && native) latin = latinNameInParentheses(name.remarks) ?? '';
  if (latin) name.english = latin;
  return name;
}

/** The native forms in the order the cell writes them ("가라스마루 미쓰에 (烏丸光徳)": hangul first), where each is found in it as it stands. */
function inWrittenOrder(natives: NativeForm[], text: string): void {
  if (natives.length < 2) return;
  const at = new Map(natives.map((form) => [form, text.indexOf(form.text)]));
  if ([...at.values()].every((i) => i >= 0)) natives.sort((a, b) => at.get(a)! - at.get(b)!);
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

/**
 * A role written after the name's last parenthesis ("Mashiur Rahman (1924–1979) Senior Minister"): the name's role; an
 * acting word alone there says the holder acted ("Kwon Young-chul 권영철 權寧喆 (born 1951) Acting", "Cleto Bendaña (–)
 * Provisional").
 * Other words in Latin letters after a lifespan, a capitalised word or one in lower case first, are a note (saying the holder
 * acted when it ends in acting words: "pääministeri, hoiti riigivanemin tehtäviä"): the lifespan closes the name
 * ("Robert Machray (1831-1904) Archbishop of Rupert’s Land", "(1919-2004) First Primate not to continue …"); letters
 * ("KCMG"), acting words, a generation ("Jr.") and native forms after it are read as such.
 */
function withoutRoleAfter(text: string, name: PersonName): string {
  const close = Math.max(text.lastIndexOf(')'), text.lastIndexOf('）'));
  const after = close > 0 ? text.slice(close + 1).trim() : '';
  if (!after) return text;
  if (isRole(after)) setRole(after, name);
  else if (isActingQualifier(after, 'name')) name.acting = true;
  else if (WORDS_AFTER.test(after) && !ACTING_FIRST.test(after) && !GENERATION.test(after) && isLifespan(text.slice(text.lastIndexOf('(', close) + 1, close))) {
    name.note = after;
    if (ACTING_ENDS_NOTE.test(after)) name.acting = true;
  } else return text;
  return text.slice(0, close + 1);
}

/**
 * Words in Latin letters, a capitalised word first ("Archbishop of Edmonton, later of Rupert’s Land"), or a word in lower
 * case, as Finnish writes an office ("pääministeri, hoiti riigivanemin tehtäviä": prime minister, did the riigivanem's duties).
 */
const WORDS_AFTER = /^(?:\p{Lu}\p{Ll}|\p{Ll}{2})[\p{Script=Latin}\P{L}]*$/u;
/** A note after the name whose last words say the holder acted ("…, hoiti riigivanemin tehtäviä"). */
const ACTING_ENDS_NOTE = new RegExp(`(?:^|[\\s,;])${ACTING_AFTER_NAME}$`, 'iu');
const ACTING_FIRST = new RegExp(`^${ACTING_BEFORE_NAME}(?![\\p{L}])`, 'iu');

function isLifespan(inner: string): boolean {
  return LIFESPAN.some(([form]) => form.test(inner.trim()));
}

/**
 * Which of a father and son of one name this is, part of how he is told apart: "Alejandro Chucarro (hijo)", "Diego de
 * Montemayor (el mozo)" (Spanish, Portuguese, Catalan, French and Italian "the younger", "the elder").
 */
const GENERATION = /^(?:hijo|padre|h\.?|filho|pai|neto|fils|père|Jr\.?|Sr\.?|junior|senior|the younger|the elder|el mozo|el viejo|o moço|o velho|el jove|el vell|le jeune|l['’]a[iî]né|il giovane|il vecchio)$/i;

/** A name in parentheses inside a name, the one the person was known by: "Edward (George) Gwinnett Bompas", initials "Burnet Birthwright (BB) Coke". */
const KNOWN_AS = /^(?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?|\p{Lu}{2,3})$/u;

/** Sorts one parenthesised part of a name cell into its kind. */
function readParenthesis(inner: string, name: PersonName): void {
  if (!inner) return;
  if (isActingQualifier(inner, 'name') || ACTING_FOR.test(inner)) {
    name.acting = true;
    if (!isActingQualifier(inner, 'name')) name.remarks.push(inner);
    return;
  }
  if (TERM_MARKER.test(inner) || isCjkTermMarker(inner)) {
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
      // a label in any script names the language of the forms after it ("Japanese:", Korean "일본어:")
      const label = /[:：]$/.test(run.text) ? labelledLanguage(run.text) : undefined;
      if (run.script === SCRIPT.latin || label) language = label;
      else addNatives(run.text, run.script, name, language);
    }
    return;
  }
  if (UNCERTAIN_REGNAL.test(inner)) name.regnal = inner;
  name.remarks.push(inner);
}

/**
 * What stands at either end of a native form and is no part of it: spaces, colons, dashes, and a quote mark set
 * apart by a space (a stray renderer mark: "' 허경만").
 */
const NATIVE_EDGES = /^(?:[\s:–-]|['"‘’“”](?=\s))+|(?:[\s:–-]|(?<=\s)['"‘’“”])+$/g;

/** Adds the native forms of one run (in `language` when a label says so); ";", "/", "," and "、" separate forms of one script. */
function addNatives(text: string, script: string, name: PersonName, language?: string): void {
  for (const part of nativeParts(text)) {
    const form = withoutNativeHonorific(part.replace(NATIVE_EDGES, '').replace(/\s+/g, ' '));
    if (form && !name.natives.some((n) => n.text === form)) name.natives.push(language ? { text: form, script, language } : { text: form, script });
  }
}
