// Column roles, table-driven: header words, and what a table's cells hold, decide each column's role.
import { describe, expect, it } from 'vitest';
import { normalizeCell } from '../src/extract/cells.js';
import { assignColumns, ORDINAL_CELL, profileColumns } from '../src/extract/columns.js';
import { wordsOf } from '../src/extract/extract.js';

/** Column roles of a small table given as rows of cells (the first is the header). */
function roles(title: string, rows: string[][]) {
  const [header, ...data] = rows.map((r) => r.map(normalizeCell));
  return assignColumns(profileColumns(header, data), wordsOf(title));
}

describe('assignColumns', () => {
  it('finds the name column by its cells when its header names the office', () => {
    expect(roles('Mayor of Seoul', [
      ['Mayor', 'Took Office', 'Left Office', 'Party'],
      ['Kim Hyongmin', 'September 28, 1946', 'December 15, 1948', ''],
      ['Yun Bo-seon', 'December 15, 1948', 'June 6, 1949', ''],
    ])).toMatchObject({ name: 0, start: 1, end: 2, party: 3 });
  });

  it('takes the column whose cells are names over one headed as the office whose cells mostly are not', () => {
    // test/fixtures/real/list-of-mayors-of-izmir: a group cell spanning rows was lost, so most rows slid one column left
    // and "Mayor" stands over a status ("Province center"), "Years" over the names
    expect(roles('List of mayors of İzmir', [
      ['Period', 'Years', 'Mayor'],
      ['Governors as mayors', '1923-24', 'Şükrü Kaya'],
      ['1924-27', 'Hüseyin Aziz Akyürek', 'Province center'],
      ['1928-30', 'Ahmet Hulusi Alataş', 'Province center'],
      ['1930-31', 'Sezai Göker', 'Province center'],
      ['1931-41', 'Behçet Uz', 'Province center'],
    ])).toMatchObject({ name: 1, term: 0 });
    // where no column holds mostly names, the header's word still decides
    expect(roles('Mayor of Seoul', [
      ['No.', 'Mayor', 'Notes'],
      ['1', 'Kim Hyongmin', 'first elected'],
      ['2', 'Yun Bo-seon', 'appointed'],
      ['3', '이기붕', 'appointed'],
      ['4', '김태선', 'appointed'],
    ])).toMatchObject({ name: 1 });
  });

  it('takes a column of whole terms ("1803–04") as the term column, wherever it stands', () => {
    expect(roles('List of mayors of Locarno', [
      ['Term', 'Mayor', 'Lifespan', 'Party', 'Notes'],
      ['1803–04', 'Bartolomeo Varenna', '', '', ''],
      ['1805–15', 'Giuseppe Franzoni', '', '', ''],
      ['1895–1914', 'Francesco Balli', '(1852–1924)', '', ''],
    ])).toMatchObject({ name: 1, term: 0, start: undefined, end: undefined });
  });

  it('takes a column of reigns given as periods no date can pin ("fl. 10th century") as the term column', () => {
    // test/fixtures/real/list-of-abunas-of-ethiopia: its Reign column is headed as another post's, but holds the terms
    expect(roles('List of abunas of Ethiopia', [
      ['Portrait', 'Abuna (Birth–Death)', 'Reign', 'Notes'],
      ['', 'Abune Selama I Kesatay Birhan (St. Frumentius) (Died c. 383)', 'c. 350–383', ''],
      ['', 'Abreham', 'Late 4th century – early 5th century', ''],
      ['', 'Abba Aftse', 'Late 5th century – early 6th century', ''],
      ['', 'Qozmos', 'fl. early 6th century', ''],
      ['', 'Euprepius', 'fl. early 6th century', ''],
    ])).toMatchObject({ name: 1, term: 2 });
  });

  it('counts a cell written as a date it cannot read as a date cell, so that the row is warned, not lost', () => {
    // Zagreb's mayors 1869–1873 (List of mayors of Zagreb), their dates as Croatian writes them: Croatian
    // "listopad" is October, Polish and Czech "listopad" November, so "17. listopada 1869" is not read.
    const rows = [
      ['7', 'Dragutin Cekuš', '17. listopada 1869', '28. veljače 1872'],
      ['8', 'Pavao Hatz', '28. veljače 1872', '28. svibnja 1873'],
      ['9', 'Stjepan Vrabčević', '28. svibnja 1873', '13. prosinca 1873'],
    ];
    expect(profileColumns(['Br.', 'Gradonačelnik', 'Početak', 'Kraj'], rows).map((p) => p.dates)).toEqual([0, 0, 1, 1]);
  });

  it.each([
    // test/fixtures/real/lord-mayor-of-brisbane: years and year ranges under "Term"
    ['Lord Mayor of Brisbane', [['Mayor', 'Term'], ['John Petrie', '1859–1862'], ['Thomas Blacket Stephens', '1862'], ['George Edmondstone', '1863']],
      { name: 0, term: 1, start: undefined }],
    // test/fixtures/real/mayor-of-addis-ababa: a last table of single years under "In office"
    ['Mayor of Addis Ababa', [['Name', 'Image', 'In office', 'Note'], ['Ras Abebe Aregai', '', '1941', ''], ['Dejazmach Takele Woldehawariat', '', '1942', '']],
      { name: 0, term: 2, start: undefined }],
    // test/fixtures/real/list-of-chancellors-of-the-university-of-oxford: "Year" is when the term began
    ['List of chancellors of the University of Oxford', [['Year', 'Chancellor'], ['1224', 'Robert Grosseteste'], ['1231', 'Ralph Cole']],
      { name: 1, term: undefined, start: 0 }],
    // test/fixtures/real/list-of-county-magistrates-of-changhua: "Term" counts terms beside the dates
    ['List of county magistrates of Changhua', [['№', 'Name', 'Term of Office', '', 'Term'], ['1', 'Chen Hsi-ching', '1 June 1951', '2 June 1954', '1'],
      ['2', 'Chen Hsi-ching', '2 June 1954', '2 June 1957', '2'], ['3', 'Lu Kuo-hsiang', '2 June 1957', '2 June 1960', '3']],
      { name: 1, term: undefined, start: 2, end: 3 }],
  ])('reads a column headed as a whole term with years in it as the term column, only where nothing else dates (%s)', (title, rows, expected) => {
    expect(roles(title, rows)).toMatchObject(expected);
  });

  it('takes a column of names in another script as the native names, regnal numbers and all, beside the Latin ones', () => {
    // test/fixtures/real/list-of-heads-of-the-georgian-orthodox-church
    expect(roles('List of heads of the Georgian Orthodox Church', [
      ['Portrait', 'English', 'Georgian', 'Dates', 'Notes'],
      ['', 'St. Kyrion II', 'კირიონ II', '(1917–1918)', 'Assassinated under mysterious circumstances.'],
      ['', 'Leonid', 'ლეონიდე', '(1918–1921)', ''],
      ['', 'Christophorus III', 'ქრისტეფორე III', '(1927–1932)', ''],
    ])).toMatchObject({ name: 1, native: 2 });
  });

  it('reads dates in another script as dates, not as native names: CJK date columns are the start and end', () => {
    // test/fixtures/real-unread/taichung-shi-shizhang: a term header spanning two cells, the second empty
    expect(roles('臺中市市長', [
      ['任次', '肖像', '姓名 (生–卒)', '在任時間', '', '黨籍'],
      ['1', '', '胡志強 (1948–)', '2010年12月25日', '2014年12月25日', ''],
      ['2', '', '林佳龍 (1964–)', '2014年12月25日', '2018年12月25日', ''],
      ['3', '', '盧秀燕 (1961–)', '2018年12月25日', '', ''],
    ])).toMatchObject({ ordinal: 0, name: 2, start: 3, end: 4, native: undefined });
  });

  it('pairs start and end among several date columns, leaving an election-year column aside', () => {
    expect(roles('List of heads of government of Bulgaria', [
      ['', 'Portrait', 'Name', 'Took office', 'Left office', 'Election'],
      ['1', '', 'Todor Burmov', '17 July 1879', '6 December 1879', '1879'],
      ['2', '', 'Kliment of Branichevo', '6 December 1879', '7 April 1880', '—'],
      ['3', '', 'Dragan Tsankov', '7 April 1880', '10 December 1880', '1880'],
    ])).toMatchObject({ ordinal: 0, name: 2, start: 3, end: 4 });
  });

  it('prefers the column of distinct names over a column repeating a party', () => {
    expect(roles('Prime Minister of Greece', [
      ['', 'Name', 'Took office', 'Left office', 'Party'],
      ['', 'Alexandros Mavrokordatos', '15 January 1822', '26 April 1823', 'Independent'],
      ['', 'Petros Mavromichalis', '26 April 1823', '5 January 1824', 'Independent'],
    ])).toMatchObject({ name: 1, start: 2, end: 3 });
  });

  it('refuses a table no column of which can hold names, saying what each column holds', () => {
    expect(roles('Mayor of Example', [['Year', 'Votes'], ['1990', '12034'], ['1994', '13311']])).toEqual({
      reasons: ['"Year" (100% dates, 0% names)', '"Votes" (0% names)'],
    });
  });
});

describe('ordinals with the suffixes of the languages lists are written in are No. cells', () => {
  it.each([['1º', true], ['1.º', true], ['2ª', true], ['3°', true], ['1er', true], ['2e', true], ['2ème', true], ['12.º', true],
    ['1º de mayo', false], ['º', false], ['1ºº', false]])('%s: %s', (cell, ordinal) => {
    expect(ORDINAL_CELL.test(cell)).toBe(ordinal);
  });
});

describe('English ordinals with a suffix are No. cells, kept as written', () => {
  it.each([['1st', true], ['2nd', true], ['3rd', true], ['4th', true], ['11th', true], ['21st', true], ['(2nd)', true],
    ['1st term', false], ['1stly', false], ['0th', false], ['1948th', false]])('%s: %s', (cell, ordinal) => {
    expect(ORDINAL_CELL.test(cell)).toBe(ordinal);
  });

  it('takes a column of them, under an empty header, as the No. column', () => {
    // test/fixtures/real/list-of-lehendakaris
    expect(roles('List of Lehendakaris', [
      ['', 'From', 'To', 'Picture', 'Holder', 'Party'],
      ['1st', '7 October 1936', '22 March 1960', '', 'José Antonio Aguirre y Lecube', 'PNV-EAJ'],
      ['2nd', '22 March 1960', '2 May 1979', '', 'Jesús María de Leizaola Sánchez', 'PNV-EAJ'],
      ['', '7 February 1978', '2 May 1979', '', 'Ramón Rubial Cavia', 'PSE-EE'],
      ['3rd', '2 May 1979', '2 March 1985', '', 'Carlos Garaikoetxea Urriza', 'PNV-EAJ'],
    ])).toMatchObject({ ordinal: 0, start: 1, end: 2, name: 4, party: 5 });
  });
});
