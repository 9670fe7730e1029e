// The streaming, multi-threaded build against the naive one: the same bytes on one thread or two, in
// memory or in a folder; the same graph and the same validation results as mapping and validating the
// whole corpus at once (one IRI minter, one graph), on a synthetic corpus with planted errors.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.js';
import { buildFromSources, buildToFolder, readArticle } from '../src/build.js';
import type { ArticleSource } from '../src/inputs.js';
import { createMapContext, mapArticle } from '../src/map/index.js';
import { addHintPairs, hintPairs, type MintClaim } from '../src/map/iri.js';
import { ClaimTable } from '../src/pipeline/claim-table.js';
import { isShared, processArticle, type ArticleOutcome, type ArticleOutput } from '../src/pipeline/article.js';
import { ArticlePool, type Task, type TaskResult } from '../src/pipeline/pool.js';
import { canonicalOrder } from '../src/serialize/order.js';
import { DEFAULT_SHAPES_DIR, loadShapes } from '../src/validate/shapes.js';
import { validateQuads, type Finding } from '../src/validate/validate.js';
import { DEFAULT_BASE } from '../src/vocab.js';
import { SEED, tempDir } from './helpers.js';

/** Writes a corpus to a folder; returns the folder and the sources in build order. */
function writeCorpus(count: number, seed: number, plant = false): { dir: string; sources: ArticleSource[] } {
  const dir = tempDir('office-ld-corpus-');
  mkdirSync(dir, { recursive: true });
  const sources: ArticleSource[] = [];
  let i = 0;
  for (const article of generateCorpus(count, seed)) {
    const text = plant && i % 25 === 0 ? plantError(article.text, i / 25) : article.text;
    writeFileSync(path.join(dir, article.name), text);
    sources.push({ name: article.name, path: path.join(dir, article.name), bytes: Buffer.from(text) });
    i++;
  }
  return { dir, sources };
}

/** One error of a kind the shapes or the integrity checks catch, planted in an article's text. */
function plantError(text: string, n: number): string {
  const lines = text.split('\n');
  const rows = lines.map((line, i) => (/^\|.*\(.+\) \|/.test(line) ? i : -1)).filter((i) => i >= 0);
  const header = lines.find((line) => line.startsWith('| ') && line.includes('Term start'))!.split(' | ');
  const start = header.indexOf('Term start');
  const cells = (i: number) => lines[i].split(' | ');
  const set = (i: number, values: string[]) => (lines[i] = values.join(' | '));
  switch (n % 3) {
    case 0: { // a second open term, which also overlaps the next one
      const c = cells(rows[2]);
      c[start + 1] = 'Incumbent';
      set(rows[2], c);
      break;
    }
    case 1: { // a term that starts before the previous one ended
      const c = cells(rows[4]);
      c[start] = cells(rows[3])[start];
      set(rows[4], c);
      break;
    }
    default: // the infobox names another incumbent than the table
      return lines.join('\n').replace(/^- Incumbent: .*$/m, '- Incumbent: Somebody Else');
  }
  return lines.join('\n');
}

/** The naive build: every article mapped with one minter into one graph, validated whole. */
async function wholeGraph(sources: ArticleSource[]): Promise<{ quads: Quad[]; findings: Finding[] }> {
  const ctx = createMapContext(DEFAULT_BASE);
  const quads: Quad[] = [];
  for (const source of sources) quads.push(...mapArticle(readArticle(source), ctx));
  const ordered = canonicalOrder(quads);
  return { quads: ordered, findings: (await validateQuads(ordered, await loadShapes())).findings };
}

const key = (f: Finding) => [f.severity, f.focus, f.path, f.value, f.constraint, f.message].join(' | ');
const lines = (text: string) => text.split('\n').filter(Boolean).sort();
const ntLines = (quads: Quad[]) => lines(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${(q.object as { language?: string }).language ?? ''}^^${(q.object as { datatype?: { value: string } }).datatype?.value ?? ''}`).join('\n'));

describe('a corpus with planted errors', () => {
  it('gives exactly the results of validating the whole graph at once (1,000 articles, two threads)', async () => {
    const { dir, sources } = writeCorpus(1000, 11, true);
    const out = tempDir();
    // the planted post-level errors (two open tenures) are Warnings: failing on them, the build writes nothing
    const streamed = await buildToFolder([dir], out, { jobs: 2, failOn: 'warning' });
    const whole = await wholeGraph(sources);
    expect(streamed.validation.passes).toBe(false);
    expect(readdirSync(out)).toEqual([]);
    const kinds = new Set(whole.findings.map((f) => f.constraint));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['InfoboxAgreementComponent', 'OneOpenTenureComponent', 'OverlapComponent']));
    expect(whole.findings.length).toBeGreaterThan(100);
    expect(streamed.validation.findings.map(key).sort()).toEqual(whole.findings.map(key).sort());
    const placed = (fs: Finding[]) => fs.filter((f) => !isShared(f.focus, DEFAULT_BASE)).map((f) => `${key(f)} @ ${f.file}:${f.line}`).sort();
    expect(placed(streamed.validation.findings)).toEqual(placed(whole.findings));
  }, 240_000);
});

describe('entities several articles state', () => {
  it('are validated as merged: a limit only the merged person breaks is found, and only for those', async () => {
    const { dir, sources } = writeCorpus(200, 3);
    const shapesDir = tempDir();
    writeFileSync(path.join(shapesDir, 'office-ld.ttl'), readFileSync(path.join(DEFAULT_SHAPES_DIR, 'office-ld.ttl')));
    writeFileSync(path.join(shapesDir, 'one-source.ttl'), `
      @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <http://schema.org/> . @prefix prov: <http://www.w3.org/ns/prov#> .
      <https://example.org/test#OneSource> a sh:NodeShape ; sh:targetClass schema:Person ;
        sh:property [ sh:path prov:wasDerivedFrom ; sh:maxCount 1 ; sh:severity sh:Warning ] .`);
    const streamed = await buildToFolder([dir], tempDir(), { jobs: 2, shapes: shapesDir });
    const ctx = createMapContext(DEFAULT_BASE);
    const quads = canonicalOrder(sources.flatMap((source) => mapArticle(readArticle(source), ctx)));
    const whole = await validateQuads(quads, await loadShapes(shapesDir));
    const merged = whole.findings.filter((f) => f.constraint === 'MaxCountConstraintComponent');
    expect(merged.length).toBeGreaterThan(20);
    expect(merged.every((f) => f.focus.includes('/person/'))).toBe(true);
    expect(streamed.validation.findings.map(key).sort()).toEqual(whole.findings.map(key).sort());
    expect(streamed.validation.findings.filter((f) => f.constraint === 'MaxCountConstraintComponent').every((f) => f.file)).toBe(true);
  }, 120_000);
});

describe('a clean corpus', () => {
  let corpus: { dir: string; sources: ArticleSource[] };
  let one: string;
  let two: string;
  beforeAll(async () => {
    corpus = writeCorpus(1000, 5);
    one = tempDir();
    two = tempDir();
    await buildToFolder([corpus.dir], one, { jobs: 1 });
    // two threads, and the shared entities' lines written out to sorted runs on disk every 100,000
    // characters (a few dozen runs here) and merged back, as a corpus too large for memory is built
    await buildToFolder([corpus.dir], two, { jobs: 2, sharedMemoryChars: 100_000 });
  }, 240_000);

  it('is written byte for byte the same on one thread and on two, with the shared entities held in memory or merged from runs on disk', () => {
    const names = readdirSync(one).sort();
    expect(names).toEqual(readdirSync(two).sort());
    expect(names).toContain('dump.nq.gz');
    for (const name of names) expect(readFileSync(path.join(two, name)).equals(readFileSync(path.join(one, name))), name).toBe(true);
  });

  it('is the graph that one minter over the whole corpus gives (IRI collisions across articles included)', async () => {
    const whole = await wholeGraph(corpus.sources);
    const nt = readFileSync(path.join(one, 'dump.nt'), 'utf8');
    const streamed = new (await import('n3')).Parser({ format: 'N-Triples' }).parse(nt) as Quad[];
    expect(streamed.length).toBe(whole.quads.length);
    expect(ntLines(streamed)).toEqual(ntLines(whole.quads));
    expect(nt).toMatch(/person\/[a-z-]+-[0-9a-f]{6}>/);
    expect(gunzipSync(readFileSync(path.join(one, 'dump.nt.gz'))).toString('utf8')).toBe(nt);
  }, 120_000);

  it('has a JSON-LD dump that jsonld.toRDF reads back to the N-Triples graph', async () => {
    const context = JSON.parse(readFileSync(path.join(one, 'context.jsonld'), 'utf8'));
    const doc = JSON.parse(readFileSync(path.join(one, 'dump.jsonld'), 'utf8'));
    const nquads = await jsonld.toRDF({ ...doc, '@context': context['@context'] }, { format: 'application/n-quads' }) as unknown as string;
    const fromJsonLd = new (await import('n3')).Parser({ format: 'N-Quads' }).parse(nquads) as Quad[];
    const nt = new (await import('n3')).Parser({ format: 'N-Triples' }).parse(readFileSync(path.join(one, 'dump.nt'), 'utf8')) as Quad[];
    expect(fromJsonLd.length).toBe(nt.length);
    expect(ntLines(fromJsonLd)).toEqual(ntLines(nt));
  }, 180_000);

  it('in memory, is the same files as in a folder', async () => {
    const small = corpus.sources.slice(0, 60);
    const folder = tempDir();
    await buildToFolder(small.map((s) => s.path), folder, { jobs: 2 });
    const memory = await buildFromSources(small, { jobs: 1 });
    for (const file of memory.files) {
      const bytes = typeof file.content === 'string' ? Buffer.from(file.content) : Buffer.from(file.content);
      expect(readFileSync(path.join(folder, file.name)).equals(bytes), file.name).toBe(true);
    }
    expect(memory.files.map((f) => f.name).sort()).toEqual(readdirSync(folder).sort());
  }, 120_000);
});

describe('an article too big for a worker thread', () => {
  it('runs again in the main thread, with the same result', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      `| Person Number${i} (王明${i}) | ${['March', 'May', 'July'][i % 3]} ${1000 + Math.floor(i / 3)} | ${['May', 'July', 'March'][i % 3]} ${1000 + Math.floor((i + (i % 3 === 2 ? 3 : 0)) / 3)} |`);
    const dir = tempDir();
    const file = path.join(dir, 'big.txt');
    writeFileSync(file, `= Mayor of Bigtown =\n\nInfobox\n- Post: Mayor\n- Body: the Bigtown Municipal People's Government\n\n` +
      `== Holders ==\n| Name | Term start | Term end |\n${rows.join('\n')}\n`);
    const article = {
      base: DEFAULT_BASE, links: [], prefixes: {}, keepRecords: false,
      outputs: [{ syntax: 'ntriples' as const, graphs: false, gzip: true }],
    };
    const job = { index: 0, name: 'big.txt', path: file };
    const tasks: Task[] = [{ pass: 'article', job }, { pass: 'article', job, suffixed: [] }];
    const collect = async (pool: ArticlePool) => {
      const out: TaskResult[] = [];
      await pool.run(tasks, (result) => void out.push({ ...result, validationMs: 0 } as TaskResult));
      await pool.close();
      return out;
    };
    const small = await ArticlePool.start(2, { article, workerHeapMb: 40 });
    const threads = await collect(small);
    expect(small.fallbacks).toBeGreaterThan(0);
    const here = await collect(await ArticlePool.start(1, { article }));
    expect(threads).toEqual(here);
    expect((here[0] as { tenures: number }).tenures).toBe(3000);
    expect((here[1] as { tenures: number }).tenures).toBe(3000);
  }, 120_000);
});

describe('an article whose slug an earlier article took', () => {
  const settings = {
    base: DEFAULT_BASE, links: [], prefixes: {}, keepRecords: false,
    outputs: [{ syntax: 'ntriples' as const, graphs: false, gzip: false }],
  };
  const article = (name: string, holder: string) => {
    const text = `= Mayor of ${name} =\n\nInfobox\n- Post: Mayor\n- Body: the ${name} Municipal People's Government\n\n` +
      `== Holders ==\n| Name | Term start | Term end |\n| ${holder} | 1990 | 1995 |\n`;
    return { index: 0, name: `${name}.txt`, path: `${name}.txt`, bytes: Buffer.from(text) };
  };
  const first = article('Anshan', 'Zhang Long (张龙)');
  const second = article('Fushun', 'Zhang Long (章龙)');
  const nt = (out: ArticleOutcome) => Buffer.from((out as ArticleOutput).pieces[0] as Uint8Array).toString('utf8');

  it('is sent back when its thread had not heard of the owner, and then equals one mapped after hearing', async () => {
    const shapes = await loadShapes();
    const table = new ClaimTable();
    const won: MintClaim[] = [];
    const a = await processArticle(first, undefined, settings, shapes) as ArticleOutput;
    expect(table.resolve(a.claims, won)).toEqual([]);
    const unheard = await processArticle(second, undefined, settings, shapes) as ArticleOutput;
    const losers = table.resolve(unheard.claims);
    expect(losers).toEqual(['person\u0000Zhang Long|章龙']);
    expect(unheard.lost).toEqual([]); // it must go back: the minter gave no suffix
    const sentBack = await processArticle(second, losers, settings, shapes);
    const hints = new Map<number, number>();
    addHintPairs(hints, hintPairs(won));
    const heard = await processArticle(second, undefined, settings, shapes, hints);
    expect((heard as ArticleOutput).lost).toEqual(losers); // it holds: the claim table agrees
    expect(nt(heard)).toBe(nt(sentBack));
    expect(nt(sentBack)).toMatch(/person\/zhang-long-[0-9a-f]{6}>/);
    expect(nt(unheard)).not.toMatch(/person\/zhang-long-[0-9a-f]{6}>/);
  });
});
