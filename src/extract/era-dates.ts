// Dates of Japan's era calendar ("明治31年10月12日", "1898年(明治31年)10月12日"): its eras from Node's Intl, read as Gregorian where honest.
import type { CellDate } from './date-cells.js';
import { parseDate, type PartialDate } from './dates.js';

/** The year Japan took the Gregorian calendar (明治6年): an era date before it is of the lunisolar calendar, its month and day not Gregorian. */
const GREGORIAN_SINCE = 1873;

/** An era's name and a year of it ("明治31年", "大正元年": 元 is its first year), then perhaps a month and a day. */
const ERA = String.raw`(\p{Script=Han}{2,4}?)(元|\d{1,2}) ?年(?: ?(\d{1,3}) ?月(?: ?(\d{1,2}) ?日)?)?`;
/** A cell that may hold an era date: an era's name before a year of one or two digits. */
const MAY_HOLD_ERA = /\p{Script=Han}(?:元|\d{1,2}) ?年/u;
/** The Gregorian year with its era year in brackets, then the month and day ("1898年(明治31年)10月12日"). */
const ERA_INSIDE = new RegExp(String.raw`^(\d{3,4}) ?年 ?[(（] ?${ERA} ?[)）] ?(.*)$`, 'u');
/** A Gregorian date, then the same date in the era calendar, bracketed or not ("1868年07月13日 慶応04年05月24日"). */
const ERA_AFTER = new RegExp(String.raw`^(\d{3,4} ?年(?:[^(（]*?[月日])?) ?[(（]? ?${ERA} ?[)）]?$`, 'u');
/** An era date alone ("明治31年10月12日"). */
const ERA_ALONE = new RegExp(String.raw`^${ERA}$`, 'u');

/** The Japanese calendar as ICU keeps it: each day's era and year of it. */
const JAPANESE = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
/** ICU's own Gregorian year of a day (Julian before 1582, as its Japanese calendar counts). */
const GREGORIAN = new Intl.DateTimeFormat('en-US-u-ca-gregory', { year: 'numeric', timeZone: 'UTC' });
const DAY = 86_400_000;

/** An era date as written: the era's name, its year, and a month and a day where given. */
interface EraDate { era: string; year: number; month?: number; day?: number }

/**
 * Reads a cell holding a date of Japan's era calendar, or undefined when it holds none. The era year beside a Gregorian
 * date checks its year (the lunisolar year before 1873 may end in the next Gregorian January); where they disagree, or
 * an era date alone is of the lunisolar calendar, the cell is unreadable; an era date from 1873 on is its Gregorian date,
 * and stands for a Gregorian date beside it that cannot be read ("1875年012月19日 (明治08年12月19日)").
 */
export function readEraDate(cell: string): CellDate | undefined {
  const text = cell.trim();
  if (!MAY_HOLD_ERA.test(text)) return undefined;
  const inside = ERA_INSIDE.exec(text);
  if (inside && isEra(inside[2])) return checked(text, parseDate(`${inside[1]}年${inside[6]}`), eraDateOf(inside.slice(2, 4)));
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
  const agrees = year === first || (first < GREGORIAN_SINCE && year === first + 1);
  if (!agrees) return unreadable(text, `the era year ${era.era}${era.year}年 is ${first}, not ${year}`);
  const same = first < GREGORIAN_SINCE ? undefined : gregorianOf(text, era);
  if (same?.kind === 'date' && !gregorian.date.value.startsWith(same.date.value) && !same.date.value.startsWith(gregorian.date.value)) {
    return unreadable(text, `the era date is ${same.date.value}, not ${gregorian.date.value}`);
  }
  return { kind: 'date', date: gregorian.date };
}

/** The Gregorian date of an era date from 1873 on, at its precision; before, no Gregorian date can honestly be given. */
function gregorianOf(text: string, era: EraDate): CellDate {
  const year = firstYear(era);
  if (year < GREGORIAN_SINCE) {
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
  return { era: era!, year: year === '元' ? 1 : Number(year), month: month ? Number(month) : undefined, day: day ? Number(day) : undefined };
}

/** True when some day of the date as written (a day, a month, a year) lies in the era and its year (明治45年 ended on 29 July 1912). */
function inEra(date: PartialDate, era: EraDate): boolean {
  const [year, month, day] = date.value.split('-').map(Number);
  const first = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const last = day ? first : Date.UTC(year, month ?? 12, 1) - DAY;
  return [first, last].some((ms) => {
    const parts = JAPANESE.formatToParts(ms);
    return parts.find((p) => p.type === 'era')?.value === era.era && yearNumber(parts) === era.year;
  });
}

/** The era year ICU writes ("31"; "元", the first). */
function yearNumber(parts: Intl.DateTimeFormatPart[]): number {
  const year = parts.find((p) => p.type === 'year')?.value;
  return year === '元' ? 1 : Number(year);
}

function isEra(name: string): boolean {
  return eraFirstYears().has(name);
}

/** The Gregorian year an era date's year is in (for the lunisolar calendar: the one its first months fall in). */
function firstYear(era: EraDate): number {
  return eraFirstYears().get(era.era)! + era.year - 1;
}

let FIRST_YEARS: Map<string, number> | undefined;

/**
 * Each era's first year, Gregorian, from ICU's Japanese calendar (大化 in 645 to 令和): built once, when a cell first
 * names an era, by stepping through the centuries and halving the step where the era changes (a few thousand days).
 */
function eraFirstYears(): Map<string, number> {
  if (FIRST_YEARS) return FIRST_YEARS;
  const eraAt = (ms: number) => JAPANESE.formatToParts(ms).find((p) => p.type === 'era')!.value;
  const record = (ms: number) => {
    FIRST_YEARS!.set(eraAt(ms), Number(GREGORIAN.format(ms)) - yearNumber(JAPANESE.formatToParts(ms)) + 1);
  };
  FIRST_YEARS = new Map();
  const step = 20 * 365 * DAY;
  const last = Date.UTC(2200, 0, 1);
  let day = Date.UTC(646, 0, 1);
  record(day);
  while (day < last) {
    const era = eraAt(day);
    if (eraAt(day + step) === era) {
      day += step;
      continue;
    }
    let [low, high] = [day, day + step];
    while (high - low > DAY) {
      const middle = low + Math.floor((high - low) / DAY / 2) * DAY;
      if (eraAt(middle) === era) low = middle;
      else high = middle;
    }
    day = high;
    record(day);
  }
  return FIRST_YEARS;
}
