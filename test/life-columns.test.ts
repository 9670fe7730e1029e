// Columns of years of life, table-driven: their dates are never the term's when the row has a term of its own.
import { describe, expect, it } from 'vitest';
import { headsLifeDates, withoutLifeDates } from '../src/extract/life-columns.js';

describe('headsLifeDates', () => {
  it.each([
    ['Geboren', true], ['Gestorben', true], ['Syntyi-kuoli', true], ['Born–Died', true], ['Lifespan', true], ['Naissance', true],
    ['Amtszeit', false], ['Term of Office', false], ['Kausi', false], ['Name', false],
    // test/fixtures/real/goa-ke-governaron-ki-fehrist (Urdu: birth–death), and Hindi
    ['پیدائش-موت', true], ['پیدائش–وفات', true], ['जन्म-मृत्यु', true], ['عہدہ سنبھالا', false], ['पदभार ग्रहण', false],
  ])('%s → %s', (header, life) => {
    expect(headsLifeDates(header)).toBe(life);
  });
});

describe('withoutLifeDates', () => {
  it.each([
    // test/fixtures/real/liste-der-stadtpraesidenten-von-bern, line 36
    [['Name', 'Partei/Richtung', 'Amtszeit', 'Geboren', 'Gestorben'], ['Alec von Graffenried', 'GFL', '2017–', '1962', ''],
      ['Alec von Graffenried', 'GFL', '2017–', '', '']],
    // test/fixtures/real/list-of-lawmen-and-prime-ministers-of-the-faroe-islands: the term under the life column, no other year
    [['Name', 'Born–Died', 'Term of Office'], ['Gilli', 'c. 1000', ''], ['Gilli', 'c. 1000', '']],
    [['Name', 'Born–Died', 'Term of Office'], ['Andras Guttormsson', 'c. 1490–1543', '1531–1544'], ['Andras Guttormsson', '', '1531–1544']],
    // cells that do not line up with the header
    [['Name', 'Amtszeit', 'Geboren', 'Gestorben'], ['Karl Zeerleder', '1832–1848', '1780'], ['Karl Zeerleder', '1832–1848', '1780']],
  ])('%j: %j → %j', (header, cells, expected) => {
    expect(withoutLifeDates(cells, header)).toEqual(expected);
  });
});
