// Row readings into tenure rows, table-driven: acting for part of a term only, and notes across the table saying who acted.
import { describe, expect, it } from 'vitest';
import { readTermCell } from '../src/extract/date-cells.js';
import { actsForPartOnly, gapOf, readLabel } from '../src/extract/table-records.js';
import type { Table, TableRow } from '../src/parse/document.js';

describe('actsForPartOnly: an acting note bounded by a date inside the term makes only part of it acting', () => {
  it.each([
    // test/fixtures/real/governor-general-of-the-bahamas, line 23: sworn in acting on 13 November 2001, appointed with effect
    // from 1 January 2002 (the Bahamas public records): the row is her substantive, numbered term
    ['Acting to 1 January 2002', '13 November 2001 – 30 November 2005', true],
    ['Acting until 1990', '1988–1994', true], ['Interim until May 1990', 'March 1990 – present', true],
    ['Acting from 3 May 1991', '1 January 1990 – 1 January 1992', true],
    // the date at an end of the term or outside it, no date, or an unknown start: the whole term was acting
    ['Acting to 30 November 2005', '13 November 2001 – 30 November 2005', false],
    ['Acting to 1 January 2010', '13 November 2001 – 30 November 2005', false],
    ['Acting', '1 December 2005 – 1 February 2006', false], ['Acting to 1990', '? – 1994', false],
    ['Died in office', '1973–1979', false],
  ])('%j in a term of %j: %s', (cell, term, part) => {
    expect(actsForPartOnly(cell, readTermCell(term))).toBe(part);
  });
});

describe('readLabel: a note across the table saying who acted in between is an acting tenure with no dates', () => {
  const table = { section: 'List' } as unknown as Table;
  const row = (text: string) => ({ line: 11, raw: `| ${text} |`, cells: [text] }) as unknown as TableRow;
  it.each([
    // test/fixtures/real/list-of-prime-ministers-of-japan line 24, test/fixtures/real/list-of-presidents-of-south-korea line 11
    ['During this interval, Privy Council Chairman Kuroda Kiyotaka was the acting Prime Minister.', 'Kuroda Kiyotaka'],
    ['During this interval, Prime Minister Heo Jeong (허정 / 許政) was Acting President.', 'Heo Jeong'],
    // the acting-word table's other words of any cell
    ['During this period, John Smith served as interim Governor.', 'John Smith'],
    ['During that time, Jane Doe was the temporary Mayor.', 'Jane Doe'],
    ['During this interval, the office was vacant.', undefined],
  ])('%j → %j', (text, english) => {
    const out: Parameters<typeof readLabel>[3] = { tenures: [], gaps: [], warnings: [] };
    readLabel(text, row(text), table, out);
    expect(out.tenures.map((t) => t.name.english)).toEqual(english === undefined ? [] : [english]);
    expect(out.tenures.every((t) => t.acting)).toBe(true);
  });
});

describe('gapOf: a period with no holder, its dates from its term cell', () => {
  const table = { section: 'List' } as unknown as Table;
  const row = { line: 13, raw: '| … |', cells: [] } as unknown as TableRow;
  it.each([
    // test/fixtures/real/list-of-heads-of-state-of-the-republic-of-the-congo line 13: one day alone in the Tenure column
    ['Presidency suspended', '16 August 1963', ['1963-08-16', '1963-08-16']],
    // a range, a year alone (the period lies within it), and a start with an open end
    ['Vacant', '16 August 1963 to 19 December 1963', ['1963-08-16', '1963-12-19']],
    ['Vacant', '1755', ['1755', '1755']],
    ['Vacant', 'since 2019', ['2019', undefined]],
  ])('%j, %j → %j', (text, cell, expected) => {
    const found = gapOf(text, readTermCell(cell), row, table);
    expect([found?.gap.start?.value, found?.gap.end?.value]).toEqual(expected);
  });
});
