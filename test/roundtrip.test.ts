// The three dumps hold the same graph: each parses back (n3, jsonld.toRDF) to a graph isomorphic to the build's.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromPaths, type BuildResult } from '../src/build.js';
import { readRdf } from '../src/serialize/read.js';
import { canonical, SEED, tempDir } from './helpers.js';

let result: BuildResult;
let dir: string;
let expected: string;
beforeAll(async () => {
  result = await buildFromPaths([SEED]);
  dir = tempDir();
  mkdirSync(dir, { recursive: true });
  for (const file of result.files) writeFileSync(path.join(dir, file.name), file.content);
  expected = await canonical(result.quads);
});

/** jsonld.js's plain term objects as n3 terms. */
function toN3Quad(q: Quad): Quad {
  const term = DataFactory.fromTerm as (t: unknown) => never;
  return DataFactory.quad(term(q.subject), term(q.predicate), term(q.object), term(q.graph)) as Quad;
}

describe('dumps parse back to the same graph', () => {
  it('dump.jsonld stands alone: jsonld.js reads it from a string with no document loader, giving dump.nt', async () => {
    const text = result.files.find((f) => f.name === 'dump.jsonld')!.content as string;
    const refuse = () => Promise.reject(new Error('no document may be loaded'));
    const quads = (await jsonld.toRDF(JSON.parse(text), { documentLoader: refuse as never })) as unknown as Quad[];
    expect(await canonical(quads.map(toN3Quad))).toBe(expected);
  });

  it.each(['dump.ttl', 'dump.nt', 'dump.nt.gz', 'dump.jsonld'])('%s', async (name) => {
    const quads = await readRdf(path.join(dir, name));
    expect(quads.length).toBe(result.quads.length);
    expect(await canonical(quads)).toBe(expected);
  });

  it('the JSON-LD carries the context of context.jsonld inline and uses language maps for names', async () => {
    const doc = JSON.parse(result.files.find((f) => f.name === 'dump.jsonld')!.content);
    expect(doc['@context']).toEqual(JSON.parse(result.files.find((f) => f.name === 'context.jsonld')!.content)['@context']);
    const xuQin = doc['@graph'].find((n: { '@id': string }) => n['@id'].endsWith('/person/xu-qin'));
    expect(xuQin['schema:name']).toEqual({ en: 'Xu Qin', 'zh-hans': '许勤' });
  });

  it('N-Triples: one triple a line, no duplicates, each subject in one run; the shared entities last, in IRI order', () => {
    const lines = (result.files.find((f) => f.name === 'dump.nt')!.content as string).trimEnd().split('\n');
    expect(new Set(lines).size).toBe(lines.length);
    const runs = lines.map((line) => line.slice(1, line.indexOf('>'))).filter((s, i, all) => i === 0 || all[i - 1] !== s);
    expect(new Set(runs).size).toBe(runs.length);
    const shared = runs.filter((iri) => /\/(person|org|role|concept|place)\//.test(iri));
    expect(shared.length).toBeGreaterThan(18);
    expect(runs.slice(runs.length - shared.length)).toEqual([...shared].sort());
  });

  it.each([['dump.trig'], ['dump.nq.gz']])('%s holds the named graphs', async (name) => {
    const quads = await readRdf(path.join(dir, name));
    expect(quads.length).toBe(result.graphQuads.length);
    expect(await canonical(quads)).toBe(await canonical(result.graphQuads));
  });

  it('Turtle groups each subject once, under prefixes', () => {
    const ttl = result.files.find((f) => f.name === 'dump.ttl')!.content;
    expect(ttl).toContain('@prefix org: <http://www.w3.org/ns/org#>.');
    const subjectLines = ttl.split('\n').filter((l) => l && !/^\s/.test(l) && !l.startsWith('@prefix'));
    const subjects = new Set(result.quads.map((q) => q.subject.value));
    expect(subjectLines.length).toBe(subjects.size);
  });
});

describe('the direct JSON-LD writer', () => {
  it('round-trips values that do not fit their term: literals on IRI properties, typed names, other vocabularies', async () => {
    const { parseRdf } = await import('../src/serialize/read.js');
    const { writeJsonLd, writeContext } = await import('../src/serialize/writers.js');
    const { turtle } = await import('./helpers.js');
    const graph = turtle(`
      @prefix org: <http://www.w3.org/ns/org#> . @prefix schema: <http://schema.org/> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      <http://x.example/a> a <http://other.example/Thing>, org:Post ;
        org:postIn "not an IRI", <http://x.example/b> ;
        schema:name "plain", "typed"^^xsd:token, "tagged"@en, "zwei"@de, "two"@en ;
        <http://other.example/p> <http://x.example/b>, 3, "x\\"y\\n" ;
        schema:description "<script>alert(1)</script>"@en .`);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'context.jsonld'), writeContext());
    const file = path.join(dir, 'g.jsonld');
    writeFileSync(file, await writeJsonLd(graph));
    expect(await canonical(await parseRdf(readFileSync(file, 'utf8'), 'jsonld', file))).toBe(await canonical(graph));
  });
});
