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

/** Runs wikidata-diff on a real fixture against its own test Wikibase; returns the run, the TSV and the QuickStatements. */
async function diffReal(name: string) {
  const wikibase = await startWikibase({}, `wikidata/${name}.wikibase.json`);
  try {
    const out = tempDir();
    const result = await runCliAsync(['wikidata-diff', path.join(FIXTURES, `real/${name}.txt`), '--api', wikibase.api,
      '--links', path.join(FIXTURES, `wikidata/${name}.links.tsv`), '--cache', '', '--tsv', path.join(out, 'diff.tsv'),
      '--quickstatements', path.join(out, 'add.qs'), '--retrieved', '2026-11-25']);
    const read = (file: string) => (result.code === 0 ? readFileSync(path.join(out, file), 'utf8') : '');
    return { run: result, tsv: read('diff.tsv'), qs: read('add.qs') };
  } finally {
    await wikibase.close();
  }
}

const refsOf = (title: string) => `S143\tQ328\tS4656\t"https://en.wikipedia.org/wiki/${title}"\tS813\t+2026-11-25T00:00:00Z/11`;

describe('wikidata-diff on real articles', () => {
  it('P1545 is exactly the No. column: none for acting holders (who shift our own count), a returning holder\'s "(2)" as 2', async () => {
    const { run, qs } = await diffReal('prime-minister-of-iran');
    expect(run.code, run.stderr).toBe(0);
    const refs = refsOf('List_of_prime_ministers_of_Iran');
    expect(qs).toBe([
      `Q900704\tP39\tQ900700\tP580\t+1907-10-27T00:00:00Z/11\tP582\t+1907-12-21T00:00:00Z/11\tP1365\tQ900703\tP1366\tQ900705\tP1545\t"3"\t${refs}`,
      `Q900703\tP39\tQ900700\tP580\t+1907-09-16T00:00:00Z/11\tP582\t+1907-10-27T00:00:00Z/11\tP1365\tQ900702\tP1366\tQ900704\tP1545\t"2"\t${refs}`,
      `Q900703\tP39\tQ900700\tP580\t+1908-06-07T00:00:00Z/11\tP582\t+1909-04-29T00:00:00Z/11\tP1365\tQ900705\tP1366\tQ900706\tP1545\t"2"\t${refs}`,
      `Q900705\tP39\tQ900700\tP580\t+1907-12-21T00:00:00Z/11\tP582\t+1908-05-21T00:00:00Z/11\tP1365\tQ900704\tP1366\tQ900703\tP1545\t"4"\t${refs}`,
      `Q900706\tP39\tQ900700\tP580\t+1909-05-08T00:00:00Z/11\tP582\t+1909-07-13T00:00:00Z/11\tP1365\tQ900703\tP5102\tQ4676846\t${refs}`,
      `Q900701\tP39\tQ900700\tP580\t+1907-03-21T00:00:00Z/11\tP582\t+1907-04-29T00:00:00Z/11\tP1366\tQ900702\tP5102\tQ4676846\t${refs}`,
      '',
    ].join('\n'));
    expect(run.stderr).not.toContain('need a person');
  });

  it('an approximate date goes with its precision and P1480 = circa, an unknown start never; both are "here" rows, not conflicts; P1001 is added', async () => {
    const { run, tsv, qs } = await diffReal('list-of-captains-major-of-cacheu');
    expect(run.code, run.stderr).toBe(0);
    expect(tsv).toBe([
      'person\tperson_qid\tpost_qid\ttenure\tkind\tours\twikidata',
      'person/francisco-nunes-de-andrade\tQ900802\tQ900800\t?–1634\tstart-unknown-here\t?\t1633',
      'person/francisco-sodre-pereira\tQ900801\tQ900800\t1625–1632\tmissing-in-wikidata\tc. 1625–c. 1632\t',
      'person/luis-de-magalhaes\tQ900803\tQ900800\t?–1641\tmissing-in-wikidata\t?–1641\t',
      'person/manuel-ferreira-de-brito\tQ900805\tQ900800\t1635–\tstart-missing\tc. 1635\t',
      'person/manuel-ferreira-de-brito\tQ900805\tQ900800\t1635–\treplaced-by-missing\tQ900803\t',
      'person/manuel-moniz-de-mendonca\tQ900804\tQ900800\t1671–1673\tstart-approximate-here\tc. 1671\t1672',
      'post/list-of-captains-major-of-cacheu\tQ900800\tQ900800\t\tjurisdiction-missing\tQ900899\t',
      '',
    ].join('\n'));
    const refs = refsOf('List_of_captains-major_of_Cacheu');
    expect(qs).toBe([
      `Q900801\tP39\tQ900800\tP580\t+1625-00-00T00:00:00Z/9\tP582\t+1632-00-00T00:00:00Z/9\tP1366\tQ900802\tP1480\tQ5727902\t${refs}`,
      `Q900803\tP39\tQ900800\tP582\t+1641-00-00T00:00:00Z/9\tP1365\tQ900805\t${refs}`,
      `Q900800\tP1001\tQ900899\t${refs}`,
      `Q900805\tP39\tQ900800\tP580\t+1635-00-00T00:00:00Z/9\tP1480\tQ5727902\tP1366\tQ900803\t${refs}`,
      '',
    ].join('\n'));
    expect(run.stderr).not.toContain('need a person');
  });
});

describe('QuickStatements dates', () => {
  it('keep their precision: /11 day, /10 month, /9 year', () => {
    expect(quickTime({ value: '1949-05-12', precision: 'day' })).toBe('+1949-05-12T00:00:00Z/11');
    expect(quickTime({ value: '1949-05', precision: 'month' })).toBe('+1949-05-00T00:00:00Z/10');
    expect(quickTime({ value: '1949', precision: 'year' })).toBe('+1949-00-00T00:00:00Z/9');
  });
});
