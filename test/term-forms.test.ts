// Odd forms of date and term cells, table-driven: double-dated years and words qualifying a term.
import { describe, expect, it } from 'vitest';
import { circaShortYears, doubleDated, FROM_AFTER, partOfYear, termQualifier, withMonthBeforeYear, withoutUntilAfter, yearAndNext } from '../src/extract/term-forms.js';

describe('doubleDated names the two years of a double-dated year', () => {
  it.each([
    ['1721/2', '1721 or 1722'], ['1729/30', '1729 or 1730'], // test/fixtures/real/armenian-patriarchs-of-cilicia
    ['1699/00', '1699 or 1700'], ['1721/5', undefined], ['1990/91', undefined], ['1999/2000', undefined], ['1721', undefined],
  ])('%j → %j', (text, years) => {
    expect(doubleDated(text)).toBe(years);
  });
});

describe('yearAndNext reads a year and the next one by where the cell writes them', () => {
  it.each([
    ['1721/2', 'one end', { reading: 'double-dated', year: 1721, next: 1722 }], // test/fixtures/real/armenian-patriarchs-of-cilicia
    ['1990/91', 'one end', undefined], // after 1752 no calendar counts a year two ways
    ['1392/3', 'whole term', { reading: 'two years', year: 1392, next: 1393 }], // test/fixtures/real/list-of-mayors-of-zurich
    ['1414/5', 'whole term', { reading: 'two years', year: 1414, next: 1415 }],
    ['1990/91', 'whole term', { reading: 'two years', year: 1990, next: 1991 }], // a season, a fiscal year
    ['1999/00', 'whole term', { reading: 'two years', year: 1999, next: 2000 }],
    ['1392/5', 'whole term', undefined], ['1990/92', 'whole term', undefined], ['1990', 'whole term', undefined], ['5/6', 'whole term', undefined],
  ] as const)('%j as %s → %j', (text, place, read) => {
    expect(yearAndNext(text, place)).toEqual(read);
  });
});

describe('circaShortYears tells a range of years of one or two digits a circa makes safe', () => {
  it.each([
    ['c. 44', 'c. 53', true], ['c. 70', 'c. 108', true], // test/fixtures/real/list-of-maronite-patriarchs
    ['c.44', '53', true], ['c. 9', '107', true],
    ['107', 'c. 9', false], ['1990', 'c. 91', false], // not in order: the last digits of a longer year
    ['44', '53', false], ['107', '127', false], ['c. 44', 'May 53', false], ['c. 5', '6 May 1990', false], ['c. 440', 'c. 453', false],
  ])('%j – %j → %s', (left, right, safe) => {
    expect(circaShortYears(left, right)).toBe(safe);
  });
});

describe('termQualifier parts the words before a comma from the term', () => {
  it.each([
    ['Coadjutor, 1601-1608', { words: 'Coadjutor', rest: '1601-1608' }], // test/fixtures/real/armenian-patriarchs-of-cilicia
    ['Bishop of Sis, 1601', { words: 'Bishop of Sis', rest: '1601' }],
    ['May, 1990', undefined], ['Sept, 1990–1991', undefined], // a month: the date's own
    ['1601-1608', undefined], ['Antelias, Lebanon, 1930', undefined], ['Smith, John', undefined],
  ])('%j → %j', (text, parts) => {
    expect(termQualifier(text)).toEqual(parts);
  });
});

describe('withMonthBeforeYear puts a month written in parentheses after its year before it', () => {
  it.each([
    ['1858 (July)-1859', 'July 1858-1859'], // test/fixtures/real/list-of-mayors-and-lord-mayors-of-hobart
    ['1858 (July)', 'July 1858'], ['1990 (Sept.)', 'Sept 1990'], ['1901 (März)', 'März 1901'],
    // words that name no month stay: a qualifier of the date
    ['12 June 1975 (Fifth Republic)', '12 June 1975 (Fifth Republic)'], ['1990 (acting)', '1990 (acting)'], ['1990', '1990'],
  ])('%j → %j', (text, written) => {
    expect(withMonthBeforeYear(text)).toBe(written);
  });
});

describe('partOfYear reads a month in parentheses before a year as the end of a term within the year', () => {
  it.each([
    ['(from August) 1869', { start: 'August 1869', end: '1869' }], // test/fixtures/real/list-of-mayors-and-lord-mayors-of-hobart
    ['(until May) 1870', { start: '1870', end: 'May 1870' }], ['(to March) 1901', { start: '1901', end: 'March 1901' }],
    ['(acting) 1869', undefined], ['(from Hobart) 1869', undefined], ['(August) 1869', undefined], ['from August 1869', undefined],
  ])('%j → %j', (text, ends) => {
    expect(partOfYear(text)).toEqual(ends);
  });
});

describe('the postpositions of South Asia around a term\'s ends', () => {
  it.each([
    ['14-8-1921 ਤੱਕ', '14-8-1921'], ['1957 तक', '1957'], ['1939 تک', '1939'], ['1954 వరకు', '1954'], ['1962 સુધી', '1962'],
    ['1962સુધી', '1962'], ['1948 পর্যন্ত', '1948'], ['14-8-1921', '14-8-1921'], ['ਹੁਣ ਤੱਕ', 'ਹੁਣ'],
  ])('withoutUntilAfter(%j) → %j', (end, date) => expect(withoutUntilAfter(end)).toBe(date));

  it.each([['1920 ਤੋਂ', true], ['1960થી', true], ['2014 से', true], ['ਸੇਵਾ ਤੋਂ', false], ['12-10-1920 ਤੋਂ 14-8-1921', false]])(
    'FROM_AFTER: %j says the term runs from its date: %s', (cell, from) => expect(FROM_AFTER.test(cell)).toBe(from));
});
