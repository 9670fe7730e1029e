// `office-ld serve` over HTTP on loopback: content negotiation, conditional GET, errors, VoID, dumps, escaping.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRdf } from '../src/serialize/read.js';
import { canonical, ROOT } from './helpers.js';
import { BASE, dumpQuads, expectDescription, POST, startTestServer, tempBundle, type TestServer } from './serve-helpers.js';

const PERSON = `${BASE}person/xu-qin`;
const TENURE = `${BASE}tenure/party-secretary-of-heilongjiang/xu-qin-2021-10`;
const GZIP = gzipSync(readFileSync(path.join(ROOT, 'output/dump.nt')));
const VOID = `@prefix void: <http://rdfs.org/ns/void#>.
<${BASE}void#dataset> a void:Dataset; void:triples 609; void:dataDump <${BASE}dump.nt>.
`;

let server: TestServer;
let bare: TestServer;
const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, server.url), { headers });

beforeAll(async () => {
  const dir = tempBundle({ 'void.ttl': VOID });
  writeFileSync(path.join(dir, 'dump.nt.gz'), GZIP);
  server = await startTestServer(dir);
  bare = await startTestServer(tempBundle());
});
afterAll(async () => {
  await server?.close();
  await bare?.close();
});

describe('content negotiation on an entity IRI', () => {
  const cases: [string | undefined, string, 'ttl' | 'jsonld' | 'nt'][] = [
    ['text/turtle', 'text/turtle', 'ttl'],
    ['application/ld+json', 'application/ld+json', 'jsonld'],
    ['application/n-triples', 'application/n-triples', 'nt'],
    ['*/*', 'text/turtle', 'ttl'],
    [undefined, 'text/turtle', 'ttl'],
    ['application/n-triples;q=0.5, application/ld+json;q=0.9', 'application/ld+json', 'jsonld'],
  ];
  for (const iri of [POST, PERSON, TENURE]) {
    for (const [accept, type, format] of cases) {
      it(`${iri.slice(BASE.length)} with Accept ${accept ?? '(none)'} → ${type}, the entity's description`, async () => {
        await expectDescription(await get(iri.slice(BASE.length), accept ? { accept } : {}), type, format, iri);
      });
    }
  }

  it('includes the fragment nodes: the interval and the start instant of a tenure', async () => {
    const text = await (await get(TENURE.slice(BASE.length), { accept: 'application/n-triples' })).text();
    expect(text).toContain(`<${TENURE}#interval> <http://www.w3.org/2006/time#hasBeginning> <${TENURE}#start>`);
    expect(text).toContain(`<${TENURE}#start> <http://www.w3.org/2006/time#inXSDgYearMonth> "2021-10"`);
  });

  it('gives a browser HTML, and ?format= and a file extension override the Accept header', async () => {
    const html = await get('person/xu-qin', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain('许勤');
    expect((await get('person/xu-qin?format=nt', { accept: 'text/html' })).headers.get('content-type'))
      .toBe('application/n-triples; charset=utf-8');
    expect((await get('person/xu-qin.jsonld', { accept: 'text/html' })).headers.get('content-type'))
      .toBe('application/ld+json; charset=utf-8');
    expect((await get('person/xu-qin?format=pdf')).status).toBe(400);
    expect(html.headers.get('content-location')).toBe('xu-qin.html');
    expect((await get('person/xu-qin', { accept: 'text/turtle' })).headers.get('content-location')).toBe('xu-qin.ttl');
  });

  it('answers If-None-Match with the current ETag by 304, and a stale one with the body', async () => {
    const first = await get('person/xu-qin', { accept: 'text/turtle' });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('person/xu-qin', { accept: 'text/turtle', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const html = await get('person/xu-qin', { accept: 'text/html' });
    expect(html.headers.get('etag')).not.toBe(etag);
    expect((await get('person/xu-qin', { accept: 'text/turtle', 'if-none-match': '"stale"' })).status).toBe(200);
  });

  it('answers 404 for an unknown IRI, 406 for an Accept it cannot satisfy, 400 for one that does not parse', async () => {
    expect((await get('person/nobody')).status).toBe(404);
    expect((await get('post/party-secretary-of-heilongjiang/extra')).status).toBe(404);
    const refused = await get('person/xu-qin', { accept: 'image/png' });
    expect(refused.status).toBe(406);
    expect(await refused.text()).toContain('text/turtle');
    expect((await get('person/xu-qin', { accept: 'text/html;q=abc' })).status).toBe(400);
    expect((await get('person/xu-qin', { accept: ';;;,,,' })).status).toBe(400);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const got = await get('person/xu-qin');
    const head = await fetch(new URL('person/xu-qin', server.url), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(got.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(got.headers.get('content-length'));
    expect(await head.text()).toBe('');
  });

  it('refuses writes on entity IRIs', async () => {
    const response = await fetch(new URL('person/xu-qin', server.url), { method: 'PUT', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('the bundle files and VoID', () => {
  it('serves the dumps with their media types, byte for byte', async () => {
    const dump = await get('dump.nt');
    expect(dump.headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
    expect(await canonical(await parseRdf(await dump.text(), 'nt', 'dump.nt'))).toBe(await canonical(dumpQuads()));
    expect((await get('dump.ttl')).headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect((await get('dump.jsonld')).headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect((await get('context.jsonld')).headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const gz = await get('dump.nt.gz');
    expect(gz.headers.get('content-type')).toBe('application/gzip');
    expect(Buffer.from(await gz.arrayBuffer()).equals(GZIP)).toBe(true);
  });

  for (const path of ['void', '.well-known/void']) {
    it(`serves void.ttl at /${path}, as Turtle or JSON-LD`, async () => {
      const ttl = await get(path);
      expect(ttl.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      const expected = await canonical(await parseRdf(VOID, 'ttl', 'void.ttl'));
      expect(await canonical(await parseRdf(await ttl.text(), 'ttl', 'void'))).toBe(expected);
      const json = await get(path, { accept: 'application/ld+json' });
      expect(await canonical(await parseRdf(await json.text(), 'jsonld', 'void'))).toBe(expected);
    });
  }

  it('answers 404 with a clear message when the bundle has no void.ttl', async () => {
    const response = await fetch(new URL('.well-known/void', bare.url));
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/no VoID description \(void\.ttl\)/);
  });
});

describe('the HTML pages', () => {
  it('links to the raw Turtle and keeps links inside the site', async () => {
    const html = await (await get('post/party-secretary-of-heilongjiang', { accept: 'text/html' })).text();
    expect(html).toContain('href="party-secretary-of-heilongjiang.ttl"');
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    const outside = hrefs.filter((href) => /^[a-z]+:/.test(href) && !href.startsWith('http://commons.wikimedia.org/'));
    expect(outside).toEqual([]);
    const people = [...new Set(hrefs.filter((h) => h.startsWith('../person/')))];
    expect(people).toHaveLength(18);
    for (const href of people) {
      expect((await get(new URL(href, new URL('post/x', server.url)).pathname)).status).toBe(200);
    }
  });

  it('escapes markup that comes from the data', async () => {
    const evil = `<${BASE}person/evil> <http://schema.org/name> "<script>alert(1)</script> & \\"q\\""@en .
<${BASE}person/evil> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
<${BASE}person/evil> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q42> .
`;
    const dir = tempBundle();
    for (const name of ['dump.ttl', 'dump.jsonld']) rmSync(`${dir}/${name}`);
    writeFileSync(`${dir}/dump.nt`, evil);
    const evilServer = await startTestServer(dir);
    try {
      const html = await (await fetch(new URL('person/evil', evilServer.url), { headers: { accept: 'text/html' } })).text();
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;');
      expect(html).toContain('href="https://www.wikidata.org/wiki/Q42"');
    } finally {
      await evilServer.close();
    }
  });
});
