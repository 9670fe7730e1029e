// The SPARQL 1.1 Protocol endpoint: SELECT/ASK/CONSTRUCT by GET and POST, results by Accept, read-only, time limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRdf } from '../src/serialize/read.js';
import { canonical } from './helpers.js';
import { dumpQuads, startTestServer, tempBundle, type TestServer } from './serve-helpers.js';

const PEOPLE = `PREFIX schema: <http://schema.org/>
SELECT ?person ?name WHERE { ?person a schema:Person; schema:name ?name FILTER(lang(?name) = "en") } ORDER BY ?name`;
const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
/** A four-way cross product of the graph: ~1.4e11 rows, never done within a time limit. */
const ENDLESS = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';

let server: TestServer;
const sparql = (init: RequestInit & { query?: string }, accept?: string) => {
  const url = new URL('sparql', server.url);
  if (init.query) url.searchParams.set('query', init.query);
  return fetch(url, { ...init, headers: { ...(accept ? { accept } : {}), ...(init.headers as object) } });
};

beforeAll(async () => {
  server = await startTestServer(tempBundle(), 1500);
});
afterAll(async () => server?.close());

/** The English names of the people in the committed dump, sorted. */
function expectedNames(): string[] {
  const quads = dumpQuads();
  const people = new Set(quads.filter((q) => q.object.value === 'http://schema.org/Person').map((q) => q.subject.value));
  return quads.filter((q) => people.has(q.subject.value) && q.predicate.value === 'http://schema.org/name'
    && q.object.termType === 'Literal' && q.object.language === 'en').map((q) => q.object.value).sort();
}

describe('SPARQL endpoint', () => {
  it('answers a SELECT by GET in SPARQL JSON: the people of the dump, with their names', async () => {
    const response = await sparql({ query: PEOPLE }, 'application/sparql-results+json');
    expect(response.headers.get('content-type')).toBe('application/sparql-results+json; charset=utf-8');
    const json = await response.json() as { head: { vars: string[] }; results: { bindings: { name: { value: string } }[] } };
    expect(json.head.vars).toEqual(['person', 'name']);
    const names = json.results.bindings.map((b) => b.name.value);
    expect(names).toContain('Xu Qin');
    expect([...names].sort()).toEqual(expectedNames());
  });

  it('answers the same SELECT by POST in CSV', async () => {
    const response = await sparql({ method: 'POST', body: new URLSearchParams({ query: PEOPLE }) }, 'text/csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe('person,name');
    expect(lines.slice(1).map((line) => line.split(',')[1]).sort()).toEqual(expectedNames());
  });

  it('answers as application/sparql-query, in TSV and XML too', async () => {
    const post = (accept: string) => sparql({ method: 'POST', body: COUNT, headers: { 'content-type': 'application/sparql-query' } }, accept);
    expect((await (await post('text/tab-separated-values')).text()).trim().split('\n')[1])
      .toBe(String(dumpQuads().length));
    expect(await (await post('application/sparql-results+xml')).text()).toContain(`>${dumpQuads().length}</literal>`);
  });

  it('answers a CONSTRUCT in Turtle with the graph asked for', async () => {
    const response = await sparql({ query: 'CONSTRUCT WHERE { ?s ?p ?o }' }, 'text/turtle');
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(await canonical(await parseRdf(await response.text(), 'ttl', 'construct'))).toBe(await canonical(dumpQuads()));
  });

  it('answers 406 when the Accept header allows no format for the query form', async () => {
    expect((await sparql({ query: PEOPLE }, 'text/turtle')).status).toBe(406);
    expect((await sparql({ query: 'CONSTRUCT WHERE { ?s ?p ?o }' }, 'text/csv')).status).toBe(406);
  });

  it('refuses updates in every form, and the data stays as it was', async () => {
    const insert = 'INSERT DATA { <http://example.org/a> <http://example.org/b> "c" }';
    const asUpdate = await sparql({ method: 'POST', body: insert, headers: { 'content-type': 'application/sparql-update' } });
    expect(asUpdate.status).toBe(403);
    expect(await asUpdate.text()).toMatch(/read-only/);
    expect((await sparql({ method: 'POST', body: new URLSearchParams({ update: insert }) })).status).toBe(403);
    expect((await fetch(new URL(`sparql?update=${encodeURIComponent(insert)}`, server.url))).status).toBe(403);
    expect((await sparql({ query: insert })).status).toBe(400);
    const count = await (await sparql({ query: COUNT }, 'text/csv')).text();
    expect(count.trim().split(/\r?\n/)[1]).toBe(String(dumpQuads().length));
  });

  it('answers 400 to a query that does not parse and to a request without a query', async () => {
    const bad = await sparql({ query: 'SELEC * WHERE {' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/error at 1:/);
    expect((await sparql({})).status).toBe(400);
  });

  it('stops a query over the time limit with 503, and answers the next query', async () => {
    const slow = await sparql({ query: ENDLESS });
    expect(slow.status).toBe(503);
    expect(await slow.text()).toMatch(/time limit of 1500 ms/);
    const next = await sparql({ query: COUNT }, 'text/csv');
    expect(next.status).toBe(200);
  });
});
