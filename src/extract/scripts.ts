// Writing systems: each character's script as its ISO 15924 code (from the iso-15924 table), and text split into runs.
import { iso15924 } from 'iso-15924';

/** ISO 15924 codes of the scripts that need special care; any other script is read from the table. */
export const SCRIPT = {
  latin: 'Latn', han: 'Hani', hangul: 'Hang', hiragana: 'Hira', katakana: 'Kana',
  common: 'Zyyy', inherited: 'Zinh', unknown: 'Zzzz',
} as const;

/**
 * A test per ISO 15924 code of the iso-15924 table that Unicode uses as a Script property value
 * (its short alias is the ISO code itself: `\p{Script=Cyrl}`). Codes Unicode does not encode as a
 * script of their own (Geok, Hans, Jpan…) are left out, so each character has exactly one code.
 */
const SCRIPT_TESTS: ReadonlyArray<readonly [code: string, test: RegExp]> = iso15924.flatMap((entry) => {
  try {
    return [[entry.code, new RegExp(`^\\p{Script=${entry.code}}$`, 'u')] as const];
  } catch {
    return []; // not a Unicode script, or newer than this JavaScript engine's Unicode tables
  }
});

/** Codes already found, by code point (an array for the Basic Multilingual Plane, a Map above it). */
const basic: (string | undefined)[] = new Array(0x10000);
const astral = new Map<number, string>();

/** The ISO 15924 code of one character's script: "Latn", "Hani", "Cyrl"; "Zyyy" for spaces, digits, punctuation. */
export function scriptOf(char: string): string {
  const point = char.codePointAt(0) ?? 0;
  let code = point < 0x10000 ? basic[point] : astral.get(point);
  if (code === undefined) {
    code = SCRIPT_TESTS.find(([, test]) => test.test(char))?.[0] ?? SCRIPT.unknown;
    if (point < 0x10000) basic[point] = code;
    else astral.set(point, code);
  }
  return code;
}

/** Text of ASCII characters only: its letters are all Latin, its other characters neutral. */
const ASCII = /^[\0-\x7f]*$/;
const ASCII_LETTER = /[A-Za-z]/;

/** True for the scripts whose characters belong to any writing (spaces, digits, punctuation, combining marks). */
export function isNeutral(code: string): boolean {
  return code === SCRIPT.common || code === SCRIPT.inherited || code === SCRIPT.unknown;
}

/** A stretch of text in one script (neutral characters inside it included). */
export interface ScriptRun {
  script: string;
  text: string;
}

/**
 * Splits text into runs of one script each. Spaces, digits and punctuation join the run before them; Han next
 * to kana is one Japanese run ("Jpan"). Hangul and hanja stay two runs: they are two forms of a name.
 */
export function scriptRuns(text: string): ScriptRun[] {
  if (ASCII.test(text)) return ASCII_LETTER.test(text) ? [{ script: SCRIPT.latin, text: text.trim() }] : [];
  const runs: { script: string; text: string }[] = [];
  let pending = '';
  for (const char of text) {
    const script = scriptOf(char);
    const last = runs[runs.length - 1];
    if (isNeutral(script)) {
      pending += char;
      continue;
    }
    const joined = last && joinedScript(last.script, script);
    if (last && joined) {
      last.text += pending + char;
      last.script = joined;
    } else {
      if (last) last.text += pending;
      runs.push({ script, text: last ? char : pending + char });
    }
    pending = '';
  }
  if (runs.length) runs[runs.length - 1].text += pending;
  return runs.map((run) => ({ script: run.script, text: run.text.trim() }));
}

/** The script of a run made of `a` then `b`, or undefined when they are two runs. */
function joinedScript(a: string, b: string): string | undefined {
  if (a === b) return a;
  const japanese = new Set([SCRIPT.han, SCRIPT.hiragana, SCRIPT.katakana, 'Jpan']);
  if (japanese.has(a) && japanese.has(b) && (a !== SCRIPT.han || b !== SCRIPT.han)) return 'Jpan';
  return undefined;
}

/** The scripts a text is written in (neutral characters left out). */
export function scriptsIn(text: string): Set<string> {
  if (ASCII.test(text)) return new Set(ASCII_LETTER.test(text) ? [SCRIPT.latin] : []);
  const found = new Set<string>();
  for (const char of text) {
    const script = scriptOf(char);
    if (!isNeutral(script)) found.add(script);
  }
  return found;
}
