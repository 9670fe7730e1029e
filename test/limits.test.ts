// Bounded reading: regular files only, sizes, symlinks, linear-time parsing of pathological lines,
// limits on rows, cells and slugs, and control characters escaped in messages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFromSources } from '../src/build.js';
import { OfficeLdError } from '../src/errors.js';
import { collectInputs, readInputSync } from '../src/inputs.js';
import { MAX_SLUG_CHARS, slug } from '../src/map/iri.js';
import { MAX_CELL_CHARS, MAX_ROW_CELLS, MAX_TABLE_ROWS, parseArticle } from '../src/parse/parse.js';
import { runCli, SEED, tempDir } from './helpers.js';

const ARTICLE = '= Mayor of Example =\n\n| Name | Term start | Term end |\n| Ann Smith | 1990 | 1994 |\n';

/** The error `fn` throws (undefined if none). */
function errorOf(fn: () => unknown): OfficeLdError | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (!(error instanceof OfficeLdError)) throw error;
    return error;
  }
}

/** A folder holding one good article. */
function corpus(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
  return dir;
}

describe('what a build reads', () => {
  it('follows a symbolic link inside the input folder once, and refuses one out of it', async () => {
    const dir = corpus();
    symlinkSync('a.txt', path.join(dir, 'b.txt'));
    expect((await collectInputs([dir])).map((a) => a.name)).toEqual(['a.txt']);
    symlinkSync(SEED, path.join(dir, 'outside.txt'));
    await expect(collectInputs([dir])).rejects.toThrow(/outside\.txt: a symbolic link out of the input folder/);
  });

  it('refuses symbolic link cycles (`.` and `..`) instead of walking them without end', async () => {
    for (const target of ['.', '..']) {
      const dir = corpus();
      const inner = path.join(dir, 'inner');
      mkdirSync(inner);
      writeFileSync(path.join(inner, 'c.txt'), ARTICLE);
      symlinkSync(target, path.join(inner, 'loop'));
      await expect(collectInputs([dir])).rejects.toThrow(/loop: a symbolic link cycle/);
    }
  });

  it('refuses a FIFO and /dev/zero named .txt (exit 2, at once), in a folder or given directly', async () => {
    const dir = corpus();
    execFileSync('mkfifo', [path.join(dir, 'x.txt')]);
    await expect(collectInputs([dir])).rejects.toThrow(/x\.txt: not a regular file \(a FIFO\)/);
    await expect(collectInputs([path.join(dir, 'x.txt')])).rejects.toThrow(/not a regular file \(a FIFO\)/);
    await expect(collectInputs(['/dev/zero'])).rejects.toThrow(/\/dev\/zero: not a regular file \(a device\)/);
    const zero = corpus();
    symlinkSync('/dev/zero', path.join(zero, 'z.txt'));
    const run = runCli(['build', zero, '--out', path.join(tempDir(), 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/z\.txt: a symbolic link out of the input folder/);
  });

  it('refuses a sparse 3 GiB file by its size, before reading it', () => {
    const file = path.join(tempDir(), 'sparse.txt');
    writeFileSync(file, '');
    truncateSync(file, 3 * 1024 ** 3);
    const error = errorOf(() => readInputSync({ path: file, name: 'sparse.txt' }));
    expect(error?.kind).toBe('input');
    expect(error?.message).toBe(`${file}: the file is ${3 * 1024 ** 3} bytes; expected an article of at most 5242880 bytes`);
  });
});

describe('parsing pathological lines', () => {
  // Each of these took minutes (cubic backtracking) before the patterns were made linear; the bench times them.
  const line = fc.tuple(
    fc.constantFrom('', '=', '= ', '==', '- ', '* ', '- key', 'Infobox', '|'),
    fc.constantFrom(' ', '=', '-', ':', '\t', ' =', 'a '),
    fc.integer({ min: 2_000, max: 20_000 }),
    fc.constantFrom('', 'x', '=', ':', '!', ' x =', '\u2028'),
  ).map(([head, run, n, tail]) => head + run.repeat(n) + tail);

  it('parse to a document or a located input error, as any line does (fast-check)', () => {
    fc.assert(fc.property(line, fc.constantFrom('title', 'infobox', 'body'), (text, where) => {
      const article = where === 'title' ? `${text}\n` : where === 'infobox' ? `= T =\nInfobox\n${text}\n` : `= T =\n\n${text}\n`;
      const error = errorOf(() => parseArticle(article, 'p.txt'));
      if (error) expect(error.message).toMatch(/^p\.txt:\d+: /);
    }), { numRuns: 60 });
  });

  // The linear patterns read short lines exactly as the old backtracking ones did.
  const OLD = {
    title: /^=(?!=)\s*(.*?)\s*=$/, heading: /^(={2,})\s*(.*?)\s*\1$/, field: /^[-*]\s*([^:]+?)\s*:\s*(.*)$/,
  };
  const short = fc.array(fc.constantFrom('=', ' ', '-', '*', ':', 'a', '\t', 'é', 'Infobox'), { maxLength: 14 }).map((a) => a.join('').trim());

  it('read headings, titles and infobox fields of short lines as the old patterns did (fast-check)', () => {
    fc.assert(fc.property(short, (text) => {
      const heading = OLD.heading.exec(text);
      const title = OLD.title.exec(text);
      const inBody = errorOf(() => parseArticle(`= T =\n${text}\n`, 'p.txt'));
      if (!inBody) {
        const doc = parseArticle(`= T =\n${text}\n`, 'p.txt');
        expect(doc.sections).toEqual(heading ? [{ title: heading[2], level: heading[1].length, line: 2 }] : []);
      }
      const alone = errorOf(() => parseArticle(`${text}\n`, 'p.txt'));
      if (heading || !title) expect(alone?.message).toMatch(/has no title/);
      else if (!title[1]) expect(alone?.message).toMatch(/the title is empty/);
      else expect(parseArticle(`${text}\n`, 'p.txt').title.value).toBe(title[1]);
      const field = OLD.field.exec(text);
      if (!heading && text !== '' && !errorOf(() => parseArticle(`= T =\nInfobox\n${text}\n`, 'p.txt'))) {
        const { infobox } = parseArticle(`= T =\nInfobox\n${text}\n`, 'p.txt');
        // a key of spaces only was read as one space before; it is no key now
        const expected = field && field[1].trim() ? [{ key: field[1], value: field[2], line: 3 }] : [];
        expect(infobox).toEqual(expected);
      }
    }), { numRuns: 3_000 });
  });
});

describe('limits on tables and IRIs', () => {
  it(`refuses more than ${MAX_TABLE_ROWS} rows, ${MAX_ROW_CELLS} cells in a row, ${MAX_CELL_CHARS} characters in a cell`, () => {
    const rows = Array.from({ length: MAX_TABLE_ROWS + 1 }, (_, i) => `| P${i} | 1990 | 1994 |`).join('\n');
    expect(errorOf(() => parseArticle(`= T =\n| Name | Term start | Term end |\n${rows}\n`, 'r.txt'))?.message)
      .toBe(`r.txt:${MAX_TABLE_ROWS + 2}: more than ${MAX_TABLE_ROWS} table rows; expected at most ${MAX_TABLE_ROWS} rows in an article's tables`);
    const wide = `|${' a |'.repeat(MAX_ROW_CELLS + 1)}`;
    expect(errorOf(() => parseArticle(`= T =\n${wide}\n`, 'w.txt'))?.message).toMatch(/^w\.txt:2: a row of 101 cells; expected at most 100 cells a row/);
    const long = `| ${'x'.repeat(MAX_CELL_CHARS + 1)} | 1990 |`;
    expect(errorOf(() => parseArticle(`= T =\n${long}\n`, 'l.txt'))?.message).toMatch(/^l\.txt:2: cell 1 holds 4097 characters; expected at most 4096/);
  });

  it(`cuts a slug to ${MAX_SLUG_CHARS} characters with a hash of the whole text, so long names stay apart`, () => {
    const a = slug(`${'Zhang '.repeat(500)}Wei`);
    const b = slug(`${'Zhang '.repeat(500)}Qin`);
    expect(Array.from(a).length).toBeLessThanOrEqual(MAX_SLUG_CHARS);
    expect(a).toMatch(/^zhang-zhang-.*-[0-9a-f]{6}$/);
    expect(a).not.toBe(b);
    expect(Array.from(slug('张'.repeat(4000))).length).toBeLessThanOrEqual(MAX_SLUG_CHARS);
    expect(slug('Xu Qin')).toBe('xu-qin');
  });
});

describe('titles that show nothing', () => {
  const invisible: [string, string][] = [
    ['\u200b', 'U+200B'], ['\u200b \u200d', 'U+200B U+0020 U+200D'], ['\u2060\u00ad', 'U+2060 U+00AD'],
    ['\u2063\u180e', 'U+2063 U+180E'], ['\u202e\u200e', 'U+202E U+200E'], ['\u200b'.repeat(20), 'U+200B U+200B U+200B U+200B U+200B U+200B U+200B U+200B …'],
  ];
  it.each(invisible)('a title of invisible characters (%j) is an input error naming them', (title, points) => {
    const error = errorOf(() => parseArticle(`= ${title} =\n| Name | Term start | Term end |\n| Ann Smith | 1990 | 1994 |\n`, 't.txt'));
    expect(error?.message.split('\n')[0])
      .toBe(`t.txt:1: the title has only invisible characters (${points}); expected a title like "= Name of the office ="`);
  });

  it('gives exit 1 and one located message from the CLI', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'z.txt'), ARTICLE.replace('Mayor of Example', '\u200b'));
    const run = runCli(['build', dir, '--out', path.join(tempDir(), 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('z.txt:1: the title has only invisible characters (U+200B)');
  });

  it('a title with visible characters among invisible ones is read, and one of punctuation only gets unnamed-<hash>', () => {
    expect(parseArticle(`= \u200bMayor\u200d =\n`, 'v.txt').title.value).toBe('\u200bMayor\u200d');
    expect(slug('!!!')).toMatch(/^unnamed-[0-9a-f]{6}$/);
    expect(slug('???')).toMatch(/^unnamed-[0-9a-f]{6}$/);
    expect(slug('!!!')).not.toBe(slug('???'));
  });
});

describe('a repeated infobox field', () => {
  it('is reported as a warning with both lines, and the build goes on', async () => {
    const text = '= Mayor of Example =\nInfobox\n- Formation: 1949\n- Established: 1950\n- Formation: 1951\n- Website: x\n\n' +
      '| Name | Term start | Term end |\n| Ann Smith | 1990 | 1994 |\n';
    const result = await buildFromSources([{ path: 'dup.txt', name: 'dup.txt', bytes: new TextEncoder().encode(text) }]);
    expect(result.validation.passes).toBe(true);
    expect(result.warnings).toEqual([
      'dup.txt:4: Warning: the infobox states "Established" again (first on line 3); one field, one line: only one of the values is kept',
      'dup.txt:5: Warning: the infobox states "Formation" again (first on line 3); one field, one line: only one of the values is kept',
    ]);
  });
});

describe('control characters in messages', () => {
  it('are escaped, so a file name cannot forge a message line or reach the terminal raw', () => {
    const dir = tempDir();
    const name = 'evil\nx.txt:1: accepted\u001b[31m.txt';
    writeFileSync(path.join(dir, name), '');
    const run = runCli(['build', path.join(dir, name), '--out', path.join(tempDir(), 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('evil\\nx.txt:1: accepted\\x1b[31m.txt: the file is empty');
    expect(run.stderr).not.toContain('\u001b');
  });
});
