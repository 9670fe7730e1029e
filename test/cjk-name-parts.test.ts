// Parts in parentheses after an East Asian name, table-driven: a kana reading and a count of terms are no form of the name.
import { describe, expect, it } from 'vitest';
import { isCjkTermMarker, isKanaReading } from '../src/extract/cjk-name-parts.js';
import { parseName } from '../src/extract/names.js';

describe('isKanaReading', () => {
  it.each([
    // test/fixtures/real/sengo-no-nihon-ginko-rekidai-sosai: "| 渋沢 敬三 (しぶさわ けいぞう) | 1944.3.18~1945.10.9 |"
    ['しぶさわ けいぞう', '渋沢 敬三 ', true],
    ['ジョン・マン', '中浜 万次郎 ', true],
    // kana after no kanji (a name written in kana), kanji inside, Hangul
    ['しぶさわ けいぞう', '', false],
    ['渋沢', '渋沢 敬三 ', false],
    ['박정희', '朴正熙 ', false],
  ])('(%s) after %j → %s', (inner, before, reading) => {
    expect(isKanaReading(inner, before)).toBe(reading);
  });
});

describe('isCjkTermMarker', () => {
  it.each([
    ['2度目', true], ['3回目', true], ['2期目', true], ['第2次', true], ['第二次', true], ['再任', true],
    ['2度', false], ['大蔵省', false], ['第2', false],
  ])('%s → %s', (inner, marker) => {
    expect(isCjkTermMarker(inner)).toBe(marker);
  });
});

describe('parseName keeps the kanji form only, and the term count as a term marker', () => {
  it.each([
    ['渋沢 敬三 (しぶさわ けいぞう)', ['渋沢 敬三'], undefined],
    ['新木 栄吉 (2度目)', ['新木 栄吉'], '2度目'],
  ])('%s', (cell, natives, termMarker) => {
    const name = parseName(cell);
    expect(name.natives.map((n) => n.text)).toEqual(natives);
    expect(name.termMarker).toBe(termMarker);
  });
});
