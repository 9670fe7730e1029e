// One article apart from the others (in a worker thread or not): its IRI claims, then parse → extract →
// map → validate → the chunks of every dump, the triples of its shared entities, its statistics.
import { readFileSync } from 'node:fs';
import type { DatasetCore, Quad } from '@rdfjs/types';
import { DataFactory, Parser, termFromId, termToId } from 'n3';
import { OfficeLdError, usageError, type ErrorKind, type Location } from '../errors.js';
import type { ArticleRecord } from '../extract/records.js';
import { extractArticle } from '../extract/extract.js';
import type { ArticleSource } from '../inputs.js';
import { decodeArticle, parseArticle } from '../parse/parse.js';
import { articleIris, type MapContext } from '../map/context.js';
import { IRI_PATHS, IriMinter, type MintClaim } from '../map/iri.js';
import { mapArticle } from '../map/index.js';
import { mapLinks } from '../map/links.js';
import { graphIri } from '../publish/graphs.js';
import { statsPart, type StatsPart } from '../publish/stats.js';
import type { Link } from '../reconcile/links-file.js';
import { digestBytes, type FileDigest } from '../serialize/bundle.js';
import { bodyWriters, CHUNK_WRITERS, type ChunkSyntax } from '../serialize/chunks.js';
import { deflatePiece } from '../serialize/gzip.js';
import { LineWriter } from '../serialize/ntriples.js';
import type { DumpPiece } from '../serialize/sink.js';
import { canonicalOrder } from '../serialize/order.js';
import type { ShaclResult } from '../validate/engine.js';
import { GraphIndex } from '../validate/graph-index.js';
import { locatedResults, type LocatedResult } from '../validate/validate.js';
import { prov, rdf } from '../vocab.js';

const { quad } = DataFactory;

/** An article to build: its place in the build order, its names, and its bytes when not read from `path`. */
export interface ArticleJob {
  index: number;
  name: string;
  path: string;
  bytes?: Uint8Array;
}

/** What every article of a build shares. */
export interface ArticleSettings {
  base: string;
  links: readonly Link[];
  /** The dumps being written: merged ones get the article's own triples, graph ones its named graph. */
  outputs: OutputSpec[];
  prefixes: Record<string, string>;
  /** Send the record back (for the library's in-memory result). */
  keepRecords: boolean;
}

/** A dump as the article pass sees it: its syntax, whether it holds named graphs, whether it is gzip. */
export interface OutputSpec {
  syntax: ChunkSyntax;
  graphs: boolean;
  gzip: boolean;
}

/** An input error as plain data, to cross between threads. */
export interface ErrorData {
  kind: ErrorKind;
  what: string;
  where?: Location;
  expected?: string;
  raw?: string;
}

/** What the first pass learns of an article: its IRI claims and its digest, or why it is bad. */
export interface ClaimOutcome {
  claims?: MintClaim[];
  input?: FileDigest;
  error?: ErrorData;
}

/** A validation result as plain data (terms as n3 ids). */
export interface ResultData {
  focus: string;
  path?: string;
  value?: string;
  severity: string;
  component: string;
  shape: string;
  messages: string[];
  where: LocatedResult['where'];
}

/** A subject other articles may state too (a person, body, role, concept): its N-Triples lines here, subject left out. */
export interface SharedSubject {
  iri: string;
  /** `<predicate> object .` lines, non-ASCII characters escaped ({@link asciiOnly}). */
  rest: string;
}

/** Everything the build needs of one article, as plain data. */
export interface ArticleOutput {
  /** One piece per output of the settings, in their order (none where the body is empty). */
  pieces: (DumpPiece | undefined)[];
  shared: SharedSubject[];
  results: ResultData[];
  /** Milliseconds spent validating. */
  validationMs: number;
  stats: StatsPart;
  tenures: number;
  record?: ArticleRecord;
}

/** First pass: reads and maps the article with a fresh minter, to learn which slug paths it claims. */
export function claimArticle(job: ArticleJob, settings: ArticleSettings): ClaimOutcome {
  try {
    const bytes = readBytes(job);
    const record = readArticle({ ...job, bytes });
    const ctx: MapContext = { iris: new IriMinter(settings.base) };
    mapArticle(record, ctx);
    graphIri(record, ctx);
    return { claims: ctx.iris.log, input: digestBytes(job.name, bytes) };
  } catch (error) {
    if (error instanceof OfficeLdError) return { error: errorData(error) };
    throw error;
  }
}

/** Second pass: the article's chunks, shared subjects, validation results and statistics. */
export async function processArticle(
  job: ArticleJob, suffixed: readonly string[], settings: ArticleSettings, shapes: DatasetCore,
): Promise<ArticleOutput> {
  const record = readArticle({ ...job, bytes: readBytes(job) });
  const ctx: MapContext = { iris: new IriMinter(settings.base, new Set(suffixed)) };
  const mapped = mapArticle(record, ctx);
  mapped.push(...mapLinks(settings.links, mapped, settings.base));
  const graph = graphIri(record, ctx);
  const quads = canonicalOrder(mapped);
  const own: Quad[] = [];
  const sharedQuads: Quad[] = [];
  for (const q of quads) (isShared(q.subject.value, settings.base) ? sharedQuads : own).push(q);
  const index = new GraphIndex(quads);
  const graphQuads = () => [
    quad(graph, rdf.type, prov.Entity) as Quad,
    quad(graph, prov.wasDerivedFrom, articleIris(record, ctx).source) as Quad,
    ...quads.map((q) => quad(q.subject, q.predicate, q.object, graph) as Quad),
  ];
  return {
    pieces: articlePieces(settings, own, graphQuads),
    shared: sharedSubjects(sharedQuads, new LineWriter()),
    ...await timedResults(index, shapes),
    stats: statsPart(own, settings.base, quads),
    tenures: record.tenures.length,
    record: settings.keepRecords ? record : undefined,
  };
}

/** Parses and extracts one article; its provenance name replaces the path used in messages. */
export function readArticle(source: ArticleSource): ArticleRecord {
  const text = decodeArticle(source.bytes, source.path);
  const record = extractArticle(parseArticle(text, source.path));
  return { ...record, source: { ...record.source, file: source.name } };
}

/** The article's piece of each output: the body's UTF-8 bytes, deflated for gzip; each body written once. */
function articlePieces(settings: ArticleSettings, own: Quad[], graphQuads: () => Quad[]): (DumpPiece | undefined)[] {
  const bodies = new Map<string, Uint8Array>();
  const writers = bodyWriters(settings.prefixes);
  let inGraphs: Quad[] | undefined;
  return settings.outputs.map(({ syntax, graphs, gzip }) => {
    const key = `${syntax}/${graphs}`;
    let bytes = bodies.get(key);
    if (!bytes) {
      const quads = graphs ? (inGraphs ??= graphQuads()) : own;
      bodies.set(key, (bytes = ENCODER.encode(CHUNK_WRITERS[syntax].body(quads, writers))));
    }
    if (bytes.length === 0) return undefined;
    return gzip ? deflatePiece(bytes) : bytes;
  });
}

const ENCODER = new TextEncoder();

/** A batch of shared subjects, merged across articles, in IRI order. */
export interface SharedBatch {
  /** Their N-Triples lines. */
  lines: string;
  /** The rdf:type lines of the shared subjects that the subjects of `focus` point to. */
  context: string;
  /** The subjects several articles state: validated here, as merged. */
  focus: string[];
}

/** What the build needs of a batch of shared subjects. */
export interface SharedOutput {
  /** One piece per output of the settings (the merged ones; none for the graph ones). */
  pieces: (DumpPiece | undefined)[];
  stats: StatsPart;
  results: ResultData[];
  /** Milliseconds spent validating. */
  validationMs: number;
}

/** Writes a batch of shared subjects for the merged dumps, and validates the subjects several articles state. */
export async function processShared(batch: SharedBatch, settings: ArticleSettings, shapes: DatasetCore): Promise<SharedOutput> {
  const quads = canonicalOrder(new Parser({ format: 'N-Triples' }).parse(batch.lines) as Quad[]);
  const pieces = settings.outputs.map((output) => (output.graphs ? undefined : articlePieces({ ...settings, outputs: [output] }, quads, () => [])[0]));
  let validated = { results: [] as ResultData[], validationMs: 0 };
  if (batch.focus.length > 0) {
    const focus = new Set(batch.focus);
    const context = new Parser({ format: 'N-Triples' }).parse(batch.context) as Quad[];
    validated = await timedResults(new GraphIndex([...quads, ...context]), shapes,
      (r) => focus.has(r.result.focus.value) && !aboutOwnNode(r, settings.base));
  }
  return { pieces, stats: statsPart(quads, settings.base, []), ...validated };
}

/**
 * True for an sh:class result whose value is a node of one article (a tenure, a source): its types
 * are stated there only, so that article's own result about it stands, not the merged subject's.
 */
export function aboutOwnNode({ result }: LocatedResult, base: string): boolean {
  return result.component.value === SH_CLASS && result.value?.termType === 'NamedNode' && !isShared(result.value.value, base);
}

const SH_CLASS = 'http://www.w3.org/ns/shacl#ClassConstraintComponent';

/** Own subjects (posts, tenures, gaps, sources and their fragments) belong to one article; any other may recur. */
export function isShared(iri: string, base: string): boolean {
  if (!iri.startsWith(base)) return true;
  return !OWN_PATHS.some((path) => iri.startsWith(path, base.length));
}

const OWN_PATHS = [IRI_PATHS.post, IRI_PATHS.tenure, IRI_PATHS.gap, IRI_PATHS.source, IRI_PATHS.graph].map((p) => `${p}/`);

/**
 * N-Triples text with every non-ASCII character as a \u or \U escape: the same triples, but a
 * one-byte string in V8 (a Chinese name would make the whole string two bytes a character).
 */
export function asciiOnly(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.replace(NON_ASCII_ALL, (c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\U${code.toString(16).toUpperCase().padStart(8, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g;

/** The shared subjects' lines, subject by subject. */
function sharedSubjects(quads: Quad[], writer: LineWriter): SharedSubject[] {
  const out: SharedSubject[] = [];
  let rest = '';
  for (let i = 0; i < quads.length; i++) {
    rest += `${writer.term(quads[i].predicate)} ${writer.term(quads[i].object)} .\n`;
    if (i + 1 < quads.length && quads[i + 1].subject.equals(quads[i].subject)) continue;
    out.push({ iri: quads[i].subject.value, rest: asciiOnly(rest) });
    rest = '';
  }
  return out;
}

/** Validates a graph, keeping the results `keep` accepts, and times it. */
async function timedResults(index: GraphIndex, shapes: DatasetCore, keep: (r: LocatedResult) => boolean = () => true) {
  const started = performance.now();
  const results = (await locatedResults(index, shapes)).filter(keep).map(resultData);
  return { results, validationMs: performance.now() - started };
}

/** A located result as plain data. */
export function resultData({ result, where }: LocatedResult): ResultData {
  const id = (term: { termType: string } | undefined) => (term ? termToId(term as never) : undefined);
  return {
    focus: id(result.focus)!, path: id(result.path), value: id(result.value), severity: id(result.severity)!,
    component: id(result.component)!, shape: id(result.shape)!, messages: result.messages, where,
  };
}

/** Plain data back to a located result. */
export function locatedResult(data: ResultData): LocatedResult {
  const term = (id: string) => termFromId(id, DataFactory as never);
  const result: ShaclResult = {
    focus: term(data.focus), path: data.path === undefined ? undefined : term(data.path) as ShaclResult['path'],
    value: data.value === undefined ? undefined : term(data.value), severity: term(data.severity) as ShaclResult['severity'],
    component: term(data.component) as ShaclResult['component'], shape: term(data.shape), messages: data.messages,
  };
  return { result, where: data.where };
}

/** A dump as the article pass sees it: its syntax, whether it holds named graphs, whether it is gzip. */
export interface OutputSpec {
  syntax: ChunkSyntax;
  graphs: boolean;
  gzip: boolean;
}

/** An input error as plain data. */
export function errorData(error: OfficeLdError): ErrorData {
  return { kind: error.kind, what: error.what, where: error.where, expected: error.expected, raw: error.raw };
}

/** Plain data back to an error. */
export function errorFrom(data: ErrorData): OfficeLdError {
  return new OfficeLdError(data.kind, data.what, data.where, data.expected, data.raw);
}

function readBytes(job: ArticleJob): Uint8Array {
  if (job.bytes) return job.bytes;
  try {
    return readFileSync(job.path);
  } catch (error) {
    throw usageError(`cannot read the file: ${(error as Error).message}`, { file: job.path });
  }
}
