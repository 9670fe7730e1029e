// East Asian era dates ("明治31年10月12日", "1898年(明治31年)10月12日", "民國38年"): the eras from Node's Intl, read as Gregorian where honest.
import type { CellDate } from './date-cells.js';
import { parseDate, type PartialDate } from './dates.js';

/** The year Japan took the Gregorian calendar (明治6年): a Japanese era date before it is of the lunisolar calendar, its month and day not Gregorian. */
const GREGORIAN_SINCE = 1873;

/**
 * An era's name and a year of it ("明治31年", "大正元年": 元 is its first year; Korean "메이지 31년", 원년), then perhaps a
 * month and a day, with the year, month and day signs Chinese and Japanese (年 月 日) and Korean (년 월 일) write.
 */
const ERA = String.raw`([\p{Script=Han}\p{Script=Hangul}]{2,8}?) ?(元|원|\d{1,3}) ?[年년](?: ?(\d{1,3}) ?[月월](?: ?(\d{1,2}) ?[日일])?)?`;
/** A cell that may hold an era date: a Han or hangul letter before a year of one to three digits. */
const MAY_HOLD_ERA = /[\p{Script=Han}\p{Script=Hangul}] ?(?:元|원|\d{1,3}) ?[年년]/u;
/** The Gregorian year with its era year in brackets, then the month and day ("1898年(明治31年)10月12日"). */
const ERA_INSIDE = new RegExp(String.raw`^(\d{3,4}) ?([年년]) ?[(（] ?${ERA} ?[)）] ?(.*)$`, 'u');
/** A Gregorian date, then the same date in the era calendar, bracketed or not ("1868年07月13日 慶応04年05月24日"). */
const ERA_AFTER = new RegExp(String.raw`^(\d{3,4} ?[年년](?:[^(（]*?[月日월일])?) ?[(（]? ?${ERA} ?[)）]?$`, 'u');
/** An era date alone ("明治31年10月12日"). */
const ERA_ALONE = new RegExp(String.raw`^${ERA}$`, 'u');

/** Japan's calendar as ICU keeps it, its era names in Japanese and in Korean: each day's era and year of it. */
const JAPANESE = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
const JAPANESE_IN_KOREAN = new Intl.DateTimeFormat('ko-KR-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
/** The Republic of China's calendar (民國, from 1912; Gregorian in its months and days), in its two writings and in Korean. */
const MINGUO = ['zh-TW', 'zh-CN', 'ko-KR'].map((locale) => new Intl.DateTimeFormat(`${locale}-u-ca-roc`, { era: 'long', year: 'numeric', timeZone: 'UTC' }));
/** ICU's own Gregorian year of a day (Julian before 1582, as its Japanese calendar counts). */
const GREGORIAN = new Intl.DateTimeFormat('en-US-u-ca-gregory', { year: 'numeric', timeZone: 'UTC' });
const DAY = 86_400_000;

/** An era date as written: the era's name, its year, and a month and a day where given. */
interface EraDate { era: string; year: number; month?: number; day?: number }

/**
 * Reads a cell holding an era date (Japan's eras, in Japanese or Korean; the Republic of China's 民國), or undefined when
 * it holds none. The era year beside a Gregorian date checks its year (Japan's lunisolar year before 1873 may end in
 * the next Gregorian January); where they disagree, or an era date alone is of the lunisolar calendar, the cell is
 * unreadable; an era date of the Gregorian calendar (Japan's from 1873) is its Gregorian date, and stands for a
 * Gregorian date beside it that cannot be read ("1875年012月19日 (明治08年12月19日)").
 */
export function readEraDate(cell: string): CellDate | undefined {
  const text = cell.trim();
  if (!MAY_HOLD_ERA.test(text)) return undefined;
  const inside = ERA_INSIDE.exec(text);
  if (inside && isEra(inside[3])) return checked(text, parseDate(`${inside[1]}${inside[2]}${inside[7]}`), eraDateOf(inside.slice(3, 5)));
  const after = ERA_AFTER.exec(text);
  if (after && isEra(after[2])) return checked(text, parseDate(after[1]), eraDateOf(after.slice(2, 6)));
  const alone = ERA_ALONE.exec(text);
  if (alone && isEra(alone[1])) return gregorianOf(text, eraDateOf(alone.slice(1, 5)));
  return undefined;
}

/** A Gregorian date the era date beside it confirms, or stands for when it cannot be read. */
function checked(text: string, gregorian: ReturnType<typeof parseDate>, era: EraDate): CellDate {
  if (!gregorian.ok) return gregorianOf(text, era);
  const year = Number(gregorian.date.value.slice(0, 4));
  const first = firstYear(era);
  const agrees = year === first || (first < gregorianSince(era) && year === first + 1);
  if (!agrees) return unreadable(text, `the era year ${era.era}${era.year}年 is ${first}, not ${year}`);
  const same = first < gregorianSince(era) ? undefined : gregorianOf(text, era);
  if (same?.kind === 'date' && !gregorian.date.value.startsWith(same.date.value) && !same.date.value.startsWith(gregorian.date.value)) {
    return unreadable(text, `the era date is ${same.date.value}, not ${gregorian.date.value}`);
  }
  return { kind: 'date', date: gregorian.date };
}

/** The Gregorian date of an era date of the Gregorian calendar, at its precision; of the lunisolar one, no Gregorian date can honestly be given. */
function gregorianOf(text: string, era: EraDate): CellDate {
  const year = firstYear(era);
  if (year < gregorianSince(era)) {
    return unreadable(text, `"${text}" is a date of the lunisolar calendar Japan kept until 1872, whose days are not the Gregorian calendar's`);
  }
  const written = `${year}年${era.month ? `${era.month}月${era.day ? `${era.day}日` : ''}` : ''}`;
  const read = parseDate(written);
  if (!read.ok) return unreadable(text, read.reason);
  if (!inEra(read.date, era)) return unreadable(text, `${era.era} had no year ${era.year} on the date written`);
  return { kind: 'date', date: read.date };
}

function unreadable(text: string, reason: string): CellDate {
  return { kind: 'unreadable', text, reason, dateShaped: true };
}

function eraDateOf([era, year, month, day]: (string | undefined)[]): EraDate {
  return { era: era!, year: year === '元' || year === '원' ? 1 : Number(year), month: month ? Number(month) : undefined, day: day ? Number(day) : undefined };
}

/** True when some day of the date as written (a day, a month, a year) lies in the era and its year (明治45年 ended on 29 July 1912). */
function inEra(date: PartialDate, era: EraDate): boolean {
  const [year, month, day] = date.value.split('-').map(Number);
  const first = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const last = day ? first : Date.UTC(year, month ?? 12, 1) - DAY;
  const { calendar } = eras().get(era.era)!;
  return [first, last].some((ms) => eraNameAt(calendar, ms) === era.era && yearAt(calendar, ms) === era.year);
}

/** An era as a calendar of Intl counts it: its first year, Gregorian, and the year its months and days became Gregorian's. */
interface Era { first: number; gregorianSince: number; calendar: Intl.DateTimeFormat }

function isEra(name: string): boolean {
  return eras().has(name);
}

/** The Gregorian year an era date's year is in (for a lunisolar calendar: the one its first months fall in). */
function firstYear(era: EraDate): number {
  return eras().get(era.era)!.first + era.year - 1;
}

/** The year Japan's era calendar starts Gregorian months and days, of an era date. */
function gregorianSince(era: EraDate): number {
  return eras().get(era.era)!.gregorianSince;
}

/** An era's name as a calendar writes it on a day, without the years ICU adds to tell eras of one Korean name apart ("게이초 (1596 ~ 1615)"). */
function eraNameAt(calendar: Intl.DateTimeFormat, ms: number): string {
  return calendar.formatToParts(ms).find((p) => p.type === 'era')!.value.replace(/ \(.*\)$/, '');
}

/** The era year a calendar writes on a day ("31"; "元", the first). */
function yearAt(calendar: Intl.DateTimeFormat, ms: number): number {
  const year = calendar.formatToParts(ms).find((p) => p.type === 'year')?.value;
  return year === '元' ? 1 : Number(year);
}

let ERAS: Map<string, Era> | undefined;

/**
 * The eras by name: Japan's from ICU's Japanese calendar (大化 in 645 to 令和, in Japanese and in Korean), stepping
 * through the centuries and halving the step where the era changes (a few thousand days), and the Republic of China's.
 * Built once, when a cell first names an era; a Korean name two eras share names neither.
 */
function eras(): Map<string, Era> {
  if (ERAS) return ERAS;
  const found = new Map<string, Era>();
  const shared = new Set<string>();
  const record = (calendar: Intl.DateTimeFormat, ms: number, gregorianSince: number) => {
    const name = eraNameAt(calendar, ms);
    const first = Number(GREGORIAN.format(ms)) - yearAt(calendar, ms) + 1;
    if (found.has(name) && found.get(name)!.first !== first) shared.add(name);
    found.set(name, { first, gregorianSince, calendar });
  };
  for (const calendar of MINGUO) record(calendar, Date.UTC(1950, 0, 1), 1912);
  const step = 20 * 365 * DAY;
  const last = Date.UTC(2200, 0, 1);
  const eraAt = (ms: number) => eraNameAt(JAPANESE, ms);
  for (let day = Date.UTC(646, 0, 1); day < last;) {
    for (const calendar of [JAPANESE, JAPANESE_IN_KOREAN]) record(calendar, day, GREGORIAN_SINCE);
    const era = eraAt(day);
    let [low, high] = [day, day + step];
    if (eraAt(high) === era) {
      day = high;
      continue;
    }
    while (high - low > DAY) {
      const middle = low + Math.floor((high - low) / DAY / 2) * DAY;
      if (eraAt(middle) === era) low = middle;
      else high = middle;
    }
    day = high;
  }
  for (const name of shared) found.delete(name);
  ERAS = found;
  return ERAS;
}
