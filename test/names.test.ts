import { describe, expect, it } from 'vitest';
import { languageTag, parseName } from '../src/extract/names.js';

describe('parseName splits a name cell', () => {
  it.each([
    ['Zhang Qilong (张启龙)', 'Zhang Qilong', '张启龙', 'zh-Hans', false],
    ["Li Li'an (李力安)", "Li Li'an", '李力安', 'zh', false],
    ['Xu Qin (许勤)', 'Xu Qin', '许勤', 'zh-Hans', false],
    ['Chiang Ching-kuo (蔣經國)', 'Chiang Ching-kuo', '蔣經國', 'zh-Hant', false],
    ['Zhao Leji (赵乐际) (acting)', 'Zhao Leji', '赵乐际', 'zh-Hans', true],
    ['Nguyễn Phú Trọng', 'Nguyễn Phú Trọng', undefined, undefined, false],
    ['Ursula von der Leyen', 'Ursula von der Leyen', undefined, undefined, false],
    ['Kim Jong-un (김정은)', 'Kim Jong-un', '김정은', 'ko', false],
    ['Boris Yeltsin (Борис Ельцин)', 'Boris Yeltsin', 'Борис Ельцин', 'und-Cyri', false],
    ['许勤', undefined, '许勤', 'zh-Hans', false],
    ['Wang Jun（王军）', 'Wang Jun', '王军', 'zh-Hans', false],
  ])('%s', (cell, english, native, tag, acting) => {
    const name = parseName(cell);
    expect(name.english).toBe(english);
    expect(name.native).toBe(native);
    expect(name.nativeTag).toBe(tag);
    expect(name.acting).toBe(acting);
  });

  it('keeps other remarks', () => {
    expect(parseName('John Smith (politician)').remarks).toEqual(['politician']);
  });
});

describe('languageTag tells the Chinese script character by character', () => {
  it.each([
    ['张启龙', 'zh-Hans'],
    ['張啓龍', 'zh-Hant'],
    ['欧阳钦', 'zh-Hans'],
    ['歐陽欽', 'zh-Hant'],
    ['李力安', 'zh'],
    ['王军', 'zh-Hans'],
    ['王軍', 'zh-Hant'],
  ])('%s → %s', (text, tag) => {
    expect(languageTag(text)).toBe(tag);
  });
});
