// Column roles, table-driven: header words, and what a table's cells hold, decide each column's role.
import { describe, expect, it } from 'vitest';
import { normalizeCell } from '../src/extract/cells.js';
import { assignColumns, profileColumns } from '../src/extract/columns.js';
import { isOrdinalCell } from '../src/extract/ordinal-cells.js';
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
    // test/fixtures/real/taichung-shi-shizhang: a term header spanning two cells, the second empty
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

  it('takes the name cells with a lifespan and an ordinal title after the name for names, not the party column beside them', () => {
    // test/fixtures/real/riigivanem: "Ants Piip (1884–1942) 1. riigivanem" (the 1st riigivanem), under the office's name
    expect(roles('Riigivanem', [
      ['Riigivanem (syntynyt–kuollut)', 'Virkakausi', 'Puolue', ''],
      ['Ants Piip (1884–1942) 1. riigivanem', '20.12.1920–25.1.1921', 'Viron työpuolue', ''],
      ['Konstantin Päts (1874–1956) 2. riigivanem', '25.1.1921–21.11.1922', 'Põllumeeste Kogud', ''],
      ['Juhan Kukk (1885–1942) 3. riigivanem', '21.11.1922–2.8.1923', 'Viron työpuolue', ''],
      ['Friedrich Akel (1871–1941) 5. riigivanem', '26.3.–16.12.1924', 'Kristillinen kansanpuolue', ''],
    ])).toMatchObject({ name: 0, term: 1, party: 2 });
  });

  it('prefers the column of distinct names over a column repeating a party', () => {
    expect(roles('Prime Minister of Greece', [
      ['', 'Name', 'Took office', 'Left office', 'Party'],
      ['', 'Alexandros Mavrokordatos', '15 January 1822', '26 April 1823', 'Independent'],
      ['', 'Petros Mavromichalis', '26 April 1823', '5 January 1824', 'Independent'],
    ])).toMatchObject({ name: 1, start: 2, end: 3 });
  });

  it.each([
    // test/fixtures/real/list-of-presidents-of-the-church-of-jesus-christ-of-latter-day-saints
    ['List of presidents of the Church', ['No.', 'Portrait', 'President of the Church', 'Birth', 'Ordination', 'Death', 'Length'], [
      ['1', '', 'Joseph Smith', 'December 23, 1805', 'April 6, 1830', 'June 27, 1844(1844-06-27) (aged 38)', '14 years, 2 months'],
      ['2', '', 'Brigham Young', 'June 1, 1801', 'December 27, 1847', 'August 29, 1877(1877-08-29) (aged 76)', '29 years, 8 months'],
    ], { name: 2, start: 4, end: undefined }],
    // a German list: its Geboren and Gestorben columns beside the term's
    ['Liste der Bürgermeister', ['Name', 'Geboren', 'Gestorben', 'Amtsantritt', 'Amtsende'], [
      ['Karl Seitz', '4. September 1869', '3. Februar 1950', '13. November 1923', '12. Februar 1934'],
      ['Richard Schmitz', '14. Dezember 1885', '27. April 1954', '12. Februar 1934', '13. März 1938'],
    ], { name: 0, start: 3, end: 4 }],
  ])('never takes a Birth or Death column for the term (%s)', (title, header, rows, expected) => {
    expect(roles(title, [header, ...rows])).toMatchObject(expected);
  });

  it('takes no column repeating a few words for the native names, whatever its header', () => {
    // test/fixtures/real/gyeonggido-jisa-iljegangjeomgi, its status column ("내지인": from the home islands) under a
    // header of no known role
    const rows = [['상태', '이름', '한자', '취임']];
    for (const [status, name, han, start] of [['내지인', '히가키 나오스케', '檜垣 直右', '1910년 10월 1일'],
      ['내지인', '마쓰나가 다케키치', '松永 武吉', '1916년 3월 28일'], ['조선인', '구도 에이이치', '工藤 英一', '1919년 9월 26일'],
      ['내지인', '도키자네 아키호', '時實 秋穗', '1923년 2월 24일'], ['내지인', '요네다 진타로', '米田 甚太郞', '1926년 3월 8일']]) rows.push([status, name, han, start]);
    expect(roles('경기도지사', rows)).toMatchObject({ name: 1, native: 2, start: 3 });
    expect(roles('경기도지사', rows.map((r) => [r[0], r[1], r[3]]))).toMatchObject({ name: 1, native: undefined, start: 2 });
  });

  it('takes no column headed as anything but names for the native names (a party in hangul beside a hangul name)', () => {
    // ko.wikipedia's presidents of South Korea: "| 대 | 사진 | 이름 | 임기 | 정당 |"
    expect(roles('대한민국의 대통령', [
      ['대', '사진', '이름', '임기', '정당'],
      ['제1대', '', '이승만 (李承晩)', '1948년 7월 24일 ~ 1952년 8월 14일', '자유당'],
      ['제3대', '', '이승만 (李承晩)', '1956년 8월 15일 ~ 1960년 4월 27일', '자유당'],
      ['제4대', '', '윤보선 (尹潽善)', '1960년 8월 13일 ~ 1962년 3월 22일', '민주당'],
    ])).toMatchObject({ ordinal: 0, name: 2, term: 3, party: 4, native: undefined });
  });

  it('takes no Notes cell\'s prose for the term, whatever dates it writes', () => {
    // test/fixtures/real/list-of-premiers-of-bermuda: "From 1983, Sir David Gibbons" (a knighthood) in two of the Notes cells
    expect(roles('List of premiers of Bermuda', [
      ['No.', 'Name (Birth–Death)', 'Took office', 'Left office', 'Political party', 'Notes'],
      ['2', 'John Sharpe (1921–1999)', '29 December 1975', '30 August 1977', 'United Bermuda Party', ''],
      ['3', 'David Gibbons (1926–2014)', '30 August 1977', '15 January 1982', 'United Bermuda Party', 'From 1983, Sir David Gibbons'],
      ['4', 'John Swan (born 1934)', '15 January 1982', '25 August 1995', 'United Bermuda Party', 'From 1990, Sir John Swan. Resigned following the 1995 independence referendum'],
    ])).toMatchObject({ name: 1, start: 2, end: 3, term: undefined, notes: 5 });
  });

  it('takes the columns headed as the row\'s own start and end over a range column for a second office', () => {
    // test/fixtures/real/list-of-justices-of-the-supreme-court-of-georgia-us-state: "Term as chief justice" in some rows
    const rows = [
      ['Judge', 'Began active service', 'Ended active service', 'Term as chief justice'],
      ['Eugenius Aristides Nisbet', '1845', '1853', ''], ['Joseph Henry Lumpkin', '1845', '1867', '1863–1867'],
      ['Hiram B. Warner', '1867', '1880', '1867–1868 1872–1880'], ['Joseph E. Brown', '1868', '1870', '1868–1870'],
    ];
    expect(roles('List of justices of the Supreme Court of Georgia (U.S. state)', rows)).toMatchObject({ name: 0, start: 1, end: 2, term: undefined });
    // with no column headed as the end, the ranges are the term
    expect(roles('List of justices of the Supreme Court of Georgia (U.S. state)', rows.map((r, i) => [r[0], i === 0 ? 'Elected' : r[1], r[3]])))
      .toMatchObject({ name: 0, term: 2 });
  });

  it('takes a column after the name for the No. column only when its header says it numbers the holders', () => {
    // test/fixtures/real/chief-justice-of-canada: "| Name (Province) | Order | term | …" once its header cell is parted
    const rows = [
      ['Name (Province)', 'Order', 'term', 'Length of term'],
      ['William Buell Richards (Ontario)', '1st', 'September 30, 1875 – January 10, 1879', '3 years, 102 days'],
      ['William Johnstone Ritchie (New Brunswick)', '2nd', 'January 11, 1879 – September 25, 1892', '13 years, 258 days'],
    ];
    expect(roles('Chief Justice of Canada', rows)).toMatchObject({ name: 0, ordinal: 1, term: 2 });
    expect(roles('Chief Justice of Canada', rows.map((r, i) => [r[0], i === 0 ? 'Votes' : r[1], r[2]]))).toMatchObject({ name: 0, ordinal: undefined, term: 2 });
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
    expect(isOrdinalCell(cell)).toBe(ordinal);
  });
});

describe('English ordinals with a suffix are No. cells, kept as written', () => {
  it.each([['1st', true], ['2nd', true], ['3rd', true], ['4th', true], ['11th', true], ['21st', true], ['(2nd)', true],
    ['1st term', false], ['1stly', false], ['0th', false], ['1948th', false]])('%s: %s', (cell, ordinal) => {
    expect(isOrdinalCell(cell)).toBe(ordinal);
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

describe('the native-name column', () => {
  it('is not a column of where each holder came from ("民間", "日銀", "大蔵省")', () => {
    // test/fixtures/real/sengo-no-nihon-ginko-rekidai-sosai: "| 氏名 | 在任期間 | 出身 | 主な経歴 |"
    expect(roles('戦後の日本銀行歴代総裁', [
      ['氏名', '在任期間', '出身', '主な経歴'],
      ['渋沢 敬三', '1944.3.18~1945.10.9', '民間', '第一銀行副頭取、日銀副総裁'],
      ['新木 栄吉', '1945.10.9~1946.6.1', '日銀', '日銀副総裁'],
      ['一萬田 尚登', '1946.6.1~1954.12.10', '日銀', '日銀理事'],
      ['山際 正道', '1956.11.30~1964.12.17', '大蔵省', '大蔵事務次官'],
      ['宇佐美 洵', '1964.12.17~1969.12.16', '民間', '三菱銀行頭取'],
      ['佐々木 直', '1969.12.17~1974.12.16', '日銀', '日銀副総裁'],
    ])).toMatchObject({ name: 0, native: undefined });
  });

  it('is a column of names in their own script beside the Latin ones', () => {
    expect(roles('Governor of Tomsk', [
      ['Name', 'Russian', 'Took office', 'Left office'],
      ['Viktor Kress', 'Виктор Кресс', '1991', '2012'],
      ['Sergey Zhvachkin', 'Сергей Жвачкин', '2012', '2022'],
      ['Vladimir Mazur', 'Владимир Мазур', '2022', ''],
    ])).toMatchObject({ name: 0, native: 1 });
  });

  it('is not a column of lengths of time in another script ("770 రోజులు", 770 days)', () => {
    // test/fixtures/real-unread/telugu-rashtralu-mukhyamantrulu: name, term, days in office
    const telugu = roles('Chief Ministers', [
      ['పేరు', 'సంవత్సరం', 'పాలనాకాలం'],
      ['ఎమ్. కె. వెల్లోడి', '1950 జనవరి 26 - 1952 మార్చి 6', '770 రోజులు'],
      ['బూర్గుల రామకృష్ణారావు', '1952 మార్చి 6 - 1956 అక్టోబర్ 31', '1701 రోజులు'],
      ['నీలం సంజీవరెడ్డి', '1956 నవంబర్ 1 - 1960 జనవరి 11', '1167 రోజులు'],
    ]);
    expect(telugu.native).toBeUndefined();
    expect(telugu.name).toBe(0);
  });
});
