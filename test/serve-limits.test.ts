// `serve` that stays up: query size and nesting limits, a bounded queue, the time limit per query only,
// a poisoned worker replaced, the home page rendered once, and paths and Accept headers answered right.
import { connect, type Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_NESTING } from '../src/serve/query-limits.js';
import type { EngineBounds } from '../src/serve/sparql.js';
import { ROOT } from './helpers.js';
import { POST, rawGet, startTestServer, tempBundle, trickle, type TestServer } from './serve-helpers.js';

const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
const ASK = 'ASK { ?s ?p ?o }';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(tempBundle(), 1_500);
});
afterAll(() => server.close());

const sparql = (query: string, extra = '') =>
  fetch(`${server.url}sparql?query=${encodeURIComponent(query)}${extra}`, { headers: { Accept: 'application/sparql-results+json' } });

const post = (query: string) => fetch(`${server.url}sparql`, {
  method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' }, body: query,
});

/** The engine from dist (its worker is a compiled file). */
async function engine(ntriples: string, timeoutMs: number, bounds: Partial<EngineBounds> = {}) {
  const { SparqlEngine } = await import(path.join(ROOT, 'dist/serve/sparql.js')) as typeof import('../src/serve/sparql.js');
  return new SparqlEngine(ntriples, timeoutMs, bounds);
}
const request = (query: string, defaultGraphs: string[] = []) =>
  ({ query, resultsType: 'application/sparql-results+json', graphType: 'text/turtle', defaultGraphs, namedGraphs: [] });

describe('SPARQL limits', () => {
  it('refuses a query of 700 nested groups with 400, and answers the next query', async () => {
    const nested = `SELECT * WHERE ${'{ '.repeat(700)}?s ?p ?o ${'}'.repeat(700)}`;
    const refused = await post(nested);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(`nests 700 levels deep; at most ${MAX_QUERY_NESTING}`);
    const deep = `SELECT * WHERE ${'{ '.repeat(MAX_QUERY_NESTING)}?s ?p ?o ${'}'.repeat(MAX_QUERY_NESTING)} LIMIT 1`;
    expect((await post(deep)).status).toBe(200);
    expect(await (await post('x'.repeat(40_000))).text()).toMatch(/^400 the query is over 32768 characters/);
    const bad = await sparql(ASK, '&default-graph-uri=a%20b');
    expect(bad.status).toBe(400);
    expect((await sparql(ASK)).status).toBe(200);
  });

  it('answers 503 with Retry-After at once when the queue is full, and keeps answering after', async () => {
    const answers = await Promise.all(Array.from({ length: 14 }, () => sparql(SLOW)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(5);
    const full = answers.find((a) => a.headers.get('retry-after') !== null);
    expect(full?.headers.get('retry-after')).toBe('1');
    expect(await full?.text()).toMatch(/queries are waiting/);
    expect((await sparql(ASK)).status).toBe(200);
  }, 60_000);
});

describe('the SPARQL engine', () => {
  it('replaces a worker whose store reported a fatal error, so the next query is answered', async () => {
    const sparqlEngine = await engine('<http://a> <http://b> <http://c> .\n', 5_000);
    const poisoned = await sparqlEngine.query(request(ASK, ['a b'])); // Oxigraph: memory access out of bounds
    expect(poisoned).toMatchObject({ status: 500 });
    expect(await sparqlEngine.query(request(ASK))).toMatchObject({ body: expect.stringContaining('true') });
    await sparqlEngine.close();
  });

  it('replaces a worker after it answered a result over the bound, so its grown memory is returned', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `<http://example.org/s${i}> <http://example.org/p> "${i}" .`).join('\n');
    const sparqlEngine = await engine(lines, 30_000, { recycleAfterChars: 1 << 20 });
    expect(await sparqlEngine.query(request(ASK))).toMatchObject({ body: expect.stringContaining('true') });
    expect(sparqlEngine.workersStarted).toBe(1); // a small answer keeps the worker
    const big = await sparqlEngine.query(request('SELECT * WHERE { ?s ?p ?o }'));
    expect('body' in big && big.body.length).toBeGreaterThan(1 << 20);
    expect(sparqlEngine.workersStarted).toBe(2);
    expect(await sparqlEngine.query(request('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')))
      .toMatchObject({ body: expect.stringContaining('20000') });
    expect(sparqlEngine.workersStarted).toBe(2);
    await sparqlEngine.close();
  }, 60_000);

  it('refuses a result over the largest answered with 500, replaces the worker, and answers the next query', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `<http://example.org/s${i}> <http://example.org/p> "${i}" .`).join('\n');
    const sparqlEngine = await engine(lines, 30_000, { maxResultChars: 1 << 20 });
    expect(await sparqlEngine.query(request('SELECT * WHERE { ?s ?p ?o }'))).toEqual({
      status: 500, message: `the result is over ${1 << 20} characters; ask for less (LIMIT, fewer variables)`,
    });
    expect(sparqlEngine.workersStarted).toBe(2);
    expect(await sparqlEngine.query(request('SELECT * WHERE { ?s ?p ?o } LIMIT 10'))).toMatchObject({ type: 'application/sparql-results+json' });
    await sparqlEngine.close();
  }, 60_000);

  it('counts the time limit from the query, not from the store\'s load', async () => {
    const lines = Array.from({ length: 300_000 }, (_, i) => `<http://example.org/s${i}> <http://example.org/p> "${i}" .`).join('\n');
    const sparqlEngine = await engine(lines, 300); // loading takes longer than 300 ms
    expect(await sparqlEngine.query(request(ASK))).toMatchObject({ body: expect.stringContaining('true') });
    await sparqlEngine.close();
  }, 60_000);
});

describe('paths and Accept headers', () => {
  it('answers 400 to %2e%2e segments and backslashes, as sent', async () => {
    for (const target of ['/post/%2e%2e/void.ttl', '/%2E%2E/etc/passwd', '/post/.%2e/x', '/post\\..\\void.ttl', '/post%5cx']) {
      expect((await rawGet(server.url, target)).status, target).toBe(400);
    }
  });

  it('answers 406 to Accept: */*;q=0, and 400 to one that does not parse', async () => {
    const entity = POST.replace('https://example.org/office-ld/', server.url);
    expect((await fetch(entity, { headers: { Accept: '*/*;q=0' } })).status).toBe(406);
    expect((await fetch(entity, { headers: { Accept: 'nonsense' } })).status).toBe(400);
    expect((await fetch(entity, { headers: { Accept: 'text/turtle' } })).status).toBe(200);
  });

  it('renders the home page once', async () => {
    const { Site } = await import(path.join(ROOT, 'dist/serve/site.js')) as typeof import('../src/serve/site.js');
    const site = await Site.load(tempBundle(), 'https://example.org/office-ld/');
    expect(site.home()).toBe(site.home());
    const first = await fetch(server.url);
    expect(first.status).toBe(200);
    expect(await (await fetch(server.url)).text()).toBe(await first.text());
  });
});

describe('slow clients', () => {
  // short limits, checked every 100 ms, so the test is quick; the defaults are 10 s and 30 s, checked every second
  const limits = { headersTimeoutMs: 600, requestTimeoutMs: 1_500, checkIntervalMs: 100 };
  let slow: TestServer;
  beforeAll(async () => {
    slow = await startTestServer(tempBundle(), 5_000, limits);
  });
  afterAll(() => slow.close());

  it('a client sending its headers a line at a time is cut off with 408 once headersTimeout has passed', async () => {
    const host = new URL(slow.url).host;
    const cut = await trickle(slow.url, `GET / HTTP/1.1\r\nHost: ${host}\r\n`, 'X-Slow: a\r\n', 100, 20_000);
    expect(cut.closedByServer).toBe(true);
    expect(cut.status).toBe(408);
    expect(cut.elapsedMs).toBeGreaterThanOrEqual(limits.headersTimeoutMs - 50);
    expect(cut.elapsedMs).toBeLessThan(10_000); // the client would have gone on for 20 s
    expect((await fetch(slow.url)).status).toBe(200);
  }, 30_000);

  it('a client sending a body a byte at a time is cut off with 408 once requestTimeout has passed', async () => {
    const host = new URL(slow.url).host;
    const head = `POST /sparql HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/sparql-query\r\nContent-Length: 100000\r\n\r\n`;
    const cut = await trickle(slow.url, head, 'A', 100, 20_000);
    expect(cut.closedByServer).toBe(true);
    expect(cut.status).toBe(408);
    expect(cut.elapsedMs).toBeGreaterThanOrEqual(limits.requestTimeoutMs - 50);
    expect(cut.elapsedMs).toBeLessThan(10_000);
    expect((await fetch(`${slow.url}sparql?query=${encodeURIComponent(ASK)}`)).status).toBe(200);
  }, 30_000);
});

describe('open connections', () => {
  it('beyond maxConnections a connection is closed at once; once others close, requests are answered', async () => {
    const few = await startTestServer(tempBundle(), 5_000, { maxConnections: 3 });
    const { hostname, port } = new URL(few.url);
    const open = (): Promise<Socket> => new Promise((resolve) => {
      const socket = connect(Number(port), hostname, () => resolve(socket));
      socket.on('error', () => undefined);
    });
    const idle = await Promise.all([open(), open(), open()]); // half-open clients that send nothing
    const refused = await rawGet(few.url, '/').catch((error: Error) => error);
    expect(refused instanceof Error ? 0 : refused.status).toBe(0); // closed without an answer
    for (const socket of idle) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await rawGet(few.url, '/')).status).toBe(200);
    await few.close();
  }, 30_000);
});
