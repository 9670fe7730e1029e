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

describe('tables that are no list of holders', () => {
  it.each([
    // test/fixtures/real-unread/governor-of-south-jeolla-province: the legends of its row colours
    ['a legend of party colours', 'Governor of South Jeolla Province', ['| Political parties |', '| Status |'], true],
    // test/fixtures/real-unread/list-of-chairmen-of-the-state-great-khural
    ['a colour key', 'List of chairmen of the State Great Khural', ['| Colour key |'], true],
    ['one column headed by the post: its holders', 'List of mayors of Cork', ['| Mayor |', '| John Lavallin |'], false],
  ])('%s: refused %s', (_, title, lines, refused) => {
    expect('refused' in readTable(tableOf(lines), wordsOf(title))).toBe(refused);
  });
});
