// Whole tables, table-driven: which rows are holders, gaps, headers or lost names, from real lists' cells.
import { describe, expect, it } from 'vitest';
import type { Table } from '../src/parse/document.js';
import { wordsOf } from '../src/extract/extract.js';
import { readTable } from '../src/extract/table.js';

/** A table from pipe rows as an article writes them, the first its header, numbered from line 1. */
function tableOf(lines: string[]): Table {
  const [header, ...rows] = lines.map((raw, i) => ({ raw, line: i + 1, cells: raw.slice(1, -1).split('|').map((c) => c.trim()) }));
  return { header, rows, line: 1 };
}

/** What a table's rows are read as: each holder's line, name and dates, each gap's, each warning's line. */
function readingOf(title: string, lines: string[]) {
  const read = readTable(tableOf(lines), wordsOf(title));
  if ('refused' in read) throw new Error(read.refused);
  return {
    tenures: read.tenures.map((t) => [t.line, t.name.english, t.start?.value ?? null, t.end?.value ?? null, t.ordinal ?? null]),
    gaps: read.gaps.map((g) => [g.line, g.text]),
    warned: read.warnings.map((w) => w.line),
  };
}

describe('rows of real tables', () => {
  it.each([
    ['a numbered row whose name cell is empty lost its holder\'s name: warned, and no second term of the row above',
      'List of archbishops of Athens', [
        '| No. | Incumbent | From | Until |',
        '| 5 | Quadratus | 125 | 129 |',
        '| 6 | | ? | 250 |',
        '| 7 | Olympius | ? | ? |',
      ], { tenures: [[2, 'Quadratus', '0125', '0129', '5'], [4, 'Olympius', null, null, '7']], gaps: [], warned: [3] }],
    ['"(3)" in the No. column under its holder\'s row is the same holder\'s number again, not a lost name',
      'List of heads of government of Latvia', [
        '| No. | Name | Took office | Left office | Party |',
        '| 3 | Kārlis Ulmanis | 1931 | 1934 | Farmers |',
        '| (3) | | 1934 | 1940 | Independent |',
      ], { tenures: [[2, 'Kārlis Ulmanis', '1931', '1934', '3'], [3, 'Kārlis Ulmanis', '1934', '1940', '(3)']], gaps: [], warned: [] }],
    ['a number under an unnumbered acting term follows the last plain number, not a returning holder\'s "(2)"',
      // test/fixtures/real/head-of-tambov-oblast lines 18–23 (cells shortened)
      'Head of Tambov Oblast', [
        '| # | Head | In office | Election |',
        '| 3 | Aleksandr Ryabov | 29 December 1995 — 26 December 1999 | 1995 |',
        '| (2) | Oleg Betin | 26 December 1999 — 25 May 2015 | 1999 |',
        '| — | Aleksandr Nikitin | 25 May 2015 — 22 September 2015 Acting head of administration | 2015 |',
        '| 4 | 22 September 2015 — 4 October 2021 |',
      ], { tenures: [[2, 'Aleksandr Ryabov', '1995-12-29', '1999-12-26', '3'], [3, 'Oleg Betin', '1999-12-26', '2015-05-25', '(2)'],
        [4, 'Aleksandr Nikitin', '2015-05-25', '2015-09-22', null], [5, 'Aleksandr Nikitin', '2015-09-22', '2021-10-04', '4']], gaps: [], warned: [] }],
    ['a row naming no one known, and a vacancy label, are gaps even without dates',
      'List of heads of the Serbian Orthodox Church', [
        '| No. | Primate | Portrait | Reign | Notes |',
        '| 12 | Arsenije II Арсеније II Arsenius II | | 1457–1463 | |',
        '| First Ottoman abolishment (1463–1557)[A] | | | | |',
        '| See vacant due to Ottoman abolition and transfer of jurisdiction to Archbishopric of Ohrid | | | | |',
        '| | unknown | | | |',
        '| No. | Primate | Portrait | Reign | Notes |',
        '| 13 | Makarije I Макарије I Macarius I | | 1557–1571 | Seated at Peć. |',
      ], {
        tenures: [[2, expect.stringMatching(/^Arsenije II/), '1457', '1463', '12'], [7, expect.stringMatching(/^Makarije I/), '1557', '1571', '13']],
        gaps: [[4, 'See vacant due to Ottoman abolition and transfer of jurisdiction to Archbishopric of Ohrid'], [5, 'unknown']], warned: [],
      }],
  ])('%s', (_, title, lines, expected) => {
    expect(readingOf(title, lines)).toEqual(expected);
  });
});

describe('a table of starts only', () => {
  // test/fixtures/real-unread/governo-de-maputo lines 19–24; test/fixtures/real/list-of-mayors-of-cork
  it.each([
    ['no end column: no row has an end cell, so none is blank', [
      '| Data da tomada de posse (Eleito) | Presidente do Conselho Municipal | Partido |',
      '| 7 de fevereiro de 2014 | David Simango | Frelimo |',
      '| 7 de fevereiro de 2019 | Eneas Comiche | Frelimo |',
    ], ['none', 'none']],
    ['an end column left empty on the last row: blank (the holder may be in office)', [
      '| Took office | Left office | Mayor |',
      '| 7 February 2014 | 7 February 2019 | David Simango |',
      '| 7 February 2019 | | Eneas Comiche |',
    ], ['date', 'blank']],
  ])('%s', (_, lines, kinds) => {
    const read = readTable(tableOf(lines), wordsOf('Maputo'));
    if ('refused' in read) throw new Error(read.refused);
    expect(read.tenures.map((t) => t.endKind)).toEqual(kinds);
  });
});

describe('tables that are no list of holders', () => {
  it.each([
    // test/fixtures/real/governor-of-south-jeolla-province: the legends of its row colours
    ['a legend of party colours', 'Governor of South Jeolla Province', ['| Political parties |', '| Status |'], true],
    // test/fixtures/real/list-of-chairmen-of-the-state-great-khural
    ['a colour key', 'List of chairmen of the State Great Khural', ['| Colour key |'], true],
    ['one column headed by the post: its holders', 'List of mayors of Cork', ['| Mayor |', '| John Lavallin |'], false],
    ['one column of names with no header', 'List of mayors of Cork', ['| Richard Wine |', '| John Lavallin |'], false],
    // test/fixtures/real/mayor-of-taichung: a table of the post's titles, its rows dated
    ['the post\'s titles', 'Mayor of Taichung', [
      '| Date | English | Characters | Japanese | Mandarin | Taiwanese | Hakka |',
      '| Oct 1920–Oct 1940 | Mayor of Taichū | 臺中市市尹 | Taichū-shi Shiin | Tâi-tiong-chhī Chhī-ún | Thòi-chûng-sṳ Sṳ-yún | |',
      '| Oct 1940–Oct 1945 | 臺中市市長 | Taichū-shi Shichō | Tâi-tiong-chhī Chhī-tiúⁿ | Thòi-chûng-sṳ Sṳ-chhòng | | |',
      '| Oct 1945–present | Mayor of Taichung | 臺中市市長 | Táizhōng Shì Shìzhǎng | | | |',
    ], true],
  ])('%s: refused %s', (_, title, lines, refused) => {
    const read = readTable(tableOf(lines), wordsOf(title));
    expect('refused' in read).toBe(refused);
    // a table of the post's titles loses no holder, though its rows are dated: it is not warned on
    expect('refused' in read && read.nothingLost === true).toBe(/Mayor of Taichū/.test(lines.join()));
  });
});

describe('rows that are no term are no evidence of what the columns hold', () => {
  it('a term-only row\'s year under the Portrait cell does not make the columns (South Jeolla: Kim Yung-rok is still in office)', () => {
    // test/fixtures/real/governor-of-south-jeolla-province, its table
    const read = readTable(tableOf([
      '| Term | Portrait | Name | Term of office | Political party | Elected | | | |',
      '| Took office | Left office | Time in office | | | | | | |',
      "| 1st | | ' 허경만 許京萬 | 1 July 1995 | 30 June 2002 | | | Democratic → National Congress → Millennium Democratic | 1995 |",
      '| 2nd | 1998 | | | | | | | |',
      "| 3rd | | ' 박태영 朴泰榮 | 1 July 2002 | 29 April 2004 | | | Millennium Democratic | 2002 |",
      "| | ' 송광운 宋光運 | 30 April 2004 | 5 June 2004 | | | Independent | — | |",
      "| | ' 박준영 朴晙瑩 | 6 June 2004 | 30 June 2014 | | | Millennium Democratic → NPAD | 2004 | |",
      '| 4th | 2006 | | | | | | | |',
      '| 5th | 2010 | | | | | | | |',
      '| 6th | | Lee Nak-yon 이낙연 李洛淵 | 1 July 2014 | 12 May 2017 | | | NPAD → Democratic | 2014 |',
      '| | Kim Gap-seop 김갑섭 金甲燮 | 13 May 2017 | 11 September 2017 | | | Independent | — | |',
      '| | Lee Jae-young 이재영 李在榮 | 12 September 2017 | 30 June 2018 | | | Independent | — | |',
      '| 7th | | Kim Yung-rok 김영록 金瑛錄 | 1 July 2018 | Incumbent | | | Democratic | 2018 |',
      '| 8th | 2022 | | | | | | | |',
    ]), wordsOf('Governor of South Jeolla Province'));
    if ('refused' in read) throw new Error(read.refused);
    expect(read.tenures.map((t) => [t.line, t.start?.value, t.end?.value ?? t.endKind])).toEqual([
      [3, '1995-07-01', '2002-06-30'], [5, '2002-07-01', '2004-04-29'], [6, '2004-04-30', '2004-06-05'], [7, '2004-06-06', '2014-06-30'],
      [10, '2014-07-01', '2017-05-12'], [11, '2017-05-13', '2017-09-11'], [12, '2017-09-12', '2018-06-30'], [13, '2018-07-01', 'open'],
    ]);
  });
});

describe('acting said in another cell of the row', () => {
  const actingOf = (lines: string[]) => {
    const read = readTable(tableOf(lines), wordsOf('Presidenti della Corte costituzionale'));
    if ('refused' in read) throw new Error(read.refused);
    return read.tenures.map((t) => [t.name.english, t.acting ?? false]);
  };

  it.each([
    // test/fixtures/real/presidenti-della-corte-costituzionale-della-repubblica-italiana: "F.F." (facente funzione) after the dates
    ['F.F.', true], ['f.f.', true], ['facente funzione', true], ['Facenti funzioni', true], ['FF', false], ['Buffa', false],
  ])('%j in a later cell → acting %s', (cell, acting) => {
    expect(actingOf([
      '| No. | Name | Inizio | Fine | Durata |',
      '| 1 | Enrico De Nicola | 23 gennaio 1956 | 26 marzo 1957 | 1 anno |',
      `| - | Gaetano Azzariti | 27 marzo 1957 | 5 aprile 1957 | ${cell} |`,
    ])).toEqual([['Enrico De Nicola', false], ['Gaetano Azzariti', acting]]);
  });
});
