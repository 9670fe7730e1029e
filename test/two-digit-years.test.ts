// Numeric dates with two-digit years, table-driven: the century from the list's order and its four-digit years.
import { describe, expect, it } from 'vitest';
import { withCenturies } from '../src/extract/two-digit-years.js';

const table = (rows: string[][]) => rows.map((cells) => ({ cells }));

describe('withCenturies', () => {
  it.each([
    // test/fixtures/real/commonwealth-secretaries-general-to-date: "| Term Start | Term End |" (columns 4 and 5)
    [[['1.7.65', '30.6.75'], ['1.7.75', '30.6.90'], ['1.7.90', '31.3.2000'], ['1.4.2000', '31.3.08'], ['1.4.08', '31.3.16'], ['1.4.16', 'Incumbent']],
      [['1.7.1965', '30.6.1975'], ['1.7.1975', '30.6.1990'], ['1.7.1990', '31.3.2000'], ['1.4.2000', '31.3.2008'], ['1.4.2008', '31.3.2016'], ['1.4.2016', 'Incumbent']]],
    // no four-digit year to anchor the centuries: left as written
    [[['1.7.65', '30.6.75'], ['1.7.75', '30.6.90']], [['1.7.65', '30.6.75'], ['1.7.75', '30.6.90']]],
    // newest first: no century keeps them in order, so none is written out
    [[['1.4.16', 'Incumbent'], ['1.4.08', '31.3.16'], ['1.4.2000', '31.3.08'], ['1.7.90', '31.3.2000']],
      [['1.4.16', 'Incumbent'], ['1.4.08', '31.3.16'], ['1.4.2000', '31.3.08'], ['1.7.90', '31.3.2000']]],
  ])('%j', (rows, expected) => {
    expect(withCenturies(table(rows), [0, 1]).map((r) => r.cells)).toEqual(expected);
  });
});
