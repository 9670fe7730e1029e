// Row repairs, table-driven: rows the renderer broke, laid out again (real cells).
import { describe, expect, it } from 'vitest';
import { profileColumns } from '../src/extract/columns.js';
import { coveredByRowAbove, endSpannedByStart, fillsOnlyLaterColumns, lacksSpannedDates, portraitPutBack, readShortRow, slidLeft } from '../src/extract/row-repairs.js';

const value = (d: { kind: string; date?: { value: string } } | undefined) => (d?.kind === 'date' ? d.date!.value : d?.kind);

describe('a row short of the table\'s width, lined up from its first cell', () => {
  const row = { raw: '', line: 1, cells: [] };
  it.each([
    // test/fixtures/real/list-of-mayors-of-cork: its Notes cell left out; the Year column gives the start only
    [['Year', 'Name', 'Notes'], { name: 1, start: 0, notes: 2, extra: [] }, ['1293', 'John Lavallin'], ['John Lavallin', '1293', 'blank']],
    // test/fixtures/real/president-of-the-national-assembly-of-nagorno-karabakh: its end cell left out, the party slid under "Left Office"
    [['Name', 'Took Office', 'Left Office', 'Political Party'], { name: 0, start: 1, end: 2, party: 3, extra: [] },
      ['Ashot Ghulian', '1 July 2005', 'Democratic'], undefined],
    // test/fixtures/real/mayor-of-taichung: a second term under its holder's row, its name cell spanning both
    [['No.', 'Portrait', 'Name (Birth–Death)', 'Term of office', '', 'Political party', 'Term'], { name: 2, start: 3, end: 4, ordinal: 0, party: 5, extra: [1, 6] },
      ['2 June 1957', '2 June 1960', '3'], undefined],
  ])('%j: %j', (header, columns, cells, expected) => {
    const reading = readShortRow(row, cells, header.length, columns, header);
    expect(reading && [reading.nameCell, value(reading.term.start), value(reading.term.end)]).toEqual(expected);
  });
});

describe('a row that lacks the portrait cell, its cells one column left', () => {
  // test/fixtures/real/list-of-mayors-of-south-dhaka: "| No. | Portrait | Name (Birth–Death) | Election | Took office | Left office | Time in office | Political party | Reference |"
  const laidOut = portraitPutBack(1, 2, 9);
  it.each([
    // line 24: a blank at its end; line 25: short by two cells
    [['–', 'Dr. Ma. Sher Ali (Administrator)', '–', '19 August 2024', '13 February 2025', '178 days', 'Independent', '[4]', ''],
      ['–', '', 'Dr. Ma. Sher Ali (Administrator)', '–', '19 August 2024', '13 February 2025', '178 days', 'Independent', '[4]']],
    [['–', 'Md. Shahjahan Miah (Administrator)', '–', '13 February 2025', 'Incumbent', '124 days', 'Independent'],
      ['–', '', 'Md. Shahjahan Miah (Administrator)', '–', '13 February 2025', 'Incumbent', '124 days', 'Independent']],
    // a row with its portrait cell, and a sub-header under the header (test/fixtures/real/list-of-japanese-governors-general-of-korea)
    [['1', '', 'Sayeed Khokon', '2015', '5 May 2015', '16 May 2020', '5 years, 11 days', 'Bangladesh Awami League', '[1]'], undefined],
    [['Rōmaji', 'Kanji', '', '', '', '', '', '', ''], undefined],
  ])('%j → %j', (cells, expected) => {
    expect(laidOut(cells)).toEqual(expected);
  });
});

describe('a row whose first cells a cell spanning rows covered, the rest slid left', () => {
  // test/fixtures/real/list-of-heads-of-state-of-libya: "| № | Name | Birth–Death | Took office | Left office | Political Party | | |"
  const header = ['№', 'Name', 'Birth–Death', 'Took office', 'Left office', 'Political Party', '', ''];
  const putBack = slidLeft({ ordinal: 0, name: 1, start: 3, end: 4, party: 5, extra: [2, 6, 7] }, header, 8);
  const row = { raw: '', line: 18, cells: [] };
  it.each([
    // line 18 (cells normalised), under his numbered rows: the number cell "(2)" spans it
    [['Muammar Gaddafi', '1942–2011', '2 March 1979', '23 August 2011', 'Military / Independent', '', '', ''],
      ['', 'Muammar Gaddafi', '1942–2011', '2 March 1979', '23 August 2011', 'Military / Independent', '', '']],
    // line 20: a row that lines up
    [['3', 'Mustafa Abdul Jalil', '1952–', '5 March 2011', '8 August 2012', 'Independent', '', ''], undefined],
    // a row with no blank at its end to give: no room to slide back
    [['Muammar Gaddafi', '1942–2011', '2 March 1979', '23 August 2011', 'Military', 'a', 'b', 'c'], undefined],
  ])('%j → %j', (cells, expected) => {
    expect(putBack(row, cells)).toEqual(expected);
  });
});

describe('a row short by exactly the date cells after its name: the row above\'s span it', () => {
  it.each([
    // test/fixtures/real/list-of-rulers-of-kano line 23, under "| # | Name | Reign Start | Reign End |"
    [['5', 'Gawata (joint ruler with twin brother Nawata)'], { ordinal: 0, name: 1, start: 2, end: 3, extra: [] }, true],
    // line 39: its start is there, its end left out
    [['18', 'Dakauta', 'January 1452 (One night)'], { ordinal: 0, name: 1, start: 2, end: 3, extra: [] }, false],
    // test/fixtures/real/list-of-mayors-of-cork: its Notes cell left out, its start before the name
    [['1293', 'John Lavallin'], { name: 1, start: 0, notes: 2, extra: [] }, false],
    // a row ending in its number, before the name
    [['6'], { ordinal: 0, name: 1, start: 2, end: 3, extra: [] }, false],
  ])('%j → %s', (cells, columns, expected) => {
    expect(lacksSpannedDates(cells, columns)).toBe(expected);
  });
});

describe('a row filling only the columns after the holder\'s: a sub-row of the tenure above', () => {
  // test/fixtures/real/chairman-of-the-navajo-nation: "| No. | Image | Name | Term | Party | Election | Vice Chairman |"
  const grid = [
    ['1', '', 'Chee Dodge (c. 1860–1947)', '1923 – 1928', 'Unknown', 'TBA', 'Vacant'],
    ['2', '', 'Deshna Chischillige (TBA–TBA)', '1928 – 1932', 'Unknown', '1928', 'Maxwell Yazzie'],
    ['5', '', 'Jacob C. Morgan (1879–1950)', '1938 – 1942', 'Unknown', '1938', 'Howard Gorman'],
    ['10', '', 'Peter MacDonald (born 1928)', '1971 – 1982', 'Republican', '1970', 'Wilson Skeet (1971–1979)'],
  ];
  const profiles = profileColumns([], grid);
  const columns = { ordinal: 0, name: 2, term: 3, party: 4, extra: [1, 5, 6] };
  it.each([
    // lines 26 and 34: an election year and a vice chairman under the chairman's row
    [['1950', 'John Claw (1951–1952)'], true],
    [['1978', 'Frank E. Paul (1979–1982)'], true],
    // a second term under its holder's name cell: its term and party cells are the holder's own columns
    [['1955 – 1963', 'Unknown', '1954', 'Scott Preston'], false],
    // a date where the Vice Chairman column holds names: the cells do not fit the columns
    [['1950', '1951 – 1952'], false],
    // a row of one cell is a label or a name, not a sub-row
    [['1958'], false],
  ])('%j → %s', (cells, expected) => {
    expect(fillsOnlyLaterColumns(cells, 7, columns, profiles)).toBe(expected);
  });
});

describe('a row short of its end cell whose successor starts when it did: its start cell spans both', () => {
  // test/fixtures/real/list-of-rulers-of-kano, under "| # | Name | Reign Start | Reign End |"
  const columns = { ordinal: 0, name: 1, start: 2, end: 3, extra: [] };
  it.each([
    // line 39, a reign of one night, and the next row (line 40)
    [['18', 'Dakauta', 'January 1452 (One night)'], ['19', 'Atuma', 'January 1452', 'February 1452'], '1452-01'],
    // an incumbent's row, its end cell left out: the last row, or its successor starting later
    [['60', 'Aminu Ado Bayero', '9 March 2020'], undefined, undefined],
    [['18', 'Dakauta', 'January 1452'], ['19', 'Atuma', 'February 1452', 'March 1452'], undefined],
    // the same year but written to the month: not the same date
    [['24', 'Yakufu', '1565'], ['26', 'Abu Bakr Kado', 'May 1565', 'May 1573'], undefined],
    // a row with its end cell
    [['17', 'Abdullahi Burja', 'January 1438', 'January 1452'], ['18', 'Dakauta', 'January 1452 (One night)'], undefined],
  ])('%j then %j → %s', (cells, next, expected) => {
    const end = endSpannedByStart(cells, next, columns);
    expect(end?.kind === 'date' ? end.date.value : end).toBe(expected);
  });
});

describe('a row under a holder\'s, its first cells covered by his, its other cells matched to their columns by what they hold', () => {
  // test/fixtures/real/liste-der-staatsoberhaeupter-des-niger: "| Nr. | Bild | Name (Lebensdaten) | Amtsbezeichnung | Beginn | Ende | Partei |"
  const niger = [
    ['1', '', 'Hamani Diori (1916–1989)', 'Präsident', '10. November 1960', '15. April 1974 (abgesetzt)', 'PPN-RDA'],
    ['−', '', 'Seyni Kountché (1931–1987)', 'Armeechef des Personals', '15. April 1974', '17. April 1974', 'Militär'],
    ['−', '', 'Ali Saibou (1940–2011)', 'Übergangspräsident des Obersten Militärrates', '10. November 1987', '14. November 1987', 'Militär'],
    ['3', '', 'Mahamane Ousmane (* 1950)', 'Präsident', '16. April 1993', '27. Januar 1996 (abgesetzt)', 'CDS-Rahama'],
  ];
  const nigerColumns = { ordinal: 0, name: 2, start: 4, end: 5, party: 6, extra: [1, 3] };
  const underNiger = coveredByRowAbove(niger, nigerColumns, profileColumns([], niger), 7);
  // test/fixtures/real/list-of-heads-of-state-of-the-republic-of-the-congo: "| Tenure | Portrait | Incumbent | Affiliation | Notes |"
  const congo = [
    ['15 August 1960 to 15 August 1963', '', 'Abbé Fulbert Youlou, President', 'UDDIA', 'Deposed in the Trois Glorieuses uprising'],
    ['15 August 1963 to 16 August 1963', '', 'David Moussaka, Officer in charge of the Provisional Government', 'Mil', ''],
    ['16 August 1963 to 19 December 1963', '', 'Alphonse Massamba-Débat, Chairman of the National Council of the Revolution', 'MNR', ''],
    ['4 August 1968 to 4 September 1968', '', 'Alphonse Massamba-Débat, President', 'MNR', 'Restored; Deposed in a coup d\'état'],
  ];
  const underCongo = coveredByRowAbove(congo, { term: 0, name: 2, party: 3, notes: 4, extra: [1] }, profileColumns([], congo), 5);
  it.each([
    // a second title of the holder above, its dates after it; the number, portrait and name covered
    [underNiger, ['Präsident des Obersten Militärrates', '17. April 1974', '10. November 1987 (im Amt verstorben)', '', '', '', ''],
      ['', '', '', 'Präsident des Obersten Militärrates', '17. April 1974', '10. November 1987 (im Amt verstorben)', '']],
    // his number first, a party no row above names
    [underNiger, ['2', 'Präsident', '20. Dezember 1989', '16. April 1993', 'MNSD', '', ''],
      ['2', '', '', 'Präsident', '20. Dezember 1989', '16. April 1993', 'MNSD']],
    // a second holder sharing the tenure above: the tenure and portrait covered
    [underCongo, ['Félix Mouzabakani, Officer in charge of the Provisional Government', 'Mil', '', '', ''],
      ['', '', 'Félix Mouzabakani, Officer in charge of the Provisional Government', 'Mil', '']],
    // the portrait and affiliation covered: the Notes word under Notes, not read as the name
    [underCongo, ['19 December 1963 to 2 August 1968', 'Alphonse Massamba-Débat, President', 'Deposed', '', ''],
      ['19 December 1963 to 2 August 1968', '', 'Alphonse Massamba-Débat, President', '', 'Deposed']],
    // rows that line up, a holder's own, and a cell no column holds words of
    [underNiger, ['5', '', 'Mamadou Tandja (1938–2020)', 'Präsident', '22. Dezember 1999', '18. Februar 2010 (abgesetzt)', 'MNSD-Nassara'], undefined],
    [underCongo, ['16 August 1963', '', 'Presidency suspended', '', ''], undefined],
    [underNiger, ['Jane Doe', '1. Mai 2000', '', '', '', '', ''], undefined],
    [underNiger, ['Lorem ipsum', '1. Mai 2000', '', '', '', '', ''], undefined],
  ])('%#: %j', (covered, cells, expected) => {
    expect(covered(cells)).toEqual(expected);
  });
});
