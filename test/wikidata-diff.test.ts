// wikidata-diff and --quickstatements against a test Wikibase on loopback: one fixture tenure per kind of difference.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quickTime } from '../src/wikidata/quickstatements.js';
import { FIXTURES, runCliAsync, tempDir } from './helpers.js';
import { startWikibase, type TestWikibase } from './wikibase-server.js';

let server: TestWikibase;
let dir: string;
let run: Awaited<ReturnType<typeof runCliAsync>>;

beforeAll(async () => {
  server = await startWikibase({}, 'wikidata/wikibase.json');
  dir = tempDir();
  run = await runCliAsync(['wikidata-diff', path.join(FIXTURES, 'wikidata/governor-of-diffland.txt'), '--api', server.api,
    '--links', path.join(FIXTURES, 'wikidata/links.tsv'), '--cache', '', '--tsv', path.join(dir, 'diff.tsv'),
    '--quickstatements', path.join(dir, 'add.qs'), '--retrieved', '2026-11-25']);
});
afterAll(() => server.close());

describe('office-ld wikidata-diff', () => {
  it('reports each tenure: agreement at the coarser precision, missing, differing, acting not marked', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'diff.tsv'), 'utf8')).toBe([
    'person\tperson_qid\tpost_qid\ttenure\tkind\tours\twikidata',
    'person/ann-agree\tQ900011\tQ900300\t1990-05–1994\tagrees\t1990-05–1994\t1990-05-17–1994-03',
    'person/ben-missing\tQ900012\tQ900300\t1994–1998\tmissing-in-wikidata\t1994–1998\t',
    'person/cat-dates\tQ900013\tQ900300\t1998–2003\tstart-differs\t1998\t1999',
    'person/cat-dates\tQ900013\tQ900300\t1998–2003\tend-missing\t2003\t',
    'person/cat-dates\tQ900013\tQ900300\t1998–2003\treplaces-missing\tQ900012\t',
    'person/cat-dates\tQ900013\tQ900300\t1998–2003\treplaced-by-missing\tQ900014\t',
    'person/cat-dates\tQ900013\tQ900300\t1998–2003\tacting-not-marked\tacting\t',
    'person/dan-extra\tQ900014\tQ900300\t2003–\tend-differs\tincumbent\t2008',
    'person/dan-extra\tQ900014\tQ900300\t2003–\treplaces-differs\tQ900013\tQ900099',
    'person/dan-extra\tQ900014\tQ900300\t\tmissing-here\t\t1980–1985',
    '',
  ].join('\n'));
  });

  it('writes QuickStatements only for what Wikidata lacks, with precisions and references; P1545 only as the No. column writes it', () => {
    const refs = 'S143\tQ328\tS4656\t"https://en.wikipedia.org/wiki/Governor_of_Diffland"\tS813\t+2026-11-25T00:00:00Z/11';
    expect(readFileSync(path.join(dir, 'add.qs'), 'utf8')).toBe([
      `Q900012\tP39\tQ900300\tP580\t+1994-00-00T00:00:00Z/9\tP582\t+1998-00-00T00:00:00Z/9\tP1365\tQ900011\tP1366\tQ900013\tP1545\t"2"\t${refs}`,
      `Q900013\tP39\tQ900300\tP582\t+2003-00-00T00:00:00Z/9\tP1365\tQ900012\tP1366\tQ900014\tP5102\tQ4676846\t${refs}`,
      '',
    ].join('\n'));
  });

  it('lists the conflicts for a person to look at, and prints the table', () => {
    expect(run.stderr).toContain('4 differences need a person (no line written for them):\n');
    const conflicts = run.stderr.split('\n').flatMap((l) => /\s(\S+-differs|missing-here)\s/.exec(l)?.[1] ?? []);
    expect(conflicts).toEqual(['start-differs', 'end-differs', 'replaces-differs', 'missing-here']);
    expect(run.stdout.split('\n')[0]).toMatch(/^person +person_qid +post_qid +tenure +kind +ours +wikidata$/);
    expect(run.stdout.split('\n')[1]).toMatch(/^person\/ann-agree +Q900011 +Q900300 +1990-05–1994 +agrees +1990-05–1994 +1990-05-17–1994-03$/);
  });
});

describe('QuickStatements dates', () => {
  it('keep their precision: /11 day, /10 month, /9 year', () => {
    expect(quickTime({ value: '1949-05-12', precision: 'day' })).toBe('+1949-05-12T00:00:00Z/11');
    expect(quickTime({ value: '1949-05', precision: 'month' })).toBe('+1949-05-00T00:00:00Z/10');
    expect(quickTime({ value: '1949', precision: 'year' })).toBe('+1949-00-00T00:00:00Z/9');
  });
});
