// One article apart from the others (in a worker thread or not): parse → extract → map → validate →
// the pieces of every dump, the triples of its shared entities, its statistics and its IRI claims.
import type { DatasetCore, NamedNode, Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { OfficeLdError } from '../errors.js';
import type { ArticleRecord } from '../extract/records.js';
import { extractArticle } from '../extract/extract.js';
import { infoboxWarnings } from './infobox-warnings.js';
import { readInputSync, type ArticleInput, type ArticleSource } from '../inputs.js';
import { decodeArticle, parseArticle } from '../parse/parse.js';
import { articleIris, type MapContext } from '../map/context.js';
import { IRI_PATHS, IriMinter, type MintClaim, type OwnerHints } from '../map/iri.js';
import { mapArticle } from '../map/index.js';
import { mapLinks } from '../map/links.js';
import { graphIri } from '../publish/graphs.js';
import { statsPart, type StatsPart } from '../publish/stats.js';
import type { Link } from '../reconcile/links-file.js';
import { digestBytes, type FileDigest } from '../serialize/bundle.js';
import { utf8 } from '../serialize/bytes.js';
import { bodyWriters, CHUNK_WRITERS, type ChunkSyntax } from '../serialize/chunks.js';
import { deflatePiece } from '../serialize/gzip.js';
import { LineWriter } from '../serialize/ntriples.js';
import type { DumpPiece } from '../serialize/sink.js';
import { canonicalOrder } from '../serialize/order.js';
import { GraphIndex } from '../validate/graph-index.js';
import { prov, rdf } from '../vocab.js';
import { errorData, timedResults, type ErrorData, type ResultData } from './plain.js';

const { quad } = DataFactory;

/** An article to build: its place in the build order, its names, and its bytes when not read from `path`. */
export interface ArticleJob extends ArticleInput {
  index: number;
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

/** What an article gives back: its output, or why it is bad. */
export type ArticleOutcome = ArticleOutput | { error: ErrorData };

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
  /** Warnings about the article (`file:line: Warning: …`). */
  warnings: string[];
  record?: ArticleRecord;
  /** Its IRI claims, in mint order (what the build's claim table reads). */
  claims: MintClaim[];
  /** The keys its minter gave a suffix: the output holds if the claim table gives exactly these. */
  lost: string[];
  input: FileDigest;
}

/**
 * Everything of one article: its chunks, shared subjects, validation results and statistics, with its
 * claims. `suffixed` (the keys a claim table found losing) decides slug collisions; without it, the
 * owners this thread has heard of (`owners`) and the article itself decide them, which holds
 * unless an earlier article this thread has not heard of yet took one of its slugs.
 */
export async function processArticle(
  job: ArticleJob, suffixed: readonly string[] | undefined, settings: ArticleSettings, shapes: DatasetCore,
  owners?: OwnerHints,
): Promise<ArticleOutcome> {
  const warnings: string[] = [];
  const ctx: MapContext = { iris: new IriMinter(settings.base, suffixed && new Set(suffixed), owners) };
  let bytes: Uint8Array, record: ArticleRecord, mapped: Quad[], graph: NamedNode;
  try {
    bytes = readBytes(job);
    record = readArticle({ ...job, bytes }, warnings);
    mapped = mapArticle(record, ctx);
    graph = graphIri(record, ctx);
  } catch (error) {
    if (error instanceof OfficeLdError) return { error: errorData(error) };
    throw error;
  }
  const claims = [...ctx.iris.log];
  mapped.push(...mapLinks(settings.links, mapped, settings.base));
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
  const writers = bodyWriters(settings.prefixes);
  return {
    pieces: articlePieces(settings, own, graphQuads, writers),
    shared: sharedSubjects(sharedQuads, writers.lines),
    ...await timedResults(index, shapes),
    stats: statsPart(own, settings.base, quads, (term) => writers.lines.term(term)),
    tenures: record.tenures.length,
    warnings,
    record: settings.keepRecords ? record : undefined,
    claims,
    lost: ctx.iris.lost,
    input: digestBytes(job.name, bytes),
  };
}

/**
 * Parses and extracts one article; its provenance name replaces the path used in messages. Warnings
 * (a repeated infobox field) are added to `warnings` when given.
 */
export function readArticle(source: ArticleSource, warnings?: string[]): ArticleRecord {
  const text = decodeArticle(source.bytes, source.path);
  const doc = parseArticle(text, source.path);
  warnings?.push(...infoboxWarnings(doc, source.path));
  const record = extractArticle(doc);
  return { ...record, source: { ...record.source, file: source.name } };
}

/** The article's piece of each output: the body's UTF-8 bytes, deflated for gzip; each body written once. */
export function articlePieces(
  settings: ArticleSettings, own: Quad[], graphQuads: () => Quad[], writers = bodyWriters(settings.prefixes),
): (DumpPiece | undefined)[] {
  const bodies = new Map<string, Uint8Array>();
  let inGraphs: Quad[] | undefined;
  return settings.outputs.map(({ syntax, graphs, gzip }) => {
    const key = `${syntax}/${graphs}`;
    let bytes = bodies.get(key);
    if (!bytes) {
      const quads = graphs ? (inGraphs ??= graphQuads()) : own;
      const body = CHUNK_WRITERS[syntax].body(quads, writers);
      bodies.set(key, (bytes = typeof body === 'string' ? utf8(body) : body));
    }
    if (bytes.length === 0) return undefined;
    return gzip ? deflatePiece(bytes) : bytes;
  });
}


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

function readBytes(job: ArticleJob): Uint8Array {
  return job.bytes ?? readInputSync(job).bytes;
}
