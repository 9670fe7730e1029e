// Row reading, table-driven: the dates a row's cells and a gap's text give, and what of them is warned.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/extract.js';
import { dateInColumn, readByContent, termInText } from '../src/extract/row-reading.js';
import { parseArticle } from '../src/parse/parse.js';

const value = (d: { kind: string; date?: { value: string } } | undefined) => (d?.kind === 'date' ? d.date!.value : d?.kind);

describe('termInText: the dates a text holds, in parentheses, whole or at its end', () => {
  it.each([
    ['Post abolished (7 October 1958-7 December 1971)', '1958-10-07', '1971-12-07'],
    ['Seat vacant c. 537–562', '0537', '0562'], // test/fixtures/real/list-of-abunas-of-ethiopia
    ['Seat vacant c. 940–970s', '0940', 'unreadable'],
    ['Vacant 1990 to 1995', '1990', '1995'],
    ['Interregnum', undefined, undefined],
  ])('%j → %s … %s', (text, start, end) => {
    const term = termInText(text);
    expect([value(term?.start), value(term?.end)]).toEqual([start, end]);
  });
});

describe('a row read by its content: dates only their place in the row tells', () => {
  it.each([
    // test/fixtures/real/list-of-archbishops-of-athens: vacancies written one cell to the left
    [['Vacant', '96', '117', ''], '0096', '0117'],
    [['Vacant', '129', '?', ''], '0129', 'unknown'],
    [['Vacant', '6th century', 'c. 680', ''], 'unreadable', '0680'],
    [['Vacant', '?', '250'], 'unknown', '0250'],
    // test/fixtures/real/list-of-presidents-of-south-korea: a count of terms before the dates is no year
    [['1', 'Rhee Syng-man', '1', '24 July 1948', '14 August 1952'], '1948-07-24', '1952-08-14'],
    [['1', 'Rhee Syng-man', '2', '15 August 1952', '?'], '1952-08-15', 'unknown'],
    // test/fixtures/real/head-of-the-republic-of-buryatia line 23, list-of-governors-of-south-tyrol line 26: a term under its
    // holder's row, "Incumbent" its end before the time in office and the election year
    [['3', '1 October 2019', 'Incumbent', '6 years, 159 days', '2017'], '2019-10-01', 'open'],
    [['21 November 2018', 'Incumbent', 'XVI Legislature', '2018', '', '', '', ''], '2018-11-21', 'open'],
  ])('%j → %s … %s', (cells, start, end) => {
    const { term } = readByContent(cells, true, false);
    expect([value(term.start), value(term.end)]).toEqual([start, end]);
  });
});

describe('a date cell the name cell\'s last words ran into (the copy pushed them over)', () => {
  it.each([
    // test/fixtures/real/prime-minister-of-fiji: "Ratu Sir" of "Ratu Sir Kamisese Mara", "Ratu" of "Ratu Tevita Momoedonu"
    ['Ratu Sir5 December 1987', '1987-12-05'], ['Ratu27 May 2000', '2000-05-27'],
    ['5 December 1987', '1987-12-05'],
    // a year alone after the words is no date the words could have run into; a word before a space is no glue
    ['Sept1990', 'unreadable'], ['Vacant 1990', 'unreadable'],
  ])('%j → %s', (cell, expected) => {
    expect(value(dateInColumn(cell))).toBe(expected);
  });
});

/** The tenures of a one-table article, as line, start and end. */
function tenuresOf(rows: string[]) {
  const text = ['= List of bishops of Athens =', '', 'Bishops of Athens.', '', '== Bishops ==', '| No. | Incumbent | From | Until |', ...rows, ''].join('\n');
  return extractArticle(parseArticle(text, 'bishops.txt')).tenures.map((t) => [t.line, t.start?.value ?? null, t.end?.value ?? null]);
}

describe('a date column reads years of one or two digits', () => {
  it('as the years of an early list (test/fixtures/real/list-of-archbishops-of-athens)', () => {
    expect(tenuresOf(['| 1 | Hierotheus | ? | 52 |', '| 2 | Dionysius I | 52 | 96 |', '| 3 | Narcissus | 117 | c. 120 |']))
      .toEqual([[7, null, '0052'], [8, '0052', '0096'], [9, '0117', '0120']]);
  });
});

/** The gaps and the article's warnings (line and the start of their message) of a one-table article. */
function gapsOf(rows: string[]) {
  const text = ['= List of bishops of Athens =', '', 'Bishops of Athens.', '', '== Bishops ==', '| No. | Incumbent | From | Until |', ...rows, ''].join('\n');
  const record = extractArticle(parseArticle(text, 'bishops.txt'));
  return {
    gaps: record.gaps.map((g) => [g.line, g.text, g.start?.value ?? null, g.end?.value ?? null]),
    warnings: record.warnings.map((w) => [w.line, w.message.split(':')[0].split(' "')[0]]),
  };
}

describe('a gap warns of the dates it cannot read, as a tenure does', () => {
  it.each([
    // test/fixtures/real/list-of-abunas-of-ethiopia: a spanning row whose text ends in a term
    [['| 1 | Frumentius | 350 | 383 |', '| Seat vacant c. 940–970s | | | |', '| 2 | Abreham | 990 | 1000 |'],
      [[8, 'Seat vacant c. 940–970s', '0940', null]], [[8, 'Term end']]],
    [['| 1 | Frumentius | 350 | 383 |', '| Seat vacant c. 537–562 | | | |', '| 2 | Abreham | 990 | 1000 |'],
      [[8, 'Seat vacant c. 537–562', '0537', '0562']], []],
  ])('%j', (rows, gaps, warnings) => {
    expect(gapsOf(rows)).toEqual({ gaps, warnings });
  });
});
