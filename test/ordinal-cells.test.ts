// No. cells, table-driven: what a number column writes, the holder's number Wikidata takes, and the shape holding both alike.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { countsOfficeTerms, holderNumber, isOrdinalCell, WRITTEN_ORDINAL_PATTERN, writtenOrdinal } from '../src/extract/ordinal-cells.js';
import { DEFAULT_SHAPES_DIR } from '../src/validate/shapes.js';

describe('a No. cell in Korean and Japanese lists', () => {
  it.each([
    // test/fixtures/real/dokyo-doji-sa: the 대수 column ("초대" the first, "2대" the 2nd)
    ['초대', true], ['2대', true], ['12대', true], ['제2대', true], ['제 2대', true],
    ['初代', true], ['2代', true], ['第2代', true],
    ['대', false], ['0대', false], ['2대 대통령', false], ['초대 도지사', false], ['代', false], ['明治2代', false],
  ])('%s: %s', (cell, ordinal) => expect(isOrdinalCell(cell)).toBe(ordinal));
});

describe('a written ordinal that counts the office\'s terms, never one holder\'s', () => {
  // test/fixtures/real/jeollabuk-do-jisa: "| 9대 | 1947년 7월 9일~1948년 9월 9일 |" under 8대 박종만's row, his name cell spanning it
  it.each([['9대', true], ['초대', true], ['제2대', true], ['初代', true], ['第3代', true], ['4代', true],
    ['2', false], ['(2)', false], ['2nd', false], ['대', false], [undefined, false]])('%s: %s', (written, counts) =>
    expect(countsOfficeTerms(written)).toBe(counts));
});

describe('a No. cell in Bengali and Hindi lists: an ordinal word', () => {
  it.each([
    // test/fixtures/real-unread/bangladesh-bank-governors-list: প্রথম "first" … ষষ্ঠ "sixth", before the name
    ['প্রথম', true], ['দ্বিতীয়', true], ['দ্বিতী\u09df', true], ['ষষ্ঠ', true], ['प्रथम', true], ['द्वितीय', true],
    ['প্রথম আ ন ম হামিদুল্লাহ', false], ['প্রথমে', false], ['প্র', false],
  ])('%s: %s', (cell, ordinal) => expect(isOrdinalCell(cell)).toBe(ordinal));
});

describe('a No. cell in the digits of another script', () => {
  // test/fixtures/real/list-of-chief-ministers-of-west-bengal: "| ১ | প্রফুল্লচন্দ্র ঘোষ | ১৫ আগস্ট, ১৯৪৭ | …": the cell's digits are made
  // ASCII before it is read ("1"), and the ordinal kept as the row writes it
  it.each([['১', true], ['১২', true], ['२', true], ['١٠', true], ['০', false], ['১২৩৪', false], ['১ম', false]])('%s: %s', (cell, ordinal) =>
    expect(isOrdinalCell(cell)).toBe(ordinal));

  it.each([
    ['1', ['১', 'প্রফুল্লচন্দ্র ঘোষ', '১৫ আগস্ট, ১৯৪৭'], '১'], ['12', ['১২.', 'নাম'], '১২'], ['1', ['1', 'Name', '১৫ আগস্ট'], '1'],
    ['2', ['১', '২০ জুলাই'], '2'], ['3', ['3', 'Name', '1990'], '3'], [undefined, ['১', 'নাম'], undefined],
  ] as const)('writtenOrdinal(%j, %j) → %j', (ordinal, cells, written) => expect(writtenOrdinal(ordinal, cells)).toBe(written));
});

describe('the holder\'s number Wikidata\'s P1545 takes from a written ordinal', () => {
  it.each([['12', '12'], ['(2)', '2'], ['1 (1)', '1'], ['(2) II', '2'], ['1st', '1'], ['12a', '12a'], ['1º', '1'],
    ['초대', '1'], ['2대', '2'], ['제3대', '3'], ['初代', '1'], ['第3代', '3'], ['4代', '4'], ['১২', '12'], ['२', '2'],
    ['তৃতীয়', '3'], ['তৃতী\u09df', '3'], ['पंचम', '5']])('%s → %s', (written, number) => {
    expect(holderNumber(written)).toBe(number);
  });
});

describe('the shapes hold ol:seriesOrdinal to the reader\'s own pattern', () => {
  it('shapes/office-ld.ttl gives ol:seriesOrdinal the sh:pattern of ordinal-cells.ts, character for character', () => {
    const file = path.join(DEFAULT_SHAPES_DIR, 'office-ld.ttl');
    const quads = new Parser().parse(readFileSync(file, 'utf8'));
    const ol = 'https://example.org/office-ld/ns#';
    const property = quads.find((q) => q.predicate.value.endsWith('#path') && q.object.value === `${ol}seriesOrdinal`)!.subject;
    const pattern = quads.find((q) => q.subject.equals(property) && q.predicate.value === 'http://www.w3.org/ns/shacl#pattern');
    expect(pattern?.object.value).toBe(WRITTEN_ORDINAL_PATTERN);
  });
});
