// The cell normaliser, table-driven: what each rule removes or rewrites before a cell is read.
import { describe, expect, it } from 'vitest';
import { isItalicNote, normalizeCell } from '../src/extract/cells.js';

describe('normalizeCell', () => {
  it.each([
    ['Jane Doe[1]', 'Jane Doe'],
    ['Jane Doe[a][12]', 'Jane Doe'],
    ['4 May 1979[note 3]', '4 May 1979'],
    ['Jane Doe[citation needed]', 'Jane Doe'],
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
