// A wave dash after a date with nothing after it, table-driven: the term's start, its end not yet written; before one, its end; alone, nothing.
import { describe, expect, it } from 'vitest';
import { readTermCell } from '../src/extract/date-cells.js';

const read = (d: { kind: string; date?: { value: string } }) => (d.kind === 'date' ? d.date!.value : d.kind);

describe('readTermCell with a wave dash', () => {
  it.each([
    // test/fixtures/real/sengo-no-nihon-ginko-rekidai-sosai, line 22 (the last, current governor) and line 7
    ['2013.3.20~', ['2013-03-20', 'blank']],
    ['2013.3.20 ～', ['2013-03-20', 'blank']],
    ['1944.3.18~1945.10.9', ['1944-03-18', '1945-10-09']],
    // test/fixtures/real/jeollabuk-do-jisa, lines 20 and 19: the start not written, and neither end
    ['~1946년 4월 3일', ['blank', '1946-04-03']], ['~', ['blank', 'blank']],
    // a wave dash before a length of time is "about" (test/fixtures/real/president-of-fifa: "~7 months")
    ['~7 months', ['unreadable', 'blank']],
  ])('%s → %j', (cell, ends) => {
    const term = readTermCell(cell);
    expect([read(term.start), read(term.end)]).toEqual(ends);
  });
});
