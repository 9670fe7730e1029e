// Table layout, table-driven: whether a table's name cells are its holders or the post's own titles.
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../src/extract/extract.js';
import { namesThePost } from '../src/extract/table-layout.js';

describe('namesThePost: name cells that are the post\'s own titles', () => {
  it.each([
    // test/fixtures/real/mayor-of-taichung: its table "Titles of the Mayor" (Date | English | Characters | …)
    ['Mayor of Taichung', ['Mayor of Taichū', '臺中市市長', 'Mayor of Taichung'], true],
    // test/fixtures/real/mayor-of-taichung: its list of mayors
    ['Mayor of Taichung', ['Yang Chi-hsien 楊基先 Yáng Jīxiān (Mandarin)', 'Lin Chin-piao 林金標', 'Chiou Chin-chou 邱欽洲'], false],
    // test/fixtures/real/list-of-heads-of-the-serbian-orthodox-church: a regnal name, no title
    ['List of heads of the Serbian Orthodox Church', ['Arsenije II Арсеније II Arsenius II', 'Makarije I Макарије I Macarius I'], false],
    // a holder's name holding a place after a link is no title unless it begins with the post's word
    ['List of monarchs of Sweden', ['Gustav I of Sweden', 'Eric XIV of Sweden'], false],
  ])('%s: %j → %s', (title, cells, expected) => {
    expect(namesThePost(cells, wordsOf(title))).toBe(expected);
  });
});
