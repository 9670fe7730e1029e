// A table's name column read as a whole: what most of its cells show and no one cell tells — flags' alt text.
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

/** The fewest rows of a table that make its style: one or two rows alone are no column's habit. */
const FEWEST_ROWS = 3;

/**
 * Reads the name cells of one table's rows together, changing their names in place (each a new PersonName): when most
 * of them open with a country's name before a full personal name, that is a flag's alt text and is dropped.
 */
export function readNameColumn(rows: { name: PersonName }[]): void {
  const named = rows.filter((row) => row.name.english !== undefined);
  if (mostOf(named, (english) => FLAG_BEFORE_NAME.test(english))) {
    for (const row of named) row.name = { ...row.name, english: row.name.english?.replace(FLAG_BEFORE_NAME, '') };
  }
}

function mostOf(named: readonly { name: PersonName }[], test: (english: string) => boolean): boolean {
  const count = named.filter((row) => test(row.name.english ?? '')).length;
  return count >= FEWEST_ROWS && count * 2 > named.length;
}
