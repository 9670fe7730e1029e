// The linked-data server: entity IRIs by content negotiation, bundle files, VoID and SPARQL, on node:http.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { writeNTriples } from '../serialize/writers.js';
import { ENTITY_FORMATS, MEDIA_TYPES, negotiateRepresentation, pickMediaType, type RepresentationId } from './negotiate.js';
import { urlPath } from './pages/html.js';
import { sendBody, sendError } from './respond.js';
import { BUNDLE_FILES, Site, VOID_FILE } from './site.js';
import { SparqlEngine } from './sparql.js';
import { sparqlRoute } from './sparql-route.js';

/** Longest request target served (longer gets 414). */
export const MAX_URL_LENGTH = 2048;

/**
 * Connection limits: open connections, time to send the headers, the whole request, idle sockets, and
 * how often Node checks the header and request limits (its default, 30 s, would let a slow client
 * hold a socket up to 30 s past them).
 */
export const SERVER_LIMITS = {
  maxConnections: 1_000, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, idleTimeoutMs: 60_000,
  checkIntervalMs: 1_000,
};

/** The connection limits, each of which a caller may set (tests use short ones). */
export type ServerLimits = typeof SERVER_LIMITS;

/** Options of `office-ld serve`. */
export interface ServeOptions {
  /** The bundle folder (dump files, optional void.ttl), or one RDF file in any syntax. */
  dataDir: string;
  /** The syntax of `dataDir` when it is a file its name does not tell (see `--input-format`). */
  inputFormat?: string;
  /** Base IRI of the entities; `base + path` is the entity at `/path`. */
  base: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Time limit of one SPARQL query. */
  queryTimeoutMs: number;
  /** Where the incumbent's timeline bar ends (default: now). */
  now?: Date;
  /** Connection limits other than {@link SERVER_LIMITS}. */
  limits?: Partial<ServerLimits>;
}

/** A running server: its URL and how to stop it. */
export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Extensions that name a representation in the path (`/post/x.ttl`). */
const EXTENSIONS: [string, RepresentationId][] = [['.html', 'html'], ...ENTITY_FORMATS.map((f) => [f.extension, f.id] as [string, RepresentationId])];

/** Loads the bundle and starts serving it. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const site = await Site.load(options.dataDir, options.base, options.now, { inputFormat: options.inputFormat });
  const engine = new SparqlEngine(await writeNTriples(site.data.quads), options.queryTimeoutMs);
  const limits = { ...SERVER_LIMITS, ...options.limits };
  const server = createServer({ connectionsCheckingInterval: limits.checkIntervalMs }, (request, response) => {
    handle(site, engine, request, response).catch((error: Error) => {
      if (!response.headersSent) sendError(response, 500, error.message);
      else response.destroy();
    });
  });
  server.maxConnections = limits.maxConnections;
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.timeout = limits.idleTimeoutMs;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/`,
    server,
    close: async () => {
      await engine.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function handle(site: Site, engine: SparqlEngine, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const target = request.url ?? '/';
  if (target.length > MAX_URL_LENGTH) return sendError(response, 414, `the URL is longer than ${MAX_URL_LENGTH} characters`);
  let url: URL;
  let sitePath: string;
  let rawPath: string;
  try {
    // the path as sent, decoded, before URL parsing resolves `%2e%2e` and turns `\` into `/`
    rawPath = decodeURIComponent(target.split(/[?#]/)[0]);
    url = new URL(target, 'http://localhost');
    sitePath = decodeURIComponent(url.pathname).slice(1);
  } catch {
    return sendError(response, 400, 'the URL does not parse');
  }
  if ([rawPath, sitePath].some((p) => p.split('/').some((segment) => segment === '..' || segment === '.') || /[\0\\]/.test(p))) {
    return sendError(response, 400, 'the path may not contain "." or ".." segments, NUL or backslashes');
  }
  if (sitePath === 'sparql') return sparqlRoute(request, response, url, engine);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendError(response, 405, 'this resource is read-only: use GET or HEAD', { Allow: 'GET, HEAD' });
  }
  if (sitePath === '' || sitePath === 'index.html') return sendBody(request, response, site.home());
  if (sitePath === 'void' || sitePath === '.well-known/void') return serveVoid(site, request, response);
  const file = Object.hasOwn(BUNDLE_FILES, sitePath) ? site.files.get(sitePath) : undefined;
  if (file !== undefined) return sendBody(request, response, { text: file, type: BUNDLE_FILES[sitePath] });
  return serveEntity(site, request, response, url, sitePath);
}

async function serveEntity(site: Site, request: IncomingMessage, response: ServerResponse, url: URL,
  sitePath: string): Promise<void> {
  const extension = EXTENSIONS.find(([ext]) => sitePath.endsWith(ext));
  const iri = site.data.base + (extension ? sitePath.slice(0, -extension[0].length) : sitePath);
  if (!site.data.has(iri)) return sendError(response, 404, `no entity here: ${iri}`);
  const vary = { Vary: 'Accept' };
  let chosen = extension ? { id: extension[1] } : negotiateRepresentation(request.headers.accept, url.searchParams.get('format'));
  const unwritable = 'id' in chosen && chosen.id === 'rdf' ? site.unwritable(iri) : undefined;
  if (unwritable) {
    if (extension || url.searchParams.has('format')) return sendError(response, 406, `${unwritable}; ask for another format of it`, vary);
    chosen = negotiateRepresentation(request.headers.accept, null, ['rdf']);
  }
  if ('error' in chosen) {
    if (chosen.error === 'unacceptable') {
      const available = Object.entries(MEDIA_TYPES).filter(([id]) => !(unwritable && id === 'rdf')).map(([, type]) => type);
      return sendError(response, 406, `${unwritable ? `${unwritable}; ` : ''}available: ${available.join(', ')}`, vary);
    }
    return sendError(response, 400, chosen.error === 'malformed' ? 'the Accept header does not parse' : `format is one of ${Object.keys(MEDIA_TYPES).join(', ')}`, vary);
  }
  const body = await site.entity(iri, chosen.id);
  const location = `${urlPath(path.posix.basename(sitePath))}${EXTENSIONS.find(([, id]) => id === chosen.id)![0]}`;
  sendBody(request, response, body!, extension ? {} : { ...vary, 'Content-Location': location });
}

async function serveVoid(site: Site, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!site.voidQuads) return sendError(response, 404, `this bundle has no VoID description (${VOID_FILE}); rebuild it with a version of office-ld that writes one`);
  const offered = ENTITY_FORMATS.map((f) => f.mediaType);
  const chosen = pickMediaType(request.headers.accept, offered);
  if ('error' in chosen) return sendError(response, chosen.error === 'malformed' ? 400 : 406, `available: ${offered.join(', ')}`, { Vary: 'Accept' });
  const format = ENTITY_FORMATS.find((f) => f.mediaType === chosen.type)!;
  sendBody(request, response, (await site.void(format.id))!, { Vary: 'Accept' });
}
