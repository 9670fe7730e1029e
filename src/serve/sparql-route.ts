// The SPARQL 1.1 Protocol at /sparql: GET and POST queries, results by Accept, updates refused (read-only).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pickMediaType } from './negotiate.js';
import { graphIriProblem, queryProblem } from './query-limits.js';
import { sendBody, sendError } from './respond.js';
import type { SparqlEngine } from './sparql.js';

/** Results formats for SELECT and ASK, the first the default. */
const RESULTS_TYPES = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv',
  'text/tab-separated-values', 'application/json'];
/** RDF formats for CONSTRUCT and DESCRIBE, the first the default. */
const GRAPH_TYPES = ['text/turtle', 'application/n-triples', 'application/rdf+xml'];
/** Largest POST body accepted. */
const MAX_BODY = 1 << 20;

/** Answers one request to the SPARQL endpoint. */
export async function sparqlRoute(request: IncomingMessage, response: ServerResponse, url: URL,
  engine: SparqlEngine): Promise<void> {
  const vary = { Vary: 'Accept' };
  let params = url.searchParams;
  if (request.method === 'POST') {
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const body = await readBody(request);
    if (body === undefined) return sendError(response, 413, 'the request body is over 1 MiB');
    if (type === 'application/sparql-update') return refuseUpdate(response);
    if (type === 'application/sparql-query') params = new URLSearchParams([['query', body]]);
    else if (type === 'application/x-www-form-urlencoded') params = new URLSearchParams(body);
    else return sendError(response, 415, 'POST a query as application/sparql-query or application/x-www-form-urlencoded');
  } else if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendError(response, 405, 'use GET or POST', { Allow: 'GET, HEAD, POST' });
  }
  if (params.has('update')) return refuseUpdate(response);
  const queries = params.getAll('query');
  if (queries.length !== 1) return sendError(response, 400, 'give exactly one query parameter (SPARQL 1.1 Protocol)');
  const accept = request.headers.accept;
  const results = pickMediaType(accept, RESULTS_TYPES);
  const graph = pickMediaType(accept, GRAPH_TYPES);
  if ('error' in results && results.error === 'malformed') return sendError(response, 400, 'the Accept header does not parse');
  const problem = queryProblem(queries[0]) ??
    [...params.getAll('default-graph-uri'), ...params.getAll('named-graph-uri')].map(graphIriProblem).find(Boolean);
  if (problem) return sendError(response, 400, problem, vary);
  const answer = await engine.query({
    query: queries[0],
    resultsType: 'type' in results ? results.type : null,
    graphType: 'type' in graph ? graph.type : null,
    defaultGraphs: params.getAll('default-graph-uri'),
    namedGraphs: params.getAll('named-graph-uri'),
  });
  if ('status' in answer) {
    const retry: Record<string, string> = 'retryAfter' in answer ? { 'Retry-After': String(answer.retryAfter) } : {};
    return sendError(response, answer.status, answer.message.split('\n')[0], { ...vary, ...retry });
  }
  sendBody(request, response, { text: answer.body, type: answer.type }, vary);
}

function refuseUpdate(response: ServerResponse): void {
  sendError(response, 403, 'this SPARQL endpoint is read-only: updates are refused');
}

/** The request body as text, or undefined when it is over the limit. */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
