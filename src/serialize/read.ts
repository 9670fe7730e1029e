// The one RDF reader: a file or stdin, gzip or not, in any syntax of the format table (by --input-format,
// media type or extension) → quads, by n3 (Turtle, N-Triples, N-Quads, TriG), jsonld.js and rdfxml-streaming-parser.
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Parser, Store } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { inputError, usageError } from '../errors.js';
import { formatById, SYNTAXES, syntaxById, syntaxByName, syntaxOfFile, type RdfSyntax, type SyntaxId } from './formats.js';

/** How to tell a source's syntax when its name does not: `--input-format` (an id, alias or media type) or a media type. */
export interface ReadOptions {
  inputFormat?: string | undefined;
  mediaType?: string | undefined;
}

/** An RDF source read and decompressed: its text, its syntax, and its name for messages. */
export interface RdfText {
  text: string;
  syntax: RdfSyntax;
  file: string;
}

const GZIP_MAGIC = [0x1f, 0x8b];
const KNOWN = `${SYNTAXES.map((s) => s.extensions.join('/')).join(', ')} (any of them .gz)`;

/** The dumps a bundle folder is read from, in order of preference (N-Triples parses fastest). */
export const BUNDLE_DUMPS = ['dump.nt', 'dump.nt.gz', 'dump.ttl', 'dump.trig', 'dump.nq.gz', 'dump.jsonld'] as const;

/** The file a source names: an output folder's first dump of {@link BUNDLE_DUMPS}, else the file (or `-`) itself. */
export async function rdfSourceFile(source: string): Promise<string> {
  if (source === '-') return source;
  const info = await stat(source).catch(() => {
    throw usageError('no such folder or file', { file: source }, 'an output folder (see office-ld build) or an RDF file');
  });
  if (!info.isDirectory()) return source;
  for (const name of BUNDLE_DUMPS) {
    const file = path.join(source, name);
    if (await stat(file).then(() => true, () => false)) return file;
  }
  throw usageError('no dump in the folder', { file: source }, BUNDLE_DUMPS.join(', '));
}

/** Reads a file (or stdin, `-`), gunzips it when it is gzip data, and tells its syntax. */
export async function readRdfText(source: string, options: ReadOptions = {}): Promise<RdfText> {
  const file = source === '-' ? 'stdin' : source;
  const syntax = chooseSyntax(source, options);
  let bytes: Buffer;
  try {
    bytes = source === '-' ? await readStdin() : await readFile(source);
  } catch (error) {
    throw usageError(`cannot read the file: ${(error as Error).message}`, { file });
  }
  if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw inputError(`the gzip data does not decompress: ${(error as Error).message}`, { file });
    }
  }
  return { text: bytes.toString('utf8'), syntax, file };
}

/** Reads RDF from a file or stdin (`-`) in any syntax office-ld knows (see {@link readRdfText}). */
export async function readRdf(source: string, options: ReadOptions = {}): Promise<Quad[]> {
  const { text, syntax, file } = await readRdfText(source, options);
  return parseRdf(text, syntax.id, file);
}

/** The triples of quads, named graphs merged into one (a triple stated in two graphs once). */
export function mergedGraph(quads: Quad[]): Quad[] {
  if (quads.every((q) => q.graph.termType === 'DefaultGraph')) return quads;
  const merged = new Store(quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)));
  return merged.getQuads(null, null, null, null) as Quad[];
}

/** The syntax of a source: `--input-format`, else the media type, else the extension; stdin defaults to Turtle. */
function chooseSyntax(source: string, { inputFormat, mediaType }: ReadOptions): RdfSyntax {
  const named = inputFormat ?? mediaType;
  if (named !== undefined) {
    const syntax = syntaxByName(named);
    if (!syntax) {
      throw usageError(`unknown RDF syntax "${named}"`, undefined,
        SYNTAXES.map((s) => [s.id, ...s.aliases].join('|')).join(', ') + ', or a media type');
    }
    return syntax;
  }
  if (source === '-') return syntaxById('turtle');
  const { syntax } = syntaxOfFile(source);
  if (!syntax) throw usageError('unknown RDF file extension', { file: source }, `${KNOWN}, or --input-format`);
  return syntax;
}

/**
 * Parses RDF text; `syntax` is a syntax id or a dump format id (`ttl`, `nt`…). `file` names it in
 * errors and gives the base IRI of relative IRIs.
 */
export async function parseRdf(text: string, syntax: SyntaxId | string, file: string): Promise<Quad[]> {
  const found = syntaxByName(formatById(syntax)?.syntax ?? syntax);
  if (!found) throw usageError(`unknown RDF syntax "${syntax}"`, { file });
  const baseIRI = pathToFileURL(path.resolve(file)).href;
  if (found.id === 'jsonld') return parseJsonLd(text, file, baseIRI);
  if (found.id === 'rdfxml') return parseRdfXml(text, file, baseIRI);
  try {
    return new Parser({ format: found.mediaTypes[0], baseIRI }).parse(text) as Quad[];
  } catch (error) {
    const message = (error as Error).message;
    const line = Number(/line (\d+)/.exec(message)?.[1]) || undefined;
    throw inputError(`the ${found.name} does not parse: ${message}`, { file, line });
  }
}

async function parseJsonLd(text: string, file: string, base: string): Promise<Quad[]> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw inputError(`the JSON does not parse: ${(error as Error).message}`, { file }, 'a JSON-LD document');
  }
  try {
    const quads = (await jsonld.toRDF(document as never, { base, documentLoader: localFileLoader as never })) as unknown as Quad[];
    return quads.map(toN3Quad);
  } catch (error) {
    throw inputError(`the JSON-LD does not convert to RDF: ${(error as Error).message}`, { file });
  }
}

function parseRdfXml(text: string, file: string, baseIRI: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI, dataFactory: DataFactory as never, trackPosition: true });
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', (error: Error) => {
      const line = Number(/Line: (\d+)/i.exec(error.message)?.[1]) || undefined;
      reject(inputError(`the RDF/XML does not parse: ${error.message.replace(/\s+/g, ' ')}`, { file, line }));
    });
    parser.on('end', () => resolve(quads));
    parser.end(text);
  });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** jsonld.js returns plain term objects; n3's factory turns them into terms with `equals`. */
function toN3Quad(q: Quad): Quad {
  const term = DataFactory.fromTerm as (t: unknown) => never;
  return DataFactory.quad(term(q.subject), term(q.predicate), term(q.object), term(q.graph)) as Quad;
}

/** A jsonld document loader for local `file:` contexts only (such as context.jsonld beside a dump). */
export async function localFileLoader(url: string): Promise<{ document: unknown; documentUrl: string; contextUrl: null }> {
  if (!url.startsWith('file:')) throw new Error(`office-ld loads no remote JSON-LD documents (asked for ${url})`);
  const document = JSON.parse(await readFile(fileURLToPath(url), 'utf8'));
  return { document, documentUrl: url, contextUrl: null };
}
