// RDF/XML out (serve and publish, by Oxigraph's serializer) and in (the reader, by rdfxml-streaming-parser):
// what we send parses in rapper and rdflib to the entity's description; the whole graph of the seed + mayor
// build and of the 36 real articles, and every entity the real articles' site publishes, read as the
// N-Triples; RDF/XML files validate and query.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRdf } from '../src/serialize/read.js';
import { writeNTriples, writeRdfXml } from '../src/serialize/writers.js';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { buildFromPaths } from '../src/build.js';
import { canonical, FIXTURES, runCli, SEED, tempDir } from './helpers.js';
import { dumpQuads, expectDescription, expectedDescription, POST, startTestServer, tempBundle, type TestServer } from './serve-helpers.js';

const PYTHON = '/usr/bin/python3';
const hasRapper = spawnSync('rapper', ['--version']).status === 0;
const hasRdflib = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import rdflib']).status === 0;
const inCi = process.env.CI === 'true';

let server: TestServer;
let sent: string;
let dir: string;
beforeAll(async () => {
  server = await startTestServer(tempBundle());
  dir = tempDir();
  const response = await fetch(new URL('post/party-secretary-of-heilongjiang', server.url), { headers: { accept: 'application/rdf+xml' } });
  sent = await response.clone().text();
  writeFileSync(path.join(dir, 'post.rdf'), sent);
  writeFileSync(path.join(dir, 'post.nt'), await writeNTriples(expectedDescription(dumpQuads(), POST)));
  await expectDescription(response, 'application/rdf+xml', 'rdf', POST);
});
afterAll(async () => {
  await server?.close();
});

describe('serve answers application/rdf+xml', () => {
  it('with the entity description (read back by rdfxml-streaming-parser), Content-Location .rdf', async () => {
    const response = await fetch(new URL('person/xu-qin', server.url), { headers: { accept: 'application/rdf+xml' } });
    expect(response.headers.get('content-location')).toBe('xu-qin.rdf');
    await expectDescription(response, 'application/rdf+xml', 'rdf', 'https://example.org/office-ld/person/xu-qin');
    const byPath = await fetch(new URL('person/xu-qin.rdf', server.url));
    expect(byPath.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8');
    expect(await byPath.text()).toContain('rdf:about="https://example.org/office-ld/person/xu-qin"');
  });

  it('Turtle stays the default for */* and for browsers that send HTML first', async () => {
    expect((await fetch(new URL('person/xu-qin', server.url), { headers: { accept: '*/*' } })).headers.get('content-type'))
      .toBe('text/turtle; charset=utf-8');
  });

  it('the same graph gives the same bytes, whatever order the quads come in', async () => {
    const quads = expectedDescription(dumpQuads(), POST);
    expect(await writeRdfXml([...quads].reverse())).toBe(await writeRdfXml(quads));
  });

  it.runIf(hasRapper || inCi)("rapper reads what serve sends, with the description's triple count", () => {
    const out = spawnSync('rapper', ['-i', 'rdfxml', '-c', path.join(dir, 'post.rdf')], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    expect(Number(/returned (\d+) triples/.exec(out.stderr)?.[1])).toBe(expectedDescription(dumpQuads(), POST).length);
  });

  it.runIf(hasRdflib || inCi)('rdflib reads what serve sends as the same graph', () => {
    const script = `
import sys
from rdflib import Graph
from rdflib.compare import isomorphic
x = Graph().parse(sys.argv[1] + "/post.rdf", format="xml")
n = Graph().parse(sys.argv[1] + "/post.nt", format="nt")
print(len(x), isomorphic(x, n))
`;
    const out = execFileSync(PYTHON, ['-c', script, dir], { encoding: 'utf8' }).trim();
    expect(out).toBe(`${expectedDescription(dumpQuads(), POST).length} True`);
  });
});

describe('publish --site writes .rdf for every entity', () => {
  it('rapper reads the post, and nginx.conf and .htaccess map application/rdf+xml to .rdf', () => {
    const site = tempDir();
    expect(runCli(['publish', '--data', tempBundle(), '--site', site, '-q']).code).toBe(0);
    const file = path.join(site, 'post/party-secretary-of-heilongjiang.rdf');
    expect(readFileSync(file, 'utf8')).toBe(sent);
    expect(readFileSync(path.join(site, 'nginx.conf'), 'utf8')).toContain('"~*application/rdf\\+xml" ".rdf";');
    expect(readFileSync(path.join(site, '.htaccess'), 'utf8')).toContain('AddType application/rdf+xml .rdf');
  });
});

describe('RDF/XML in', () => {
  it('validate and query read an .rdf file, and the graph is the description', async () => {
    const file = path.join(dir, 'post.rdf');
    expect(await canonical(await readRdf(file))).toBe(await canonical(expectedDescription(dumpQuads(), POST)));
    const query = runCli(['query', '--data', file, '--format', 'tsv', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }']);
    expect(query.stdout.trim().split('\n')[1]).toBe(String(expectedDescription(dumpQuads(), POST).length));
    const validate = runCli(['validate', file]);
    expect(validate.stdout + validate.stderr).toContain(`${file}: ${expectedDescription(dumpQuads(), POST).length} distinct triples`);
  });

  it('a broken RDF/XML file is an input error with its line (exit 1), not a stack trace', () => {
    const bad = path.join(dir, 'bad.rdf');
    writeFileSync(bad, '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n<rdf:Description rdf:about="x">\n</rdf:RDF>\n');
    const run = runCli(['validate', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad}:`);
    expect(run.stderr).toContain('the RDF/XML does not parse');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe.each([
  ['seed + mayor', [SEED, path.join(FIXTURES, 'mayor.txt')]],
  ['real articles', [path.join(FIXTURES, 'real')]],
])('the whole graph of %s as RDF/XML', (name, inputs) => {
  let corpus: string;
  let triples: Quad[];
  beforeAll(async () => {
    const result = await buildFromPaths(inputs);
    corpus = tempDir();
    for (const file of result.files) writeFileSync(path.join(corpus, file.name), file.content);
    writeFileSync(path.join(corpus, 'dump.rdf'), await writeRdfXml(result.quads));
    triples = result.quads;
  }, 120_000);

  it.runIf(hasRapper || inCi)('rapper reads it as the N-Triples dump', async () => {
    const out = spawnSync('rapper', ['-i', 'rdfxml', '-o', 'ntriples', path.join(corpus, 'dump.rdf')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stderr).toContain(`returned ${triples.length} triples`);
    expect(await canonical(new Parser({ format: 'application/n-triples' }).parse(out.stdout) as Quad[])).toBe(await canonical(triples));
  }, 60_000);

  it.runIf(hasRdflib || inCi)('rdflib reads it as the N-Triples dump', () => {
    const script = `
import sys
from rdflib import Graph
from rdflib.compare import isomorphic
x = Graph().parse(sys.argv[1] + "/dump.rdf", format="xml")
print(len(x), isomorphic(x, Graph().parse(sys.argv[1] + "/dump.nt", format="nt")))
`;
    expect(execFileSync(PYTHON, ['-c', script, corpus], { encoding: 'utf8' }).trim()).toBe(`${triples.length} True`);
  }, 60_000);

  it.runIf((hasRdflib || inCi) && name === 'real articles')('publish --site: rdflib reads every entity\'s .rdf as its .nt', () => {
    const site = path.join(tempDir(), 'site');
    const run = runCli(['publish', '--data', corpus, '--site', site, '-q'], { timeoutMs: 240_000 });
    expect(run.code, run.stderr).toBe(0);
    const script = `
import sys, pathlib
from rdflib import Graph
from rdflib.compare import isomorphic
root = pathlib.Path(sys.argv[1])
files = sorted(root.rglob("*.rdf"))
bad = [str(f.relative_to(root)) for f in files if not isomorphic(Graph().parse(f, format="xml"), Graph().parse(f.with_suffix(".nt"), format="nt"))]
print(len(files), bad)
`;
    const entities = new Set(triples.map((q) => q.subject.value.split('#')[0]).filter((iri) => iri.startsWith('https://example.org/office-ld/')));
    expect(execFileSync(PYTHON, ['-c', script, site], { encoding: 'utf8' }).trim()).toBe(`${entities.size} []`);
  }, 480_000);
});
