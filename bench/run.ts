// `npm run bench`: builds synthetic corpora with the real CLI and measures it beside two baselines —
// n3's bare Writer (the floor) and whole-graph rdf-validate-shacl (what a naive pipeline does).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import { Parser, Store, Writer } from 'n3';
import { loadShapes, referenceResults, validateQuads } from '../dist/index.js';
import { generateCorpus } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli/main.js');
const HOOK = path.join(ROOT, 'bench/rss-hook.mjs');

interface Row {
  articles: number;
  tenures: number;
  triples: number;
  wallS: number;
  rssMiB: number;
  writerS: number;
  oursS: number;
  shaclS?: number;
}

/** Runs the CLI once under the RSS hook: wall seconds and peak RSS in MiB. */
function timed(args: string[]): { wallS: number; rssMiB: number; stderr: string; code: number | null } {
  const rssFile = path.join(os.tmpdir(), `office-ld-rss-${process.pid}`);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', HOOK, ...args], {
    env: { ...process.env, OFFICE_LD_RSS_FILE: rssFile }, encoding: 'utf8', maxBuffer: 1 << 26,
  });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { wallS, rssMiB, stderr: run.stderr, code: run.status };
}

function seconds<T>(work: () => T): [T, number] {
  const started = process.hrtime.bigint();
  const value = work();
  return [value, Number(process.hrtime.bigint() - started) / 1e9];
}

async function benchSize(articles: number, withShacl: boolean): Promise<Row> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `office-ld-bench-${articles}-`));
  const input = path.join(dir, 'articles');
  mkdirSync(input);
  let tenures = 0;
  for (const article of generateCorpus(articles, 20261125)) {
    writeFileSync(path.join(input, article.name), article.text);
    tenures += article.rows;
  }
  const out = path.join(dir, 'out');
  const run = timed([CLI, 'build', input, '--out', out, '-q']);
  if (run.code !== 0) throw new Error(`build of ${articles} articles failed (${run.code}):\n${run.stderr.slice(0, 2000)}`);
  const nt = readFileSync(path.join(out, 'dump.nt'), 'utf8');
  const quads = new Parser({ format: 'N-Triples' }).parse(nt) as Quad[];
  const [, writerS] = seconds(() => {
    const writer = new Writer({ format: 'N-Triples' });
    writer.addQuads(quads as never);
    let text = '';
    writer.end((_, result: string) => (text = result));
    return text.length;
  });
  const shapes = await loadShapes();
  const store = new Store(quads);
  let started = process.hrtime.bigint();
  const ours = await validateQuads(store, shapes);
  const oursS = Number(process.hrtime.bigint() - started) / 1e9;
  let shaclS: number | undefined;
  if (withShacl) {
    started = process.hrtime.bigint();
    const reference = await referenceResults(store, shapes);
    shaclS = Number(process.hrtime.bigint() - started) / 1e9;
    if (reference.length !== ours.findings.length) throw new Error('the two validators disagree');
  }
  rmSync(dir, { recursive: true, force: true });
  return { articles, tenures, triples: quads.length, wallS: run.wallS, rssMiB: run.rssMiB, writerS, oursS, shaclS };
}

function parseSizes(argv: string[]): number[] {
  const flag = argv.indexOf('--sizes');
  const value = flag >= 0 ? argv[flag + 1] : process.env.BENCH_SIZES;
  return (value ?? '100,1000,10000').split(',').map(Number).filter((n) => n > 0);
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

async function main(): Promise<void> {
  const sizes = parseSizes(process.argv.slice(2));
  const rows: Row[] = [];
  for (const size of sizes) {
    process.stderr.write(`bench: ${size} articles…\n`);
    rows.push(await benchSize(size, size <= 1000));
    const r = rows[rows.length - 1];
    process.stderr.write(`  ${r.triples} triples in ${fmt(r.wallS)} s, peak ${fmt(r.rssMiB, 0)} MiB\n`);
  }
  const seed = timed([CLI, 'build', path.join(ROOT, 'data/articles'), '--out', mkdtempSync(path.join(os.tmpdir(), 'ol-seed-')), '-q']);
  const bare = timed(['-e', '0']);
  const lines = [
    '# office-ld benchmark', '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, ${os.platform()} ${os.release()}`,
    `- Node ${process.version}; corpus seed 20261125; \`BENCH_SIZES=${sizes.join(',')} npm run bench\``, '',
    '| articles | tenures | triples | build wall (s) | articles/s | triples/s | peak RSS (MiB) | bare n3 Writer (s) | build / writer | our validation (s) | whole-graph rdf-validate-shacl (s) | speed-up |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.articles} | ${r.tenures} | ${r.triples} | ${fmt(r.wallS)} | ${fmt(r.articles / r.wallS, 0)} | ` +
      `${fmt(r.triples / r.wallS, 0)} | ${fmt(r.rssMiB, 0)} | ${fmt(r.writerS, 3)} | ${fmt(r.wallS / r.writerS, 1)}× | ` +
      `${fmt(r.oursS)} | ${r.shaclS === undefined ? '—' : fmt(r.shaclS)} | ${r.shaclS === undefined ? '—' : fmt(r.shaclS / r.oursS, 1) + '×'} |`),
    '',
    `Seed article alone: \`office-ld build\` ${fmt(seed.wallS)} s wall, peak ${fmt(seed.rssMiB, 0)} MiB; \`node -e 0\` ${fmt(bare.wallS)} s.`,
    '',
  ];
  const rss = rows.map((r) => r.rssMiB);
  if (rows.length >= 2) lines.push(`Peak RSS ratio, largest / second largest size: ${fmt(rss[rss.length - 1] / rss[rss.length - 2])}×.`, '');
  const text = lines.join('\n');
  writeFileSync(path.join(ROOT, 'bench/results.md'), text);
  process.stdout.write(text);
}

await main();
