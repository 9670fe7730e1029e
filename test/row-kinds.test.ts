// Row kinds, table-driven: which name cells name a person and which a period, an event, a regime or a vacancy.
import { describe, expect, it } from 'vitest';
import { footnoteFor, footnotesOf, headsOccupation, isHeaderRow, isTermOnlyRow, labelsActing, looksLikePersonName, losesName, noPersonScore, numbersNextTerm, spanningText, VACANCY_WORDS } from '../src/extract/row-kinds.js';
import { headerRole } from '../src/extract/header-words.js';
import { groupedHeader, headerWordTest } from '../src/extract/header-rows.js';
import { wordsOf } from '../src/extract/extract.js';
import { isOrdinalCell } from '../src/extract/ordinal-cells.js';
import { readByContent } from '../src/extract/row-reading.js';
import { spannedCells } from '../src/extract/row-repairs.js';

const plain = { nativeShare: 0, numberedShare: 0 };

describe('a name cell names a person, or not', () => {
  it.each([
    'Charles de Gaulle', 'Valéry Giscard d\'Estaing', 'Ursula von der Leyen', 'U Thant', 'Kliment of Branichevo',
    'Makarios III', 'Park Chung-hee (박정희)', '许勤', 'Ali-Asghar Khan Atabak', 'Juan Martínez de Rozas',
    'John Smith (birthplace unknown)', 'Juan Guerra', 'Guerra Junqueiro', 'Hans Krieg', 'Pedro Sitio',
    'Edward M. House', 'Gregory House', 'Ralph Settle', 'Ledby Stone', 'Runa Headed',
    // a chamber's word as a surname, with a name's shape
    'John Chamber', 'Wilt Chamberlain', 'Robert Chambers',
    // test/fixtures/real/wojewodowie-poznanscy-i-wielkopolscy and liste-der-buergermeister-von-prag: "z"/"ze" (of) a seat, "herbu" (of the arms)
    'Dzierżykraj z Człopy herbu Nałęcz', 'Przedpełk herbu Łodzia', 'Ondřej Steiner ze Steinerů',
    // names only in Devanagari or Arabic script; "अतिरिक्त" (additional) holds the letters of "रिक्त" (vacant)
    'कृष्ण सिंह', 'محمد ایوب کھوڑو', 'अतिरिक्त सिंह',
  ])('%s is a person', (cell) => {
    expect(looksLikePersonName(cell)).toBe(true);
    expect(noPersonScore(cell, plain, undefined)).toBeLessThan(2);
  });

  it.each([
    'Vacant', 'Post Abolished (7 October 1958-7 December 1971)', 'Office vacant', 'Interregnum',
    'Occupation of Latvia (21 July 1940 – 21 August 1991)', 'Military junta', 'Provisional Government',
    'Vice-gubernatorial Committee of 1827', 'President\'s rule', 'Foundation of Oyo Empire', "City in King's Hands",
    'Provinces merged to form West Pakistan (14 October 1955 – 1 July 1970)', 'Provisional Council of State',
    'Interim Cabinet without Prime Minister', 'Note: the post was not filled', 'National Liberation Council',
    'unknown', 'Not known',
    // test/fixtures/real/list-of-presidents-of-the-chamber-of-deputies-of-uruguay: the Great War of Uruguay
    'Guerra Grande', 'Guerra Civil', 'Sitio de Montevideo', 'Ocupación británica', 'Seconde Guerre mondiale', 'Zweiter Weltkrieg',
    'Duitse bezetting', 'War of the Pacific', 'Great War', 'Grande Guerre',
    // test/fixtures/real/list-of-mayors-of-tallinn: a sentence in the name column
    'Magistracy of Reval was restored for 81 years', 'The office was abolished',
    // test/fixtures/real/armenian-patriarchs-of-cilicia lines 35, 47: events of the see
    'Schism with Catholic Patriarch', 'Patriarch settles in Antelias, Lebanon, 1930', 'See moved to Sis',
    // test/fixtures/real/list-of-presidents-of-the-church-of-jesus-christ-of-latter-day-saints line 14: an interregnum
    'Church led by Brigham Young as President of the Quorum of the Twelve Apostles.', 'Government headed by the Council of State',
    // test/fixtures/real/waziraala-sindh line 21 and bihar-ke-mukhyamantri line 15: Governor's and President's rule in Urdu and Hindi
    'گورنر راج', 'صدر راج', 'مارشل لاء', 'भारत सरकार राष्ट्रपति शासन', 'राज्यपाल शासन', 'रिक्त',
    // test/fixtures/real: Portuguese São Tomé (a chamber of the town governing between governors), Ivory Coast (an event)
    'Chamber Senate', 'Senado da Câmara', 'Chambre des comptes',
    'French protectorates declared over the Kingdoms of Nzima and Sanwi, part of the Colony of Gorée and Dependencies',
    'Independence proclaimed', 'Islands ceded to Britain', 'Colony placed under the Crown',
    // test/fixtures/real-unread: Malay and Indonesian vacancy and abolition; President's and Governor's rule in India and Pakistan
    'Kosong', 'jabatan dihapuskan', 'Lowong', '(রাষ্ট্রপতি শাসন)', 'రాష్ట్రపతి పాలన',
  ])('%s names no person', (cell) => {
    expect(noPersonScore(cell, plain, undefined)).toBeGreaterThanOrEqual(2);
  });

  it('weighs a missing native form where every other row has one, and a missing number in a numbered table', () => {
    const shaped = { nativeShare: 1, numberedShare: 1 };
    expect(noPersonScore('see below', plain, undefined)).toBe(1);
    expect(noPersonScore('see below', shaped, false)).toBe(2);
    expect(noPersonScore('see below', shaped, true)).toBe(1.5);
    expect(noPersonScore('Salvation Front', plain, undefined)).toBe(2.5);
  });

  it.each(['House of Representatives Resolution', 'House of Peers', 'Independent', 'Democratic Party', 'Term Ends: 7 November General Election'])(
    '%s does not look like a person', (cell) => {
      expect(looksLikePersonName(cell)).toBe(false);
    });
});

const row = (line: number, ...cells: string[]) => ({ line, raw: `| ${cells.join(' | ')} |`, cells });

describe('footnote rows under a table (test/fixtures/real/director-general-of-the-world-health-organization)', () => {
  const rows = [
    row(21, 'Lee Jong-wook', '2004–2006'),
    row(22, 'Anders Nordström*', '2006–2007'),
    row(25, '*Appointed acting Director-General following the death of Lee Jong-wook while in office', ''),
  ];
  const notes = footnotesOf(rows);

  it('are the rows whose one cell begins with a mark, and are known by it', () => {
    expect([...notes.rows].map((r) => r.line)).toEqual([25]);
    expect(notes.texts.get('*')).toMatch(/^Appointed acting/);
  });

  it.each([
    ['Anders Nordström*', true],
    ['Anders Nordström* [3]', true],
    ['Anders Nordström', false],
    ['Anders Nordström†', false],
  ])('%s points to a footnote: %s', (cell, found) => {
    expect(footnoteFor(cell, notes) !== undefined).toBe(found);
  });
});

describe('a header cell grouping the columns of the next header row', () => {
  const office = new Set<string>();
  const roleOf = (cell: string) => headerRole(cell, office).role;
  it.each([
    // Leningrad obkom: "Term of Office" over Start and End, then "Life years".
    [['Name', 'Term of Office', 'Life years', ''], ['Start', 'End', '', ''], [['Sergey Kirov', '1 August 1927', '1 December 1934', '1886–1934']],
      ['Name', 'Start', 'End', 'Life years']],
    // Kazakhstan: No., Portrait, Name, then Took office / Left office / Time in office.
    [['No.', 'Portrait', 'Name (Birth–Death)', 'Term of office', 'Political Party', '', ''], ['Took office', 'Left office', 'Time in office', '', '', '', ''],
      [['1', '', 'Alikhan Bukeikhanov', '13 December 1917', '1920', '2 years', 'Alash']],
      ['No.', 'Portrait', 'Name (Birth–Death)', 'Took office', 'Left office', 'Time in office', 'Political Party']],
    // Amsterdam: the merged header would be narrower than the rows (a portrait column has no header): kept as it is.
    [['Mayor', 'Term of office', 'Party', '', '', '', ''], ['Took office', 'Left office', 'Length', '', '', '', ''],
      [['', 'Gijs van Hall (1904–1977)', '1 February 1957', '1 July 1967', '10 years, 150 days', 'Labour Party', '']],
      ['Mayor', 'Term of office', 'Party', '', '', '', '']],
    // Samoa: the rows have no cell for the Portrait column.
    [['No.', 'Portrait', 'Name (Birth–Death)', 'Elected (Parliament)', 'Term of office', 'Political party', 'O le Ao o le Malo (Head(s) of state)', '', ''],
      ['Took office', 'Left office', 'Time in office', '', '', '', '', '', ''],
      [['2', 'Tupua Tamasese Lealofi IV (1922–1983)', '1970 (4th)', '25 February 1970', '20 March 1973', '3 years, 23 days', 'Independent', 'Tanumafili II', '']],
      ['No.', 'Name (Birth–Death)', 'Elected (Parliament)', 'Took office', 'Left office', 'Time in office', 'Political party', 'O le Ao o le Malo (Head(s) of state)']],
    // Georgian Orthodox Church: the name cell spans the languages its names are written in; the dates stay where they are.
    [['Portrait', 'Name of Patriarch', 'Dates', 'Notes', ''], ['English', 'Georgian', '', '', ''],
      [['', 'St. Kyrion II', 'კირიონ II', '(1917–1918)', 'Assassinated under mysterious circumstances.']],
      ['Portrait', 'English', 'Georgian', 'Dates', 'Notes']],
    // Ethiopia's presidents: a second header naming a name column is no list of languages; Term of office is the group.
    [['Chairman', 'Term of office', 'Political party'], ['Portrait', 'Name (Born–Died)', 'Took office', 'Left office', 'Duration'],
      [['1', '', 'Aman Mikael Andom (1924–1974)', '12 September 1974', '17 November 1974 (Resigned)', '66 days', 'Military']],
      ['Chairman', 'Portrait', 'Name (Born–Died)', 'Took office', 'Left office', 'Duration', 'Political party']],
  ])('%j', (header, next, rows, expected) => {
    expect(groupedHeader(header, next, rows, roleOf)).toEqual(expected);
  });
});

describe('a No. cell, as real lists write it', () => {
  it.each([['12', true], ['12a', true], ['(3)', true], ['12.', true], ['1 (1)', true], ['(2) II', true], ['—', false], ['1948', false], ['12 May', false],
    // test/fixtures/real/list-of-chief-ministers-of-tamil-nadu: "01" … "09", as written
    ['01', true], ['09', true], ['007', true], ['0', false], ['00', false]])(
    '%s: %s', (cell, ordinal) => expect(isOrdinalCell(cell)).toBe(ordinal));
});

describe('a row read by what its cells hold', () => {
  it('takes the cell holding the whole term over a lone election year beside it (New Jersey governors)', () => {
    const cells = ['2', 'William Paterson (1745–1806)', 'October 29, 1790 – May 27, 1793 (resigned)', 'Federalist', '1790'];
    const reading = readByContent(cells, true, false);
    expect(reading.term.start).toMatchObject({ kind: 'date', date: { value: '1790-10-29' } });
    expect(reading.term.end).toMatchObject({ kind: 'date', date: { value: '1793-05-27' } });
  });

  it.each([
    // test/fixtures/real/forseti-althingis: the Nr., name and constituency cells span from the holder's row above
    [['42 ára', '4. rgþ.', '1. júlí, 1853', '10. ágúst, 1853', '', '', '', ''], '', '1853-07-01'],
    [['3 years', '1 July 1853', '10 August 1853'], '', '1853-07-01'],
    [['Vacant', '1 July 1853', '10 August 1853'], 'Vacant', '1853-07-01'],
    [['2', 'Jón Sigurðsson', '42 ára', '1. júlí, 1853', '10. ágúst, 1853'], 'Jón Sigurðsson', '1853-07-01'],
  ])('takes no count or age for the name (%j: %j)', (cells, name, start) => {
    const reading = readByContent(cells, true, false);
    expect(reading.nameCell).toBe(name);
    expect(reading.term.start).toMatchObject({ kind: 'date', date: { value: start } });
  });

  it('keeps taking dates in order when the other dates are more than years (South Korea: a party cell with its years)', () => {
    const cells = ['1', 'Rhee Syng-man', '24 July 1948', '14 August 1952', 'Liberal Party (1951–1960)'];
    const reading = readByContent(cells, true, false);
    expect(reading.term.start).toMatchObject({ kind: 'date', date: { value: '1948-07-24' } });
    expect(reading.term.end).toMatchObject({ kind: 'date', date: { value: '1952-08-14' } });
  });
});

describe('a No. cell spanning the name\'s too, rendered as one (the cells after it slid left)', () => {
  // test/fixtures/real/list-of-archbishops-of-athens: No., Incumbent, From, Until (a date spanning both date cells: test/slid-cells.test.ts)
  const athens = { ordinal: 0, name: 1, start: 2, end: 3, extra: [] };
  it.each([
    [['Vacant', '96', '117', ''], ['Vacant', 'Vacant', '96', '117']],
    [['Vacant', '6th century', 'c. 680', ''], ['Vacant', 'Vacant', '6th century', 'c. 680']],
    [['Vacant', '', '96', '117'], undefined],
    [['3', 'Narcissus', '117', ''], undefined],
  ])('%j → %j', (cells, expected) => {
    expect(spannedCells(athens)(cells)).toEqual(expected);
  });
});

describe('a row spanning the table, or a holder\'s whose other cells are empty', () => {
  it.each([
    // test/fixtures/real/list-of-heads-of-the-serbian-orthodox-church: a section label
    [['First Ottoman abolishment (1463–1557)[A]', '', '', '', ''], 1, 'First Ottoman abolishment (1463–1557)[A]'],
    // test/fixtures/real/list-of-abunas-of-ethiopia (Portrait, Abuna, Reign, Notes): a holder with no dates
    [['', 'Petros', '', ''], 1, undefined],
    [['', 'Minas or Elyas[3]', '', ''], 1, undefined],
    [['Seat vacant c. 537–562[4]', '', '', ''], 1, 'Seat vacant c. 537–562[4]'],
    // test/fixtures/real/secretary-for-security-hong-kong: a governor alone in the Governor column is still a label
    [['', '', '', '', '', 'Sir Robert Brown Black (1958–1964)', ''], 2, 'Sir Robert Brown Black (1958–1964)'],
    // a name column first cannot tell a holder from a label
    [['Presidents of the First Republic', '', ''], 0, 'Presidents of the First Republic'],
  ])('%j (names in column %i) → %j', (cells, name, expected) => {
    expect(spanningText(cells, cells.length, name)).toBe(expected);
  });

  it.each([
    // test/fixtures/real/bolivia-heads-of-state-1920-1964 (term, name): a title row of one cell spans the two columns
    [['Junta de Gobierno'], 1, 'Junta de Gobierno'],
    [['Presidente Constitucional de la República'], 1, 'Presidente Constitucional de la República'],
    // test/fixtures/real/armenian-patriarchs-of-cilicia (name, dates): a row of two cells, its second empty, is a row
    [['vacant 1894-1902', ''], 0, undefined],
    [['Schism with Catholic Patriarch', ''], 0, undefined],
  ])('in a table of two columns: %j (names in column %i) → %j', (cells, name, expected) => {
    expect(spanningText(cells, 2, name)).toBe(expected);
  });
});

describe('a row whose holder\'s name the renderer lost', () => {
  it.each([
    // test/fixtures/real/list-of-archbishops-of-athens line 15: "| 6 | | ? | 250 |" under Quadratus (5)
    ['', '6', '5', true],
    ['', '(3)', '4', false],
    ['', '5', '5', false],
    ['', undefined, '5', false],
    ['Olympius', '7', '6', false],
  ])('name %j, number %j under %j: %s', (name, ordinal, above, lost) => {
    expect(losesName(name, ordinal, above)).toBe(lost);
  });
});

describe('a row holding only a term\'s number and its election year', () => {
  it.each([
    // test/fixtures/real/governor-of-south-jeolla-province: re-elections inside the tenure above
    [['2nd', '1998', '', '', '', '', '', '', ''], true],
    [['8th', '2022', '', '', ''], true],
    [['2e', '1998', ''], true],
    // test/fixtures/real/governor-of-south-jeolla-province: a holder's row, and one whose Term cell spans it
    [['1st', '', "' 허경만 許京萬", '1 July 1995', '30 June 2002', '', '', 'Democratic', '1995'], false],
    [['', "' 송광운 宋光運", '30 April 2004', '5 June 2004', '', '', 'Independent', '—', ''], false],
    // test/fixtures/real/list-of-governors-of-new-jersey: an election year alone; a number and a year (a holder whose name is lost)
    [['1777', '', '', '', '', ''], false],
    [['5', '1998', '', ''], false],
    // test/fixtures/real/head-of-the-republic-of-buryatia line 20: the party he was re-elected for, and the year
    [['Independent', '2002'], true],
    [['United Russia', '2012'], true],
    // a vacancy and its year is a gap, a name and a year a holder's
    [['Vacant', '2002'], false],
    [['Leonid Potapov', '2002'], false],
  ])('%j → %s', (cells, expected) => {
    expect(isTermOnlyRow(cells, new Set(['United Russia', 'Communist Party of the Russian Federation']))).toBe(expected);
  });
});

describe('a term under a holder\'s row, numbered as the next holder would be', () => {
  it.each([
    // test/fixtures/real/head-of-the-republic-of-buryatia line 23: "| 3 | 1 October 2019 | Incumbent |" under the unnumbered acting term, after No. 2
    ['3', undefined, '2', true],
    // a count of the holder's terms under his numbered row ("| 2 |" under No. 5), or the same number again
    ['2', '5', '5', false],
    ['3', '2', '2', false],
    ['(3)', undefined, '2', false],
    ['4', undefined, '2', false],
  ])('number %j, above %j, last %j → %s', (ordinal, above, last, expected) => {
    expect(numbersNextTerm(ordinal, above, last)).toBe(expected);
  });
});

describe('a second header row, or a row of the table', () => {
  // test/fixtures/real/armenian-patriarchs-of-cilicia: "Patriarch" is a header word, an event's cell beside an empty one is a row
  const isHeaderWord = headerWordTest(wordsOf('Armenian Patriarchs of Cilicia'));
  const header = ['Armenian Patriarchs of the Great House of Cilicia', ''];
  it.each([
    [['Schism with Catholic Patriarch', ''], false],
    [['Patriarch', 'Reign'], true],
    [['Took office', 'Left office'], true],
    // test/fixtures/real/secretary-general-of-the-caribbean-community: the header repeated under a label across the table
    [['Name', 'Beginning of term', 'End of term', 'Country'], true],
    [['Armenian Patriarchs of the Great House of Cilicia', ''], true],
  ])('%j → %s', (cells, expected) => {
    expect(isHeaderRow(cells, header, isHeaderWord)).toBe(expected);
  });
});

describe('a label saying the holders under it acted', () => {
  it.each([
    // test/fixtures/real/bolivia-heads-of-state-1920-1964 lines 15, 41: "provisorio" qualifies the presidency
    ['Presidente Provisorio de la República', true], ['Presidente Provisorio de la Junta (Mixta) de Gobierno', true],
    ['Acting President', true], ['Président par intérim', true],
    // the acting-word table's words (acting-words.ts), before an English title and after one in another language
    ['Caretaker Prime Minister', true], ['Interim Governor', true], ['Président provisoire', true], ['Presidente en funciones', true],
    ['Presidente interino', true], ['Präsident kommissarisch', true], ['Provisional Government', false], ['Acting Mayors', false],
    // line 39: "Interino" qualifies his army post; lines 13, 8: no acting word
    ['Jefe Interino del Estado Mayor del Ejército', false], ['Presidente Constitucional de la República', false], ['Junta de Gobierno', false],
  ])('%j → %s', (label, expected) => {
    expect(labelsActing(label)).toBe(expected);
  });
});

describe('a label across the table naming an occupation, not a vacancy', () => {
  it.each([
    // test/fixtures/real/list-of-mayors-of-surabaya line 22: the mayor the occupiers appointed is under it
    ['Soerabaja under Japanese Occupation', true], ['Occupied territory', true],
    ['Vacant', false], ['Post vacant during the occupation', false], ['Presidents of the First Republic', false],
  ])('%s → %s', (label, heads) => {
    expect(headsOccupation(label)).toBe(heads);
    expect(VACANCY_WORDS.test(label)).toBe(label !== 'Presidents of the First Republic');
  });
});
