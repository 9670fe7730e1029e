// Where a term cell parts into its two ends, table-driven: the separator, and what each end takes from the other.
import { describe, expect, it } from 'vitest';
import { termEnds } from '../src/extract/term-ends.js';

describe('termEnds parts a term cell at its separator and completes each end from the other', () => {
  it.each([
    ['4 May 1979 – 28 November 1990', '4 May 1979', '28 November 1990'],
    ['May–June 1990', 'May 1990', 'June 1990'],
    ['4–28 May 1990', '4 May 1990', '28 May 1990'],
    ['1803–04', '1803', '1804'], ['1999-00', '1999', '2000'],
    ['1 July 1960 to 24 February 1966', '1 July 1960', '24 February 1966'],
    ['2010년 12월 25일 ~ 2014년', '2010년 12월 25일', '2014년'],
    ['2023-présent', '2023', 'présent'], // test/fixtures/real-unread/premiers-ministres-du-manitoba
    ['1924-', '1924', ''], // test/fixtures/real/chief-justice-of-the-supreme-court-of-hong-kong
    ['6.3.1919-8.7.1919', '6.3.1919', '8.7.1919'],
    ['1721/2-1729', '1721/2', '1729'],
    ['July 1858-1859', 'July 1858', '1859'], ['Sept. 1990-91', 'Sept. 1990', '1991'], // a hyphen after a month and its year
    // the "from" postpositions of South Asia between the ends, run into the start or not, and "until" after the end (test/fixtures/real/sgpc-presidents)
    ['12-10-1920 ਤੋਂ 14-8-1921', '12-10-1920', '14-8-1921'], ['1920 ਤੋਂ 1926 ਤੱਕ', '1920', '1926'], ['1952 से 1957 तक', '1952', '1957'],
    ['1937 سے 1939 تک', '1937', '1939'], ['1947 থেকে 1948', '1947', '1948'], ['1953 నుండి 1954 వరకు', '1953', '1954'],
    ['1956 నుంచి 1960', '1956', '1960'], ['1960થી 1962', '1960', '1962'], ['1960 થી 1962 સુધી', '1960', '1962'],
    // a hyphen glued to a year before a day and month; two dates run together, the copy's separator lost (test/fixtures/real/telugu-rashtralu-mukhyamantrulu, gujaratna-mukhyamantrio)
    // a day and month with their dots before a whole date: the year is the end's (test/fixtures/real/riigivanem); a wave dash before
    // an end alone, the start not written (test/fixtures/real/jeollabuk-do-jisa)
    ['26.3.–16.12.1924', '26.3.1924', '16.12.1924'], ['19.7.–1.11.1932', '19.7.1932', '1.11.1932'], ['~1946년 4월 3일', '', '1946년 4월 3일'],
    ['28 మార్చి, 1955- 1 నవంబర్, 1956', '28 మార్చి, 1955', '1 నవంబర్, 1956'], ['7 એપ્રિલ, 197112 મે, 1971', '7 એપ્રિલ, 1971', '12 મે, 1971'],
  ])('%j → %j … %j', (cell, start, end) => {
    expect(termEnds(cell)).toMatchObject({ start, end, shortYears: false });
  });

  it('says when a circa makes numbers of one or two digits years ("c. 44–c. 53")', () => {
    expect(termEnds('c. 44–c. 53')).toEqual({ start: 'c. 44', end: 'c. 53', shortYears: true });
  });

  // "vacant 1894-1902" (test/fixtures/real/armenian-patriarchs-of-cilicia) is a gap's text: no month before its year
  it.each(['1996', '15 May 1957', 'since 2019', 'vacant 1894-1902', 'ਸੇਵਾ ਤੋਂ ਮੁਕਤ', '197112', '~2 years'])('finds no separator in %j', (cell) => {
    expect(termEnds(cell)).toBeUndefined();
  });
});
