// The whole pipeline as one call: articles → records → quads → validation → the bundle's files, streamed
// article by article (on worker threads for a corpus) into memory or into an output folder.
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { usageError, type OfficeLdError } from './errors.js';
import type { ArticleRecord } from './extract/records.js';
import { collectInputs, type ArticleSource } from './inputs.js';
import { readArticle, type ArticleJob } from './pipeline/article.js';
import { INTERNAL_QUADS, INTERNAL_TRIPLES, runBuild, type ChangesStep } from './pipeline/run.js';
import { planChanges, stateDump, writeChangeset } from './publish/changes.js';
import type { PublishOptions } from './publish/config.js';
import type { GraphStats } from './publish/stats.js';
import { readLinks, type Link } from './reconcile/links-file.js';
import type { BundleFile } from './serialize/bundle.js';
import type { FormatId } from './serialize/formats.js';
import { REPORT_FILE } from './serialize/report.js';
import { ioStep, openFreshFolder } from './serialize/folder.js';
import { fileTarget, memoryTarget } from './serialize/sink.js';
import type { Severity, ValidationOutcome } from './validate/validate.js';

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
  /** Threads for the articles (1: this thread only; default one per 250 articles, at most one per core). */
  jobs?: number;
  /**
   * Folder builds only: also write what changed since the bundle the folder held, as the next
   * changeset `changes/<n>.added.nt.gz` / `.removed.nt.gz` (docs/output.md, "Changesets").
   */
  changes?: boolean;
  /**
   * Characters of shared entities' lines held in memory before they are written out, sorted, to a
   * temp folder (`os.tmpdir()`, removed at the end) and merged back when written (default 32 Mi):
   * what keeps memory flat on a corpus of any size. The output does not depend on it.
   */
  sharedMemoryChars?: number;
}

/** A step of a build's progress: which stage, how many articles of how many, triples so far. */
export interface BuildProgress {
  stage: 'map' | 'validate' | 'write';
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
  /** Warnings about the articles that did not stop the build (a repeated infobox field), `file:line: Warning: …`. */
  warnings: string[];
}

/** Seconds a build spent: each stage's wall time, and validation's thread time (summed over threads). */
export interface BuildTimings {
  /** The articles: reading, mapping, validating and writing each (its IRI claims settled on the way). */
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
 * Builds from article files and folders straight into `dir`, streaming: the files grow in a fresh
 * sibling folder that replaces `dir` whole only when the build is good (folder.ts), under the folder's
 * lock. Memory stays flat but for the entities articles share.
 */
export async function buildToFolder(
  inputs: string[], dir: string, options: BuildOptions & { linksFile?: string } = {},
): Promise<BuildSummary> {
  const jobs = (await collectInputs(inputs)).map((input, index): ArticleJob => ({ ...input, index }));
  const linked = await withLinks(options);
  if (options.changes) checkChangesFormats(options.formats);
  const folder = await openFreshFolder(dir, [...inputs, ...(options.linksFile ? [options.linksFile] : [])]);
  const target = (name: string) => fileTarget(folder.fresh, name);
  try {
    const changes = options.changes ? changesStep(folder.target, folder.fresh) : undefined;
    const { summary } = await ioStep(dir, () => runBuild(jobs, linked, target, false, changes));
    if (summary.written.length === 0) await folder.abort();
    else await folder.commit();
    return summary;
  } catch (error) {
    await folder.abort();
    throw error;
  }
}

/** A build with changesets writes an N-Triples dump: the next build compares with it. */
function checkChangesFormats(formats: FormatId[] | undefined): void {
  if (formats && formats.length > 0 && !formats.some((id) => id === 'nt' || id === 'nt.gz')) {
    throw usageError('a build with changesets writes an N-Triples dump (the next build compares with it)', undefined,
      '--format nt or --format nt.gz among the formats');
  }
}

/** The changeset of a folder build: numbered on from the bundle in `target`, computed against the new dump in `fresh`. */
function changesStep(target: string, fresh: string): ChangesStep {
  const plan = planChanges(target);
  return {
    state: plan.state,
    write: async () => (plan.next === undefined ? []
      : writeChangeset(target, plan.previousDump!, stateDump(fresh)!, fresh, plan.next)),
  };
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
  return { ...summary, records, files, quads: parse(INTERNAL_TRIPLES, 'N-Triples'), graphQuads: parse(INTERNAL_QUADS, 'N-Quads') };
}
