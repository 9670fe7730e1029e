// Latin forms beside a native name, table-driven: regnal numerals given to the native form, exonyms after it.
import { describe, expect, it } from 'vitest';
import { isExonym, latinAfterEnglish, latinNameInParentheses, withoutLatinForm, withRegnalNumerals } from '../src/extract/latin-forms.js';
import { scriptRuns } from '../src/extract/scripts.js';

describe('withRegnalNumerals gives a numeral after a name in another alphabet to that form', () => {
  it.each([
    ['Joanikije II Јоаникије II Joannicius II', [['Latn', 'Joanikije II'], ['Cyrl', 'Јоаникије II'], ['Latn', 'Joannicius II']]],
    ['Kyrion II კირიონ II', [['Latn', 'Kyrion II'], ['Geor', 'კირიონ II']]],
    ['Boris Yeltsin Борис Ельцин', [['Latn', 'Boris Yeltsin'], ['Cyrl', 'Борис Ельцин']]],
    ['Rhee Syng-man 이승만 I Seungman', [['Latn', 'Rhee Syng-man'], ['Hang', '이승만'], ['Latn', 'I Seungman']]],
  ])('%s', (cell, runs) => {
    expect(withRegnalNumerals(scriptRuns(cell)).map((r) => [r.script, r.text])).toEqual(runs);
  });
});

describe('isExonym tells another name in Latin letters from a marker after the native form', () => {
  it.each([
    ['Joannicius II', true], ['Sabbas IV', true], ['Cyril I', true], ['Theophanes', true],
    ['Born 1963', false], ['Acting', false], ['Acting Prime Minister', false], ['Prime Minister', false], ['(61 years old)', false],
  ])('%s → %s', (text, exonym) => {
    expect(isExonym(text)).toBe(exonym);
  });
});

describe('latinNameInParentheses takes a Latin name of two words or more out of the remarks of a cell in another script', () => {
  it.each([
    // test/fixtures/real/jeollabuk-do-jisa: "랄프 갤러기 (Ralph F. Gallogy)", "에드윈 헨(Edwin A. Henn)"
    [['Ralph F. Gallogy'], 'Ralph F. Gallogy', []], [['politician', 'Edwin A. Henn'], 'Edwin A. Henn', ['politician']],
    [['President'], undefined, ['President']], [['Prime Minister'], undefined, ['Prime Minister']], [['Acting Governor'], undefined, ['Acting Governor']],
    [['Khedive'], undefined, ['Khedive']], [['1st term'], undefined, ['1st term']],
  ])('%j → %s', (remarks, name, left) => {
    const kept = [...remarks];
    expect(latinNameInParentheses(kept)).toBe(name);
    expect(kept).toEqual(left);
  });
});

describe('withoutLatinForm cuts the Latin form in capitals after the English name, where the header says one follows', () => {
  const popes = 'Name: English· Latin'; // test/fixtures/real/chronological-list-of-popes
  it.each([
    ['St Peter PETRVS', popes, 'St Peter'],
    ['St Clement I CLEMENS', popes, 'St Clement I'],
    ['St Anacletus (Cletus) ANACLETVS (CLETVS)', popes, 'St Anacletus (Cletus)'],
    ['Leo XIII LEO Tertius Decimus', popes, 'Leo XIII'],
    ['St Sixtus I XYSTVS', popes, 'St Sixtus I'],
    ['Jacques CHIRAC', 'Nom', 'Jacques CHIRAC'],
    ['Jacques CHIRAC', 'Name', 'Jacques CHIRAC'],
  ])('%s under %s → %s', (cell, header, name) => {
    expect(withoutLatinForm(cell, header)).toBe(name);
  });

  it.each([
    ['Name: English· Latin', true], ['English / Latin', true], ['Name: Latin· English', false], ['Name: English· Georgian', false],
    ['Name', false], ['Name (Birth–Death)', false],
  ])('%s names English, then Latin → %s', (header, found) => {
    expect(latinAfterEnglish(header)).toBe(found);
  });
});
