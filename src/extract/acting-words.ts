// Acting words: the one table of the words, in the languages lists are written in, that say a holder acted — and where each may stand.

/**
 * Where an acting word says the holder acted:
 * - `qualifier`: as the whole of a qualifier, in parentheses after a name or a date ("(caretaker)", "8 May 1909
 *   (acting)"), or before a term and a comma ("Acting, 1990–1991");
 * - `name cell`: in the name cell only, in parentheses after the name or unparenthesised before or after it
 *   ("Juan Pérez (en funciones)": in a date cell the same words say "in office");
 * - `any cell`: in both those places, and as a word anywhere in any cell of the row ("Locum tenens" in a Notes
 *   column, "Acting Prime Minister" after the name).
 * Every word but an abbreviation may also qualify a head's title in a label across the table ("Acting President",
 * "Presidente Provisorio"), and a word of any cell says who acted in a note across it ("… X was the acting Prime Minister").
 */
export type ActingScope = 'qualifier' | 'name cell' | 'any cell';

/** The acting words (regular-expression sources, matched without regard to case) and where each may stand. */
export const ACTING_WORDS: ReadonlyArray<readonly [word: string, scope: ActingScope]> = [
  // English and Latin
  ['acting', 'any cell'], ['interim', 'any cell'], ['locum tenens', 'any cell'], ['pro tempore', 'any cell'], ['temporar(?:y|ily)', 'any cell'],
  ['ad interim', 'qualifier'], ['pro tem', 'qualifier'], ['caretaker', 'qualifier'], ['provisional', 'qualifier'], ['officiating', 'qualifier'],
  // Spanish, Portuguese and French "provisional" ("Presidente Provisorio", "Président provisoire")
  ['provisori[oa]', 'qualifier'], ['provisoire', 'qualifier'],
  ['a\\. ?i\\.', 'name cell'],
  // Spanish and Portuguese; "(Int.)", interino abbreviated
  ['interin[oa]s?', 'any cell'], ['int\\.', 'qualifier'], ['temporalmente', 'any cell'], ['en funciones', 'name cell'], ['em exercício', 'name cell'],
  // French, German, Italian
  ['par intérim', 'any cell'], ['intérim', 'any cell'], ['intérimaire', 'any cell'], ['temporairement', 'any cell'], ['kommissarisch(?:e[rnms]?)?', 'any cell'],
  // German compounds of an interim prefix and the office ("Übergangspräsident", "Interimsbürgermeisterin"): one word
  ['(?:übergangs|interims)(?:staats)?(?:präsident|kanzler|bürgermeister|gouverneur|regierungschef|ministerpräsident|premierminister|staatschef|oberhaupt|regent)(?:in)?', 'any cell'],
  ['facent[ei] funzion[ei]', 'any cell'], ['f\\.\\s?f\\.', 'any cell'],
  // Polish "p. o." (pełniący obowiązki); Russian "и. о.", "врио" (исполняющий обязанности, временно исполняющий…);
  // Ukrainian "в. о." (виконувач обов'язків); Bulgarian "и. д." (изпълняващ длъжността); Serbian "в. д." (вршилац дужности)
  ['p\\. ?o\\.', 'name cell'], ['и\\. ?о\\.', 'name cell'], ['вр\\. ?и\\. ?о\\.', 'name cell'], ['врио', 'name cell'],
  ['исполняющий обязанности', 'name cell'], ['в\\. ?о\\.', 'name cell'], ['и\\. ?д\\.', 'name cell'], ['в\\. ?д\\.', 'name cell'],
  // Indonesian "penjabat" (acting official), "pelaksana tugas" (Plt.), "pejabat sementara" (Pjs.); Malay "pemangku"
  // (acting; also "holder" in other Indonesian words, so only in the name cell)
  ['penjabat', 'any cell'], ['pelaksana tugas', 'any cell'], ['pejabat sementara', 'any cell'], ['pemangku', 'name cell'],
  // Finnish "hoiti (the office's) tehtäviä" (discharged the duties of the office: "pääministeri, hoiti riigivanemin
  // tehtäviä") and "tehtäviä hoitava" (discharging the duties: acting)
  ['hoiti (?:\\p{L}+ )?tehtäviä', 'name cell'], ['tehtäviä hoitava', 'name cell'],
];

/** The words of the given scopes, as one alternation (a regular-expression source); `words` only: no abbreviation. */
export function actingWordsOf(scopes: readonly ActingScope[], words: 'all' | 'words' = 'all'): string {
  const found = ACTING_WORDS.filter(([word, scope]) => scopes.includes(scope) && (words === 'all' || !word.includes('\\.')));
  return `(?:${found.map(([word]) => word).join('|')})`;
}

/** The acting words that may stand unparenthesised after a name ("Mario Rossi f.f."), as a regular-expression source. */
export const ACTING_AFTER_NAME = actingWordsOf(['name cell', 'any cell']);
/** The same before a name, no abbreviation among them: there "A. I.", "F. F." are initials ("F. F. Smith"). */
export const ACTING_BEFORE_NAME = actingWordsOf(['name cell', 'any cell'], 'words');

const WHOLE_QUALIFIER_IN_NAME = new RegExp(`^${actingWordsOf(['qualifier', 'name cell', 'any cell'])}$`, 'iu');
const WHOLE_QUALIFIER_ELSEWHERE = new RegExp(`^${actingWordsOf(['qualifier', 'any cell'])}$`, 'iu');

/** True when the words of a qualifier (in parentheses, or before a term's comma) say the holder acted, in a name cell or in a date cell. */
export function isActingQualifier(words: string, cell: 'name' | 'date'): boolean {
  return (cell === 'name' ? WHOLE_QUALIFIER_IN_NAME : WHOLE_QUALIFIER_ELSEWHERE).test(words.trim());
}

/** An acting word anywhere in a cell, as a word ("Sanjō (interim)" in a Government column, "Locum tenens" in a Notes column). */
export const ACTING_IN_ANY_CELL = new RegExp(`(?<![\\p{L}])${actingWordsOf(['any cell'])}(?![\\p{L}])`, 'iu');

/** An acting word of any cell opening a cell, before what it says of the term ("Acting to 1 January 2002"). */
export const ACTING_FIRST_IN_CELL = new RegExp(`^${actingWordsOf(['any cell'])}\\s+`, 'iu');
