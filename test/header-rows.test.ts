// Header rows, table-driven: the header among the leading rows, lined up with the rows by what their cells hold.
import { describe, expect, it } from 'vitest';
import { profileColumns } from '../src/extract/columns.js';
import { wordsOf } from '../src/extract/extract.js';
import { headerParts, headerRole } from '../src/extract/header-words.js';
import { alignedHeader, headerOf, headerWordTest, leavesOutOneCell } from '../src/extract/header-rows.js';

describe('alignedHeader: empty header cells over the always-empty cells the rows carry, no Portrait cell over text', () => {
  it.each([
    // test/fixtures/real/list-of-chairmen-of-the-state-great-khural: a party-colour cell before the name
    ['List of chairmen of the State Great Khural',
      ['', 'Portrait', 'Name', 'Took office', 'Left office', 'Time in office', 'Political party', 'Legislature'], [
        ['1', '', '', 'Tögs-Ochiryn Namnansüren', 'February 1914', 'April 1919', '', 'Independent', '', ''],
        ['2', '', '', 'Peljidiin Genden', '29 November 1924', '15 November 1927', '', 'MPRP', '', ''],
        ['3', '', '', 'Jamtsangiin Damdinsüren', '16 November 1927', '23 January 1929', '', 'MPRP', '', ''],
      ], ['', '', 'Portrait', 'Name', 'Took office', 'Left office', 'Time in office', 'Political party', 'Legislature']],
    // test/fixtures/real/governor-of-south-jeolla-province, its holders' rows: a party-colour cell before the party,
    // the election years past the header's end
    ['Governor of South Jeolla Province',
      ['Term', 'Portrait', 'Name', 'Took office', 'Left office', 'Time in office', 'Political party', 'Elected'], [
        ['6th', '', 'Lee Nak-yon 이낙연 李洛淵', '1 July 2014', '12 May 2017', '', '', 'NPAD → Democratic', '2014'],
        ['7th', '', 'Kim Yung-rok 김영록 金瑛錄', '1 July 2018', 'Incumbent', '', '', 'Democratic', '2018'],
      ], ['Term', 'Portrait', 'Name', 'Took office', 'Left office', '', 'Time in office', 'Political party', 'Elected']],
    // test/fixtures/real/prime-minister-of-fiji: the copy dropped every row's portrait cell, the names stand under "Portrait"
    ['Prime Minister of Fiji',
      ['No.', 'Portrait', 'Prime Minister', 'Took office', 'Left office', 'Time in office', 'Party', 'Election', 'Head of State'], [
        ['1', 'Ratu Sir Kamisese Mara (1920–2004)', '10 October 1970', '13 April 1987', '16 years, 185 days', 'Alliance', '1972 1977 (Mar) 1977 (Sep) 1982', 'Elizabeth II', ''],
        ['2', 'Timoci Bavadra (1934–1989)', '13 April 1987', '14 May 1987', '31 days', 'Labour', '1987', 'Elizabeth II', ''],
        ['4', 'Mahendra Chaudhry (born 1942)', '19 May 1999', '27 May 2000', '1 year, 8 days', 'Labour', '1999', 'Kamisese Mara', ''],
      ], ['No.', 'Prime Minister', 'Took office', 'Left office', 'Time in office', 'Party', 'Election', 'Head of State']],
    // test/fixtures/real/list-of-premiers-of-new-south-wales: "Term of Office" spans two date cells, its start and end; the
    // empty portrait cells are the Portrait column's (no empty cell goes in over them), the header's trailing blank goes out
    ['List of premiers of New South Wales',
      ['No.', 'Name (lifespan)', 'Portrait', 'Term of Office', 'Party', 'Constituency', 'Ministry', 'Election(s)', ''], [
        ['1', 'Stuart Donaldson (1812–1867)', '', '6 June 1856', '25 August 1856', 'No party', 'Sydney Hamlets', 'Donaldson', '1856'],
        ['2', 'Charles Cowper (1807–1875)', '', '26 August 1856', '2 October 1856', 'No party', 'Sydney', 'Cowper I', '–'],
        ['3', 'Henry Parker (1808–1881)', '', '3 October 1856', '7 September 1857', 'No party', 'Parramatta', 'Parker', '–'],
      ], ['No.', 'Name (lifespan)', 'Portrait', 'Term of Office', 'Term of Office', 'Party', 'Constituency', 'Ministry', 'Election(s)']],
    // test/fixtures/real/mayor-of-cape-town: "Term of office" over a start and an end cell, and a name cell holding the portrait too
    ['Mayor of Cape Town', ['Name and Image', 'Term of office', 'Political party'], [
      ['Peter Marais', 'December 2000', 'November 2001', 'Democratic Alliance'],
      ['Gerald Morkel', 'December 2001', 'October 2002', 'Democratic Alliance'],
      ['Nomaindia Mfeketo', 'October 2002', 'March 2006', 'African National Congress'],
    ], ['Name and Image', 'Term of office', 'Term of office', 'Political party']],
    // a whole term over a column of ranges and one of durations spans nothing: the ranges are the whole term
    ['Mayor of Example', ['Name', 'Term of office', 'Party'], [
      ['Ann Smith', '1990–1994', '4 years', 'Labour'], ['Bob Jones', '1994–1998', '4 years', 'Labour'],
    ], undefined],
    // test/fixtures/real/chief-justice-of-canada: "Order and term" names two roles over two cells, the ordinal and the term
    ['Chief Justice of Canada', ['Name (Province)', 'Order and term', 'Length of term', 'Appointed on advice of', 'Date of birth', 'Date of death'], [
      ['William Buell Richards (Ontario)', '1st', 'September 30, 1875 – January 10, 1879', '3 years, 102 days', 'Mackenzie', 'May 2, 1815', 'January 26, 1889'],
      ['William Johnstone Ritchie (New Brunswick)', '2nd', 'January 11, 1879 – September 25, 1892', '13 years, 258 days', 'Macdonald', 'October 28, 1813', 'September 25, 1892'],
    ], ['Name (Province)', 'Order', 'term', 'Length of term', 'Appointed on advice of', 'Date of birth', 'Date of death']],
    // test/fixtures/real/mayor-of-jerusalem: "Mayor" spans the number and name columns; the header's trailing blanks stay the width
    ['Mayor of Jerusalem', ['Mayor', 'Term start', 'Term end', 'Party', '', '', ''], [
      ['20', 'Raghib al-Nashashibi', '1920', '1935', 'National Defence Party', '', ''],
      ['21', 'Husayn al-Khalidi', '1935', '1937', 'Reform Party', '', ''],
    ], ['', 'Mayor', 'Term start', 'Term end', 'Party', '', '']],
    // test/fixtures/real/mayor-of-haifa, its third table: "Mayor" spans the number and name columns, and the header's last
    // cell ("Coalition") stands over a column no row fills once the header is lined up
    ['Mayor of Haifa', ['Mayor', 'Took office', 'Left office', 'Party', 'Coalition', '', '', ''], [
      ['1', 'Shabtai Levy', '1948', '1951', 'Independent', '', '', ''],
      ['2', 'Abba Hushi', '1951', '1969', 'Mapai', '', '', ''],
      ['3', 'Moshe Flimann', '1969', '1973', 'Independent', '', '', ''],
    ], ['', 'Mayor', 'Took office', 'Left office', 'Party', 'Coalition', '', '']],
    // test/fixtures/real/liste-der-buergermeister-von-prag: the header a cell short, its first cell ("Amtsperiode") naming
    // dates over the numbers
    ['Liste der Bürgermeister von Prag', ['Amtsperiode', 'Name', 'Bemerkung', ''], [
      ['1', '1784–1788', 'Bernard Augustin Zahořanský z Vorlíka', 'Der erste purkmistr'],
      ['2', '1788–1799', 'Ondřej Steiner ze Steinerů', ''],
      ['3', '1800–1804', 'Jan Jindřich Neuber', ''],
    ], ['', 'Amtsperiode', 'Name', 'Bemerkung']],
    // test/fixtures/real/list-of-heads-of-saint-petersburg-government: the header two cells short (number and image file
    // names under "Mayor/Governor") is no one-cell span: left as it is
    ['List of heads of Saint Petersburg government', ['Mayor/Governor', 'Took office', 'Left office', 'Party'], [
      ['1', 'Anatoly Sobchak.jpg', 'Anatoly Sobchak', '12 June 1991', '5 June 1996', 'Independent'],
      ['3', 'Valentina Matviyenko.jpg', 'Valentina Matviyenko', '15 October 2003', '31 August 2011', 'United Russia'],
    ], undefined],
    // one row is no evidence that a cell is always empty: a stray cell after the last is no reason to shift the header
    ['Mayor of Example', ['Name', 'Term start', 'Term end'], [['Ann Smith', '1 January 1800', '', 'extra']], undefined],
  ])('%s', (title, header, rows, expected) => {
    const office = wordsOf(title);
    const aligned = alignedHeader(header, profileColumns([], rows), (cell) => headerRole(cell, office).role, rows.length,
      (cell) => headerParts(cell, office));
    expect(aligned).toEqual(expected ?? header);
  });
});

describe('alignedHeader: no header cell over a column only a row as long as the header carries (its cell spanning the rest)', () => {
  // test/fixtures/real/jeollabuk-do-jisa: 선출 방식 (how chosen) is written once, "관선" (appointed) on the first row, spanning the others
  const office = wordsOf('전라북도지사');
  const roleOf = (cell: string) => headerRole(cell, office).role;
  const rows = [
    ['2대', '랄프 갤러기 (Ralph F. Gallogy)', '1945년 9월 2일~1945년 10월 11일', '미 육군 중령'],
    ['3대', '에드윈 헨(Edwin A. Henn)', '1945년 10월 12일~1945년 12월 19일', '미 육군 대령, 40사단장'],
    ['7대', '정일사(鄭一史)', '1946년 4월 4일~1947년 6월 28일', ''],
  ];
  const header = ['선출 방식', '대수', '이름', '임기', '비고'];
  it.each([
    [true, ['대수', '이름', '임기', '비고']],
    // no row as long as the header: nothing says which of its cells the rows lack (test/fixtures/real/prime-minister-of-thailand)
    [false, header],
  ])('a row as long as the header %s → %j', (longer, expected) => {
    expect(alignedHeader(header, profileColumns([], rows), roleOf, rows.length, undefined, longer)).toEqual(expected);
  });

  it.each([
    [header, ['대수', '이름', '임기', '비고'], true], [['No.', 'Portrait', 'Name'], ['No.', 'Name'], true], [['No.', 'Name'], ['No.', 'Name'], false],
    [['No.', 'Portrait', 'Name'], ['Name', 'No.'], false],
  ])('leavesOutOneCell(%j, %j) → %s', (top, aligned, left) => expect(leavesOutOneCell(top, aligned)).toBe(left));
});

describe('headerOf: the header row, past a caption of one cell above it', () => {
  it.each([
    // test/fixtures/real/liste-der-buergermeister-von-wien: a caption, then a header one of whose words ("Lebensdaten") is no role's
    ['Liste der Bürgermeister von Wien', [['Bürgermeister der Stadt Wien seit 1945'], ['Name', 'Lebensdaten', 'Partei', 'Amtszeit'],
      ['Franz Jonas', '1899–1974', 'SPÖ', '22. Juni 1951–10. Juni 1965']], 1],
    // test/fixtures/real/liste-der-landeshauptleute-suedtirols
    ['Liste der Landeshauptleute Südtirols', [['Presidente della Provincia di Bolzano'], ['Landeshauptmann', 'Partei', 'Amtszeit', 'Legislatur'],
      ['Karl Erckert', 'SVP', '1948–1952', 'I. Legislatur']], 1],
    // a table of one column: its one-cell first row is its header, no caption
    ['List of popes', [['Pope'], ['Linus'], ['Anacletus']], 0],
  ])('%s', (title, rows, at) => {
    expect(headerOf(rows, headerWordTest(wordsOf(title)))).toBe(rows[at]);
  });
});
