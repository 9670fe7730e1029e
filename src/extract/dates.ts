// Dates at the precision they are written: day (xsd:date), month (xsd:gYearMonth), year (xsd:gYear).
import { englishMonth, monthNumber } from './month-names.js';

/** How precisely a date is known. */
export type Precision = 'day' | 'month' | 'year';

/** A date kept at its written precision; `value` is the XSD lexical form ("1949-05"). */
export interface PartialDate {
  value: string;
  precision: Precision;
  /** Written as approximate ("c. 1920", "circa", "about"). */
  approximate?: boolean;
}

/** The outcome of reading a date: a date, or the reason it is not one. */
export type DateResult =
  | { ok: true; date: PartialDate }
  /** `dateShaped`: written as a day, a month and a year, but no such day ("9 listopada 1851", "31 February 1990"). */
  | { ok: false; reason: string; dateShaped?: true };

/** What the date cells accept, for messages. */
export const DATE_FORMATS =
  'a date like "18 October 2021", "October 18, 2021", "9 maggio 1836", "2021-10-18", "18.10.2021", "May 1949", "1949" or "c. 1949"';

/**
 * End cells meaning "still in office": the tenure is open. Chinese 至今 and 迄今 (to this day), 現任 and 现任
 * (incumbent), Japanese 現職 (incumbent), Korean 현직 (incumbent) and 재임 중 (in office).
 */
const OPEN_END = /^(?:incumbent|present|present day|the present|current|current holder|currently|in office|to date|till date|now|ongoing|today|serving|\(?incumbent\)?|至今|迄今|現任|现任|現職|现职|현직|재임 ?중)$/i;
/**
 * End cells meaning "still in office" in the other languages lists are written in (Spanish, Portuguese,
 * Italian, French, German, Dutch, Catalan, Romanian, Polish, Czech, Russian, Ukrainian, Bulgarian, Indonesian,
 * and the languages of South Asia: "present", "until now", "incumbent").
 */
export const OPEN_END_WORDS: readonly string[] = [
  'actualidad', 'la actualidad', 'presente', 'el presente', 'en el cargo', 'en funciones', 'en ejercicio', 'hasta la fecha',
  'atualidade', 'actualidade', 'no cargo', 'em exercício', 'em funções', 'até hoje',
  'in carica', 'oggi', 'in corso', 'en fonction', 'en poste', 'en cours', 'en exercice', "aujourd'hui", "jusqu'à aujourd'hui", 'à ce jour',
  'présent', 'à présent', "jusqu'à présent",
  'amtierend', 'im amt', 'heute', 'bis heute', 'heden', 'tot heden', 'zittend', 'actualitat', 'en el càrrec', 'prezent', 'în funcție',
  'obecnie', 'do dziś', 'do dzisiaj', 'současnost', 'dosud',
  'настоящее время', 'по настоящее время', 'н. в.', 'по н. в.', 'наст. время', 'теперішній час', 'дотепер', 'досі', 'до днес', 'днес',
  'sekarang', 'hingga kini', 'petahana', 'masih menjabat',
  // South Asia: Hindi, Marathi, Nepali, Urdu, Punjabi (Gurmukhi), Bengali, Telugu, Gujarati, Tamil, Kannada, Malayalam, Odia
  'वर्तमान', 'अब तक', 'आज तक', 'पदस्थ', 'विद्यमान', 'आजपर्यंत', 'हालसम्म', 'بر سر اقتدار', 'تاحال', 'حال', 'موجودہ', 'اب تک',
  'ਹੁਣ', 'ਹੁਣ ਤੱਕ', 'ਅੱਜ ਤੱਕ', 'ਮੌਜੂਦਾ', 'বর্তমান', 'বর্তমানে', 'এখন পর্যন্ত', 'আজ পর্যন্ত', 'ప్రస్తుతం', 'ఇప్పటి వరకు', 'ఇప్పటివరకు',
  'હાલમાં', 'હાલ', 'વર્તમાન', 'અત્યાર સુધી', 'આજ સુધી', 'தற்போது', 'இன்று வரை', 'ಪ್ರಸ್ತುತ', 'ಹಾಲಿ', 'നിലവിൽ', 'ഇതുവരെ', 'ବର୍ତ୍ତମାନ',
];
const OPEN_END_ELSEWHERE = new RegExp(`^(?:${OPEN_END_WORDS.map((w) => w.replace(/[.]/g, '\\.?').replace(/ /g, '\\s*')).join('|')})$`, 'iu');

/** Cells that say nothing: a dash, an ellipsis, a wave dash alone (a Korean or Japanese range with neither end written: "~"). */
const NOTHING = /^(?:–|—|-|‒|―|\.\.\.|…|[~～〜])?$/;

type Groups = RegExpExecArray;

/**
 * A day's number as languages write it: "1st", "1º" and "1°" (Italian, Spanish, Portuguese), "1er" (French), "1." (German),
 * Bengali "১লা", "২রা", "৪ঠা", "১৫ই", "২৯শে" (its digits made ASCII with the cell).
 */
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|º|°|ª|er|\.|লা|রা|ঠা|ই|শে)?`;
/** A month's name in any of the month languages (letters of any alphabet and their marks: "août", "März", "फ़रवरी"). */
const NAME = String.raw`([\p{L}\p{M}]+)`;
/** The comma after a month's name, Latin or Arabic ("28 اپریل، 1937"). */
const COMMA = '[,،]';

/**
 * The written forms of one date, tried in order on the cell (spaces collapsed, abbreviation dots dropped).
 * A year of one or two digits is a year only beside a day and a month ("26 April 88", "88年4月26日"): alone
 * or with a month only, a year has three or four. Chinese and Japanese write the year, month and day signs
 * 年 月 日, Korean 년 월 일 (as Intl writes dates in zh, ja and ko).
 */
export const DATE_FORMS: ReadonlyArray<readonly [RegExp, (m: Groups) => DateResult]> = [
  [new RegExp(String.raw`^${DAY} (?:of |de )?${NAME}${COMMA}? (?:de |del )?(\d{1,4})$`, 'u'), (m) => day(m[3], monthNumber(m[2]), m[1])],
  [new RegExp(String.raw`^${NAME} ${DAY}(?:, ?| )(\d{1,4})$`, 'u'), (m) => day(m[3], monthNumber(m[1]), m[2])],
  [/^(\d{1,4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]$/, (m) => day(m[1], Number(m[2]), m[3])],
  [/^(\d{3,4}) ?[年년] ?(\d{1,2}) ?[月월]$/, (m) => yearMonth(m[1], Number(m[2]))],
  [/^(\d{3,4}) ?[年년]$/, (m) => ({ ok: true, date: { value: pad(m[1], 4), precision: 'year' } })],
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => day(m[1], Number(m[2]), m[3])],
  [/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, (m) => day(m[3], Number(m[2]), m[1])],
  // day, month and year with hyphens, the day first as lists in India and the Netherlands write it ("12-10-1920", "14-8-1921")
  [/^(\d{1,2})-(\d{1,2})-(\d{4})$/, (m) => day(m[3], Number(m[2]), m[1])],
  [/^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, (m) => day(m[1], Number(m[2]), m[3])],
  [new RegExp(String.raw`^(\d{4}) ${NAME} (\d{1,2})$`, 'u'), (m) => day(m[1], monthNumber(m[2]), m[3])],
  [new RegExp(String.raw`^${NAME}${COMMA}? (?:de |del )?(\d{3,4})$`, 'u'), (m) => yearMonth(m[2], monthNumber(m[1]))],
  [/^(\d{4})-(\d{2})$/, (m) => yearMonth(m[1], Number(m[2]))],
  [/^(\d{1,2})\.(\d{4})$/, (m) => yearMonth(m[2], Number(m[1]))],
  [/^(\d{3,4})$/, (m) => ({ ok: true, date: { value: pad(m[1], 4), precision: 'year' } })],
  // the year first, with a dot, as Hungarian writes it ("1990. május 3.", "1990. május")
  [new RegExp(String.raw`^(\d{4})\. ${NAME} (\d{1,2})$`, 'u'), (m) => day(m[1], monthNumber(m[2]), m[3])],
  [new RegExp(String.raw`^(\d{4})\. ${NAME}$`, 'u'), (m) => yearMonth(m[1], monthNumber(m[2]))],
  // a month's name run into the year after a day, the space lost in the copy ("29 June1954"); without the day, a word run into a year may be any word
  [new RegExp(String.raw`^${DAY} ${NAME}(\d{4})$`, 'u'), (m) => day(m[3], monthNumber(m[2]), m[1])],
  // a day in parentheses, uncertain: the month is what the cell says for sure ("(18) September 1944", "September (18), 1944")
  [new RegExp(String.raw`^\(\d{1,2}\) ${NAME},? (\d{3,4})$`, 'u'), (m) => yearMonth(m[2], monthNumber(m[1]))],
  [new RegExp(String.raw`^${NAME} \(\d{1,2}\),? (\d{3,4})$`, 'u'), (m) => yearMonth(m[2], monthNumber(m[1]))],
  // day and month with slashes ("15/05/1990", "5/15/1990"): read only where a number over 12 tells which is the day
  [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, (m) => slashed(m[3], Number(m[1]), Number(m[2]))],
];

/** What `parseDate` tidies before it reads: spaces at the ends or more than one, and dots. */
const UNTIDY = /^\s|\s$|\s\s|[^\S ]|\./;

/** True when an end cell says the tenure has not ended ("Incumbent", "present", a dash, or empty). */
export function isOpenEnd(cell: string): boolean {
  const text = cell.trim();
  return OPEN_END.test(text) || OPEN_END_ELSEWHERE.test(text) || NOTHING.test(text);
}

/** True when a cell says the holder is still in office ("Incumbent", "present"), not merely empty. */
export function saysInOffice(cell: string): boolean {
  return OPEN_END.test(cell.trim()) || OPEN_END_ELSEWHERE.test(cell.trim());
}

/** True when a cell holds nothing to read: empty, a dash, an ellipsis. */
export function isBlank(cell: string): boolean {
  return NOTHING.test(cell.trim());
}

/** Reads one date at the precision it is written; never pads a month or a year to a day. */
export function parseDate(cell: string): DateResult {
  const text = UNTIDY.test(cell) ? cell.trim().replace(/\s+/g, ' ').replace(/(?<=\p{L})\.(?=\s|,|$)/gu, '').replace(/(?<=\d)\.$/, '') : cell;
  for (const [form, read] of DATE_FORMS) {
    const m = form.exec(text);
    if (m) return read(m);
  }
  return { ok: false, reason: `"${cell.trim()}" is not a date` };
}

/** Compares two dates at the coarser of their precisions: <0, 0 (same or overlapping), >0. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const length = Math.min(a.value.length, b.value.length);
  const x = a.value.slice(0, length);
  const y = b.value.slice(0, length);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The XSD datatype local name for a precision. */
export function xsdTypeOf(precision: Precision): 'date' | 'gYearMonth' | 'gYear' {
  return precision === 'day' ? 'date' : precision === 'month' ? 'gYearMonth' : 'gYear';
}

function yearMonth(year: string, m: number): DateResult {
  if (m < 1 || m > 12) return { ok: false, reason: `no month ${m === 0 ? 'of that name' : m}` };
  return { ok: true, date: { value: `${pad(year, 4)}-${pad(m, 2)}`, precision: 'month' } };
}

function day(year: string, m: number, d: string): DateResult {
  const ym = yearMonth(year, m);
  if (!ym.ok) return { ...ym, dateShaped: true };
  const dayNumber = Number(d);
  const last = daysInMonth(Number(year), m);
  if (dayNumber < 1 || dayNumber > last) {
    return { ok: false, reason: `${englishMonth(m)} ${pad(year, 4)} has no day ${dayNumber}`, dateShaped: true };
  }
  return { ok: true, date: { value: `${ym.date.value}-${pad(dayNumber, 2)}`, precision: 'day' } };
}

/** The days of month m (1–12) of a year, years below 100 too (which Date.UTC would read as 19xx). */
function daysInMonth(year: number, m: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, m, 0);
  return date.getUTCDate();
}

/** A day written with slashes: day first or month first, told by the number over 12 (or the two the same); else not read. */
function slashed(year: string, first: number, second: number): DateResult {
  if (first > 12 && second <= 12) return day(year, second, String(first));
  if ((second > 12 && first <= 12) || first === second) return day(year, first, String(second));
  return { ok: false, reason: `"${first}/${second}/${year}" does not tell its day from its month`, dateShaped: true };
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width, '0');
}
