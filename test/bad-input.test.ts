// Bad input: every case gives file:line, what is wrong and what was expected, exit 1 or 2, and no dumps.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildFromPaths } from '../src/build.js';
import { canonical, FIXTURES, ROOT, runCliAsync, snapshot, tempDir } from './helpers.js';

const BAD = path.join(FIXTURES, 'bad');

/** A copy of the committed output/ to build over, with its bytes before the build. */
function outputCopy() {
  const out = path.join(tempDir(), 'out');
  cpSync(path.join(ROOT, 'output'), out, { recursive: true });
  return { out, before: snapshot(out) };
}

/** Writes a generated bad article (binary, not UTF-8, too large) into a temp folder. */
function generated(name: string, bytes: Uint8Array): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const ARTICLE = '= Mayor of Example =\n\n| Name | Term start | Term end |\n| Ann Smith | 1990 | 1994 |\n';

const CASES: [string, () => string, string][] = [
  ['empty file', () => path.join(BAD, 'empty.txt'), 'empty.txt: the file is empty; expected an article starting with "= Title ="'],
  ['binary file', () => generated('binary.txt', Uint8Array.from([...utf8('= T =\n\n'), 0, 1, 2, 0xff])),
    'binary.txt:3: binary data (a NUL byte at offset 7); expected UTF-8 text'],
  ['non-UTF-8 text', () => generated('latin1.txt', Uint8Array.from([...utf8('= Mayor =\n\n| Name |\n| Jos'), 0xe9, 0x0a])),
    'latin1.txt:4: the text is not valid UTF-8; expected UTF-8 text'],
  ['no title', () => path.join(BAD, 'no-title.txt'), 'no-title.txt:1: the article has no title; expected a first line like "= Name of the office ="'],
  ['a 10 MB article', () => generated('huge.txt', utf8(ARTICLE + 'x'.repeat(10 * 1024 * 1024))),
    `huge.txt: the file is ${ARTICLE.length + 10 * 1024 * 1024} bytes; expected an article of at most 5242880 bytes`],
];

describe('each bad article: a located message, exit 1, the earlier output byte-for-byte intact', () => {
  it.concurrent.each(CASES)('%s', async (_, file, message) => {
    const { out, before } = outputCopy();
    const run = await runCliAsync(['build', file(), '--out', out]);
    expect(run.stderr).toContain(message);
    expect(run.code).toBe(1);
    expect(snapshot(out)).toEqual(before);
  });
});

/** Bad cells and rows: the article is built, the row kept as far as it is understood, a located Warning says what was not. */
const DEGRADED: [string, string, string, number][] = [
  ['an unreadable start date', 'bad-date.txt', 'bad-date.txt:10: Warning: <https://example.org/office-ld/tenure/mayor-of-example/ann-smith-1994> https://example.org/office-ld/ns#readingWarning: Term start: "Foo 19x" is not a date; it is left out', 2],
  ['31 February', 'february-31.txt', 'february-31.txt:9: Warning: <https://example.org/office-ld/tenure/mayor-of-example/ann-smith-1994> https://example.org/office-ld/ns#readingWarning: Term start: February 1990 has no day 31; it is left out', 1],
  ['a slash date', 'slash-date.txt', 'slash-date.txt:9: Warning: <https://example.org/office-ld/tenure/mayor-of-example/ann-smith-2021> https://example.org/office-ld/ns#readingWarning: Term start: "13/2020" is not a date; it is left out', 1],
  ['an end before the start', 'end-before-start.txt', 'end-before-start.txt:10: Warning: <https://example.org/office-ld/tenure/mayor-of-example/ann-smith-1990> https://example.org/office-ld/ns#readingWarning: the term ends (1989) before it starts (1990); the end is left out', 1],
  // the gap keeps its start (test/fixtures/real/waziraala-sindh line 21: Governor's rule from 1955 to 1953, as the copy writes it)
  ['a gap that ends before it starts', 'gap-end-before-start.txt', 'gap-end-before-start.txt:11: Warning: <https://example.org/office-ld/post/mayor-of-example#warning-11> https://example.org/office-ld/ns#readingWarning: the period ends (1992) before it starts (1995); the end is left out', 2],
  ['no table: the post from its title and infobox', 'no-table.txt', 'no-table.txt:1: Warning: <https://example.org/office-ld/post/mayor-of-example#warning-1> https://example.org/office-ld/ns#readingWarning: the article has no table of holders; only its title, infobox and prose are read (expected a pipe table', 0],
  ['a table with no column that can hold names', 'no-name-column.txt',
    "no-name-column.txt:9: Warning: <https://example.org/office-ld/post/mayor-of-example#warning-9> https://example.org/office-ld/ns#readingWarning: the table is not read: no column holds people's names (columns: \"Year\" (100% dates, 0% names); \"Votes\" (0% names); \"Turnout\" (0% names))", 0],
  ['a repeated row', 'duplicated-row.txt', 'duplicated-row.txt:9: Warning: <https://example.org/office-ld/tenure/mayor-of-example/ann-smith-1990> https://example.org/office-ld/ns#readingWarning: the row on line 11 repeats this term; it is left out (| Ann Smith | 1990 | 1994 |)', 2],
];

describe('a bad cell or row: the rest is built (exit 0) with a Warning at file:line; --fail-on warning makes it exit 1', () => {
  it.concurrent.each(DEGRADED)('%s', async (_, name, message, tenures) => {
    const out = path.join(tempDir(), 'out');
    const run = await runCliAsync(['build', path.join(BAD, name), '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(new RegExp(`built 1 article\\(s\\), ${tenures} tenures`));
    const { out: kept, before } = outputCopy();
    const strict = await runCliAsync(['build', path.join(BAD, name), '--out', kept, '--fail-on', 'warning']);
    expect(strict.code).toBe(1);
    expect(snapshot(kept)).toEqual(before);
  });

  it.concurrent.each([['too few cells', 'too-few-cells.txt'], ['too many cells', 'wrong-cell-count.txt']])(
    '%s: the row is read by what its cells hold', async (_, name) => {
      const result = await buildFromPaths([path.join(BAD, name)]);
      expect(result.validation.passes).toBe(true);
      expect(result.records[0].tenures[0].start?.value).toBe('1990');
    });
});

describe('usage and I/O errors exit 2 and leave the output intact', () => {
  it('an output folder that cannot be written', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const run = await runCliAsync(['build', path.join(ROOT, 'data/articles'), '--out', path.join(blocker, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot write the output');
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
  });
});

describe('a corpus with bad articles', () => {
  const corpus = () => {
    const dir = tempDir();
    cpSync(path.join(FIXTURES, 'articles'), dir, { recursive: true });
    cpSync(path.join(BAD, 'empty.txt'), path.join(dir, 'empty.txt'));
    cpSync(path.join(BAD, 'no-title.txt'), path.join(dir, 'no-title.txt'));
    return dir;
  };

  it('reports every bad article, builds nothing, and exits 1', async () => {
    const { out, before } = outputCopy();
    const run = await runCliAsync(['build', corpus(), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('2 of 7 articles are bad; nothing was built (--skip-invalid builds the rest)');
    expect(run.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(run.stderr).toMatch(/no-title\.txt:1: the article has no title/);
    expect(snapshot(out)).toEqual(before);
  });

  it('--skip-invalid builds the rest and lists what was skipped', async () => {
    const out = path.join(tempDir(), 'out');
    const run = await runCliAsync(['build', corpus(), '--out', out, '--skip-invalid']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('skipped 2 bad article(s):');
    expect(run.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(run.stderr).toMatch(/built 5 article\(s\) \(2 skipped\), 43 tenures/);
    expect(readFileSync(path.join(out, 'dump.nt'), 'utf8')).toContain('/post/president-of-france>');
  });

  it('--skip-invalid with no valid article left is still an error', async () => {
    const run = await runCliAsync(['build', path.join(BAD, 'no-title.txt'), '--skip-invalid', '--out', path.join(tempDir(), 'o')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no article is valid; nothing to build');
  });
});

describe('markup and IRI-breaking characters in names come out escaped, and every dump holds', () => {
  it('keeps the names as literals, mints safe IRIs, and the three dumps parse to one graph', async () => {
    const result = await buildFromPaths([path.join(FIXTURES, 'hostile-names.txt')]);
    expect(result.validation.passes).toBe(true);
    const file = (name: string) => result.files.find((f) => f.name === name)!.content;
    const fromTurtle = new Parser({ format: 'text/turtle' }).parse(file('dump.ttl')) as Quad[];
    const fromNt = new Parser({ format: 'application/n-triples' }).parse(file('dump.nt')) as Quad[];
    const context = JSON.parse(result.files.find((f) => f.name === 'context.jsonld')!.content);
    const doc = { ...JSON.parse(file('dump.jsonld')), '@context': context['@context'] };
    const fromJsonld = await jsonld.toRDF(doc) as unknown as Quad[];
    const expected = await canonical(result.quads);
    for (const quads of [fromTurtle, fromNt, fromJsonld]) expect(await canonical(quads)).toBe(expected);
    const names = result.quads.filter((q) => q.predicate.value === 'http://schema.org/name' && q.subject.value.includes('/person/'))
      .map((q) => q.object.value).sort();
    expect(names).toEqual(['<script>alert</script>', 'Ann "Nan" Smith', 'Bob > Jones <bob@example.org>',
      'Carl Brown {x} `y` ^z \\n \\u0022', 'Dan & Eve', '丹 "二"'].sort());
    for (const q of result.quads) {
      for (const term of [q.subject, q.object]) {
        if (term.termType === 'NamedNode') expect(term.value).not.toMatch(/[\s<>"{}|\\^`]/);
      }
    }
  });
});
