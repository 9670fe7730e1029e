// The embedded store: office-ld query over a bundle (all result formats, errors), and every shipped query's answers.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundleStore, queryForm, runQuery } from '../src/store/oxigraph.js';
import type { JsonResults } from '../src/store/table.js';
import { ROOT, runCli, SEED, tempDir } from './helpers.js';
import { buildBundle, CORPUS, rows } from './store-helpers.js';

const QUERIES = path.join(ROOT, 'queries');
const JSON_RESULTS = 'application/sparql-results+json';
const NAMES = 'SELECT (COUNT(*) AS ?n) WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?x }';

let seed: string;
let corpus: string;
let seedTriples: number;
beforeAll(async () => {
  seed = await buildBundle([SEED]);
  corpus = await buildBundle(CORPUS);
  seedTriples = readFileSync(path.join(seed, 'dump.nt'), 'utf8').trim().split('\n').length;
});

describe('openBundleStore', () => {
  it('loads a folder (dump.nt) and a single Turtle file to the same triple count', async () => {
    const fromDir = await openBundleStore(seed);
    expect(fromDir.files).toEqual([path.join(seed, 'dump.nt')]);
    expect(fromDir.triples).toBe(seedTriples);
    expect((await openBundleStore(path.join(seed, 'dump.ttl'))).triples).toBe(seedTriples);
  });

  it('is exported by the package, for embedders (such as a SPARQL endpoint)', () => {
    const script = `
      import { openBundleStore, runQuery } from 'office-ld';
      const { store, triples } = await openBundleStore('output');
      const json = runQuery(store, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', 'application/sparql-results+json');
      console.log(JSON.stringify({ triples, n: JSON.parse(json).results.bindings[0].n.value }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    const committed = readFileSync(path.join(ROOT, 'output/dump.nt'), 'utf8').trim().split('\n').length;
    expect(JSON.parse(out)).toEqual({ triples: committed, n: String(committed) });
  });

  it('tells the query form after comments and prologue', () => {
    expect(queryForm('# who?\nPREFIX ol: <https://example.org/office-ld/ns#>\nBASE <x:y>\n  construct {}')).toBe('CONSTRUCT');
    expect(queryForm('INSERT DATA {}')).toBeUndefined();
  });
});

describe('office-ld query', () => {
  it('answers SELECT in SPARQL CSV, TSV and JSON results', () => {
    const csv = runCli(['query', '-q', '--data', seed, '--format', 'csv', NAMES]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('n\r\n36\r\n');
    const tsv = runCli(['query', '-q', '--data', seed, '--format', 'tsv', NAMES]);
    expect(tsv.stdout).toBe('?n\n36\n');
    const json = JSON.parse(runCli(['query', '-q', '--data', seed, '--format', 'json', NAMES]).stdout) as JsonResults;
    expect(json.results?.bindings[0].n).toEqual({ type: 'literal', value: '36', datatype: 'http://www.w3.org/2001/XMLSchema#integer' });
  });

  it('prints an aligned table, wide characters counted, with a row count', () => {
    const run = runCli(['query', '-q', '--data', seed, '--format', 'table',
      'SELECT ?n ?p WHERE { ?p <http://schema.org/name> ?n FILTER(lang(?n) = "zh-hans") } ORDER BY ?p']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('18 rows');
    expect(lines[0]).toMatch(/^\?n +│ \?p$/);
    expect(lines[2]).toBe('"冯纪新"@zh-hans │ person:feng-jixin');
    const bars = new Set(lines.slice(0, -1).filter((l) => l.includes('│')).map((l) => stringWidth(l.slice(0, l.indexOf('│')))));
    expect(bars.size).toBe(1);
  });

  it('answers ASK, and prints CONSTRUCT and DESCRIBE as Turtle', () => {
    expect(runCli(['query', '-q', '--data', seed, '--format', 'table', 'ASK { ?s a <http://www.w3.org/ns/org#Post> }']).stdout).toBe('true\n');
    const construct = runCli(['query', '-q', '--data', seed, 'CONSTRUCT { ?p <http://schema.org/name> ?n } WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?n }']);
    expect(construct.code).toBe(0);
    expect(new Parser().parse(construct.stdout)).toHaveLength(36);
    const describe = runCli(['query', '-q', '--data', seed, 'DESCRIBE <https://example.org/office-ld/person/xu-qin>']);
    const names = new Parser().parse(describe.stdout).filter((q) => q.predicate.value === 'http://schema.org/name');
    expect(names.map((q) => q.object.value).sort()).toEqual(['Xu Qin', '许勤']);
  });

  it('reads the query from --file and says which file a syntax error is in, with line and column (exit 2)', () => {
    const file = path.join(tempDir(), 'bad.rq');
    writeFileSync(file, 'SELECT ?x WHERE {\n  ?x ?y ?z .\n  ?x foo:bar ?z\n}\n');
    const run = runCli(['query', '--data', seed, '--file', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}: SPARQL syntax error at line 3, column 13: expected one of Prefix not found`);
  });

  it('refuses a query given twice or not at all, and a folder without a dump (exit 2)', () => {
    expect(runCli(['query', '--data', seed, '--file', 'x.rq', 'ASK {}']).code).toBe(2);
    expect(runCli(['query', '--data', seed]).code).toBe(2);
    const empty = runCli(['query', '--data', tempDir(), 'ASK {}']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no dump in the folder; expected dump.nt, dump.nt.gz, dump.ttl, dump.trig, dump.nq.gz, dump.jsonld');
  });
});

describe('office-ld load, usage', () => {
  it('needs both endpoints, a real URL and a whole --chunk (exit 2, before any request)', () => {
    expect(runCli(['load', '--data', seed, '--endpoint', 'http://127.0.0.1:9/x']).stderr).toContain('expected --endpoint URL and --sparql URL');
    const bad = runCli(['load', '--data', seed, '--endpoint', 'foo', '--sparql', 'http://127.0.0.1:9/y']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a URL: foo');
    expect(runCli(['load', '--data', seed, '--endpoint', 'http://127.0.0.1:9/x', '--sparql', 'http://127.0.0.1:9/y', '--chunk', '0']).code).toBe(2);
    expect(runCli(['load', '--data', seed, '--replace', '--append']).code).toBe(2);
  });

  it('--store says why the npm package cannot write a persistent store, and what to do instead (exit 2)', () => {
    const run = runCli(['load', '--data', seed, '--store', tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('keeps its store in memory only');
    expect(run.stderr).toContain('oxigraph load --location');
  });
});

/** The expected answer of each shipped query on the corpus (a new query needs an entry here). */
const EXPECTED: Record<string, (answer: Record<string, string>[]) => void> = {
  'holder-on-date.rq': (answer) => {
    expect(answer.map((r) => r.name)).toEqual(['"Yang Yichen"@en']);
  },
  'longest-shortest-tenures.rq': (answer) => {
    expect(answer.map((r) => `${r.post} ${r.which} ${r.name} ${r.months}`)).toEqual([
      'post:deputy-mayor-of-example longest "Ann Smith"@en 60',
      'post:deputy-mayor-of-example shortest "Bob Jones"@en 50',
      'post:mayor-of-example only "Ann Smith"@en 50',
      'post:party-secretary-of-heilongjiang longest "Ouyang Qin"@en 135',
      'post:party-secretary-of-heilongjiang shortest "Liu Guangtao"@en 10',
      'post:party-secretary-of-heilongjiang shortest "Zhang Qilong"@en 10',
    ].sort((a, b) => (a.split(' ')[0] === b.split(' ')[0] ? 0 : a < b ? -1 : 1)));
  },
  'people-with-several-posts.rq': (answer) => {
    expect(answer.map((r) => `${r.person} ${r.posts} ${r.post}`)).toEqual([
      'person:ann-smith 2 post:deputy-mayor-of-example', 'person:ann-smith 2 post:mayor-of-example',
      'person:bob-jones 2 post:deputy-mayor-of-example', 'person:bob-jones 2 post:mayor-of-example',
    ]);
  },
  'vacancies.rq': (answer) => {
    // Ann Smith left the mayoralty in March 1994 and Bob Jones came on 2 March 1994: no gap at month precision.
    expect(answer.map((r) => `${r.before} ${r.leftOffice} → ${r.after} ${r.tookOffice}`)).toEqual([
      '"Bob Jones"@en 1994-03 → "Dave Lee"@en 1996',
      '"Pan Fusheng"@en 1971-06 → "Wang Jiadao"@en 1971-08',
      '"Wang Jiadao"@en 1974-12 → "Liu Guangtao"@en 1977-02',
    ]);
  },
  'tenures-without-chinese-name.rq': (answer) => {
    expect(answer.map((r) => r.tenure.replace(/.*\/tenure\//, '').replace('>', ''))).toEqual([
      'deputy-mayor-of-example/ann-smith-1985', 'deputy-mayor-of-example/bob-jones-1990',
      'mayor-of-example/ann-smith-1990', 'mayor-of-example/bob-jones-1994-03-02',
    ]);
  },
  'holders-in-order.rq': (answer) => {
    expect(answer).toHaveLength(23);
    const heilongjiang = answer.filter((r) => r.post === 'post:party-secretary-of-heilongjiang');
    expect(heilongjiang.map((r) => Number(r.ordinal))).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(heilongjiang[0]).not.toHaveProperty('predecessor');
    expect(heilongjiang[7]).toMatchObject({ name: '"Yang Yichen"@en', predecessor: '"Liu Guangtao"@en', successor: '"Li Li\'an"@en' });
    expect(heilongjiang[17]).toMatchObject({ name: '"Xu Qin"@en', predecessor: '"Zhang Qingwei"@en' });
    expect(heilongjiang[17]).not.toHaveProperty('end');
  },
};

describe('the shipped queries (queries/*.rq) on the corpus', () => {
  const files = readdirSync(QUERIES).filter((f) => f.endsWith('.rq')).sort();

  it('each has an expected answer in this test', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s', async (file) => {
    const { store } = await openBundleStore(corpus);
    const answer = JSON.parse(runQuery(store, readFileSync(path.join(QUERIES, file), 'utf8'), JSON_RESULTS)) as JsonResults;
    EXPECTED[file](rows(answer));
  });
});
