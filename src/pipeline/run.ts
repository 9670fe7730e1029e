// One build, start to end: the articles (pieces written in build order as they come back from the pool,
// IRI claims settled on the way), the shared entities, then the report, the small files and void.ttl.
import { allInputErrors, inputError, OfficeLdError, usageError } from '../errors.js';
import type { ArticleRecord } from '../extract/records.js';
import { checkBase } from '../map/index.js';
import type { MintClaim } from '../map/iri.js';
import type { BuildOptions, BuildProgress, BuildSummary, BuildTimings } from '../build.js';
import { supplementFiles, writeVoid } from '../publish/assemble.js';
import { VOID_FILE } from '../publish/void.js';
import { checkPublishOptions } from '../publish/config.js';
import { StatsAccumulator } from '../publish/stats.js';
import type { BundleFile, FileDigest } from '../serialize/bundle.js';
import { CHUNK_WRITERS, type ChunkSyntax } from '../serialize/chunks.js';
import { FORMATS, formatById, type DumpFormat, type FormatId } from '../serialize/formats.js';
import { writeReport } from '../serialize/report.js';
import { DumpSink, type DumpPiece, type SinkTarget } from '../serialize/sink.js';
import { dumpPrefixes } from '../serialize/writers.js';
import { loadShapes } from '../validate/shapes.js';
import { validationOutcome, type LocatedResult } from '../validate/validate.js';
import { DEFAULT_BASE } from '../vocab.js';
import type { ArticleJob, ArticleOutcome, ArticleOutput } from './article.js';
import { placeMerged } from './placement.js';
import { errorFrom, locatedResult } from './plain.js';
import { ArticlePool, defaultJobs, type Task } from './pool.js';
import { ClaimTable } from './claim-table.js';
import { SharedIndex } from './shared.js';
import type { SharedOutput } from './shared-batch.js';

/** Internal dumps an in-memory build always keeps, for `quads` and `graphQuads`. */
export const INTERNAL_TRIPLES = '.all.nt';
export const INTERNAL_QUADS = '.all.nq';

function* sharedTasks(index: SharedIndex): Generator<Task> {
  for (const batch of index.batches()) yield { pass: 'shared', batch };
}

/** An output file being streamed, with how it is written. */
interface Output {
  syntax: ChunkSyntax;
  graphs: boolean;
  sink: DumpSink;
  first: boolean;
  /** Kept out of `written` (the in-memory build's own N-Triples and N-Quads). */
  internal: boolean;
}

/** A changeset to write once the dumps are whole, before void.ttl describes it: the state the bundle then holds. */
export interface ChangesStep {
  state: number;
  /** Writes the changeset files (and links the earlier ones); their digests. */
  write(): Promise<FileDigest[]>;
}

/**
 * Runs a build of `jobs` into files made by `target`; `inMemory` keeps the records and the internal
 * N-Triples and N-Quads dumps; `changes` writes a changeset after the dumps.
 */
export async function runBuild(
  jobs: ArticleJob[], options: BuildOptions, target: (name: string) => SinkTarget, inMemory: boolean, changes?: ChangesStep,
): Promise<{ summary: BuildSummary; records: ArticleRecord[] }> {
  const base = options.base ?? DEFAULT_BASE;
  checkBase(base);
  const formats = selectFormats(options.formats);
  const publish = checkPublishOptions(options.publish ?? {});
  const progress = options.onProgress ?? (() => undefined);
  const shapes = await loadShapes(options.shapes);
  const prefixes = dumpPrefixes(base);
  const outputs: Output[] = formats.map((format) => ({
    syntax: format.syntax, graphs: format.graphs, first: true, internal: false,
    sink: new DumpSink(format.fileName, target(format.fileName), format.compression === 'gzip'),
  }));
  if (inMemory) {
    for (const [name, syntax, graphs] of [[INTERNAL_TRIPLES, 'ntriples', false], [INTERNAL_QUADS, 'nquads', true]] as const) {
      outputs.push({ syntax, graphs, first: true, internal: true, sink: new DumpSink(name, target(name), false) });
    }
  }
  const pool = await ArticlePool.start(options.jobs ?? defaultJobs(jobs.length), {
    shapes: options.shapes,
    article: {
      base, links: options.links ?? [], prefixes, keepRecords: inMemory,
      outputs: outputs.map(({ syntax, graphs, sink }) => ({ syntax, graphs, gzip: sink.gzip })),
    },
  });
  let committed = false;
  try {
    const clock = stopwatch();
    const passes = await writeArticles(pool, jobs, options.skipInvalid ?? false, outputs, prefixes, base, options.sharedMemoryChars, progress);
    const { good, skipped, inputs } = passes;
    await pool.close();
    clock(); // the passes timed themselves
    const timings: BuildTimings = { ...passes.seconds, finish: 0, validation: passes.validationSeconds };
    const { results, tenures, records } = passes;
    const validation = validationOutcome(results, shapes, options.failOn);
    const reportTurtle = await writeReport(validation.report);
    const summary: BuildSummary = {
      skipped, validation, timings, reportTurtle, articles: good.length, tenures, stats: passes.stats, written: [],
      warnings: passes.warnings,
    };
    if (!validation.passes) {
      await abortAll(outputs.map((o) => o.sink));
      return { summary, records };
    }
    progress({ stage: 'write', done: good.length, total: good.length, triples: summary.stats.triples });
    const digests: FileDigest[] = [];
    for (const output of outputs) {
      output.sink.writeText(CHUNK_WRITERS[output.syntax].tail);
      const digest = output.sink.end();
      if (!output.internal) digests.push(digest);
    }
    if (changes) digests.push(...await changes.write());
    const small: DumpSink[] = [];
    for (const file of await supplementFiles(formats, reportTurtle, shapes)) digests.push(await writeWhole(file, target, small));
    const description = new DumpSink(VOID_FILE, target(VOID_FILE), false);
    small.push(description);
    await writeVoid({ base, stats: summary.stats, files: digests, formats, inputs, publish, changeset: changes?.state },
      (text) => description.writeText(text));
    digests.push(description.end());
    for (const sink of [...outputs.map((o) => o.sink), ...small]) await sink.target.commit();
    committed = true;
    summary.written = digests.map((digest) => digest.name);
    timings.finish = clock();
    return { summary, records };
  } finally {
    await pool.close();
    if (!committed) await abortAll(outputs.map((o) => o.sink));
  }
}

/**
 * The articles and the shared entities: every article's pieces written in build order, the shared
 * subjects merged, then written and validated. Bad articles are collected (all reported; the build
 * fails unless `skipInvalid`). Each article is mapped once with its own slug collisions decided
 * within it; the claim table, fed in build order, sends back the rare article an earlier one took a
 * slug from. Returns what the rest of the build needs; the shared index (the biggest thing a build
 * holds) and the claim table end with this function, so that the finish does not keep them.
 */
async function writeArticles(
  pool: ArticlePool, jobs: ArticleJob[], skipInvalid: boolean, outputs: Output[], prefixes: Record<string, string>,
  base: string, sharedMemoryChars: number | undefined, progress: (p: BuildProgress) => void,
) {
  const index = new SharedIndex(sharedMemoryChars);
  try {
    return await articlesAndShared(pool, jobs, skipInvalid, outputs, prefixes, base, index, progress);
  } finally {
    index.dispose();
  }
}

/** The two passes of {@link writeArticles}, into `index`. */
async function articlesAndShared(
  pool: ArticlePool, jobs: ArticleJob[], skipInvalid: boolean, outputs: Output[], prefixes: Record<string, string>,
  base: string, index: SharedIndex, progress: (p: BuildProgress) => void,
) {
  const clock = stopwatch();
  for (const output of outputs) output.sink.writeText(CHUNK_WRITERS[output.syntax].head(prefixes));
  const write = (output: Output, piece: DumpPiece | undefined) => {
    if (!piece) return;
    if (!output.first) output.sink.writeText(CHUNK_WRITERS[output.syntax].separator);
    output.first = false;
    output.sink.write(piece);
  };
  const table = new ClaimTable();
  const good: ArticleJob[] = [];
  const skipped: OfficeLdError[] = [];
  const inputs: FileDigest[] = [];
  const stats = new StatsAccumulator();
  const own: LocatedResult[] = [];
  const aboutShared = new Map<string, LocatedResult[]>();
  const records: ArticleRecord[] = [];
  const warnings: string[] = [];
  let tenures = 0;
  let triples = 0;
  let validationSeconds = 0;
  const settle = async (outcome: ArticleOutput, job: ArticleJob): Promise<ArticleOutput> => {
    const won: MintClaim[] = [];
    const losers = table.resolve(outcome.claims, won);
    pool.tell(won);
    if (sameKeys(losers, outcome.lost)) return outcome;
    const again = await pool.runOne<ArticleOutcome>({ pass: 'article', job, suffixed: losers });
    if ('error' in again) throw errorFrom(again.error);
    return again;
  };
  await pool.run<ArticleOutcome>(jobs.map((job) => ({ pass: 'article', job })), async (outcome, i) => {
    progress({ stage: 'map', done: i + 1, total: jobs.length, triples });
    if ('error' in outcome) {
      const error = errorFrom(outcome.error);
      if (error.kind !== 'input') throw error;
      skipped.push(error);
      return;
    }
    if (skipped.length > 0 && !skipInvalid) return; // the build fails: only the other bad articles matter now
    const out = await settle(outcome, jobs[i]);
    index.add(out.shared, good.length);
    stats.add(out.stats);
    good.push(jobs[i]);
    inputs.push(out.input);
    outputs.forEach((output, o) => write(output, out.pieces[o]));
    for (const data of out.results) {
      const located = locatedResult(data);
      const focus = located.result.focus.value;
      if (index.has(focus)) aboutShared.set(focus, [...(aboutShared.get(focus) ?? []), located]);
      else own.push(located);
    }
    if (out.record) records.push(out.record);
    warnings.push(...out.warnings);
    tenures += out.tenures;
    triples += out.stats.triples;
    validationSeconds += out.validationMs / 1000;
  });
  if (skipped.length > 0 && !skipInvalid) throw allInputErrors(skipped, jobs.length);
  if (good.length === 0) {
    throw inputError('no article is valid; nothing to build', { file: jobs.map((j) => j.path).join(', ') },
      'at least one article that reads without errors');
  }
  const articles = clock();
  progress({ stage: 'validate', done: good.length, total: good.length, triples });
  const merged: LocatedResult[] = [];
  await pool.run<SharedOutput>(sharedTasks(index), (out) => {
    outputs.forEach((output, o) => write(output, out.pieces[o]));
    stats.add(out.stats);
    merged.push(...out.results.map(locatedResult));
    validationSeconds += out.validationMs / 1000;
  }, 1); // a batch is large: one waiting per thread keeps the threads busy, and memory flat
  const results = [...own, ...placeMerged(index, aboutShared, merged, base, (i) => good[i].name)];
  return {
    results, records, tenures, warnings, stats: stats.result(), validationSeconds, good, skipped, inputs,
    seconds: { articles, shared: clock() },
  };
}

/** True when two lists of keys hold the same keys (each list is free of repeats). */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(b);
  return a.every((key) => set.has(key));
}

/** A clock that gives the seconds since it was last read. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
}

/** Writes a small file whole through a sink (committed with the others); its digest. */
async function writeWhole(file: BundleFile, target: (name: string) => SinkTarget, sinks: DumpSink[]): Promise<FileDigest> {
  const sink = new DumpSink(file.name, target(file.name), false);
  sinks.push(sink);
  sink.writeText(typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString('utf8'));
  return sink.end();
}

/** Drops every output not yet committed: the folder keeps what it had. */
async function abortAll(sinks: DumpSink[]): Promise<void> {
  for (const sink of sinks) await sink.target.abort().catch(() => undefined);
}

function selectFormats(ids: FormatId[] | undefined): DumpFormat[] {
  if (!ids || ids.length === 0) return [...FORMATS];
  return ids.map((id) => {
    const format = formatById(id);
    if (!format) throw usageError(`unknown format "${id}"`, undefined, FORMATS.map((f) => f.id).join(', '));
    return format;
  });
}
