// The embedded store: a bundle's dump loaded into an in-process Oxigraph (WASM) store, and SPARQL run on it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Quad, Term } from '@rdfjs/types';
import oxigraph from 'oxigraph';
import { inputError, usageError } from '../errors.js';
import { parseRdf, rdfSourceFile, readRdfText, type ReadOptions } from '../serialize/read.js';
import { writeNQuads } from '../serialize/writers.js';

/**
 * An in-memory Oxigraph store (the npm package has no on-disk storage): the part of its API office-ld
 * hands out, typed here with RDF/JS terms, so that consumers never compile oxigraph's own declaration
 * file (it does not compile under `strict` without `skipLibCheck`).
 */
export interface OxigraphStore {
  readonly size: number;
  query(query: string, options?: {
    base_iri?: string; results_format?: string; use_default_graph_as_union?: boolean;
  }): boolean | Map<string, Term>[] | Quad[] | string;
  update(update: string, options?: { base_iri?: string }): void;
  match(subject?: Term | null, predicate?: Term | null, object?: Term | null, graph?: Term | null): Quad[];
}

/** A bundle loaded into a store: the store, the files it was read from, and its quad count. */
export interface BundleStore {
  store: OxigraphStore;
  files: string[];
  triples: number;
}

/**
 * Loads RDF into a new in-process Oxigraph store: each source is an output folder (its first dump of
 * `BUNDLE_DUMPS` of read.ts), an RDF file in any syntax office-ld reads (gzip or not), or `-` for stdin.
 * Read by the one reader (read.ts); Oxigraph parses the text itself where it has the syntax (several
 * times faster than building the store from parsed quads), JSON-LD goes through jsonld.js.
 * Throws a usage error (exit 2) if a source cannot be read, an input error (exit 1) if it does not parse.
 */
export async function openBundleStore(sources: string | string[], options: ReadOptions = {}): Promise<BundleStore> {
  const files = await Promise.all((Array.isArray(sources) ? sources : [sources]).map(rdfSourceFile));
  const oxigraphStore = new oxigraph.Store();
  for (const file of files) {
    const { text, syntax } = await readRdfText(file, options);
    const nquads = syntax.id === 'jsonld' ? await writeNQuads(await parseRdf(text, 'jsonld', file)) : undefined;
    try {
      oxigraphStore.load(nquads ?? text, { format: nquads ? 'application/n-quads' : syntax.mediaTypes[0]!, lenient: true,
        base_iri: pathToFileURL(path.resolve(file)).href });
    } catch (error) {
      throw inputError(`the ${syntax.name} does not load into Oxigraph: ${(error as Error).message}`, { file });
    }
  }
  return { store: oxigraphStore as unknown as OxigraphStore, files, triples: oxigraphStore.size };
}

/** The four SPARQL query forms. */
export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/**
 * The form of a SPARQL query: the first keyword after the prologue (comments, BASE and PREFIX
 * declarations). Undefined when there is none; Oxigraph then reports the syntax error.
 */
export function queryForm(query: string): QueryForm | undefined {
  const prologue = /^(?:\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i;
  return prologue.exec(query)?.[1].toUpperCase() as QueryForm | undefined;
}

/**
 * Runs a query on an Oxigraph store and returns its serialized answer: for SELECT and ASK, a SPARQL
 * results media type (`application/sparql-results+json`, `text/csv`, `text/tab-separated-values`);
 * for CONSTRUCT and DESCRIBE, Turtle. The default graph is the union of every graph loaded (so TriG
 * and N-Quads answer as the merged graph; GRAPH still names each). A bad query is a usage error naming its line and column.
 */
export function runQuery(store: OxigraphStore, query: string, resultsFormat: string, source = 'query'): string {
  const form = queryForm(query);
  const format = form === 'CONSTRUCT' || form === 'DESCRIBE' ? 'text/turtle' : resultsFormat;
  try {
    return store.query(query, { results_format: format, use_default_graph_as_union: true }) as string;
  } catch (error) {
    throw queryError((error as Error).message, source);
  }
}

/** Oxigraph's "error at L:C: message" as an error that says line and column. */
function queryError(message: string, source: string) {
  const at = /^error at (\d+):(\d+): ([\s\S]*)$/.exec(message);
  if (!at) return usageError(`the query fails: ${message}`, { file: source });
  const expected = at[3].replace(/\s+/g, ' ');
  const short = expected.length > 240 ? `${expected.slice(0, 240)}…` : expected;
  return usageError(`SPARQL syntax error at line ${at[1]}, column ${at[2]}: ${short}`, { file: source });
}
