// The words and marks around a date in a cell, table-driven: here, titles and footnote marks run into a date.
import { describe, expect, it } from 'vitest';
import { readDateCell } from '../src/extract/date-cells.js';
import { DURATION, withoutFootnoteOnYear, withoutHonorificRunIn } from '../src/extract/date-words.js';

describe('honorifics the renderer ran into a date cell belong to the name before it: the cell is its date', () => {
  it.each([
    ['Ratu Sir5 December 1987', '1987-12-05'], // test/fixtures/real/prime-minister-of-fiji
    ['Ratu27 May 2000', '2000-05-27'],
    ['Sir4 May 1979', '1979-05-04'],
    ['Major General12 June 1975', '1975-06-12'],
    ['Teuku12 June 1975', '1975-06-12'], // a title only some jurisdictions write (Acehnese): run into a date, a title still
    ['Tan Sri3 March 1990', '1990-03-03'],
  ])('%j → %s', (cell, value) => {
    expect(readDateCell(cell)).toEqual({ kind: 'date', date: { value, precision: 'day' } });
  });

  it.each(['Foo5 May 1990', 'Ratu Foo5 May 1990', 'Sir 5 May 1990', 'ca.1920', 'Sept.5 1990'])('other words before a date, or a title set apart by a space, stay: %j', (cell) => {
    expect(withoutHonorificRunIn(cell)).toBe(cell);
  });
});

describe('a footnote mark the copy flattened onto a year is no part of it', () => {
  it.each([
    ['12.–15. April 19451)', '12.–15. April 1945'], // test/fixtures/real/liste-der-buergermeister-von-wien
    ['17. April 1945–22. Juni 19512)', '17. April 1945–22. Juni 1951'],
    ['19451)–1950', '1945–1950'], ['194512)', '1945'],
    ['12. April 19451) (provisorisch)', '12. April 1945 (provisorisch)'],
    ['(1917–1918)', '(1917–1918)'], ['(1917–19181)', '(1917–19181)'], ['(pop. 12345)', '(pop. 12345)'], ['1945)', '1945)'], ['12345', '12345'],
  ])('%j → %j', (cell, text) => {
    expect(withoutFootnoteOnYear(cell)).toBe(text);
  });
});

describe('a length of time is no date: a count and its unit word', () => {
  it.each([
    // test/fixtures/real-unread/telugu-rashtralu-mukhyamantrulu: "410 days" in Telugu, not the year 0410
    '410 రోజులు', '410 days', '4 years, 50 days', '1 year', '135 দিন', '584 दिन', '12 jours', '3 años', '10 Tage', '200 hari', '45 дней',
  ])('%j', (cell) => {
    expect(DURATION.test(cell)).toBe(true);
    expect(readDateCell(cell).kind).toBe('unreadable');
  });

  it.each([
    ['410', '0410'], ['1990年', '1990'], ['5 May 1990', '1990-05-05'], ['1945 (dayside)', '1945'], ['3 Mayıs 1990', undefined],
  ])('%j is no length of time', (cell, value) => {
    expect(DURATION.test(cell)).toBe(false);
    if (value) expect(readDateCell(cell)).toMatchObject({ kind: 'date', date: { value } });
  });
});
