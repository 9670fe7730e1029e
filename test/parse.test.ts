import { describe, expect, it } from 'vitest';
import { OfficeLdError } from '../src/errors.js';
import { decodeArticle, parseArticle, splitCells } from '../src/parse/parse.js';

const ARTICLE = `= Mayor of Example =

Infobox
- Post: Mayor
- Body: the Example City Council
- Member Of: Example Cabinet

The mayor leads the city.
It is an elected post.

== Holders ==
| No. | Name | Term start | Term end |
|---|---|---|---|
| 1 | Ann Smith | 1990 | 1994 |
| 2 | Bob Jones | 1994 | Incumbent |

== Notes ==
Second paragraph, in a section.
`;

describe('parseArticle', () => {
  const doc = parseArticle(ARTICLE, 'mayor.txt');

  it('reads the title with its line', () => {
    expect(doc.title).toEqual({ value: 'Mayor of Example', line: 1 });
  });

  it('reads infobox entries in order with their lines', () => {
    expect(doc.infobox).toEqual([
      { key: 'Post', value: 'Mayor', line: 4 },
      { key: 'Body', value: 'the Example City Council', line: 5 },
      { key: 'Member Of', value: 'Example Cabinet', line: 6 },
    ]);
  });

  it('joins prose lines into paragraphs and notes their section', () => {
    expect(doc.paragraphs).toEqual([
      { text: 'The mayor leads the city. It is an elected post.', line: 8, section: undefined },
      { text: 'Second paragraph, in a section.', line: 18, section: 'Notes' },
    ]);
  });

  it('reads sections with their level', () => {
    expect(doc.sections).toEqual([
      { title: 'Holders', level: 2, line: 11 },
      { title: 'Notes', level: 2, line: 17 },
    ]);
  });

  it('reads pipe tables: header, rows with trimmed cells, raw text and lines; skips separator rows', () => {
    expect(doc.tables).toHaveLength(1);
    const [table] = doc.tables;
    expect(table.section).toBe('Holders');
    expect(table.header.cells).toEqual(['No.', 'Name', 'Term start', 'Term end']);
    expect(table.rows.map((r) => [r.line, r.cells])).toEqual([
      [14, ['1', 'Ann Smith', '1990', '1994']],
      [15, ['2', 'Bob Jones', '1994', 'Incumbent']],
    ]);
    expect(table.rows[0].raw).toBe('| 1 | Ann Smith | 1990 | 1994 |');
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    const crlf = parseArticle('\uFEFF' + ARTICLE.replace(/\n/g, '\r\n'), 'crlf.txt');
    expect(crlf.title.value).toBe('Mayor of Example');
    expect(crlf.tables[0].rows[1].line).toBe(15);
  });
});

describe('splitCells', () => {
  it.each([
    ['| a | b |', ['a', 'b']],
    ['| | Zhang Qilong (张启龙) | May 1949 | March 1950 | |', ['', 'Zhang Qilong (张启龙)', 'May 1949', 'March 1950', '']],
    ['a | b', ['a', 'b']],
    ['|  x  |', ['x']],
  ])('%s', (row, cells) => {
    expect(splitCells(row)).toEqual(cells);
  });
});

describe('bad input gives a located error', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['empty file', new Uint8Array(), 'x.txt: the file is empty; expected an article starting with "= Title ="'],
    ['binary', Uint8Array.from([0x3d, 0x20, 0x0a, 0x00, 0x01]), 'x.txt:2: binary data (a NUL byte at offset 3); expected UTF-8 text'],
    ['not UTF-8', Uint8Array.from([...bytes('= T =\nok\n'), 0xff, 0xfe]), 'x.txt:3: the text is not valid UTF-8; expected UTF-8 text'],
  ])('%s', (_, input, message) => {
    expect(() => decodeArticle(input, 'x.txt')).toThrow(message);
  });

  it('too large', () => {
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    expect(() => decodeArticle(big, 'big.txt')).toThrow(/big.txt: the file is 6291456 bytes; expected an article of at most/);
  });

  it('no title', () => {
    let error: unknown;
    try {
      parseArticle('Infobox\n- Post: Mayor\n', 'untitled.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OfficeLdError);
    expect((error as OfficeLdError).message).toBe(
      'untitled.txt:1: the article has no title; expected a first line like "= Name of the office ="');
    expect((error as OfficeLdError).exitCode).toBe(1);
  });
});
