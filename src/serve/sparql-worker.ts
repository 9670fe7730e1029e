// The SPARQL worker thread: holds an Oxigraph store of the dataset and answers queries, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';
import { notXmlCharacter } from '../serialize/xml-chars.js';

/** A query sent to the worker. */
export interface WorkerRequest {
  query: string;
  /** Media type for SELECT/ASK results, or null when the client accepts none. */
  resultsType: string | null;
  /** Media type for CONSTRUCT/DESCRIBE graphs, or null when the client accepts none. */
  graphType: string | null;
  defaultGraphs: string[];
  namedGraphs: string[];
}

/** The worker's answer: a body and its media type, or an HTTP status and message. */
export type WorkerResponse = { body: string; type: string } | { status: number; message: string };

const store = new oxigraph.Store();
store.load(workerData.ntriples as string, { format: 'application/n-triples', lenient: true });

/** An answer in an XML format that holds a character XML 1.0 forbids (Oxigraph writes it raw). */
class NotXml extends Error {}

/**
 * A WebAssembly trap (out-of-bounds memory, unreachable): the store may be corrupt from now on; or a
 * result too large for a string: the memory grown to make it stays. Either way the worker is replaced.
 */
function isFatal(error: unknown): boolean {
  return (error as Error)?.name === 'RuntimeError' ||
    /memory access out of bounds|unreachable|RuntimeError|Invalid string length|allocation failed|out of memory/i.test(String((error as Error)?.message));
}

/** The result over the bound, refused (the engine replaces this worker after it). */
function bounded(response: WorkerResponse): WorkerResponse & { fatal?: boolean } {
  const max = workerData.maxResultChars as number;
  if (!('body' in response) || response.body.length <= max) return response;
  return { status: 500, message: `the result is over ${max} characters; ask for less (LIMIT, fewer variables)`, fatal: true };
}

/** Runs one query; Oxigraph tells the query form by refusing a results format that does not fit it. */
function answer(request: WorkerRequest): WorkerResponse {
  const options = {
    default_graph: request.defaultGraphs.length ? request.defaultGraphs.map((iri) => oxigraph.namedNode(iri)) : undefined,
    named_graphs: request.namedGraphs.length ? request.namedGraphs.map((iri) => oxigraph.namedNode(iri)) : undefined,
    use_default_graph_as_union: request.defaultGraphs.length === 0,
  };
  const run = (type: string) => {
    const body = String(store.query(request.query, { ...options, results_format: type }));
    const character = type.endsWith('xml') ? notXmlCharacter(body) : undefined;
    if (character) throw new NotXml(`the answer holds ${character}, which XML 1.0 cannot hold (not even as a character reference): ask for ${type.includes('sparql-results') ? 'JSON, CSV or TSV results' : 'Turtle or N-Triples'}`);
    // Oxigraph writes CR raw, which XML reads back as LF
    return type.endsWith('xml') ? body.replaceAll('\r', '&#xD;') : body;
  };
  try {
    const body = run(request.resultsType ?? 'application/sparql-results+json');
    if (!request.resultsType) return { status: 406, message: 'the Accept header allows no SPARQL results format' };
    return { body, type: request.resultsType };
  } catch (error) {
    if (error instanceof NotXml) return { status: 406, message: error.message };
    const message = (error as Error).message ?? String(error);
    if (!/not supported RDF format/i.test(message)) {
      return { status: /^error at \d+:\d+/.test(message) ? 400 : 500, message };
    }
  }
  if (!request.graphType) return { status: 406, message: 'the Accept header allows no RDF format for this graph result' };
  try {
    return { body: run(request.graphType), type: request.graphType };
  } catch (error) {
    if (error instanceof NotXml) return { status: 406, message: error.message };
    return { status: 500, message: (error as Error).message ?? String(error) };
  }
}

parentPort!.on('message', (request: WorkerRequest) => {
  try {
    const response = bounded(answer(request));
    const fatal = 'status' in response && response.status === 500 && isFatal({ message: response.message });
    parentPort!.postMessage(fatal ? { ...response, fatal } : response);
  } catch (error) {
    parentPort!.postMessage({ status: 500, message: String((error as Error)?.message ?? error), fatal: true });
  }
});
parentPort!.postMessage({ ready: true });
