// Row kinds: a term of office, a period with no holder (vacancy, occupation, junta), a header again, a label.
import type { TableRow } from '../parse/document.js';
import { actingWordsOf } from './acting-words.js';
import { remembered } from './memo.js';
import { parseName } from './names.js';

/**
 * Words of a vacancy or of rule with no holder in scripts that `\b` cannot bound, so bounded by any letter or mark:
 * Hindi राष्ट्रपति शासन (President's rule), राज्यपाल शासन (Governor's rule), रिक्त (vacant; not अतिरिक्त, additional);
 * Urdu گورنر راج (Governor's rule), صدر راج (President's rule), مارشل لا (martial law), خالی (vacant); President's rule in
 * the other languages of India.
 */
const OTHER_SCRIPT_VACANCY_WORDS: readonly string[] = [
  '(?:राष्ट्रपति|राज्यपाल) शासन', 'रिक्त', '(?:گورنر|صدر) راج', 'مارشل لاء?', 'خالی',
  // President's rule in Marathi, Bengali, Gujarati, Punjabi, Odia, Telugu, Kannada, Malayalam, Tamil
  'राष्ट्रपती राजवट', 'রাষ্ট্রপতি শাসন', 'રાષ્ટ્રપતિ શાસન', 'ਰਾਸ਼ਟਰਪਤੀ ਸ਼ਾਸਨ', 'ରାଷ୍ଟ୍ରପତି ଶାସନ',
  'రాష్ట్రపతి పాలన', 'ರಾಷ್ಟ್ರಪತಿ ಆಳ್ವಿಕೆ', 'രാഷ്ട്രപതി ഭരണം', 'குடியரசுத் தலைவர் ஆட்சி',
];

/** Words of an occupation: a name cell holding them names a period with no holder of the list's own ("Occupation of Latvia"). */
const OCCUPATION_WORDS = /\b(?:occupation|occupied)\b/i;

/**
 * Words that the post stood empty: a vacancy, rule with no holder, the post abolished (with Indonesian and Malay
 * "kosong", "lowong", "kekosongan": vacant, a vacancy; "dihapuskan", "dimansuhkan": abolished).
 */
const EMPTY_POST_WORDS = new RegExp(`(?<![\\p{L}\\p{M}])(?:${OTHER_SCRIPT_VACANCY_WORDS.join('|')})(?![\\p{L}\\p{M}])|${/\b(?:vacant|vacancy|vacated|unfilled|not filled|interregnum|abolished|suspended|dissolved|disestablished|none|nobody|no one|in abeyance|not in use|position lapsed|post lapsed|president'?s rule|governor'?s rule|direct rule|central rule|federal rule|martial law|in (?:the )?(?:king|queen|crown)['’]?s? hands|merged (?:into|to form|with)|kosong|lowong|kekosongan|dihapuskan|dimansuhkan)\b/.source}`, 'iu');

/** Words of a vacancy: a row or a label across the table holding them says no one held the post. */
export const VACANCY_WORDS = new RegExp(`${EMPTY_POST_WORDS.source}|${OCCUPATION_WORDS.source}`, 'iu');

/**
 * True when a label across the table with no dates of its own names an occupation, not a vacancy ("Soerabaja under
 * Japanese Occupation" over the mayor the occupiers appointed): it heads the rows under it, as any section label.
 */
export function headsOccupation(label: string): boolean {
  return OCCUPATION_WORDS.test(label) && !EMPTY_POST_WORDS.test(label);
}

/** Words naming a war, a siege, an occupation or a revolution (Spanish, Portuguese, Italian, French, English), capitalised or not. */
const WAR_WORDS = '[Gg]uerra|[Gg]uerre|[Ww]ar|[Ss]itio|[Aa]sedio|[Aa]ssedio|[Ss]iège|[Ss]iege|[Oo]cupación|[Oo]cupação|[Oo]ccupazione|'
  + '[Ii]nvasión|[Ii]nvasão|[Ii]nvasione|[Rr]evolución|[Rr]evolução|[Rr]ivoluzione|[Rr]évolution';
/** Words before such a word that make it an event ("Seconde Guerre", "Great War"), and capitalised words after it ("Guerra Grande"). */
const WAR_ORDINALS = 'Primera|Segunda|Première|Seconde|Prima|Seconda|First|Second|Great|Gran|Grande|Grand';
const WAR_QUALIFIERS = 'Grande|Gran|Civil|Civile|Mundial|Mondiale|Federal|Santa|Sacra|Franco';

/** Words of a period, an event, a regime or a vacancy, with how strongly a name cell holding them names no person. */
export const NO_PERSON_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [VACANCY_WORDS, 2],
  [/\b(?:foundation|founded|independence|establishment|abolition|restoration of|dissolution|unification|partition|annex(?:ed|ations?)|protectorates?|junta|regency|coup(?: d'état| d'etat)?|revolution|civil war|state of emergency|emergency rule|trusteeship)\b/i, 2],
  // an event told as a participle phrase: what was declared, proclaimed or ceded, over or to whom ("French protectorates declared over …")
  [/\s(?:declared|proclaimed|established|ceded|annexed|transferred|placed) (?:over|to|as|under|by)\s/i, 2],
  [/\b(?:military|provisional|transitional|interim|revolutionary|national|federal|colonial|allied|collective|caretaker) (?:government|administration|rule|council|committee|regime|authority|leadership|presidency|directorate)\b/i, 2],
  [/\b(?:government|administration|regime|council|committee|commission|directorate|directory|presidium|triumvirate|junta|front|assembly|authority|forces|army|movement|league|union|party|cabinet)\b/i, 1.5],
  // a chamber of a legislature or of a town governing for a time ("Chamber Senate", "Senado da Câmara"): with no name's
  // shape, no one ("John Chamber" keeps his)
  [/(?<!\p{L})(?:chamber|senate|senado|sénat|senato|câmara|cámara|chambre)(?!\p{L})/iu, 1],
  [/\b(?:no|without) (?:holder|secretary|president|governor|mayor|premier|minister|leader|head|chairman)\b/i, 2],
  // A war, siege, occupation or revolution heading the cell in the languages lists are written in, with what it was
  // ("Guerra Grande", "Sitio de Montevideo", "Seconde Guerre mondiale"; not a surname: "Guerra Junqueiro", "Juan Guerra").
  [new RegExp(`^(?:(?:[Ll]a|[Ee]l|[Ii]l|[Ll]e|[Oo]|[Tt]he) )?(?:(?:${WAR_ORDINALS}) (?:${WAR_WORDS})\\b|(?:${WAR_WORDS}) (?:\\p{Ll}|(?:${WAR_QUALIFIERS})\\b))`, 'u'), 2],
  // the same in a German or Dutch compound ("Zweiter Weltkrieg", "Bürgerkrieg", "Duitse bezetting")
  [/\p{L}(?:krieg|kriege|oorlog)\b|\b(?:[Bb]esatzung|[Bb]esetzung|[Bb]elagerung|[Bb]ezetting)\b/u, 2],
  // a sentence, not a name: a verb of being with words after it ("Magistracy of Reval was restored for 81 years")
  [/\s(?:was|were|is|are|has been|had been|became)\s+\S/i, 2],
  // who led the body while the post stood empty, in a sentence ("Church led by Brigham Young as President of the Quorum …")
  [/^(?:\p{L}+ ){1,2}(?:led|headed|governed|administered|run|chaired|directed) by \p{Lu}/u, 2],
  // an event of the see or the office: a schism, a move of its seat ("Patriarch settles in Antelias, Lebanon, 1930")
  [/\b(?:schism|great schism)\b|\s(?:settles?|settled|moves?|moved|relocates?|relocated|transfers?|transferred) (?:in|to|from)\s/i, 2],
  // the whole name cell: no one known held the post ("| | unknown | | |")
  [/^(?:unknown|not known|unidentified|uncertain)(?: holder| incumbent)?$/i, 2],
];
/** Name cells that are a note written across the row: "Note: …". */
const NOTE = /^note:/i;
/** Words that may stand lower-case inside a person's name (particles), in many languages. */
const PARTICLES = new Set([
  'de', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'te', 'zu', 'bin', 'binti', 'ibn',
  'bint', 'al', 'el', 'la', 'le', 'du', 'des', 'y', 'e', 'i', 'ben', 'ap', 'af', 'av', 'of', 'and', 'jr', 'sr', 'bte', 'ould',
  // Polish and Czech "of" before a seat, and Polish "of the coat of arms" ("Dzierżykraj z Człopy herbu Nałęcz", "Steiner ze Steinerů")
  'z', 'ze', 'herbu',
]);

/** Words of institutions and events that no person's name holds ("House of Representatives Resolution"; House alone is a surname: "Edward M. House"). */
const INSTITUTION_WORDS = /\b(?:independent|non-?partisan|liberal|conservative|democratic|republican|labour|labor|socialist|communist|progressive|unionist|federalist|whig|house of|resolution|decree|election|elections|dissolution|resignation|constitution|parliament|congress|senate|senado|senato|ministry|republic|kingdom|empire|state|province|city|district|dynasty|era|period|promulgated|removed|appointed|elected|died|deposed|reshuffle|act|treaty)\b/i;

/** True when a cell has the shape of a person's name: a few capitalised words or a native form, no digits. */
export const looksLikePersonName: (cell: string) => boolean = remembered((cell) => personShaped(cell));

function personShaped(cell: string): boolean {
  if (!/\p{L}/u.test(cell)) return false;
  const name = parseName(cell);
  if (!name.english) return name.natives.length > 0 && !name.natives.some((native) => VACANCY_WORDS.test(native.text));
  const words = name.english.split(/\s+/);
  if (words.length > 8 || /\d/.test(name.english) || INSTITUTION_WORDS.test(name.english)) return false;
  if (NO_PERSON_WORDS.some(([pattern, weight]) => weight >= 1.5 && pattern.test(name.english!))) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{Lt}'’"(“]/u.test(w) || /^[a-z]{1,3}['’-]\p{Lu}/u.test(w));
  const lowercase = words.filter((w) => !/^[\p{Lu}\p{Lt}'’"(“]/u.test(w) && !PARTICLES.has(w.toLowerCase().replace(/[.,]$/, '')) && !/^[a-z]{1,3}['’-]\p{Lu}/u.test(w));
  return capitalised.length > 0 && lowercase.length === 0;
}

/** What the rest of the table looks like, to tell a row that breaks its pattern. */
export interface TableShape {
  /** Share of the table's name cells with a native form. */
  nativeShare: number;
  /** Share of rows with a number in the No. column (when there is one). */
  numberedShare: number;
}

/**
 * How strongly a name cell says "no person": words of a vacancy or a regime, no name shape, no native
 * form where nearly every other row has one, no number where nearly every other row is numbered.
 * 2 or more names no person.
 */
export function noPersonScore(cell: string, shape: TableShape, numbered: boolean | undefined): number {
  let score = cellNoPersonScore(cell);
  if (parseName(cell).natives.length === 0 && shape.nativeShare >= 0.8) score += 0.5;
  if (numbered === false && shape.numberedShare >= 0.8) score += 0.5;
  return score;
}

/** The part of noPersonScore the cell alone decides (remembered: a corpus repeats its cells). */
const cellNoPersonScore = remembered((cell: string): number => {
  const name = parseName(cell);
  const text = [name.english ?? '', ...name.remarks, ...name.natives.map((native) => native.text)].join(' ');
  let score = 0;
  for (const [words, weight] of NO_PERSON_WORDS) if (words.test(text)) score = Math.max(score, weight);
  if (NOTE.test(cell.trim())) score += 2;
  if (!looksLikePersonName(cell)) score += 1;
  return score;
});

/**
 * True when a row's name cell is there but empty beside a number of its own ("| 6 | | ? | 250 |" under
 * "| 5 | Quadratus | 125 | 129 |"): the renderer lost a holder's name, and the row continues no one's term.
 * "(5)" is the holder's number again, and the number of the row above a second term of the same holder.
 */
export function losesName(nameCell: string, ordinal: string | undefined, aboveOrdinal: string | undefined): boolean {
  return nameCell === '' && ordinal !== undefined && !ordinal.startsWith('(') && ordinal !== aboveOrdinal;
}

/** A term's number as a word ("2nd", "4th"; French "2e", Spanish and Italian "2º", "2.ª"): it counts elections, and names no one. */
const TERM_NUMBER = /^\d{1,3}(?:st|nd|rd|th|e|er|re|ème|\.?º|\.?ª)$/i;
/** A year alone in a cell. */
const BARE_YEAR = /^\d{4}$/;

/** A party cell that names no party of the table's own: standing for no party. */
const NO_PARTY_CELL = /^(?:independent|non-?partisan|no party|unaffiliated)$/i;

/**
 * True for a row holding only a term's number and its election year ("| 2nd | 1998 | | |" under a
 * governor's row whose name and dates span it), or the party he stood for then and the year ("| Independent | 2002 |",
 * a party of the table's `parties` or none): a re-election inside the tenure above, no term of its own.
 */
export function isTermOnlyRow(cells: string[], parties: ReadonlySet<string> = new Set()): boolean {
  const filled = cells.filter(Boolean);
  return filled.length === 2 && BARE_YEAR.test(filled[1])
    && (TERM_NUMBER.test(filled[0]) || NO_PARTY_CELL.test(filled[0]) || parties.has(filled[0]));
}

/**
 * True when a row under a holder's, its name cell spanned, carries the number that follows the table's last
 * (`lastOrdinal`) where the row above had none ("| 3 | 1 October 2019 | Incumbent |" under an unnumbered acting
 * term, after No. 2): the holder's own number for this term, not a count of his terms.
 */
export function numbersNextTerm(ordinal: string | undefined, aboveOrdinal: string | undefined, lastOrdinal: string | undefined): boolean {
  return ordinal !== undefined && aboveOrdinal === undefined && lastOrdinal !== undefined && /^\d+$/.test(ordinal)
    && Number(ordinal) === Number(lastOrdinal) + 1;
}

/** Three or four digits in a cell: a year, so no header word (checked first, as it is cheap). */
export const YEARISH = /\d{3,4}/;

/**
 * True when a row repeats the header, or is a second header row ("| Start | End | Duration |"). One cell of words
 * naming an event or a vacancy ("| Schism with Catholic Patriarch | |", its "Patriarch" a header word) is no header row.
 */
export function isHeaderRow(cells: string[], header: string[], isHeaderWord: (cell: string) => boolean): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length === 0) return false;
  if (cells.length === header.length && cells.every((c, i) => c.toLowerCase() === (header[i] ?? '').toLowerCase())) return true;
  if (filled.length === 1 && NO_PERSON_WORDS.some(([words, weight]) => weight >= 2 && words.test(filled[0]))) return false;
  return !filled.some((c) => YEARISH.test(c)) && filled.every(isHeaderWord);
}

/**
 * The one text of a row that spans the table ("| Presidents of the First Republic |"), if it is such a row.
 * A table of two columns is spanned only by a row of one cell.
 * A text alone in the name column, past the first (`nameColumn`), is a holder's whose other cells are
 * empty ("| | Petros | | |"), not a label.
 */
export function spanningText(cells: string[], width: number, nameColumn?: number): string | undefined {
  // the one text the row's filled cells hold (a cell spanning the table may repeat in each column it spans); most rows have two
  let text: string | undefined;
  for (const c of cells) {
    if (c === '' || c === text) continue;
    if (text !== undefined) return undefined;
    text = c;
  }
  // in a table of two columns, only a row of one cell spans it ("| Junta de Gobierno |"); "| vacant 1894-1902 | |" is a row
  if (text === undefined || width < 2 || (width === 2 && cells.length !== 1)) return undefined;
  if (nameColumn && cells.every((c, i) => c === '' || i === nameColumn)) return undefined;
  return text;
}

/**
 * A label over rows saying they hold the post provisionally: an acting word qualifying a head's title, in English,
 * Spanish, Portuguese, French and German ("Presidente Provisorio de la República", "Acting President"); not one
 * qualifying another post ("Jefe Interino del Estado Mayor del Ejército": his army post was interim, not the presidency).
 */
const ACTING_LABEL = new RegExp(`^(?:${actingWordsOf(['qualifier', 'any cell'], 'words')} (?:president|head of state|governor|prime minister|chairman)`
  + `|(?:president[ea]?|président|präsident|gobernador|governador|jefe de estado|chefe de estado) ${actingWordsOf(['qualifier', 'name cell', 'any cell'], 'words')})(?![\\p{L}])`, 'iu');

/** True when a label across the table says the holders under it (until the next label) were acting. */
export function labelsActing(label: string): boolean {
  return ACTING_LABEL.test(label);
}

/** A row that is a footnote under the table: its one cell begins with a mark ("*Appointed acting Director-General …"). */
const FOOTNOTE_ROW = /^([*†‡§¶]+)\s*(\p{L}.*)$/u;
/** The mark a cell ends in, before any bracketed footnote markers ("Anders Nordström*", "X†[3]"). */
const CELL_MARK = /(?<=\S)\s?([*†‡§¶]+)(?:\s*\[[^\]]*\])*\s*$/;

/** A table's footnote rows, and their texts by mark. */
export interface Footnotes {
  rows: Set<TableRow>;
  texts: Map<string, string>;
}

/** The footnote rows among a table's rows, by the mark each begins with. */
export function footnotesOf(rows: readonly TableRow[]): Footnotes {
  const found: Footnotes = { rows: new Set(), texts: new Map() };
  for (const row of rows) {
    const filled = row.cells.map((cell) => cell.trim()).filter(Boolean);
    const note = filled.length === 1 ? FOOTNOTE_ROW.exec(filled[0]) : null;
    if (!note) continue;
    found.rows.add(row);
    found.texts.set(note[1], note[2]);
  }
  return found;
}

/** The text of the footnote a cell's mark points to, if the table has it. */
export function footnoteFor(cell: string, footnotes: Footnotes): string | undefined {
  if (footnotes.texts.size === 0) return undefined;
  const mark = CELL_MARK.exec(cell)?.[1];
  return mark === undefined ? undefined : footnotes.texts.get(mark);
}
