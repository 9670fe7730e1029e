// Characters XML 1.0 cannot hold (C0 controls but tab/LF/CR, U+FFFE, U+FFFF, lone surrogates): RDF/XML and XML
// results refuse them honestly — serve answers 406 naming the triple (or negotiates another format), publish
// exits 2 and writes nothing — while the other formats carry them escaped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfficeLdError } from '../src/errors.js';
import { parseRdf } from '../src/serialize/read.js';
import { writeRdfXml } from '../src/serialize/writers.js';
import { canonical, runCli, tempDir } from './helpers.js';
import { BASE, startTestServer, type TestServer } from './serve-helpers.js';

const { namedNode, literal, quad } = DataFactory;
const hasRapper = spawnSync('rapper', ['--version']).status === 0;
const inCi = process.env.CI === 'true';
const NAME = namedNode('http://schema.org/name');
const person = namedNode(`${BASE}person/x`);

describe('writeRdfXml', () => {
  it.each([
    ['\u0001', 'U+0001', '\\u0001'], ['\u001f', 'U+001F', '\\u001F'], ['\u000b', 'U+000B', '\\u000B'],
    ['\ufffe', 'U+FFFE', '\\uFFFE'], ['\uffff', 'U+FFFF', '\\uFFFF'], ['\ud800', 'U+D800', '\\uD800'],
  ])('refuses %j in a literal, naming the character and the triple', async (character, named, escaped) => {
    const quads = [quad(person, NAME, literal(`Ann${character}Smith`, 'en')) as Quad];
    const error = await writeRdfXml(quads).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeLdError);
    expect((error as OfficeLdError).exitCode).toBe(2);
    expect((error as Error).message).toBe(`RDF/XML cannot hold ${named} (XML 1.0 allows it nowhere, not even as a character `
      + `reference), found in <${BASE}person/x> <http://schema.org/name> "Ann${escaped}Smith"@en .; expected text without C0 `
      + 'control characters other than tab, LF and CR, U+FFFE, U+FFFF or unpaired surrogates (Turtle, N-Triples and '
      + 'JSON-LD carry such characters escaped)');
  });

  it('refuses one in an IRI too', async () => {
    const quads = [quad(person, namedNode('https://example.org/p'), namedNode('https://example.org/a\u0002b')) as Quad];
    await expect(writeRdfXml(quads)).rejects.toThrow('RDF/XML cannot hold U+0002');
  });

  it.runIf(hasRapper || inCi)('writes tab, LF, CR, NEL, U+0080, U+2028 and a surrogate pair, and rapper and our reader get them back', async () => {
    const quads = ['a\tb', 'a\nb', 'a\rb', 'a\u0085b', 'a\u0080b', 'a\u2028b', 'a\ud83d\ude00b']
      .map((text, i) => quad(namedNode(`${BASE}person/x${i}`), NAME, literal(text)) as Quad);
    const file = path.join(tempDir(), 'x.rdf');
    writeFileSync(file, await writeRdfXml(quads));
    const out = spawnSync('rapper', ['-i', 'rdfxml', '-c', file], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stderr).toContain(`returned ${quads.length} triples`);
    expect(await canonical(await parseRdf(readFileSync(file, 'utf8'), 'rdfxml', file))).toBe(await canonical(quads));
  });
});

/** A bundle whose one holder's name holds U+0001 (the reader keeps it; every dump escapes it). */
function badBundle(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'm.txt'), `= Mayor of Example =\n\nInfobox\n- Post: Mayor\n- Body: Example City Council\n\n`
    + '== Holders ==\n| Name | Term start | Term end |\n| Ann Smith | 1980 | 1984 |\n| Bob\u0001Jones | 1984 | 1986 |\n');
  const out = path.join(dir, 'out');
  expect(runCli(['build', path.join(dir, 'm.txt'), '--out', out, '-q']).code).toBe(0);
  return out;
}

describe('serve and publish with a name RDF/XML cannot hold', () => {
  let bundle: string;
  let server: TestServer;
  beforeAll(async () => {
    bundle = badBundle();
    server = await startTestServer(bundle);
  });
  afterAll(async () => {
    await server?.close();
  });
  const get = (target: string, accept?: string) => fetch(new URL(target, server.url), { headers: accept ? { accept } : {} });

  it('RDF/XML asked for by the Accept header alone: 406 naming the character and the triple', async () => {
    const response = await get('person/bob-jones', 'application/rdf+xml');
    expect(response.status).toBe(406);
    const text = await response.text();
    expect(text).toContain(`RDF/XML cannot hold U+0001 (XML 1.0 allows it nowhere, not even as a character reference), found in <${BASE}person/bob-jones> <http://schema.org/name> "Bob\\u0001Jones"@en .`);
    expect(text).toContain('available: text/turtle, application/ld+json, application/n-triples, text/html\n');
  });

  it('an Accept header that also takes Turtle gets Turtle, with the character escaped', async () => {
    const response = await get('person/bob-jones', 'application/rdf+xml, text/turtle;q=0.5');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(await response.text()).toContain('"Bob\\u0001Jones"@en');
  });

  it.each(['person/bob-jones.rdf', 'person/bob-jones?format=rdf'])('%s: 406 with the reason', async (target) => {
    const response = await get(target);
    expect(response.status).toBe(406);
    expect(await response.text()).toMatch(/^406 RDF\/XML cannot hold U\+0001 .*; ask for another format of it\n$/);
  });

  it('other entities are still served as RDF/XML', async () => {
    const response = await get('person/ann-smith', 'application/rdf+xml');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('rdf:about="https://example.org/office-ld/person/ann-smith"');
  });

  it('SPARQL: XML results and RDF/XML graphs that would hold it are 406; JSON and Turtle answer', async () => {
    const ask = (query: string, accept: string) => get(`sparql?query=${encodeURIComponent(query)}`, accept);
    const select = 'SELECT ?n WHERE { ?p <http://schema.org/name> ?n }';
    const construct = 'CONSTRUCT WHERE { ?p <http://schema.org/name> ?n }';
    const xml = await ask(select, 'application/sparql-results+xml');
    expect(xml.status).toBe(406);
    expect(await xml.text()).toContain('the answer holds U+0001, which XML 1.0 cannot hold (not even as a character reference): ask for JSON, CSV or TSV results');
    expect((await ask(select, 'application/sparql-results+json')).status).toBe(200);
    const rdf = await ask(construct, 'application/rdf+xml');
    expect(rdf.status).toBe(406);
    expect(await rdf.text()).toContain('ask for Turtle or N-Triples');
    expect((await ask(construct, 'text/turtle')).status).toBe(200);
  });

  it('publish --site refuses: exit 2 naming the file, the triple and the character; the site folder as it was', () => {
    const site = path.join(tempDir(), 'site');
    mkdirSync(site);
    writeFileSync(path.join(site, 'old.html'), 'old');
    const run = runCli(['publish', '--data', bundle, '--site', site]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${bundle}: person/bob-jones.rdf cannot be written: RDF/XML cannot hold U+0001`);
    expect(run.stderr).toContain('"Bob\\u0001Jones"@en .');
    expect(run.stderr).toContain('nothing was published');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(site, 'old.html'), 'utf8')).toBe('old');
    expect(existsSync(path.join(site, 'index.html'))).toBe(false);
  });
});

describe('a CR in a literal survives RDF/XML (XML would read a raw CR as LF)', () => {
  let server: TestServer;
  beforeAll(async () => {
    const file = path.join(tempDir(), 'x.ttl');
    writeFileSync(file, `<${BASE}person/x> <http://schema.org/name> "a\\rb" .\n`);
    server = await startTestServer(file);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['the entity', 'person/x', 'application/rdf+xml'],
    ['a CONSTRUCT', `sparql?query=${encodeURIComponent('CONSTRUCT WHERE { ?s ?p ?o }')}`, 'application/rdf+xml'],
  ])('%s, read back', async (_what, target, accept) => {
    const text = await (await fetch(new URL(target, server.url), { headers: { accept } })).text();
    expect(text).toContain('a&#xD;b');
    expect((await parseRdf(text, 'rdfxml', 'x.rdf')).map((q) => q.object.value)).toContain('a\rb');
  });

  it('XML SELECT results, read back', async () => {
    const query = encodeURIComponent('SELECT ?n WHERE { ?s <http://schema.org/name> ?n }');
    const text = await (await fetch(new URL(`sparql?query=${query}`, server.url), { headers: { accept: 'application/sparql-results+xml' } })).text();
    expect(text).toContain('a&#xD;b');
  });
});
