// The embedded store: a bundle's dump loaded into an in-process Oxigraph (WASM) store, and SPARQL run on it.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import oxigraph from 'oxigraph';
import { usageError } from '../errors.js';

/** An in-memory Oxigraph store (the npm package has no on-disk storage). */
export type OxigraphStore = InstanceType<typeof oxigraph.Store>;

/** A bundle loaded into a store: the store, the file it was read from, and its triple count. */
export interface BundleStore {
  store: OxigraphStore;
  file: string;
  triples: number;
}

/** The RDF files a bundle folder is read from, in order of preference (N-Triples parses fastest). */
const BUNDLE_FILES = [
  { name: 'dump.nt', mediaType: 'application/n-triples' },
  { name: 'dump.ttl', mediaType: 'text/turtle' },
] as const;

/**
 * Loads a bundle into a new in-process Oxigraph store: `source` is an output folder (its `dump.nt`,
 * else `dump.ttl`) or one `.nt`/`.ttl` file. Throws a usage error (exit 2) if nothing loadable is there.
 */
export async function openBundleStore(source: string): Promise<BundleStore> {
  const file = await bundleFile(source);
  const format = BUNDLE_FILES.find((f) => file.toLowerCase().endsWith(path.extname(f.name)))!.mediaType;
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw usageError(`cannot read the dump: ${error.message}`, { file });
  });
  const store = new oxigraph.Store();
  try {
    store.load(text, { format, lenient: true });
  } catch (error) {
    throw usageError(`the dump does not load into Oxigraph: ${(error as Error).message}`, { file });
  }
  return { store, file, triples: store.size };
}

async function bundleFile(source: string): Promise<string> {
  const info = await stat(source).catch(() => {
    throw usageError('no such folder or file', { file: source }, 'an output folder (see office-ld build) or a .nt/.ttl file');
  });
  if (!info.isDirectory()) {
    if (/\.(nt|ttl)$/i.test(source)) return source;
    throw usageError('cannot load this file', { file: source }, 'an N-Triples (.nt) or Turtle (.ttl) file');
  }
  for (const candidate of BUNDLE_FILES) {
    const file = path.join(source, candidate.name);
    if (await stat(file).then(() => true, () => false)) return file;
  }
  throw usageError('no dump in the folder', { file: source }, BUNDLE_FILES.map((f) => f.name).join(' or '));
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
 * for CONSTRUCT and DESCRIBE, Turtle. A bad query is a usage error naming its line and column.
 */
export function runQuery(store: OxigraphStore, query: string, resultsFormat: string, source = 'query'): string {
  const form = queryForm(query);
  const format = form === 'CONSTRUCT' || form === 'DESCRIBE' ? 'text/turtle' : resultsFormat;
  try {
    return store.query(query, { results_format: format }) as string;
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
