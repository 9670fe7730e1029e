// Rows whose cells after the start slid into the end column, table-driven (real rows): the start spanning both date cells, or the end cell lost.
import { describe, expect, it } from 'vitest';
import { parseName } from '../src/extract/names.js';
import { settleSlidEnds, slidIntoEnd, type SlidEnd } from '../src/extract/slid-cells.js';
import type { TenureRow } from '../src/extract/table-records.js';

// test/fixtures/real/list-of-speakers-of-the-parliament-of-iran: No., Portrait, Name, Took office, Left office, Party, Term
const iran = { ordinal: 0, name: 2, start: 3, end: 4, party: 5, extra: [1, 6] };
const speakers = [
  ['1', '', 'Morteza Gholi Khan (1856–1911)', '1906', '1907', 'Moderates', '1st'],
  ['2', '', 'Mahmoud Alamir', '1907', '1908', 'Independent', ''],
  ['14', '', 'Abol-Ghasem Kashani (1882–1962)', '1952', '1953', 'National Front', ''],
];
// test/fixtures/real/list-of-governors-of-north-kivu: Start, End, Officeholder, Title
const kivu = { name: 2, start: 0, end: 1, extra: [3] };
const governors = [
  ['1991', 'August 1993', 'Kalumbo Mbogho', 'Governor'],
  ['October 1996', '31 July 2000', 'Léonard Kanyamuhanga (d. 2000)', 'Governor (in rebellion to 1997 and from Aug 1998)'],
  ['May 2021', '19 September 2023', 'Constant Ndima Kongba', 'Military governor'],
];
// test/fixtures/real/president-of-the-national-assembly-of-nagorno-karabakh: Name, Took Office, Left Office, Political Party
const karabakh = { name: 0, start: 1, end: 2, party: 3, extra: [] };
const presidents = [['Oleg Yesayan', '2 December 1997', '1 July 2005', 'Independent'], ['Karen Baburyan', '14 June 1993', 'March 1996', 'Independent']];
// test/fixtures/real/list-of-rulers-of-wadai: Name, Reign Start, Reign End, Title, Father
const wadai = { name: 0, start: 1, end: 2, extra: [3, 4] };
const rulers = [['Karama', 'c. 1500', '?', 'Malik (King)', '-'], ['Abd al-Krim', '1635', '1655', 'Kolak (King)', '-']];
// test/fixtures/real/list-of-heads-of-state-of-libya: №, Name, Birth–Death, Took office, Left office, Political Party
const libya = { ordinal: 0, name: 1, start: 3, end: 4, party: 5, extra: [2, 6, 7] };
const heads = [['2', 'Muammar Gaddafi', '1942–2011', '1 September 1969', '2 March 1977', 'Military / Arab Socialist Union', '', '']];

describe('slidIntoEnd: the cells after the start slid one column left, into the end\'s', () => {
  it.each([
    // a year before the party: the renderer wrote one cell for both dates, a term within that year
    [iran, speakers, ['3', '', 'Mirza Esmaiel Khan (1880–1933)', '1908', 'Moderates', '', ''],
      { cells: ['3', '', 'Mirza Esmaiel Khan (1880–1933)', '1908', '1908', 'Moderates', ''], end: 'spanned' }],
    [iran, speakers, ['13', '', 'Hassan Emami (1903–1981)', '1952', 'Independent', '17th', ''],
      { cells: ['13', '', 'Hassan Emami (1903–1981)', '1952', '1952', 'Independent', '17th'], end: 'spanned' }],
    // a row short by its end cell whose party no row above names: nothing says it slid (it is read by content, its end blank)
    [karabakh, presidents, ['Ashot Ghulian', '1 July 2005', 'Democratic'], undefined],
    // the holder's name under End, the title under the name's column: the end cell is missing
    [kivu, governors, ['1991', 'Basembe Emina', 'Governor', ''], { cells: ['1991', '', 'Basembe Emina', 'Governor'], end: 'lost' }],
    [kivu, governors, ['23 September 1999', 'Kaisazira Mbaki', 'Governor (in rebellion)', ''],
      { cells: ['23 September 1999', '', 'Kaisazira Mbaki', 'Governor (in rebellion)'], end: 'lost' }],
    [kivu, governors, ['19 September 2023', 'Peter Cirimwami', 'Military governor'], { cells: ['19 September 2023', '', 'Peter Cirimwami', 'Military governor'], end: 'lost' }],
    // a title under Reign End after a start no one can read
    [wadai, rulers, ['Unknown', 'Before c. 1500', 'Malik (King)', '-', ''], { cells: ['Unknown', 'Before c. 1500', '', 'Malik (King)', '-'], end: 'lost' }],
    // an end cell no column after it holds, a date or "?" under End, a row that lines up, a row slid from before its dates
    [iran, speakers, ['4', '', 'Mirza Sadeq Khan', '1909', 'Died in office', '', ''], undefined],
    [iran, speakers, ['2', '', 'Mahmoud Alamir', '1907', '1908', 'Independent', ''], undefined],
    [wadai, rulers, ['Gamal ad-Din', '?', '?', 'Malik (King)', '-'], undefined],
    [kivu, governors, ['1991', 'August 1993', 'Kalumbo Mbogho', 'Governor'], undefined],
    [libya, heads, ['Muammar Gaddafi', '1942–2011', '2 March 1979', '23 August 2011', 'Military / Independent', '', '', ''], undefined],
  ])('%j: %j → %j', (columns, grid, cells, expected) => {
    expect(slidIntoEnd(grid, columns, grid[0].length)(cells)).toEqual(expected);
  });
});

/** A tenure row of the name and years, as the table reads it. */
function tenure(line: number, name: string, start: string, end?: string): TenureRow {
  return {
    name: parseName(name), start: { value: start, precision: 'year' }, end: end === undefined ? undefined : { value: end, precision: 'year' },
    endKind: end === undefined ? 'blank' : 'date', acting: false, line, raw: '', notes: [], extra: [], warnings: [], continues: false,
  };
}

describe('settleSlidEnds: a year spanning both date cells, or only the start', () => {
  it.each([
    // test/fixtures/real/liste-des-chefs-du-gouvernement-tunisien: the next minister took office 15 years later
    [[tenure(13, 'Youssef Saheb Ettabaâ', '1800', '1800'), tenure(16, 'Mohamed Arbi Zarrouk Khaznadar', '1815', '1822')], 'spanned', [undefined, true]],
    // test/fixtures/real/list-of-speakers-of-the-parliament-of-iran: the next speaker the year after; the holder's own return
    [[tenure(21, 'Mirza Esmaiel Khan', '1908', '1908'), tenure(22, 'Mirza Sadeq Khan', '1909', '1910')], 'spanned', ['1908', undefined]],
    [[tenure(25, 'Hossein Pirnia', '1912', '1912'), tenure(26, 'Hossein Pirnia', '1914', '1915')], 'spanned', ['1912', undefined]],
    // test/fixtures/real/list-of-governors-of-north-kivu: a lost end cell, whatever follows
    [[tenure(16, 'Basembe Emina', '1991'), tenure(17, 'Kalumbo Mbogho', '1991', '1993')], 'lost', [undefined, true]],
  ])('%j (%s) → end %j', (tenures, end, [value, lost]) => {
    settleSlidEnds(tenures, [], new Map([[tenures[0].line, end as SlidEnd]]));
    expect([tenures[0].end?.value, tenures[0].endLost]).toEqual([value, lost]);
  });
});
