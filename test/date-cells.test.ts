// Date cells, table-driven: one date, approximate, unknown, a period, or a whole term in one cell, as real lists write them.
import { describe, expect, it } from 'vitest';
import { holdsTerm, readDateCell, readDateInColumn, readTermCell } from '../src/extract/date-cells.js';

describe('readDateCell reads a date cell as real lists write it', () => {
  it.each([
    ['c. 1920', { kind: 'date', date: { value: '1920', precision: 'year', approximate: true } }],
    ['circa 1450', { kind: 'date', date: { value: '1450', precision: 'year', approximate: true } }],
    ['c.892', { kind: 'date', date: { value: '0892', precision: 'year', approximate: true } }],
    ['1667?', { kind: 'date', date: { value: '1667', precision: 'year', approximate: true } }],
    ['12 June 1975 (Fifth Republic)', { kind: 'date', date: { value: '1975-06-12', precision: 'day' }, note: 'Fifth Republic' }],
    ['8 May 1909 (acting)', { kind: 'date', date: { value: '1909-05-08', precision: 'day' }, acting: true }],
    ['5 December 1991 Inauguration: 22 August 1992', { kind: 'date', date: { value: '1991-12-05', precision: 'day' }, note: 'Inauguration: 22 August 1992' }],
    ['1st June 1990', { kind: 'date', date: { value: '1990-06-01', precision: 'day' } }],
    ['24.07.1948', { kind: 'date', date: { value: '1948-07-24', precision: 'day' } }],
    ['?', { kind: 'unknown', text: '?' }],
    ['Unknown', { kind: 'unknown', text: 'Unknown' }],
    ['15??', { kind: 'unknown', text: '15??' }],
    ['', { kind: 'blank' }],
    ['—', { kind: 'blank' }],
    ['Never took office', { kind: 'blank' }], // test/fixtures/real/governor-of-guangdong
    ['Incumbent', { kind: 'open' }],
    ['Present day', { kind: 'open' }],
  ])('%j', (cell, expected) => {
    expect(readDateCell(cell)).toEqual(expected);
  });

  it('refuses a decade, which no XSD date type can state', () => {
    expect(readDateCell('1990s')).toMatchObject({ kind: 'unreadable', reason: '"1990s" names a decade, which no XSD date type can state' });
  });
});

describe('periods no date can pin are unreadable, with what they name', () => {
  it.each([
    ['920s', 'a decade'], // test/fixtures/real/list-of-abunas-of-ethiopia
    ['early 1950s', 'a decade'],
    ['6th century', 'a century'], // test/fixtures/real/list-of-archbishops-of-athens
    ['c. late 5th century', 'a century'],
    ['Late 4th century', 'a century'],
    ['mid 7th century', 'a century'],
    ['fl. 10th century', 'a floruit'],
    ['fl. 1090s', 'a floruit'],
  ])('%j names %s', (cell, period) => {
    const read = readDateCell(cell);
    expect(read).toMatchObject({ kind: 'unreadable', period: true });
    expect(read.kind === 'unreadable' && read.reason).toContain(`names ${period}`);
  });

  it.each(['Foo', '19th-century style', 'Century 21'])('%j is no period', (cell) => {
    expect(readDateCell(cell)).not.toMatchObject({ period: true });
  });
});

describe('readTermCell reads a whole term in one cell', () => {
  const value = (d: ReturnType<typeof readDateCell>) => (d.kind === 'date' ? d.date.value : d.kind);
  it.each([
    ['4 May 1979 – 28 November 1990', '1979-05-04', '1990-11-28'],
    ['1919–1933', '1919', '1933'],
    ['1803–04', '1803', '1804'],
    // test/fixtures/real/list-of-mayors-and-lord-mayors-of-hobart: a month in parentheses beside the year
    ['1858 (July)-1859', '1858-07', '1859'], ['(from August) 1869', '1869-08', '1869'], ['(until May) 1870', '1870', '1870-05'],
    ['(c. 44–c. 53)', '0044', '0053'], ['(c. 70–c. 108)', '0070', '0108'], // test/fixtures/real/list-of-maronite-patriarchs: a circa makes them years
    ['44–53', 'unreadable', 'unreadable'], // without it, no column here says they are
    ['1392/3', '1392', '1393'], ['1990/91', '1990', '1991'], // test/fixtures/real/list-of-mayors-of-zurich; a season, a fiscal year
    ['1895–1914', '1895', '1914'],
    ['2015–', '2015', 'blank'],
    ['1924-', '1924', 'blank'], // test/fixtures/real/chief-justice-of-the-supreme-court-of-hong-kong: a hyphen, the end not written
    // test/fixtures/real/liste-des-maires-de-bangui: the copy lost one end's date template, leaving the other and the hyphen or words
    ['- 1895', 'blank', '1895'], ['à 1912', 'blank', '1912'], ['à partir de 1906', '1906', 'blank'], ['à partir du', 'unreadable', 'blank'],
    ['3 -', 'unreadable', 'blank'], ['-', 'blank', 'blank'],
    ['1939–1943,', '1939', '1943'], // test/fixtures/real/president-of-the-university-of-the-philippines: a list's comma after the term
    ['12 May 1990;', '1990-05-12', 'blank'],
    ['since 2019', '2019', 'open'],
    ['seit 2019', '2019', 'open'], // test/fixtures/real/chief-justice-neuseeland (German Wikipedia)
    ['depuis 2017', '2017', 'open'], ['desde 2010', '2010', 'open'], ['sinds 2013', '2013', 'open'],
    ['2019-present', '2019', 'open'],
    ['1996-2007', '1996', '2007'],
    ['2015-19', '2015', '2019'],
    ['1924-24', '1924', '1924'], ['1960-60', '1960', '1960'], // test/fixtures/real/list-of-mayors-of-izmir: a term within one year
    ['1996', '1996', '1996'],
    ['1 July 1960 to 24 February 1966', '1960-07-01', '1966-02-24'],
    ['June 20, 1863 – February 26, 1869 (resigned)', '1863-06-20', '1869-02-26'],
    ['May–June 1990', '1990-05', '1990-06'],
    ['4–28 May 1990', '1990-05-04', '1990-05-28'],
    ['12.–15. April 1945', '1945-04-12', '1945-04-15'], // test/fixtures/real/liste-der-buergermeister-von-wien: days in German, sharing month and year
    ['12. März–15. April 1945', '1945-03-12', '1945-04-15'], ['März–Juni 1945', '1945-03', '1945-06'], ['février–mars 1848', '1848-02', '1848-03'], // month names beyond ASCII share the year
    ['17. April 1945–22. Juni 19512)', '1945-04-17', '1951-06-22'], // test/fixtures/real/liste-der-buergermeister-von-wien: a footnote mark flattened onto the year
    ['c. 1625 - c. 1632', '1625', '1632'],
    ['1357 to ???', '1357', 'unknown'],
    ['24 July 1948 26 April 1960', '1948-07-24', '1960-04-26'],
    ['7 October 1958-7 December 1971', '1958-10-07', '1971-12-07'],
    ['March 02,2002 onwards', '2002-03-02', 'open'], // test/fixtures/real/list-of-chief-ministers-of-tamil-nadu
    ['1990 onward', '1990', 'open'],
    ['c. 940–970s', '0940', 'unreadable'], // test/fixtures/real/list-of-abunas-of-ethiopia
    ['c. 949-969', '0949', '0969'], // test/fixtures/real/ban-of-croatia: a hyphen, a circa start
    ['N/A', 'blank', 'blank'], // test/fixtures/real/list-of-dalai-lamas: the date does not apply; nothing wrong
    ['Late 4th century – early 5th century', 'unreadable', 'unreadable'],
    ['fl. early–mid 12th century', 'unreadable', 'unreadable'],
    ['fl. 10th century', 'unreadable', 'unreadable'],
    ['920s', 'unreadable', 'unreadable'],
    ['(1917–1918)', '1917', '1918'], // test/fixtures/real/list-of-heads-of-the-georgian-orthodox-church
    ['6.3.1919-8.7.1919', '1919-03-06', '1919-07-08'], // test/fixtures/real/representatives-of-the-czech-national-bank
    ['18.6.1981-1.11.1988', '1981-06-18', '1988-11-01'],
    ['(1977)', '1977', '1977'],
    ['26 April 88 – 23 November 99 (11 years, 211 days)', '0088-04-26', '0099-11-23'], // test/fixtures/real/chronological-list-of-popes
    ['2010年12月25日–2014年12月25日', '2010-12-25', '2014-12-25'],
    ['30–33 / 64–68', 'unreadable', 'unreadable'], // began within 30–33, ended within 64–68
    ['2010년 12월 25일 ~ 2014년 12월 25일', '2010-12-25', '2014-12-25'], // the wave dash of CJK ranges
    ['1990～1995', '1990', '1995'],
    ['1920年12月至1923年2月1日', '1920-12', '1923-02-01'], // 至: to
    ['2018年12月25日至今', '2018-12-25', 'open'], // 至今: to this day
    ['2018年12月25日–現任', '2018-12-25', 'open'],
    ['~1920', '1920', '1920'], // a wave dash before a date alone says it is approximate
  ])('%j → %s … %s', (cell, start, end) => {
    const term = readTermCell(cell);
    expect([value(term.start), value(term.end)]).toEqual([start, end]);
  });
});

describe('a term known only as two spans of years ("30–33 / 64–68") is unreadable at both ends, saying why', () => {
  it.each([
    ['30–33 / 64–68', '30–33', '64–68'], // test/fixtures/real/chronological-list-of-popes
    ['1510 – 1512 / 1530 – 1532', '1510 – 1512', '1530 – 1532'],
  ])('%j', (cell, start, end) => {
    const term = readTermCell(cell);
    expect(term.start).toMatchObject({ kind: 'unreadable', period: true, reason: `"${start}" is a span of years the date falls within, which no XSD date type can state` });
    expect(term.end).toMatchObject({ kind: 'unreadable', period: true, reason: `"${end}" is a span of years the date falls within, which no XSD date type can state` });
  });
});

describe('readTermCell: a qualifier in parentheses after a whole term qualifies the term', () => {
  it.each([
    ['1996-1997 (Acting)', { start: { kind: 'date', date: { value: '1996', precision: 'year' }, acting: true }, end: { kind: 'date', date: { value: '1997', precision: 'year' } } }], // test/fixtures/real/chief-justice-of-the-supreme-court-of-hong-kong
    ['1990-1991 (interim)', { start: { kind: 'date', date: { value: '1990', precision: 'year' }, acting: true }, end: { kind: 'date', date: { value: '1991', precision: 'year' } } }],
    ['1924- (acting)', { start: { kind: 'date', date: { value: '1924', precision: 'year' }, acting: true }, end: { kind: 'blank' } }],
    ['1871-1874 (first term)', { start: { kind: 'date', date: { value: '1871', precision: 'year' }, note: 'first term' }, end: { kind: 'date', date: { value: '1874', precision: 'year' } } }],
  ])('%j', (cell, expected) => {
    expect(readTermCell(cell)).toEqual(expected);
  });
});

describe('holdsTerm tells a cell holding a whole term', () => {
  it.each([
    ['1919–1933', true], ['c. 940–970s', true], ['Late 4th century – early 5th century', true], ['fl. 10th century', true],
    ['620s – mid 7th century', true], ['64–68 / 76–79', true], ['1996', false], ['c. 1225', false], ['2015–', false], ['Foo – Bar', false],
  ])('%j → %s', (cell, holds) => {
    expect(holdsTerm(readTermCell(cell))).toBe(holds);
  });
});

describe('readDateInColumn: a date column makes a number of one or two digits a year', () => {
  it.each([
    ['52', { kind: 'date', date: { value: '0052', precision: 'year' } }], // test/fixtures/real/list-of-archbishops-of-athens
    ['c. 96', { kind: 'date', date: { value: '0096', precision: 'year', approximate: true } }],
    ['117', { kind: 'date', date: { value: '0117', precision: 'year' } }],
    ['?', { kind: 'unknown', text: '?' }],
    ['', { kind: 'blank' }],
  ])('%j', (cell, expected) => {
    expect(readDateInColumn(cell)).toEqual(expected);
  });

  it('while a cell alone never reads "52" as a year', () => {
    expect(readDateCell('52').kind).toBe('unreadable');
  });
});
