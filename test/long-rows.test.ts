// Rows longer than the table's usual width, table-driven: read by column when the header names their cells.
import { describe, expect, it } from 'vitest';
import { profileColumns } from '../src/extract/columns.js';
import { readLongRow, withoutSpanningCells } from '../src/extract/long-rows.js';

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
    const reading = readLongRow(row, cells, 4, columns, header, []);
    expect(reading && [reading.nameCell, kind(reading.term.start), kind(reading.term.end)]).toEqual(expected);
  });
});

describe('withoutSpanningCells: a long row read without the cells its rowspan gave it, by what its cells hold', () => {
  // test/fixtures/real/list-of-mayors-of-amman: "| Authority | Mayor of Amman | | | Took office | Left office |", the Authority
  // cell only on the first row of its group; most rows "| 7 | | Taher Joqqa | 1931 | 1933 |"
  const grid = [['7', '', 'Taher Joqqa', '1931', '1933'], ['8', '', 'Alaeddin Touqan', '1933', '1937'], ['(21)', '', 'Farhan Shubeilat (2nd time)', '1953', '1955']];
  const columns = { ordinal: 0, name: 2, start: 3, end: 4, extra: [1] };
  const profiles = profileColumns([], grid);
  it.each([
    [['Emirate of Transjordan', '6', '', 'Yousef Asfour', '1925', '1931'], ['6', '', 'Yousef Asfour', '1925', '1931']],
    [['EJ and HKJ', '(9)', '', 'Sameh Hijazi (2nd time)', '1945', '1948'], ['(9)', '', 'Sameh Hijazi (2nd time)', '1945', '1948']],
    // the spanning cell after the holder's (a Notes cell given to the rows under it)
    [['9', '', 'Sameh Hijazi', '1937', '1938', 'Emirate of Transjordan'], ['9', '', 'Sameh Hijazi', '1937', '1938']],
    // no way of leaving a cell out lines the row up
    [['Emirate of Transjordan', '6', 'Yousef Asfour', '', '1925', '1931'], undefined],
  ])('%j → %j', (cells, expected) => {
    expect(withoutSpanningCells(cells, 5, columns, profiles)).toEqual(expected);
  });

  // test/fixtures/real/jeollabuk-do-jisa: "관선" (appointed) on the first row only, its 선출 방식 column spanning the rows under it
  it('reads a Korean first row without its spanning cell, the holder\'s number under the numbers', () => {
    const korean = [['2대', '랄프 갤러기 (Ralph F. Gallogy)', '1945년 9월 2일~1945년 10월 11일', '미 육군 중령'],
      ['3대', '에드윈 헨(Edwin A. Henn)', '1945년 10월 12일~1945년 12월 19일', '미 육군 대령, 40사단장'], ['7대', '정일사(鄭一史)', '1946년 4월 4일~1947년 6월 28일', '']];
    const first = ['관선', '초대', '정연기(鄭然基)', '1945년 8월 16일~1945년 9월 2일', '조선총독부 최후의 전라북도지사'];
    expect(withoutSpanningCells(first, 4, { ordinal: 0, name: 1, term: 2, notes: 3, extra: [] }, profileColumns([], korean))).toEqual(first.slice(1));
  });
});
