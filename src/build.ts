// The whole pipeline as one call: articles → records → quads → validation → the bundle's files (dumps + void.ttl).
import type { Quad } from '@rdfjs/types';
import { allInputErrors, inputError, OfficeLdError, usageError } from './errors.js';
import { extractArticle } from './extract/extract.js';
import type { ArticleRecord } from './extract/records.js';
import { collectInputs, readInput, type ArticleSource } from './inputs.js';
import { createMapContext, isValidBase, mapArticle } from './map/index.js';
import { mapLinks } from './map/links.js';
import { readLinks, type Link } from './reconcile/links-file.js';
import { decodeArticle, parseArticle } from './parse/parse.js';
import { assembleBundle } from './publish/assemble.js';
import { checkPublishOptions, type PublishOptions } from './publish/config.js';
import { namedGraphs } from './publish/graphs.js';
import type { BundleFile } from './serialize/bundle.js';
import { FORMATS, formatById, type DumpFormat, type FormatId } from './serialize/formats.js';
import { canonicalOrder } from './serialize/order.js';
import { REPORT_FILE, writeReport } from './serialize/report.js';
import { loadShapes } from './validate/shapes.js';
import { validateQuads, type Severity, type ValidationOutcome } from './validate/validate.js';
import { DEFAULT_BASE } from './vocab.js';

/** Options of a build. */
export interface BuildOptions {
  /** Base IRI for minted entities (default {@link DEFAULT_BASE}). */
  base?: string;
  /** Dump formats to write (default all). */
  formats?: FormatId[];
  /** Shapes folder or file (default the shapes shipped with office-ld). */
  shapes?: string;
  /** Called as the build goes: articles read and mapped, then validation, then writing. */
  onProgress?: (progress: BuildProgress) => void;
  /** How the dataset is described in void.ttl: title, licence, creator, publisher, endpoint, download URLs. */
  publish?: PublishOptions;
  /** The least serious validation result that fails the build (default Violation). */
  failOn?: Severity;
  /** Build from the good articles and list the bad ones in `skipped`, instead of failing. */
  skipInvalid?: boolean;
  /** Reviewed links to Wikidata (`readLinks`); only accepted lines make triples. Default none. */
  links?: readonly Link[];
}

/** A step of a build's progress: which stage, how many articles of how many, triples so far. */
export interface BuildProgress {
  stage: 'read' | 'map' | 'validate' | 'write';
  done: number;
  total: number;
  triples: number;
}

/** What a build produced, in memory: nothing is written until the caller writes `files`. */
export interface BuildResult {
  records: ArticleRecord[];
  /** The bad articles left out with `skipInvalid`, each with its located error. */
  skipped: OfficeLdError[];
  /** The dataset, distinct quads in canonical order. */
  quads: Quad[];
  /** The same data with each article's quads in its own named graph, plus the graphs' provenance. */
  graphQuads: Quad[];
  validation: ValidationOutcome;
  /** The report as Turtle. */
  reportTurtle: string;
  /** The dump files (empty when validation failed at the `failOn` severity). */
  files: BundleFile[];
}

export { REPORT_FILE };

/** Builds from article files and folders, with the links of `linksFile` when given (a missing file = no links). */
export async function buildFromPaths(
  inputs: string[], options: BuildOptions & { linksFile?: string } = {},
): Promise<BuildResult> {
  const articles = await collectInputs(inputs);
  const sources: ArticleSource[] = [];
  for (const article of articles) sources.push(await readInput(article));
  const links = options.links ?? (options.linksFile ? await readLinks(options.linksFile) : []);
  return buildFromSources(sources, { ...options, links });
}

/** Builds from articles already in memory; throws one error naming every bad article (unless skipInvalid). */
export async function buildFromSources(sources: ArticleSource[], options: BuildOptions = {}): Promise<BuildResult> {
  const base = options.base ?? DEFAULT_BASE;
  if (!isValidBase(base)) throw usageError(`"${base}" is not a usable base IRI`, undefined, 'an http(s) IRI ending in "/" or "#"');
  const formats = selectFormats(options.formats);
  const publish = checkPublishOptions(options.publish ?? {});
  const progress = options.onProgress ?? (() => undefined);
  const { records, good, skipped } = readArticles(sources, options.skipInvalid ?? false, progress);
  const ctx = createMapContext(base);
  let triples = 0;
  const perArticle = records.map((record, index) => {
    const mapped = [...mapArticle(record, ctx)];
    mapped.push(...mapLinks(options.links ?? [], mapped, base));
    triples += mapped.length;
    progress({ stage: 'map', done: index + 1, total: records.length, triples });
    return mapped;
  });
  const quads = canonicalOrder(perArticle.flat());
  const graphQuads = namedGraphs(records, perArticle, ctx);
  const shapes = await loadShapes(options.shapes);
  progress({ stage: 'validate', done: records.length, total: records.length, triples: quads.length });
  const validation = await validateQuads(quads, shapes, options.failOn);
  const reportTurtle = await writeReport(validation.report);
  const inputs = good.map((source) => ({ name: source.name, bytes: source.bytes }));
  if (validation.passes) progress({ stage: 'write', done: records.length, total: records.length, triples: quads.length });
  const files = validation.passes
    ? await assembleBundle({ base, quads, graphQuads, formats, reportTurtle, shapes, inputs, publish })
    : [];
  return { records, skipped, quads, graphQuads, validation, reportTurtle, files };
}

/** Reads every article, collecting the bad ones: all are reported, not only the first. */
function readArticles(sources: ArticleSource[], skipInvalid: boolean, progress: (p: BuildProgress) => void) {
  const records: ArticleRecord[] = [];
  const good: ArticleSource[] = [];
  const skipped: OfficeLdError[] = [];
  for (const [index, source] of sources.entries()) {
    progress({ stage: 'read', done: index, total: sources.length, triples: 0 });
    try {
      records.push(readArticle(source));
      good.push(source);
    } catch (error) {
      if (!(error instanceof OfficeLdError) || error.kind !== 'input') throw error;
      skipped.push(error);
    }
  }
  if (skipped.length > 0 && !skipInvalid) throw allInputErrors(skipped, sources.length);
  if (records.length === 0) {
    throw inputError('no article is valid; nothing to build', { file: sources.map((s) => s.path).join(', ') },
      'at least one article that reads without errors');
  }
  return { records, good, skipped };
}

/** Parses and extracts one article; its provenance name replaces the path used in messages. */
export function readArticle(source: ArticleSource): ArticleRecord {
  const text = decodeArticle(source.bytes, source.path);
  const record = extractArticle(parseArticle(text, source.path));
  return { ...record, source: { ...record.source, file: source.name } };
}

function selectFormats(ids: FormatId[] | undefined): DumpFormat[] {
  if (!ids || ids.length === 0) return [...FORMATS];
  return ids.map((id) => {
    const format = formatById(id);
    if (!format) throw usageError(`unknown format "${id}"`, undefined, FORMATS.map((f) => f.id).join(', '));
    return format;
  });
}
