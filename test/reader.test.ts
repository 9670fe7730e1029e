// The one reader: every dump of a build, gzip or not, and the syntaxes we do not write, by extension,
// media type or --input-format, from files or stdin — in the library, validate, query, serve and load.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntaxByName, syntaxOfFile } from '../src/serialize/formats.js';
import { mergedGraph, readRdf } from '../src/serialize/read.js';
import { canonical, runCli, SEED, tempDir } from './helpers.js';
import { buildBundle } from './store-helpers.js';
import { startTestServer } from './serve-helpers.js';

let dir: string;
let merged: string;
let triples: number;
/** Each dump, plus the same data under names and compressions the build does not write. */
const FILES = ['dump.ttl', 'dump.nt', 'dump.nt.gz', 'dump.jsonld', 'dump.trig', 'dump.nq.gz', 'dump.nq', 'dump.ttl.gz', 'dump.jsonld.gz', 'dump.trig.gz'];

beforeAll(async () => {
  dir = await buildBundle([SEED]);
  const nq = gunzipSync(readFileSync(path.join(dir, 'dump.nq.gz')));
  writeFileSync(path.join(dir, 'dump.nq'), nq);
  for (const name of ['dump.ttl', 'dump.jsonld', 'dump.trig']) writeFileSync(path.join(dir, `${name}.gz`), gzipSync(readFileSync(path.join(dir, name))));
  const quads = await readRdf(path.join(dir, 'dump.nt'));
  triples = quads.length;
  merged = await canonical(quads);
});

describe('the format table names each syntax by id, alias, extension and media type', () => {
  it.each([
    ['turtle', 'turtle'], ['ttl', 'turtle'], ['text/turtle; charset=utf-8', 'turtle'], ['nt', 'ntriples'],
    ['application/n-quads', 'nquads'], ['nq', 'nquads'], ['trig', 'trig'], ['json-ld', 'jsonld'], ['application/ld+json', 'jsonld'],
    ['rdf', 'rdfxml'], ['application/rdf+xml', 'rdfxml'], ['.owl', 'rdfxml'],
  ])('%s → %s', (name, id) => {
    expect(syntaxByName(name)?.id).toBe(id);
  });

  it.each([['x.ttl.gz', 'turtle', true], ['x.NQ', 'nquads', false], ['x.rdf', 'rdfxml', false], ['x.json', 'jsonld', false]])(
    '%s → %s, gzip %s', (file, id, gzip) => {
      expect(syntaxOfFile(file)).toMatchObject({ syntax: { id }, gzip });
    });
});

describe('every file gives the merged graph', () => {
  it.each(FILES)('the library: readRdf(%s)', async (name) => {
    expect(await canonical(mergedGraph(await readRdf(path.join(dir, name))).filter(notProvenance))).toBe(merged);
  });

  it.each(FILES)('validate %s: exit 0, conforms', (name) => {
    const run = runCli(['validate', path.join(dir, name)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toContain('conforms');
  });

  it.each(FILES)('query --data %s: the triple count of the merged graph', (name) => {
    const run = runCli(['query', '--data', path.join(dir, name), '--format', 'tsv', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }']);
    expect(run.code, run.stderr).toBe(0);
    const provenance = name.startsWith('dump.nq') || name.startsWith('dump.trig') ? 2 : 0;
    expect(Number(run.stdout.trim().split('\n')[1])).toBe(triples + provenance);
  });

  it.each(FILES)('serve --data %s: serves the post', async (name) => {
    const server = await startTestServer(path.join(dir, name));
    try {
      const response = await fetch(new URL('post/party-secretary-of-heilongjiang', server.url), { headers: { accept: 'text/turtle' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Party Secretary of Heilongjiang');
    } finally {
      await server.close();
    }
  });
});

/** The TriG and N-Quads dumps' default graph says where each named graph came from. */
function notProvenance(q: { subject: { value: string } }): boolean {
  return !q.subject.value.includes('/graph/');
}

describe('stdin and --input-format', () => {
  it.each([['nquads', 'dump.nq'], ['trig', 'dump.trig'], ['jsonld', 'dump.jsonld'], ['application/n-triples', 'dump.nt'], ['ttl', 'dump.ttl.gz']])(
    'validate --input-format %s - (%s on stdin)', (format, name) => {
      const run = runCli(['validate', '--input-format', format, '-'], { input: readFileSync(path.join(dir, name)) });
      expect(run.code, run.stderr).toBe(0);
    });

  it('stdin without --input-format is Turtle', () => {
    expect(runCli(['validate', '-'], { input: readFileSync(path.join(dir, 'dump.ttl'), 'utf8') }).code).toBe(0);
  });

  it('--input-format overrides the extension', () => {
    const file = path.join(tempDir(), 'data.txt');
    writeFileSync(file, readFileSync(path.join(dir, 'dump.nq')));
    expect(runCli(['validate', file]).stderr).toContain('unknown RDF file extension');
    expect(runCli(['validate', '--input-format', 'nq', file]).code).toBe(0);
  });

  it('query --data takes several files, and stdin', () => {
    const run = runCli(['query', '--data', path.join(dir, 'dump.nt'), '--data', path.join(dir, 'void.ttl'), '--format', 'tsv',
      'ASK { ?d a <http://rdfs.org/ns/void#Dataset> . ?p a <http://www.w3.org/ns/org#Post> }']);
    expect(run.stdout.trim()).toBe('true');
    const piped = runCli(['query', '--data', '-', '--input-format', 'trig', '--format', 'tsv',
      'SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'], { input: readFileSync(path.join(dir, 'dump.trig'), 'utf8') });
    expect(piped.stdout.trim().split('\n')[1]).toBe('1');
  });

  it.each([
    [['validate', '--input-format', 'yaml', 'x.ttl'], 'unknown RDF syntax "yaml"; expected turtle|ttl'],
    [['validate', 'x.csv'], 'x.csv: unknown RDF file extension; expected .ttl, .nt, .nq, .trig, .jsonld/.json, .rdf/.owl/.xml (any of them .gz)'],
    [['query', '--data', 'no-such.ttl', 'ASK {}'], 'no-such.ttl: no such folder or file'],
  ])('%j: exit 2, %s', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('a file that does not parse: exit 1 with file and line', () => {
    const file = path.join(tempDir(), 'bad.nq');
    writeFileSync(file, '<urn:a> <urn:b> <urn:c> <urn:g> .\n<urn:a> <urn:b> .\n');
    const run = runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:2: the N-Quads does not parse`);
  });
});
