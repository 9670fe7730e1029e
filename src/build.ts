// The whole pipeline as one call: articles → records → quads → validation → the bundle's files, streamed
// article by article (on worker threads for a corpus) into memory or into an output folder.
import type { Quad, Term } from '@rdfjs/types';
import { existsSync, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Parser, termToId } from 'n3';
import { allInputErrors, inputError, OfficeLdError, usageError } from './errors.js';
import type { ArticleRecord } from './extract/records.js';
import { collectInputs, type ArticleSource } from './inputs.js';
import { isValidBase } from './map/index.js';
import { ClaimTable } from './map/iri.js';
import {
  aboutOwnNode, errorFrom, locatedResult, readArticle, type ArticleJob, type ArticleOutput, type ClaimOutcome, type SharedOutput,
} from './pipeline/article.js';
import { ArticlePool, defaultJobs, type Task } from './pipeline/pool.js';
import { SharedIndex } from './pipeline/shared.js';
import { supplementFiles, voidFile } from './publish/assemble.js';
import { checkPublishOptions, type PublishOptions } from './publish/config.js';
import { StatsAccumulator, type GraphStats } from './publish/stats.js';
import { readLinks, type Link } from './reconcile/links-file.js';
import type { BundleFile, FileDigest } from './serialize/bundle.js';
import { CHUNK_WRITERS, type ChunkSyntax } from './serialize/chunks.js';
import { FORMATS, formatById, type DumpFormat, type FormatId } from './serialize/formats.js';
import { REPORT_FILE, writeReport } from './serialize/report.js';
import { DumpSink, fileTarget, memoryTarget, type DumpPiece, type SinkTarget } from './serialize/sink.js';
import { dumpPrefixes } from './serialize/writers.js';
import { loadShapes } from './validate/shapes.js';
import { validationOutcome, type LocatedResult, type Severity, type ValidationOutcome } from './validate/validate.js';
import { DEFAULT_BASE } from './vocab.js';

export { readArticle, REPORT_FILE };

/** Options of a build. */
export interface BuildOptions {
  /** Base IRI for minted entities (default {@link DEFAULT_BASE}). */
  base?: string;
  /** Dump formats to write (default all). */
  formats?: FormatId[];
  /** Shapes folder or file (default the shapes shipped with office-ld). */
  shapes?: string;
  /** Called as the build goes: articles read, then mapped, then the shared entities, then writing. */
  onProgress?: (progress: BuildProgress) => void;
  /** How the dataset is described in void.ttl: title, licence, creator, publisher, endpoint, download URLs. */
  publish?: PublishOptions;
  /** The least serious validation result that fails the build (default Violation). */
  failOn?: Severity;
  /** Build from the good articles and list the bad ones in `skipped`, instead of failing. */
  skipInvalid?: boolean;
  /** Reviewed links to Wikidata (`readLinks`); only accepted lines make triples. Default none. */
  links?: readonly Link[];
  /** Threads for the articles (1: this thread only; default one per core, for 50 articles or more). */
  jobs?: number;
}

/** A step of a build's progress: which stage, how many articles of how many, triples so far. */
export interface BuildProgress {
  stage: 'read' | 'map' | 'validate' | 'write';
  done: number;
  total: number;
  triples: number;
}

/** What a build wrote, and what it found. */
export interface BuildSummary {
  /** The bad articles left out with `skipInvalid`, each with its located error. */
  skipped: OfficeLdError[];
  validation: ValidationOutcome;
  /** Seconds each stage took (wall), and the thread time validation took within them. */
  timings: BuildTimings;
  /** The report as Turtle. */
  reportTurtle: string;
  articles: number;
  tenures: number;
  /** Statistics of the merged graph (void.ttl's). */
  stats: GraphStats;
  /** Names of the files written (none when validation failed at the `failOn` severity). */
  written: string[];
}

/** Seconds a build spent: each stage's wall time, and validation's thread time (summed over threads). */
export interface BuildTimings {
  /** First pass: reading every article and claiming its IRIs. */
  claims: number;
  /** Second pass: mapping, validating and writing each article. */
  articles: number;
  /** The shared entities: merged, written, validated. */
  shared: number;
  /** Report, small files, void.ttl, renames. */
  finish: number;
  /** Thread time spent validating (per article and merged entities). */
  validation: number;
}

/** What an in-memory build produced: nothing is written until the caller writes `files`. */
export interface BuildResult extends BuildSummary {
  records: ArticleRecord[];
  /** The dataset, distinct triples, as dump.nt holds them. */
  quads: Quad[];
  /** The same data with each article's quads in its own named graph, plus the graphs' provenance. */
  graphQuads: Quad[];
  /** The dump files (empty when validation failed at the `failOn` severity). */
  files: BundleFile[];
}

/** Builds from article files and folders into memory, with the links of `linksFile` when given. */
export async function buildFromPaths(
  inputs: string[], options: BuildOptions & { linksFile?: string } = {},
): Promise<BuildResult> {
  const jobs = (await collectInputs(inputs)).map((input, index): ArticleJob => ({ ...input, index }));
  return buildInMemory(jobs, await withLinks(options));
}

/** Builds from articles already in memory; throws one error naming every bad article (unless skipInvalid). */
export async function buildFromSources(sources: ArticleSource[], options: BuildOptions = {}): Promise<BuildResult> {
  return buildInMemory(sources.map((source, index) => ({ ...source, index })), options);
}

/**
 * Builds from article files and folders straight into `dir`, streaming: the dumps grow in temporary
 * files that replace the old ones only when the whole build is good. Memory stays flat but for the
 * entities articles share.
 */
export async function buildToFolder(
  inputs: string[], dir: string, options: BuildOptions & { linksFile?: string } = {},
): Promise<BuildSummary> {
  const jobs = (await collectInputs(inputs)).map((input, index): ArticleJob => ({ ...input, index }));
  const existed = existsSync(dir);
  const target = (name: string) => {
    try {
      mkdirSync(dir, { recursive: true });
      return fileTarget(dir, name);
    } catch (error) {
      throw usageError(`cannot write the output: ${(error as Error).message}`, { file: dir });
    }
  };
  let written = false;
  try {
    const { summary } = await runBuild(jobs, await withLinks(options), target, false);
    written = summary.written.length > 0;
    return summary;
  } finally {
    if (!existed && !written) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function withLinks(options: BuildOptions & { linksFile?: string }): Promise<BuildOptions> {
  return { ...options, links: options.links ?? (options.linksFile ? await readLinks(options.linksFile) : []) };
}

async function buildInMemory(jobs: ArticleJob[], options: BuildOptions): Promise<BuildResult> {
  const targets = new Map<string, ReturnType<typeof memoryTarget>>();
  const target = (name: string) => {
    const memory = memoryTarget();
    targets.set(name, memory);
    return memory;
  };
  const { summary, records } = await runBuild(jobs, options, target, true);
  const text = (name: string) => targets.get(name)!.bytes().toString('utf8');
  const files = summary.written.map((name): BundleFile => {
    const bytes = targets.get(name)!.bytes();
    return { name, content: name.endsWith('.gz') ? bytes : bytes.toString('utf8') };
  });
  const parse = (name: string, format: string) => (targets.has(name) ? new Parser({ format }).parse(text(name)) as Quad[] : []);
  return { ...summary, records, files, quads: parse(ALL_TRIPLES, 'N-Triples'), graphQuads: parse(ALL_QUADS, 'N-Quads') };
}

function* sharedTasks(index: SharedIndex): Generator<Task> {
  for (const batch of index.batches()) yield { pass: 'shared', batch };
}

/** Internal dumps an in-memory build always keeps, for `quads` and `graphQuads`. */
const ALL_TRIPLES = '.all.nt';
const ALL_QUADS = '.all.nq';

/** An output file being streamed, with how it is written. */
interface Output {
  name: string;
  syntax: ChunkSyntax;
  graphs: boolean;
  sink: DumpSink;
  first: boolean;
  /** Kept out of `written` (the in-memory build's own N-Triples and N-Quads). */
  internal: boolean;
}

async function runBuild(
  jobs: ArticleJob[], options: BuildOptions, target: (name: string) => SinkTarget, inMemory: boolean,
): Promise<{ summary: BuildSummary; records: ArticleRecord[] }> {
  const base = options.base ?? DEFAULT_BASE;
  if (!isValidBase(base)) throw usageError(`"${base}" is not a usable base IRI`, undefined, 'an http(s) IRI ending in "/" or "#"');
  const formats = selectFormats(options.formats);
  const publish = checkPublishOptions(options.publish ?? {});
  const progress = options.onProgress ?? (() => undefined);
  const shapes = await loadShapes(options.shapes);
  const prefixes = dumpPrefixes(base);
  const outputs: Output[] = formats.map((format) => ({
    name: format.fileName, syntax: format.syntax, graphs: format.graphs, first: true, internal: false,
    sink: new DumpSink(format.fileName, target(format.fileName), format.compression === 'gzip'),
  }));
  if (inMemory) {
    for (const [name, syntax, graphs] of [[ALL_TRIPLES, 'ntriples', false], [ALL_QUADS, 'nquads', true]] as const) {
      outputs.push({ name, syntax, graphs, first: true, internal: true, sink: new DumpSink(name, target(name), false) });
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
    const { good, skipped, inputs } = await claimAll(pool, jobs, options.skipInvalid ?? false, progress);
    const timings: BuildTimings = { claims: clock(), articles: 0, shared: 0, finish: 0, validation: 0 };
    for (const output of outputs) output.sink.writeText(CHUNK_WRITERS[output.syntax].head(prefixes));
    const write = (output: Output, piece: DumpPiece | string | undefined) => {
      if (piece === undefined || piece === '') return;
      if (!output.first) output.sink.writeText(CHUNK_WRITERS[output.syntax].separator);
      output.first = false;
      if (typeof piece === 'string') output.sink.writeText(piece);
      else output.sink.write(piece);
    };
    const stats = new StatsAccumulator();
    const index = new SharedIndex();
    const own: LocatedResult[] = [];
    const aboutShared = new Map<string, LocatedResult[]>();
    const records: ArticleRecord[] = [];
    let tenures = 0;
    let triples = 0;
    const arrive = (out: ArticleOutput, i: number) => {
      index.add(out.shared, i);
      stats.add(out.stats);
      out.shared = [];
    };
    await pool.run<ArticleOutput>(good.map(({ job, suffixed }) => ({ pass: 'process', job, suffixed })), async (out, i) => {
      outputs.forEach((output, o) => write(output, out.pieces[o]));
      for (const data of out.results) {
        const located = locatedResult(data);
        const focus = located.result.focus.value;
        if (index.has(focus)) aboutShared.set(focus, [...(aboutShared.get(focus) ?? []), located]);
        else own.push(located);
      }
      if (out.record) records.push(out.record);
      tenures += out.tenures;
      triples += out.stats.triples;
      timings.validation += out.validationMs / 1000;
      progress({ stage: 'map', done: i + 1, total: good.length, triples });
    }, arrive);
    timings.articles = clock();
    progress({ stage: 'validate', done: good.length, total: good.length, triples });
    const merged: LocatedResult[] = [];
    await pool.run<SharedOutput>(sharedTasks(index), (out) => {
      outputs.forEach((output, o) => write(output, out.pieces[o]));
      stats.add(out.stats);
      merged.push(...out.results.map(locatedResult));
      timings.validation += out.validationMs / 1000;
    });
    await pool.close();
    timings.shared = clock();
    const results = [...own, ...placeMerged(index, aboutShared, merged, base, (i) => good[i].job.name)];
    const validation = validationOutcome(results, shapes, options.failOn);
    const reportTurtle = await writeReport(validation.report);
    const summary: BuildSummary = {
      skipped, validation, timings, reportTurtle, articles: good.length, tenures, stats: stats.result(), written: [],
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
    const small: DumpSink[] = [];
    for (const file of await supplementFiles(formats, reportTurtle, shapes)) digests.push(await writeWhole(file, target, small));
    const description = await voidFile({ base, stats: summary.stats, files: digests, formats, inputs, publish });
    digests.push(await writeWhole(description, target, small));
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

/** First pass over every article: the bad ones collected (all reported), the good ones with their IRI suffixes. */
async function claimAll(pool: ArticlePool, jobs: ArticleJob[], skipInvalid: boolean, progress: (p: BuildProgress) => void) {
  const table = new ClaimTable();
  const good: { job: ArticleJob; suffixed: string[] }[] = [];
  const skipped: OfficeLdError[] = [];
  const inputs: FileDigest[] = [];
  await pool.run<ClaimOutcome>(jobs.map((job) => ({ pass: 'claim', job })), (outcome, i) => {
    progress({ stage: 'read', done: i + 1, total: jobs.length, triples: 0 });
    if (outcome.error) {
      const error = errorFrom(outcome.error);
      if (error.kind !== 'input') throw error;
      skipped.push(error);
      return;
    }
    good.push({ job: jobs[i], suffixed: table.resolve(outcome.claims!) });
    inputs.push(outcome.input!);
  });
  if (skipped.length > 0 && !skipInvalid) throw allInputErrors(skipped, jobs.length);
  if (good.length === 0) {
    throw inputError('no article is valid; nothing to build', { file: jobs.map((j) => j.path).join(', ') },
      'at least one article that reads without errors');
  }
  return { good, skipped, inputs };
}

/**
 * The results about shared subjects: for one stated by several articles, those of the merged subject
 * (placed where an article's own result about it was, when there is one) and, once, the articles'
 * sh:class results about their own nodes; for one stated by one article, that article's results.
 */
function placeMerged(
  index: SharedIndex, aboutShared: Map<string, LocatedResult[]>, merged: LocatedResult[], base: string, file: (article: number) => string,
): LocatedResult[] {
  const out: LocatedResult[] = [];
  const kept = new Set<string>();
  for (const [focus, results] of aboutShared) {
    for (const located of results) {
      if (index.isMerged(focus) && !aboutOwnNode(located, base)) continue;
      if (index.isMerged(focus) && kept.has(resultKey(located))) continue;
      kept.add(resultKey(located));
      out.push(located);
    }
  }
  const placed = new Map<string, LocatedResult['where']>();
  for (const results of aboutShared.values()) for (const r of results) placed.set(resultKey(r), placed.get(resultKey(r)) ?? r.where);
  for (const { result } of merged) {
    out.push({ result, where: placed.get(resultKey({ result, where: {} })) ?? { file: file(index.firstArticle(result.focus.value)!) } });
  }
  return out;
}

function resultKey({ result }: LocatedResult): string {
  const id = (term?: Term) => (term ? termToId(term as never) : '');
  return [id(result.focus), id(result.path), id(result.value), id(result.component), id(result.shape),
    result.messages.join('\u0000')].join('\u0001');
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
