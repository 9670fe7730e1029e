import { describe, expect, it } from 'vitest';
import { compareDates, isOpenEnd, parseDate } from '../src/extract/dates.js';

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
    ['Foo 19x', '"Foo 19x" is not a date'],
    ['31 February 1990', 'February 1990 has no day 31'],
    ['29 February 1900', 'February 1900 has no day 29'],
    ['13/2020', '"13/2020" is not a date'],
    ['Foo 1990', 'no month of that name'],
    ['2020-13', 'no month 13'],
    ['', '"" is not a date'],
    ['Incumbent', '"Incumbent" is not a date'],
  ])('rejects %j: %s', (cell, reason) => {
    expect(parseDate(cell)).toEqual({ ok: false, reason });
  });
});

describe('open ends', () => {
  it.each(['Incumbent', 'incumbent', 'present', 'Present', '—', '–', '-', '', '  '])('%j means still in office', (cell) => {
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
