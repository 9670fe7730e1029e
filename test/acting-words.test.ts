// Acting words, table-driven: the one table of them, each read only where its scope says it may stand.
import { describe, expect, it } from 'vitest';
import { ACTING_FIRST_IN_CELL, ACTING_IN_ANY_CELL, ACTING_WORDS, actingWordsOf, isActingQualifier } from '../src/extract/acting-words.js';
import { readDateCell, readTermCell } from '../src/extract/date-cells.js';
import { parseName } from '../src/extract/names.js';

describe('isActingQualifier reads the words of a qualifier by the cell they stand in', () => {
  it.each([
    ['acting', true, true], ['Interim', true, true], ['ad interim', true, true], ['caretaker', true, true], ['provisional', true, true],
    ['pro tem', true, true], ['officiating', true, true], ['locum tenens', true, true], ['temporary', true, true],
    ['interino', true, true], ['interina', true, true], ['Int.', true, true], ['int.', true, true], ['Int', false, false], ['par intérim', true, true], ['kommissarisch', true, true], ['f.f.', true, true],
    // words that say "acting" after a name but "in office" in a date cell, and abbreviations only a name cell holds
    ['en funciones', true, false], ['em exercício', true, false], ['a.i.', true, false], ['a. i.', true, false], ['p.o.', true, false],
    ['и. о.', true, false], ['и.о.', true, false], ['врио', true, false], ['в. о.', true, false], ['и. д.', true, false], ['в. д.', true, false],
    ['hijo', false, false], ['Interior', false, false], ['и', false, false], ['1st term', false, false], ['Иван', false, false],
    ['Provisional Government', false, false],
  ])('%j: in a name cell %s, in a date cell %s', (words, inName, inDate) => {
    expect([isActingQualifier(words, 'name'), isActingQualifier(words, 'date')]).toEqual([inName, inDate]);
  });
});

describe('ACTING_IN_ANY_CELL finds only the words whose scope is any cell', () => {
  it.each([
    ['Locum tenens', true], ['Sanjō (interim)', true], ['temporarily in charge', true], ['Facente funzione', true], ['F.F.', true],
    // German: the inflected adjective, and compounds of an interim prefix and the office (test/fixtures/real-unread: Niger)
    ['kommissarischer Bürgermeister', true], ['Kommissarische Präsidentin', true], ['Übergangspräsident des Obersten Militärrates', true],
    ['Interimspräsidentin', true], ['Übergangsstaatspräsident', true],
    ['Übergangsregierung', false], ['Interimsabkommen', false], ['Präsident', false],
    ['intérim, laptot[3], écrivain sénégalais', true], // test/fixtures/real/liste-des-maires-de-bangui: a Notes cell
    ['Penjabat Gubernur', true], ['Pelaksana tugas', true], ['pemangku kepentingan', false],
    ['Provisional Government', false], ['Caretaker government of Bangladesh', false], ['Interior Minister', false], ['en funciones', false],
  ])('%j → %s', (cell, acting) => {
    expect(ACTING_IN_ANY_CELL.test(cell)).toBe(acting);
  });

  it('holds each word once', () => {
    const words = ACTING_WORDS.map(([word]) => word);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('parseName reads them as acting, not as part of the name nor as a native form', () => {
  it.each([
    // test/fixtures/real: the Central Bank of Brazil (Portuguese Wikipedia), Moscow's city heads (Russian Wikipedia).
    ['Ary Burguer (interino)', 'Ary Burguer', []],
    ['Gustavo Franco (interino)', 'Gustavo Franco', []],
    ['Емельянов Егор Емельянович (и. о.)', undefined, ['Емельянов Егор Емельянович']],
    ['John Inglis (locum tenens)', 'John Inglis', []], // a word of any cell is a qualifier in the name cell too
    ['Juan Pérez (en funciones)', 'Juan Pérez', []],
    ['Mario Rossi f.f.', 'Mario Rossi', []], ['Kommissarisch Hans Müller', 'Hans Müller', []],
    // test/fixtures/real-unread/kepala-pemerintahan-ethiopia (Indonesian Wikipedia): the acting role after a comma, cut
    ['Hailu Yimenu, Penjabat Perdana Menteri', 'Hailu Yimenu', []], ['Abdul Razak Hussein (pemangku)', 'Abdul Razak Hussein', []],
    // test/fixtures/real/riigivanem (Finnish): "hoiti riigivanemin tehtäviä" (did the riigivanem's duties), and "tehtäviä hoitava"
    ['Konstantin Päts hoiti riigivanemin tehtäviä', 'Konstantin Päts', []], ['Konstantin Päts (tehtäviä hoitava)', 'Konstantin Päts', []],
  ])('%s', (cell, english, natives) => {
    const name = parseName(cell);
    expect(name.english).toBe(english);
    expect(name).toMatchObject({ acting: true, remarks: [] });
    expect(name.natives.map((n) => n.text)).toEqual(natives);
  });
});

describe('parseName reads an abbreviation before a name as initials, not as an acting word', () => {
  it.each([['F. F. Smith', 'F. F. Smith'], ['A. I. Akram', 'A. I. Akram'], ['P. O. Jones', 'P. O. Jones']])('%s', (cell, english) => {
    expect(parseName(cell)).toMatchObject({ english, acting: false });
  });
});

describe('date cells read the qualifiers of their scope', () => {
  it.each([
    ['8 May 1909 (acting)', true], ['1990 (caretaker)', true], ['1990 (locum tenens)', true], ['1990 (en funciones)', false],
  ])('%j acting %s', (cell, acting) => {
    const date = readDateCell(cell);
    expect(date.kind === 'date' && date.acting === true).toBe(acting);
  });

  it('reads "Acting, 1990–1991" as an acting term', () => {
    expect(readTermCell('Acting, 1990–1991').start).toMatchObject({ acting: true });
  });
});

describe('actingWordsOf gives the words of the scopes asked for, abbreviations only when asked', () => {
  it.each([
    [['any cell'], 'all', 'acting', true], [['any cell'], 'all', 'caretaker', false], [['qualifier'], 'all', 'caretaker', true],
    [['qualifier'], 'all', 'provisorio', true], [['qualifier'], 'all', 'provisoire', true], [['name cell'], 'all', 'a.i.', true],
    [['name cell'], 'words', 'a.i.', false], [['name cell'], 'words', 'en funciones', true],
  ] as const)('%j (%s) holds %j: %s', (scopes, words, word, held) => {
    expect(new RegExp(`^${actingWordsOf(scopes, words)}$`, 'iu').test(word)).toBe(held);
  });
});

describe('ACTING_FIRST_IN_CELL finds an acting word opening a cell, before what it says of the term', () => {
  it.each([
    ['Acting to 1 January 2002', 'Acting '], ['Interim until May 1990', 'Interim '], ['acting', undefined], ['Not acting', undefined],
    ['Caretaker to 1990', undefined], // a qualifier's word only, not one of any cell
  ])('%j → %j', (cell, found) => {
    expect(ACTING_FIRST_IN_CELL.exec(cell)?.[0]).toBe(found);
  });
});
