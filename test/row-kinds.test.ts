// Row kinds, table-driven: which name cells name a person and which a period, an event, a regime or a vacancy.
import { describe, expect, it } from 'vitest';
import { looksLikePersonName, noPersonScore } from '../src/extract/row-kinds.js';

const plain = { nativeShare: 0, numberedShare: 0 };

describe('a name cell names a person, or not', () => {
  it.each([
    'Charles de Gaulle', 'Valéry Giscard d\'Estaing', 'Ursula von der Leyen', 'U Thant', 'Kliment of Branichevo',
    'Makarios III', 'Park Chung-hee (박정희)', '许勤', 'Ali-Asghar Khan Atabak', 'Juan Martínez de Rozas',
  ])('%s is a person', (cell) => {
    expect(looksLikePersonName(cell)).toBe(true);
    expect(noPersonScore(cell, plain, undefined)).toBeLessThan(2);
  });

  it.each([
    'Vacant', 'Post Abolished (7 October 1958-7 December 1971)', 'Office vacant', 'Interregnum',
    'Occupation of Latvia (21 July 1940 – 21 August 1991)', 'Military junta', 'Provisional Government',
    'Vice-gubernatorial Committee of 1827', 'President\'s rule', 'Foundation of Oyo Empire',
    'Interim Cabinet without Prime Minister', 'Note: the post was not filled', 'National Liberation Council',
  ])('%s names no person', (cell) => {
    expect(noPersonScore(cell, plain, undefined)).toBeGreaterThanOrEqual(2);
  });

  it('weighs a missing native form where every other row has one, and a missing number in a numbered table', () => {
    const shaped = { nativeShare: 1, numberedShare: 1 };
    expect(noPersonScore('see below', plain, undefined)).toBe(1);
    expect(noPersonScore('see below', shaped, false)).toBe(2);
    expect(noPersonScore('see below', shaped, true)).toBe(1.5);
    expect(noPersonScore('Salvation Front', plain, undefined)).toBe(2.5);
  });

  it.each(['House of Representatives Resolution', 'Independent', 'Democratic Party', 'Term Ends: 7 November General Election'])(
    '%s does not look like a person', (cell) => {
      expect(looksLikePersonName(cell)).toBe(false);
    });
});
