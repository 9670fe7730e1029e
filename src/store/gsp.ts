// Loading a dump into any store that speaks the SPARQL 1.1 Graph Store HTTP Protocol, in chunks, losing nothing on failure.
import { randomUUID } from 'node:crypto';
import { usageError } from '../errors.js';
import type { JsonResults } from './table.js';
import { StoreHttp, type Credentials } from './http.js';

/** Where a graph goes: the store's Graph Store Protocol and SPARQL endpoints, and the graph IRI. */
export interface GraphStoreTarget {
  /** Graph Store Protocol endpoint; the graph is named by `?graph=IRI` (e.g. Virtuoso's /sparql-graph-crud-auth). */
  endpoint: string;
  /** SPARQL 1.1 Protocol query endpoint (e.g. Virtuoso's /sparql-auth), for the count. */
  sparql: string;
  /** SPARQL 1.1 Update endpoint, for the move into place; defaults to `sparql` (as Virtuoso and Fuseki take both). */
  update?: string;
  /** IRI of the target graph. */
  graph: string;
  credentials?: Credentials;
}

/** How to load: replace the graph's content or add to it; triples per request. */
export interface GraphLoadOptions {
  mode: 'replace' | 'append';
  chunkTriples: number;
  /** Told after each request. */
  progress?: (message: string) => void;
}

/** What a load did: triples sent, requests made, the graph's triple count before and after. */
export interface GraphLoadReport {
  sent: number;
  requests: number;
  before: number;
  after: number;
}

/**
 * Loads N-Triples into a graph without ever leaving it half-loaded. A dump that fits one chunk goes in
 * one request straight to the target (PUT replaces, POST appends; the store takes or rejects it whole).
 * A larger one goes chunk by chunk (PUT, then POST) into a fresh temporary graph, which only when whole
 * is moved onto the target (SPARQL `MOVE`, for replace) or added to it (`ADD`, for append). A failure at
 * any step drops the temporary graph and leaves the target as it was. Throws a usage error quoting the store.
 */
export async function loadNTriples(ntriples: string, target: GraphStoreTarget, options: GraphLoadOptions): Promise<GraphLoadReport> {
  checkIri(target.graph);
  graphUrl(target.endpoint, target.graph); // a bad endpoint URL fails before any request
  const http = new StoreHttp(target.credentials);
  const before = await countTriples(target, http); // also settles digest authentication before any big body
  const lines = ntriples.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  // Blank-node labels are scoped to one request: a dump that has them goes in one piece.
  const size = /(^|\s)_:/m.test(ntriples) ? Math.max(1, lines.length) : Math.max(1, options.chunkTriples);
  const send = async (method: 'PUT' | 'POST', graph: string, chunk: string[]) => {
    await http.send(method, graphUrl(target.endpoint, graph), { 'Content-Type': 'application/n-triples' }, chunk.join('\n') + '\n');
    options.progress?.(`${method} ${chunk.length} triples into <${graph}>`);
  };
  if (lines.length <= size) {
    await send(options.mode === 'replace' ? 'PUT' : 'POST', target.graph, lines);
    return { sent: lines.length, requests: 1, before, after: await countTriples(target, http) };
  }
  const temp = `urn:office-ld:load:${randomUUID()}`;
  let requests = 0;
  try {
    for (let start = 0; start < lines.length; start += size) {
      await send(start === 0 ? 'PUT' : 'POST', temp, lines.slice(start, start + size));
      requests += 1;
    }
    if (options.mode === 'replace') await update(target, http, `MOVE GRAPH <${temp}> TO <${target.graph}>`);
    else await update(target, http, `ADD GRAPH <${temp}> TO <${target.graph}>`);
  } catch (error) {
    await update(target, http, `DROP SILENT GRAPH <${temp}>`).catch(() => undefined);
    throw error;
  }
  if (options.mode === 'append') await update(target, http, `DROP SILENT GRAPH <${temp}>`);
  return { sent: lines.length, requests, before, after: await countTriples(target, http) };
}

/** The number of triples in the target graph, by a SPARQL COUNT query. */
export async function countTriples(target: GraphStoreTarget, http = new StoreHttp(target.credentials)): Promise<number> {
  checkIri(target.graph);
  const answer = await select(target, http, `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${target.graph}> { ?s ?p ?o } }`);
  const n = Number(answer.results?.bindings[0]?.n?.value);
  if (!Number.isInteger(n)) throw usageError(`${target.sparql}: the store's answer to COUNT holds no number`);
  return n;
}

/** Runs a SELECT or ASK query on the target's SPARQL endpoint and returns its JSON results. */
export async function select(target: GraphStoreTarget, http: StoreHttp, query: string): Promise<JsonResults> {
  const text = await http.send('POST', target.sparql, {
    'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json',
  }, new URLSearchParams({ query }).toString());
  try {
    return JSON.parse(text) as JsonResults;
  } catch {
    throw usageError(`${target.sparql}: the store's answer is not SPARQL JSON results: ${text.slice(0, 200)}`);
  }
}

/** Runs a SPARQL Update operation on the target's update endpoint (default its SPARQL endpoint). */
export async function update(target: GraphStoreTarget, http: StoreHttp, operation: string): Promise<void> {
  await http.send('POST', target.update ?? target.sparql, { 'Content-Type': 'application/x-www-form-urlencoded' },
    new URLSearchParams({ update: operation }).toString());
}

/** The Graph Store Protocol URL of a named graph: the endpoint with `graph=IRI` added to its query string. */
export function graphUrl(endpoint: string, graph: string): string {
  const url = URL.canParse(endpoint) ? new URL(endpoint) : undefined;
  if (!url) throw usageError(`not a URL: ${endpoint}`, undefined, 'the Graph Store Protocol endpoint, such as http://127.0.0.1:8890/sparql-graph-crud-auth');
  url.searchParams.set('graph', graph);
  return url.href;
}

/** Graph IRIs go into SPARQL text: they must be absolute and hold none of the characters IRIs forbid. */
export function checkIri(iri: string): void {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(iri)) {
    throw usageError(`not an absolute IRI: ${iri}`, undefined, 'an IRI such as https://example.org/office-ld/graph');
  }
}
