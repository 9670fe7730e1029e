// RDF files → quads, for `validate` and for reading dumps back: Turtle, N-Triples, TriG, N-Quads by n3, JSON-LD by jsonld.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Parser } from 'n3';
import { inputError, usageError } from '../errors.js';
import { formatById, formatOfFile, type FormatId } from './formats.js';

/** Parses RDF text of a known format; `file` names it in errors and sets the base IRI. */
export async function parseRdf(text: string, format: FormatId, file: string): Promise<Quad[]> {
  const baseIRI = pathToFileURL(path.resolve(file)).href;
  if (format === 'jsonld') {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      throw inputError(`the JSON does not parse: ${(error as Error).message}`, { file }, 'a JSON-LD document');
    }
    try {
      const quads = (await jsonld.toRDF(document as never, {
        base: baseIRI, documentLoader: localFileLoader as never,
      })) as unknown as Quad[];
      return quads.map(toN3Quad);
    } catch (error) {
      throw inputError(`the JSON-LD does not convert to RDF: ${(error as Error).message}`, { file });
    }
  }
  const { name, mediaType } = formatById(format)!;
  try {
    return new Parser({ format: mediaType, baseIRI }).parse(text) as Quad[];
  } catch (error) {
    const message = (error as Error).message;
    const line = Number(/line (\d+)/.exec(message)?.[1]) || undefined;
    throw inputError(`the ${name} does not parse: ${message}`, { file, line });
  }
}

/** Reads an RDF file (gzip-compressed where its extension says so), its format told by its extension. */
export async function readRdfFile(file: string): Promise<Quad[]> {
  const format = formatOfFile(file);
  if (!format) throw usageError('unknown RDF file extension', { file }, '.ttl, .nt, .nt.gz, .jsonld, .json, .trig or .nq.gz');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw usageError(`cannot read the file: ${(error as Error).message}`, { file });
  }
  if (format.compression === 'gzip') {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw inputError(`the gzip data does not decompress: ${(error as Error).message}`, { file });
    }
  }
  return parseRdf(bytes.toString('utf8'), format.id, file);
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
