// `npm run bench`: builds synthetic corpora with the real CLI and measures it beside two baselines —
// n3's bare Writer on the same triples (the floor) and whole-graph rdf-validate-shacl (what a naive
// pipeline does) — and writes the table to bench/results.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Store } from 'n3';
import { loadShapes, referenceResults, validateQuads } from '../dist/index.js';
import type { BuildTimings } from '../dist/index.js';
import { generateCorpus } from './corpus.js';
import { DEFAULT_SIZES, writeResults } from './results-file.js';
import { bareWriterSeconds, readDump } from './writer.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli/main.js');
const HOOK = path.join(ROOT, 'bench/rss-hook.mjs');
const SEED = 20261125;
/** Whole-graph rdf-validate-shacl and the one-thread build run up to this size (they take minutes beyond). */
const NAIVE_UP_TO = 1000;
/**
 * Builds (and bare-writer runs) per size: the median is reported. On a shared machine one run can be
 * 20% off when a neighbour takes a core; the median of three, with the spread beside it, is steadier.
 * Beyond {@link ONE_RUN_BEYOND} articles one build is run: it takes many minutes, and its bundle
 * (about 25 GB at 100,000 articles) is all the disk holds beside the switch of folders.
 */
const RUNS = 3;
const ONE_RUN_BEYOND = 10_000;

interface Run {
  wallS: number;
  rssMiB: number;
  timings: BuildTimings;
}

interface Row {
  articles: number;
  tenures: number;
  triples: number;
  /** The median of {@link RUNS} builds (by wall time), with the fastest and slowest wall times and the highest peak of them. */
  build: Run;
  runs: number;
  wall: { min: number; max: number };
  peakMiB: number;
  oneThread?: Run;
  writerS: number;
  shaclS?: number;
}

/** Runs the CLI once under the RSS hook: wall seconds, peak RSS (MiB) and the build's own timings. */
function timed(args: string[]): Run & { stderr: string; code: number | null } {
  const rssFile = path.join(os.tmpdir(), `office-ld-rss-${process.pid}`);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', HOOK, ...args], {
    env: { ...process.env, OFFICE_LD_RSS_FILE: rssFile }, encoding: 'utf8', maxBuffer: 1 << 26,
  });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  const line = run.stderr.split('\n').find((l) => l.startsWith('{"timings"'));
  const timings = line ? (JSON.parse(line) as { timings: BuildTimings }).timings : undefined;
  return { wallS, rssMiB, timings: timings!, stderr: run.stderr, code: run.status };
}

function build(input: string, out: string, extra: string[] = []): Run {
  const run = timed([CLI, 'build', input, '--out', out, '-q', '--timings', ...extra]);
  if (run.code !== 0) throw new Error(`build of ${input} failed (${run.code}):\n${run.stderr.slice(0, 2000)}`);
  return run;
}

async function benchSize(articles: number): Promise<Row> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `office-ld-bench-${articles}-`));
  const input = path.join(dir, 'articles');
  mkdirSync(input);
  let tenures = 0;
  for (const article of generateCorpus(articles, SEED)) {
    writeFileSync(path.join(input, article.name), article.text);
    tenures += article.rows;
  }
  const out = path.join(dir, 'out');
  const count = articles > ONE_RUN_BEYOND ? 1 : RUNS;
  const runs = Array.from({ length: count }, () => build(input, out)); // the later runs replace the earlier's files
  const result = median(runs);
  const naive = articles <= NAIVE_UP_TO;
  const oneThread = naive ? build(input, path.join(dir, 'out-1'), ['--jobs', '1']) : undefined;
  const writer = await bareWriterSeconds(path.join(out, 'dump.nt'), count);
  const writerS = median(writer.seconds.map((wallS) => ({ wallS }))).wallS;
  let shaclS: number | undefined;
  if (naive) {
    const quads = await readDump(path.join(out, 'dump.nt'));
    const shapes = await loadShapes();
    const store = new Store(quads);
    const began = process.hrtime.bigint();
    const reference = await referenceResults(store, shapes);
    shaclS = Number(process.hrtime.bigint() - began) / 1e9;
    const ours = await validateQuads(quads, shapes);
    if (reference.length !== 0 || ours.findings.length !== 0) throw new Error('the corpus should conform');
  }
  rmSync(dir, { recursive: true, force: true });
  const walls = runs.map((run) => run.wallS);
  return {
    articles, tenures, triples: writer.triples, build: result, runs: count, oneThread, writerS, shaclS,
    wall: { min: Math.min(...walls), max: Math.max(...walls) }, peakMiB: Math.max(...runs.map((run) => run.rssMiB)),
  };
}

function parseSizes(argv: string[]): number[] {
  const flag = argv.indexOf('--sizes');
  const value = flag >= 0 ? argv[flag + 1] : process.env.BENCH_SIZES;
  return (value ?? DEFAULT_SIZES.join(',')).split(',').map(Number).filter((n) => n > 0);
}

function median<T extends { wallS: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.wallS - b.wallS)[Math.floor(runs.length / 2)];
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const dash = (n: number | undefined, digits = 2) => (n === undefined ? '—' : fmt(n, digits));

async function main(): Promise<void> {
  const sizes = parseSizes(process.argv.slice(2));
  const loadStart = os.loadavg()[0];
  // The seed alone first, before the large corpora load the machine: the median of three runs.
  const seedOut = mkdtempSync(path.join(os.tmpdir(), 'ol-seed-'));
  const seed = median([0, 1, 2].map(() => build(path.join(ROOT, 'data/articles'), seedOut)));
  const bare = median([0, 1, 2].map(() => timed(['-e', '0'])));
  // The real fixture articles (test/fixtures/real): speed watched on real text too.
  const realDir = path.join(ROOT, 'test/fixtures/real');
  const realArticles = readdirSync(realDir).filter((f) => f.endsWith('.txt')).length;
  const real = median([0, 1, 2].map(() => build(realDir, mkdtempSync(path.join(os.tmpdir(), 'ol-real-')))));
  const rows: Row[] = [];
  for (const size of sizes) {
    process.stderr.write(`bench: ${size} articles…\n`);
    const row = await benchSize(size);
    rows.push(row);
    process.stderr.write(`  ${row.triples} triples in ${fmt(row.build.wallS)} s (${fmt(row.wall.min)}–${fmt(row.wall.max)}), peak ${fmt(row.peakMiB, 0)} MiB\n`);
  }
  const lines = [
    '# office-ld benchmark', '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, ${os.platform()} ${os.release()}`,
    `- Node ${process.version}; corpus seed ${SEED}; \`BENCH_SIZES=${sizes.join(',')} npm run bench\``,
    '- Build: `office-ld build <corpus> --out <dir>` with every format (Turtle, N-Triples, N-Triples.gz, JSON-LD, TriG, N-Quads.gz), void.ttl and the report; threads: one per core. ' +
      `Each size up to ${ONE_RUN_BEYOND} articles is built ${RUNS} times (larger ones once): the median wall time (fastest–slowest beside it) and the highest peak RSS are reported; the bare writer is the median of as many runs.`,
    `- Machine load (1-minute load average, ${os.cpus().length} cores): ${fmt(loadStart)} at the start, ${fmt(os.loadavg()[0])} at the end (other work on the machine slows the build).`,
    '- Bare n3 Writer: n3\'s `Writer` writing the same triples as N-Triples to a string, in memory (the floor).',
    '- Validation: the build\'s own (per article, then the shared entities merged), as thread time summed over threads; ' +
      'whole-graph rdf-validate-shacl on the same triples in one store. Tests prove the two give the same results.', '',
    '| articles | tenures | triples | build wall (s) | fastest–slowest (s) | articles/s | triples/s | peak RSS (MiB) | 1 thread wall (s) | bare n3 Writer (s) | build / writer | our validation (thread s) | whole-graph rdf-validate-shacl (s) | speed-up |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.articles} | ${r.tenures} | ${r.triples} | ${fmt(r.build.wallS)} | ${fmt(r.wall.min)}–${fmt(r.wall.max)} | ` +
      `${fmt(r.articles / r.build.wallS, 0)} | ${fmt(r.triples / r.build.wallS, 0)} | ${fmt(r.peakMiB, 0)} | ${dash(r.oneThread?.wallS)} | ${fmt(r.writerS, 3)} | ` +
      `${fmt(r.build.wallS / r.writerS, 1)}× | ${fmt(r.build.timings.validation)} | ${dash(r.shaclS)} | ` +
      `${r.shaclS === undefined ? '—' : fmt(r.shaclS / r.build.timings.validation, 1) + '×'} |`),
    '',
    'Where the build\'s wall time goes (s): articles (read, map, validate, write each; IRI claims settled on the way) / shared entities / finish (report, void.ttl, renames).', '',
    '| articles | articles pass | shared entities | finish |', '|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.articles} | ${fmt(r.build.timings.articles)} | ${fmt(r.build.timings.shared)} | ${fmt(r.build.timings.finish)} |`),
    '',
    `Seed article alone (median of three, before the corpora): \`office-ld build\` ${fmt(seed.wallS)} s wall, peak ${fmt(seed.rssMiB, 0)} MiB; \`node -e 0\` ${fmt(bare.wallS)} s.`,
    '',
    `Real articles (\`test/fixtures/real\`, ${realArticles} office-holder lists from many countries and scripts; median of three): ` +
      `${fmt(real.wallS)} s wall, articles pass ${fmt(real.timings.articles)} s, peak ${fmt(real.rssMiB, 0)} MiB.`,
    '',
  ];
  if (rows.length >= 2) {
    const [last, before] = [rows[rows.length - 1], rows[rows.length - 2]];
    lines.push(`Peak RSS ratio, ${last.articles} / ${before.articles} articles: ${fmt(last.peakMiB / before.peakMiB)}×.`, '');
  }
  const text = lines.join('\n');
  writeResults(path.join(ROOT, 'bench/results.md'), sizes, text);
  process.stdout.write(text);
}

await main();
