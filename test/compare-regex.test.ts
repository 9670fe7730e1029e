// SPARQL ordering of literals (sh:lessThan, ranges) and XPath regular expressions (sh:pattern, sh:flags), table-driven.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { compareTerms } from '../src/validate/compare.js';
import { UnsupportedPattern, xpathRegExp } from '../src/validate/xpath-regex.js';

const { literal, namedNode, blankNode } = DataFactory;
const xsd = (name: string) => namedNode(`http://www.w3.org/2001/XMLSchema#${name}`);
const typed = (value: string, type: string) => literal(value, xsd(type));

describe('compareTerms: SPARQL <, =, > or an error (undefined)', () => {
  it.each([
    ['"a" vs "B": code points, not locale', literal('a'), literal('B'), 1],
    ['U+FFFF vs U+10000: code points, not UTF-16 units', literal('\uFFFF'), literal('\u{10000}'), -1],
    ['"ab" vs "a": a prefix first', literal('ab'), literal('a'), 1],
    ['xsd:string vs simple literal', typed('x', 'string'), literal('x'), 0],
    ['integer vs decimal', typed('2', 'integer'), typed('2.0', 'decimal'), 0],
    ['big integers exactly', typed('100000000000000000000001', 'integer'), typed('100000000000000000000000', 'integer'), 1],
    ['negative decimals', typed('-1.50', 'decimal'), typed('-1.5', 'decimal'), 0],
    ['-0 and 0', typed('-0', 'integer'), typed('0', 'integer'), 0],
    ['decimal vs double', typed('1.5', 'decimal'), typed('15E-1', 'double'), 0],
    ['INF', typed('INF', 'double'), typed('1e308', 'double'), 1],
    ['byte vs long (derived integer types)', typed('3', 'byte'), typed('4', 'long'), -1],
    ['booleans: false < true', typed('false', 'boolean'), typed('1', 'boolean'), -1],
    ['dates', typed('2000-01-02', 'date'), typed('2000-01-10', 'date'), -1],
    ['gYear', typed('1999', 'gYear'), typed('2000', 'gYear'), -1],
    ['gYearMonth', typed('2000-02', 'gYearMonth'), typed('2000-01', 'gYearMonth'), 1],
    ['dateTime, zones normalised', typed('2002-10-10T12:00:00-05:00', 'dateTime'), typed('2002-10-10T17:00:00Z', 'dateTime'), 0],
    ['dateTime fractions beyond milliseconds', typed('2002-10-10T12:00:00.0001', 'dateTime'), typed('2002-10-10T12:00:00.00001', 'dateTime'), 1],
    ['times', typed('09:00:00', 'time'), typed('10:00:00', 'time'), -1],
    ['NaN', typed('NaN', 'double'), typed('NaN', 'double'), undefined],
    ['ill-typed integer', typed('abc', 'integer'), typed('1', 'integer'), undefined],
    ['a date not in the calendar', typed('2001-02-29', 'date'), typed('2001-03-01', 'date'), undefined],
    ['language-tagged strings', literal('a', 'en'), literal('b', 'en'), undefined],
    ['language tag vs simple literal', literal('a', 'en'), literal('b'), undefined],
    ['date vs gYear', typed('2000-01-01', 'date'), typed('2001', 'gYear'), undefined],
    ['date vs dateTime', typed('2000-01-01', 'date'), typed('2000-01-01T00:00:00', 'dateTime'), undefined],
    ['dateTime with and without a zone', typed('2002-10-10T12:00:00Z', 'dateTime'), typed('2002-10-10T12:00:00', 'dateTime'), undefined],
    ['string vs integer', literal('1'), typed('1', 'integer'), undefined],
    ['an unknown datatype', literal('1', namedNode('http://ex.org/t')), literal('1', namedNode('http://ex.org/t')), undefined],
    ['IRIs', namedNode('http://ex.org/a'), namedNode('http://ex.org/b'), undefined],
    ['blank nodes', blankNode('a'), blankNode('b'), undefined],
  ] as const)('%s', (_name, a, b, expected) => {
    expect(compareTerms(a, b)).toBe(expected);
    expect(compareTerms(b, a)).toBe(expected === undefined ? undefined : -expected || 0);
  });
});

describe('xpathRegExp: fn:matches semantics', () => {
  it.each([
    ['^.$', '', '😀', true],
    ['^..$', '', '😀', false],
    ['^a.c$', '', 'a\nc', false],
    ['^a.c$', 's', 'a\nc', true],
    ['^a.c$', '', 'a\u2028c', true],
    ['^b$', '', 'a\nb', false],
    ['^b$', 'm', 'a\nb', true],
    ['^a$', 'm', 'a\nb', true],
    ['^A', 'i', 'a', true],
    ['^a b c$', 'x', 'abc', true],
    ['^[a b]+$', 'x', 'a b', true],
    ['a.c', 'q', 'a.c', true],
    ['a.c', 'q', 'abc', false],
    ['A.C', 'qi', 'a.c', true],
    ['^\\d$', '', '\u0663', true],
    ['^\\s$', '', '\u00A0', false],
    ['^\\s$', '', '\t', true],
    ['^\\w+$', '', 'été', true],
    ['^\\w$', '', '-', false],
    ['^[a-z-[aeiou]]+$', '', 'bcd', true],
    ['^[a-z-[aeiou]]+$', '', 'bad', false],
    ['^[^a-c-[d]]$', '', 'e', true],
    ['^[^a-c-[d]]$', '', 'd', false],
    ['^[^a-c-[d]]$', '', 'b', false],
    ['^\\p{Lu}$', '', 'É', true],
    ['^\\i\\c*$', '', 'x-1', true],
    ['^\\i', '', '1', false],
    ['^(a)\\1$', '', 'aa', true],
    ['^(?:ab)+?$', '', 'abab', true],
    ['^[\\-\\[\\]]+$', '', '-[]', true],
    ['^a{2,3}$', '', 'aaa', true],
    ['/', '', 'a/b', true],
  ] as const)('matches(%j, flags %j) on %j is %s', (pattern, flags, text, expected) => {
    expect(xpathRegExp(pattern, flags).test(text)).toBe(expected);
  });

  it.each([
    ['a', 'g'], ['\\p{IsBasicLatin}', ''], ['(?=a)', ''], ['a]', ''], ['[a', ''], ['\\', ''], ['\\z', ''], ['a{', ''],
  ])('refuses %j with flags %j (so the fallback gets the shapes)', (pattern, flags) => {
    expect(() => xpathRegExp(pattern, flags)).toThrow(UnsupportedPattern);
  });
});
