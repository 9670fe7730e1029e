// Real office-holder lists from many countries and scripts (test/fixtures/real): each held to its answers file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromSources, readArticle } from '../src/build.js';
import { answersOf, expectedOf, readAnswers, realFixtures, REAL } from './real-answers.js';

const UNREAD = path.join(REAL, '..', 'real-unread');

const source = (name: string) => {
  const file = path.join(REAL, `${name}.txt`);
  return { path: file, name: `${name}.txt`, bytes: readFileSync(file) };
};

describe.each(realFixtures())('real article %s', (name) => {
  const answers = readAnswers(name);
  const actual = answersOf(readArticle(source(name)));
  const expected = expectedOf(answers);

  it('reads every tenure as its answers say (name, native forms and tags, dates, acting, ordinal, who is who)', () => {
    expect(actual.tenures).toEqual(expected.tenures);
  });

  it('reads every row that names no holder as a gap, and flags every cell it cannot read', () => {
    expect(actual.gaps).toEqual(expected.gaps);
    expect(actual.warnings).toEqual(expected.warnings);
  });
});

const unread = readdirSync(UNREAD).filter((f) => f.endsWith('.txt'));

describe.each(unread)('real article not yet read exactly: %s', (file) => {
  it('builds with no violation (what it still gets wrong: test/fixtures/real-unread/README.md)', async () => {
    const result = await buildFromSources([{ path: path.join(UNREAD, file), name: file, bytes: readFileSync(path.join(UNREAD, file)) }]);
    expect(result.validation.findings.filter((f) => f.severity === 'Violation')).toEqual([]);
  });
});

/** Tenures of real-unread read exactly when its lists came there: a floor that only goes up as the reader learns. */
const UNREAD_EXACT_FLOOR = 75;

describe('the real articles not yet read exactly, together', () => {
  it(`have at least ${UNREAD_EXACT_FLOOR} tenures read exactly, as their answers say`, () => {
    let exact = 0;
    for (const file of unread) {
      const name = path.join('..', 'real-unread', file.replace(/\.txt$/, ''));
      const actual = answersOf(readArticle({ path: path.join(UNREAD, file), name: file, bytes: readFileSync(path.join(UNREAD, file)) }));
      const byLine = new Map(actual.tenures.map((t) => [t.line, { ...t, person: undefined }]));
      for (const t of expectedOf(readAnswers(name)).tenures) if (JSON.stringify(byLine.get(t.line)) === JSON.stringify({ ...t, person: undefined })) exact++;
    }
    expect(exact).toBeGreaterThanOrEqual(UNREAD_EXACT_FLOOR);
  });
});

describe('a real list whose rowspan rows are written with their one cell only', () => {
  it('reads the same tenures (New Jersey governors: | 1777 | rows beside an Election column)', () => {
    const padded = source('list-of-governors-of-new-jersey');
    const short = { ...padded, bytes: Buffer.from(padded.bytes.toString('utf8').replace(/^\| (\d{4}) \| \| \| \| \| \|$/gm, '| $1 |')) };
    expect(short.bytes.toString('utf8')).toMatch(/^\| 1777 \|$/m);
    expect(answersOf(readArticle(short)).tenures).toEqual(answersOf(readArticle(padded)).tenures);
  });
});

describe('the real corpus as one build', () => {
  it('builds with no violation; each reading warning is a sh:Warning at its row', async () => {
    const names = realFixtures();
    const result = await buildFromSources(names.map(source));
    expect(result.validation.findings.filter((f) => f.severity === 'Violation')).toEqual([]);
    const reading = result.validation.findings.filter((f) => f.constraint.endsWith('ReadingComponent'));
    const expected = names.flatMap((name) => readAnswers(name).warnings.map((w) => `${name}.txt:${w.line}`));
    expect(new Set(reading.map((f) => `${f.file}:${f.line}`))).toEqual(new Set(expected));
    expect(reading.every((f) => f.severity === 'Warning')).toBe(true);
  });
});
