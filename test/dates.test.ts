// Dates at their written precision, table-driven: the written forms, month names, open ends, comparison.
import { describe, expect, it } from 'vitest';
import { compareDates, isOpenEnd, parseDate } from '../src/extract/dates.js';
import { MONTH_LOCALES, monthNumber } from '../src/extract/month-names.js';

describe('parseDate keeps the written precision', () => {
  it.each([
    ['18 October 2021', '2021-10-18', 'day'],
    ['October 18, 2021', '2021-10-18', 'day'],
    ['1 July 1997', '1997-07-01', 'day'],
    ['29 February 2000', '2000-02-29', 'day'],
    ['2021-10-18', '2021-10-18', 'day'],
    ['3 Sept. 1945', '1945-09-03', 'day'],
    ['May 1949', '1949-05', 'month'],
    ['Dec 1977', '1977-12', 'month'],
    ['1949-05', '1949-05', 'month'],
    ['1968', '1968', 'year'],
    ['  March   1950 ', '1950-03', 'month'],
  ])('%s → %s (%s)', (cell, value, precision) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision } });
  });

  it.each([
    ['31 February 1990', 'February 1990 has no day 31'],
    ['29 February 1900', 'February 1900 has no day 29'],
    ['9 listopada 1851', 'no month of that name'], // a day, a month and a year, but no month a reader can tell
  ])('rejects %j, a cell written as a date: %s', (cell, reason) => {
    expect(parseDate(cell)).toEqual({ ok: false, reason, dateShaped: true });
  });

  it.each([
    ['Foo 19x', '"Foo 19x" is not a date'],
    ['13/2020', '"13/2020" is not a date'],
    ['Foo 1990', 'no month of that name'],
    ['2020-13', 'no month 13'],
    ['', '"" is not a date'],
    ['Incumbent', '"Incumbent" is not a date'],
  ])('rejects %j: %s', (cell, reason) => {
    expect(parseDate(cell)).toEqual({ ok: false, reason });
  });
});

describe('parseDate reads month names of every month language, as Intl writes them', () => {
  it.each([
    ['9 maggio 1836', '1836-05-09'], // test/fixtures/real/sindaci-di-atene
    ['1º ottobre 1887', '1887-10-01'],
    ['3 Oktober 1945', '1945-10-03'], // test/fixtures/real/daftar-gubernur-aceh
    ['30 Agustus 1966', '1966-08-30'],
    ['1er janvier 1900', '1900-01-01'],
    ['15 août 1990', '1990-08-15'],
    ['5 de mayo de 1990', '1990-05-05'],
    ['1. Mai 1990', '1990-05-01'],
    ['December 17,1920', '1920-12-17'], // test/fixtures/real/list-of-chief-ministers-of-tamil-nadu
    ['March 02,2002', '2002-03-02'],
  ])('%s → %s', (cell, value) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision: 'day' } });
  });

  it.each([['Mei 1953', '1953-05'], ['Janu 1990', '1990-01'], ['févr. 1848', '1848-02']])('%s → %s (month)', (cell, value) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision: 'month' } });
  });

  it.each(['listopad 1990', '16 listopada 1990', 'pril 06,1949', 'December 171920'])(
    'refuses %j (a name two languages give to different months, no month, no separator)', (cell) => {
      expect(parseDate(cell).ok).toBe(false);
    });
});

describe('parseDate reads Chinese, Japanese and Korean dates (年 月 日, 년 월 일)', () => {
  it.each([
    ['2010年12月25日', '2010-12-25', 'day'], // test/fixtures/real-unread/taichung-shi-shizhang
    ['1923年2月1日', '1923-02-01', 'day'],
    ['1920年12月', '1920-12', 'month'],
    ['1920年', '1920', 'year'],
    ['1948년 8월 15일', '1948-08-15', 'day'],
    ['1948년 8월', '1948-08', 'month'],
  ])('%s → %s (%s)', (cell, value, precision) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision } });
  });

  it.each(['zh', 'zh-TW', 'ja', 'ko'])('reads the dates Intl writes in %s', (locale) => {
    const date = new Date(Date.UTC(1987, 11, 5));
    const written = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
    expect(parseDate(written({ year: 'numeric', month: 'long', day: 'numeric' }))).toMatchObject({ ok: true, date: { value: '1987-12-05' } });
    expect(parseDate(written({ year: 'numeric', month: 'long' }))).toMatchObject({ ok: true, date: { value: '1987-12' } });
  });

  it('refuses a day that month has not', () => {
    expect(parseDate('1990年2月30日')).toEqual({ ok: false, reason: 'February 1990 has no day 30', dateShaped: true });
  });
});

describe('parseDate reads a year of one to three digits beside a day and a month', () => {
  it.each([
    ['26 April 88', '0088-04-26'], // test/fixtures/real-unread/chronological-list-of-popes
    ['23 November 99', '0099-11-23'],
    ['27 October 105', '0105-10-27'],
    ['April 26, 88', '0088-04-26'],
    ['29 February 4', '0004-02-29'], // a leap year, though Date.UTC reads year 4 as 1904
    ['88年4月26日', '0088-04-26'],
  ])('%s → %s', (cell, value) => {
    expect(parseDate(cell)).toEqual({ ok: true, date: { value, precision: 'day' } });
  });

  it.each(['April 88', '88', '88年', '88年4月', '29 February 100'])('but not %j (no day and month beside it, or no such day)', (cell) => {
    expect(parseDate(cell).ok).toBe(false);
  });
});

describe('monthNumber', () => {
  it('reads an English cut first, which no month language gives another month', () => {
    const english = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
    const clashes = MONTH_LOCALES.flatMap((locale) => (['long', 'short'] as const).flatMap((month) => {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      return Array.from({ length: 12 }, (_, m) => {
        const date = new Date(Date.UTC(2000, m, 15));
        const name = format.format(date).toLowerCase().replace(/\.$/, '');
        const cut = name.length >= 3 && english.format(date).toLowerCase().startsWith(name);
        const other = name.length >= 3 && !cut && monthNumber(name) !== m + 1 && monthNumber(name) !== 0;
        return other ? [`${locale} ${name}`] : [];
      }).flat();
    }));
    expect(clashes).toEqual([]);
  });


  it.each([['maggio', 5], ['Desember', 12], ['Maret', 3], ['Sept', 9], ['Oct', 10], ['lis', 0], ['Foo', 0], ['ma', 0]])('%s → %i', (name, month) => {
    expect(monthNumber(name)).toBe(month);
  });
});

describe('open ends', () => {
  it.each(['Incumbent', 'incumbent', 'present', 'Present', '—', '–', '-', '', '  ', '至今', '現任', '现任', '現職', '현직', '재임 중'])('%j means still in office', (cell) => {
    expect(isOpenEnd(cell)).toBe(true);
  });
  it.each(['March 1950', '1968', 'Foo'])('%j is not an open end', (cell) => {
    expect(isOpenEnd(cell)).toBe(false);
  });
});

describe('compareDates compares at the coarser precision', () => {
  const d = (value: string) => ({ value, precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day' } as const);
  it.each([
    ['1949-05', '1950-03', -1],
    ['1950-03', '1950-03', 0],
    ['1950', '1950-03', 0],
    ['1950-03-31', '1950-03', 0],
    ['1951', '1950-12-31', 1],
    ['2021-10-18', '2021-10-17', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(Math.sign(compareDates(d(a), d(b)))).toBe(expected);
  });
});
