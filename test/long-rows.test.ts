// Rows longer than the table's usual width, table-driven: read by column when the header names their cells.
import { describe, expect, it } from 'vitest';
import { readLongRow } from '../src/extract/long-rows.js';

const kind = (d: { kind: string; date?: { value: string } }) => (d.kind === 'date' ? d.date!.value : d.kind);

describe('readLongRow', () => {
  // test/fixtures/real/list-of-princes-and-grand-masters-of-the-knights-hospitaller: its rows 4 cells, its header 5
  const header = ['Title', 'Picture', 'Name', 'Time in office', 'Headquarters'];
  const columns = { name: 2, term: 3, extra: [0, 1, 4] };
  const row = { raw: '', line: 16, cells: [] };
  it.each([
    // line 16: the first row of the rowspanned Headquarters cell; its term no one can read, to be warned of
    [['1st Grand Master', '', 'Blessed Gerard', '1099/1113–1118/20', 'Kingdom of Jerusalem'], ['Blessed Gerard', 'unreadable', 'unreadable']],
    [['5th Grand Master', '', 'Gilbert d\'Aissailly', '1163–1170', 'Kingdom of Jerusalem'], ['Gilbert d\'Aissailly', '1163', '1170']],
    // no year where the term should be, a row no longer than the table's, or longer than the header
    [['Grand Masters', '', 'Knights of Rhodes', 'see below', 'Rhodes'], undefined],
    [['2nd Grand Master', '', 'Raymond du Puy de Provence', '1118/21/23–1160'], undefined],
    [['1st Grand Master', '', 'Blessed Gerard', '1099–1118', 'Kingdom of Jerusalem', 'extra'], undefined],
  ])('%j → %j', (cells, expected) => {
    const reading = readLongRow(row, cells, 4, columns, header);
    expect(reading && [reading.nameCell, kind(reading.term.start), kind(reading.term.end)]).toEqual(expected);
  });
});
