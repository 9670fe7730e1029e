// The cell normaliser, table-driven: what each rule removes or rewrites before a cell is read.
import { describe, expect, it } from 'vitest';
import { isItalicNote, normalizeCell } from '../src/extract/cells.js';

describe('normalizeCell', () => {
  it.each([
    ['Jane Doe[1]', 'Jane Doe'],
    ['Jane Doe[a][12]', 'Jane Doe'],
    ['4 May 1979[note 3]', '4 May 1979'],
    // footnote labels in the words of other Wikipedias' note groups
    ['Sérgio Mascarenhas de Oliveira[nota 1]', 'Sérgio Mascarenhas de Oliveira'], // test/fixtures/real/lista-de-reitores-da-universidade-federal-de-sao-carlos
    ['William Saad Hossne [nota 2]', 'William Saad Hossne'],
    ['Jane Doe[Nota 12]', 'Jane Doe'], ['Jane Doe[NB 2]', 'Jane Doe'], ['Jane Doe[Note. 7]', 'Jane Doe'], ['Jane Doe[n 1]', 'Jane Doe'],
    ['Otto Wels[Anm. 2]', 'Otto Wels'], ['Jean Dupont[remarque 1]', 'Jean Dupont'], ['Jan de Vries[noot 3]', 'Jan de Vries'],
    ['Teuku Nyak Arif[Ket. 1]', 'Teuku Nyak Arif'], ['Иван Петров[прим. 1]', 'Иван Петров'], ['李鴻章[注 1]', '李鴻章'], ['伊藤博文[註2]', '伊藤博文'],
    ['Jane Doe[lower-alpha 3]', 'Jane Doe'], ['Jane Doe[note a]', 'Jane Doe'], ['Jane Doe[n iv]', 'Jane Doe'],
    ['Jane Doe [Notably]', 'Jane Doe [Notably]'], ['Jane Doe [nota bene]', 'Jane Doe [nota bene]'], ['Jane Doe [notes]', 'Jane Doe [notes]'], // a word in brackets, no label
    ['Jane Doe[citation needed]', 'Jane Doe'],
    // an interlanguage link's marks, spaced inside their brackets (test/fixtures/real/list-of-mayors-of-amman; a wikimili copy)
    ['Kamal Jayousi [ ar ]', 'Kamal Jayousi'], ['Jacques Kyabula Katwe  [ simple; fr ]', 'Jacques Kyabula Katwe'], ['Jane Doe [ see below ]', 'Jane Doe [ see below ]'],
    ['1977[†]', '1977'],
    ['March 1691a[›]', 'March 1691'], // test/fixtures/real/list-of-safavid-viziers: a note's letter and its link mark
    ['1990s[›]', '1990s'], ['1990s[1]', '1990s'], // a decade's s is no note's letter
    ['26 February 1811 †', '26 February 1811'],
    ['[[Charles de Gaulle|De Gaulle]]', 'De Gaulle'],
    ['[[Charles de Gaulle]]', 'Charles de Gaulle'],
    ["'''Jane''' ''Doe''", 'Jane Doe'],
    ['4&nbsp;May&nbsp;1979', '4 May 1979'],
    ['A&amp;B', 'A&B'],
    ['1919&ndash;1933', '1919–1933'],
    ['1919—1933', '1919–1933'],
    ['1919−1933', '1919–1933'],
    ['Chang Chun-hsiung', 'Chang Chun-hsiung'],
    ['Jane<br/>Doe', 'Jane Doe'],
    ['Jane Doe<ref name="x">a source</ref>', 'Jane Doe'],
    ['Jane\u00a0Doe\u200b', 'Jane Doe'],
    ['{{nowrap|4 May 1979}}', '4 May 1979'],
    ['[https://example.org The site]', 'The site'],
    ['１９２０年１２月', '1920年12月'], // full-width digits, as Japanese and Chinese text may write them
    ['第３代', '第3代'],
    // digits of other scripts, as Intl writes them: Devanagari (Marathi, Nepali, Hindi), Persian and Urdu, Arabic-Indic, Bengali
    ['१९ डिसेंबर १९६१', '19 डिसेंबर 1961'], ['۱۹ دسمبر ۱۹۶۱', '19 دسمبر 1961'], ['٢٠ يناير ٢٠٠٠', '20 يناير 2000'], ['২০ ফেব্রুয়ারি ২০২৩', '20 ফেব্রুয়ারি 2023'],
    ['王一', '王一'], ['〇', '〇'], // Han numerals are letters of names, not digits
    // test/fixtures/real-unread/perdana-menteri-afghanistan (Malay Wikipedia as plain text): a note's number in superscript
    ['Muhammad Rabbani ³', 'Muhammad Rabbani'], ['Kosong ¹', 'Kosong'], ['Jane Doe²⁴', 'Jane Doe'],
  ])('%j → %j', (cell, normalised) => {
    expect(normalizeCell(cell)).toBe(normalised);
  });

  it('tells an italic note across the row', () => {
    expect(isItalicNote("''Office vacant''")).toBe(true);
    expect(isItalicNote("''Jane'' Doe")).toBe(false);
  });
});
