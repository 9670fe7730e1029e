// Columns of a holder's years of life (born, died, lifespan): their dates are never the term's.

/**
 * Headers of a column of birth or death dates or of a lifespan, in the languages lists are written in: English,
 * German ("Geboren", "Gestorben", "Lebensdaten"), Finnish ("Syntyi-kuoli"), French, Spanish, Italian, Swedish, Hindi
 * ("जन्म-मृत्यु"), Urdu ("پیدائش-موت").
 */
const LIFE_HEADER = new RegExp(`^(?:${[
  'born', 'died', 'birth', 'death', 'date of birth', 'date of death', 'birth date', 'death date', 'lifespan', 'life', 'life span',
  'born[–-]died', 'birth[–-]death', 'geboren', 'gestorben', 'lebensdaten', 'geburtsjahr', 'todesjahr', 'syntyi', 'kuoli', 'syntyi[–-]kuoli',
  'elinvuodet', 'né', 'née', 'naissance', 'décès', 'mort', 'nacimiento', 'fallecimiento', 'muerte', 'nascita', 'morte', 'nato', 'morto',
  'född', 'död', 'levnadsår', 'जन्म', 'मृत्यु', 'जन्म[–-]मृत्यु', 'जीवनकाल', 'پیدائش', 'وفات', 'موت', 'پیدائش[–-](?:موت|وفات)',
].join('|')})$`, 'iu');

/** True when a header cell heads a column of years of life ("Geboren", "Syntyi-kuoli", "Born"). */
export function headsLifeDates(header: string): boolean {
  return LIFE_HEADER.test(header.trim());
}

/** A year: three or four digits. */
const YEAR = /\d{3,4}/;

/**
 * The row's cells with those under a header of years of life left empty, so that a row read by what its cells hold
 * never takes a birth year for the term ("| Alec von Graffenried | GFL | 2017– | 1962 | |" under "| Name | Partei |
 * Amtszeit | Geboren | Gestorben |"). The cells as they are when they do not line up with the header, or when no
 * other cell holds a year: a ragged table may then write the term under the life column ("| Gilli | c. 1000 | |"
 * under "| Name | Born–Died | Term of Office |", list-of-lawmen-and-prime-ministers-of-the-faroe-islands).
 */
export function withoutLifeDates(cells: string[], header: string[]): string[] {
  if (cells.length !== header.length || !header.some(headsLifeDates)) return cells;
  if (!cells.some((cell, i) => !headsLifeDates(header[i]) && YEAR.test(cell))) return cells;
  return cells.map((cell, i) => (headsLifeDates(header[i]) ? '' : cell));
}
