// Name forms after a name, table-driven: titles of nobility and lordship after a comma are cut, kept as remarks.
import { describe, expect, it } from 'vitest';
import { parseName } from '../src/extract/names.js';

describe('a title of nobility or lordship after a comma is no part of the name', () => {
  it.each([
    // test/fixtures/real/liste-des-maires-de-marseille, lines 15 and 19
    ['Balthazar Fouquet de Jarente, marquis de la Bruyère, seigneur du Rouet et de Carry', 'Balthazar Fouquet de Jarente', 'marquis de la Bruyère, seigneur du Rouet et de Carry'],
    ['Joachim-Elzéard de Gantel-Guitton, seigneur de Mazargues', 'Joachim-Elzéard de Gantel-Guitton', 'seigneur de Mazargues'],
    ['Jean-Baptiste de Covet, comte d’Aix', 'Jean-Baptiste de Covet', 'comte d’Aix'],
    ['Íñigo López de Mendoza, marqués de Santillana', 'Íñigo López de Mendoza', 'marqués de Santillana'],
    ['Robert Gascoyne-Cecil, 3rd Marquess of Salisbury', 'Robert Gascoyne-Cecil', '3rd Marquess of Salisbury'],
  ])('%s', (cell, english, remark) => {
    const name = parseName(cell);
    expect(name.english).toBe(english);
    expect(name.remarks).toContain(remark);
  });

  it.each([
    // a title word not before the place it is of, or a name's own particle: kept
    ['Pierre Dupont, baron', 'Pierre Dupont, baron'],
    ['Charles de Gaulle', 'Charles de Gaulle'],
    ['Louis Comte de la Rue', 'Louis Comte de la Rue'],
  ])('%s stays %s', (cell, english) => {
    expect(parseName(cell).english).toBe(english);
  });
});

describe('a religious honorific before a name is no part of it', () => {
  it.each([
    // test/fixtures/real/list-of-princes-and-grand-masters-of-the-knights-hospitaller, line 16
    ['Blessed Gerard', 'Gerard'],
    ['Venerable Bede', 'Bede'],
    ['Bienheureux Charles de Foucauld', 'Charles de Foucauld'],
    ['St. Frumentius', 'Frumentius'],
    // a given name, not an honorific
    ['Beata Szydło', 'Beata Szydło'],
  ])('%s → %s', (cell, english) => {
    expect(parseName(cell).english).toBe(english);
  });
});

describe('a doubt after a name, spaced or glued, is no part of it', () => {
  it.each([
    // test/fixtures/real/wojewodowie-poznanscy-i-wielkopolscy line 24: the name is uncertain
    ['Piotrko?', 'Piotrko'],
    ['Henry de Cicestre ?', 'Henry de Cicestre'],
  ])('%s → %s', (cell, english) => {
    const name = parseName(cell);
    expect(name.english).toBe(english);
    expect(name.remarks).toContain('?');
  });
});

describe('a rank or a noble title before a name is no part of it', () => {
  it.each([
    // test/fixtures/real/list-of-mayors-of-lusaka line 31 (only the surname is given)
    ['Lt. Muyoba', 'Muyoba'], ['Lieutenant John Chard', 'John Chard'], ['Flt Lt. Jerry Rawlings', 'Jerry Rawlings'], ['Lt. Gen. Olusegun Obasanjo', 'Olusegun Obasanjo'],
    // test/fixtures/real/list-of-mayors-of-surabaya line 34: a Javanese noble title
    ['Raden Satrio Sastrodiredjo', 'Satrio Sastrodiredjo'], ['Raden Ajeng Kartini', 'Kartini'],
  ])('%s → %s', (cell, english) => {
    expect(parseName(cell).english).toBe(english);
  });
});
