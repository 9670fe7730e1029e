// A table's name column read as a whole: what most of its cells show and no one cell tells — flags' alt text, surnames in capitals.
import type { PersonName } from './names.js';

/**
 * Country names a flag icon's alternative text gives, which the renderer writes before the name ("Spain Julián
 * Palacios"): every region ICU names in English, and the flags Wikipedia writes of places it does not (or names otherwise).
 */
const FLAG_NAMES: readonly string[] = (() => {
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const names = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland', 'Turkey', 'Czech Republic', 'Soviet Union',
    'Yugoslavia', 'Czechoslovakia', 'West Germany', 'East Germany']);
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const name = regions.of(String.fromCharCode(a, b));
      if (name) names.add(name);
    }
  }
  return [...names].sort((x, y) => y.length - x.length);
})();

/** A country's name, then a full personal name: a given name and at least one more word ("Spain Luis de Urquijo"). */
const FLAG_BEFORE_NAME = new RegExp(
  `^(?:${FLAG_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}) (?=\\p{Lu}[\\p{L}.'’-]*(?: [\\p{L}.'’-]+)+$)`, 'u');

/** A word in capitals only (a surname as official lists write it: "RAŠÍN", "NOVÁK-SMITH", "O'NEILL"). */
const CAPITALS = /^\p{Lu}(?:['’-]?\p{Lu})+$/u;
/** Words in capitals that are no surname: regnal numerals (I to XXXIX), and letters written after a name (members, honours, degrees). */
const NOT_A_SURNAME = /^(?:X{0,3}(?:IX|IV|V?I{0,3})|MLA|MLC|MP|MPP|MNA|MHA|MHR|MHK|MSP|MS|TD|JP|QC|KC|PC|VC|MC|CB|KB|KG|KT|OBE|MBE|CBE|KBE|GBE|DSO|FRS|CMG|KCMG|GCMG|CVO|KCVO|GCVO|KCB|GCB|PHD|MD|USN|USA|USMC|RN|RAF|TNI)$/;
/** Letters that are lower case in an ordinary name, so a name with them is not written all in capitals. */
const LOWER_CASE = /\p{Ll}/u;

/** Where a word in ordinary case has a capital: its start, and after an apostrophe or hyphen ("O'Neill", "Smith-Jones"). */
const WORD_START = /(?:^|['’-])\p{Ll}/gu;

/** The fewest rows of a table that make its style: one or two rows alone are no column's habit. */
const FEWEST_ROWS = 3;

/**
 * Reads the name cells of one table's rows together, changing their names in place (each a new PersonName): when most
 * of them open with a country's name before a full personal name, that is a flag's alt text and is dropped; when most
 * write the surname in capitals beside a name in ordinary case ("Alois RAŠÍN"), the surname is written in ordinary
 * case ("Alois Rašín"). A name all in capitals, a Roman numeral and post-nominal letters are left as they are.
 */
export function readNameColumn(rows: { name: PersonName }[]): void {
  const named = rows.filter((row) => row.name.english !== undefined);
  if (mostOf(named, (english) => FLAG_BEFORE_NAME.test(english))) {
    for (const row of named) row.name = { ...row.name, english: row.name.english?.replace(FLAG_BEFORE_NAME, '') };
  }
  if (mostOf(named, hasSurnameInCapitals)) {
    for (const row of named) if (hasSurnameInCapitals(row.name.english ?? '')) row.name = { ...row.name, english: inOrdinaryCase(row.name.english ?? '') };
  }
}

function mostOf(named: readonly { name: PersonName }[], test: (english: string) => boolean): boolean {
  const count = named.filter((row) => test(row.name.english ?? '')).length;
  return count >= FEWEST_ROWS && count * 2 > named.length;
}

function hasSurnameInCapitals(english: string): boolean {
  const words = english.split(' ');
  return words.some(isSurnameInCapitals) && words.some((word) => LOWER_CASE.test(word));
}

function isSurnameInCapitals(word: string): boolean {
  return CAPITALS.test(word) && !NOT_A_SURNAME.test(word);
}

/** "Alois RAŠÍN" → "Alois Rašín"; "O'NEILL" → "O'Neill": each surname in capitals written in ordinary case. */
function inOrdinaryCase(english: string): string {
  return english.split(' ')
    .map((word) => (isSurnameInCapitals(word) ? word.toLowerCase().replace(WORD_START, (start) => start.toUpperCase()) : word))
    .join(' ');
}
