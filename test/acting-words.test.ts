// Acting markers in other languages than English, table-driven: alone in parentheses after a name, they mark the holder acting.
import { describe, expect, it } from 'vitest';
import { isActingInOtherLanguage } from '../src/extract/acting-words.js';
import { parseName } from '../src/extract/names.js';

describe('isActingInOtherLanguage', () => {
  it.each([
    ['interino', true], ['interina', true], ['Interino', true], ['en funciones', true], ['em exercício', true],
    ['par intérim', true], ['kommissarisch', true], ['facente funzioni', true], ['facente funzione', true], ['f.f.', true], ['a.i.', true], ['a. i.', true], ['p.o.', true],
    ['и. о.', true], ['и.о.', true], ['врио', true], ['в. о.', true], ['и. д.', true], ['в. д.', true],
    ['hijo', false], ['funzionario', false], ['Interior', false], ['и', false], ['1st term', false], ['Иван', false],
  ])('%s → %s', (words, acting) => {
    expect(isActingInOtherLanguage(words)).toBe(acting);
  });
});

describe('parseName reads them as acting, not as part of the name nor as a native form', () => {
  it.each([
    // test/fixtures/real: the Central Bank of Brazil (Portuguese Wikipedia), Moscow's city heads (Russian Wikipedia).
    ['Ary Burguer (interino)', 'Ary Burguer', []],
    ['Gustavo Franco (interino)', 'Gustavo Franco', []],
    // sindaci-di-arezzo (Italian Wikipedia): "facente funzioni", standing in for the mayor.
    ['Francesco Faltoni (facente funzioni)', 'Francesco Faltoni', []],
    ['Емельянов Егор Емельянович (и. о.)', undefined, ['Емельянов Егор Емельянович']],
  ])('%s', (cell, english, natives) => {
    const name = parseName(cell);
    expect(name.english).toBe(english);
    expect(name).toMatchObject({ acting: true, remarks: [] });
    expect(name.natives.map((n) => n.text)).toEqual(natives);
  });
});
