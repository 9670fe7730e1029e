// Markers in and around a name, table-driven: regnal numbers in the lists of reigns.
import { describe, expect, it } from 'vitest';
import { languageContext } from '../src/extract/languages.js';
import { isReignTitle, withRegnalNumber } from '../src/extract/name-markers.js';
import { parseName } from '../src/extract/names.js';
import { PersonResolver } from '../src/extract/persons.js';

describe('isReignTitle tells a list of reigns by its office noun', () => {
  it.each([
    ['Chronological list of popes', true], ['List of kings of France', true], ['Prince of Monaco', true],
    ['List of Dalai Lamas', true], ['List of heads of the Georgian Orthodox Church', false],
    ['Premiers of Prince Edward Island', false], ['List of prime ministers of Japan', false], ['Minister of Defence (India)', false],
  ])('%s → %s', (title, reign) => {
    expect(isReignTitle(title)).toBe(reign);
  });
});

describe('withRegnalNumber reads "(II)" as a regnal number, where a list of reigns writes it', () => {
  it.each([
    ['Gregory (II)', 'Gregory', 'II', undefined],
    ['Yohannes (XIII?)', 'Yohannes', 'XIII?', undefined],
    ['Pierre Werner (2nd term)', 'Pierre Werner', undefined, '2nd term'],
  ])('%s', (cell, english, regnal, termMarker) => {
    const name = withRegnalNumber(parseName(cell));
    expect([name.english, name.regnal, name.termMarker]).toEqual([english, regnal, termMarker]);
    expect(parseName(cell).regnal).toBe(cell === 'Yohannes (XIII?)' ? 'XIII?' : undefined);
  });

  it('keeps two popes of one name and two numbers apart, where elsewhere "(II)" is the same holder\'s second term', () => {
    const rows = ['Gregory (II)', 'Gregory (III)'];
    const persons = (read: (cell: string) => ReturnType<typeof parseName>) => {
      const names = rows.map(read);
      const resolver = new PersonResolver(languageContext([''], ''), names);
      return new Set(names.map((name, i) => resolver.resolve(name, 715 + 16 * i))).size;
    };
    expect(persons((cell) => withRegnalNumber(parseName(cell)))).toBe(2);
    expect(persons(parseName)).toBe(1);
  });
});

describe('a term marker in Hindi or Urdu after a name is no native form of it', () => {
  it.each([
    // test/fixtures/real/bihar-ke-mukhyamantri line 7 and waziraala-sindh lines 9, 12, 23
    ['कृष्ण सिंह (तीन बार)', 'कृष्ण सिंह', 'तीन बार'], ['कृष्ण सिंह (दूसरी बार)', 'कृष्ण सिंह', 'दूसरी बार'],
    ['غلام حسین ہدایت اللہ (پہلی مرتبہ)', 'غلام حسین ہدایت اللہ', 'پہلی مرتبہ'], ['محمد ایوب کھوڑو (تیسری مرتبہ)', 'محمد ایوب کھوڑو', 'تیسری مرتبہ'],
  ])('%s', (cell, native, termMarker) => {
    const name = parseName(cell);
    expect([name.natives.map((n) => n.text), name.termMarker]).toEqual([[native], termMarker]);
  });
});
