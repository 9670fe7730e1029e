// What other tools need from our files: every dump of every fixture corpus (the real articles too) read by
// Oxigraph's strict parsers as the N-Triples dump's graph; characters some readers split lines at or cut literals at, escaped; --base checked as an IRI;
// articles with the same file name kept apart.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { Store } from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { buildFromPaths } from '../src/build.js';
import { FORMATS } from '../src/serialize/formats.js';
import { parseRdf } from '../src/serialize/read.js';
import { turtlePrefixes } from '../src/serialize/writers.js';
import { DEFAULT_BASE } from '../src/vocab.js';
import { canonical, runCli, SEED, tempDir } from './helpers.js';
import { buildBundle, fixtureCorpora } from './store-helpers.js';

const { namedNode, literal, quad } = DataFactory;

describe("Oxigraph's strict parsers read every dump of every fixture corpus, as the N-Triples dump's graph", () => {
  it.each(fixtureCorpora())('%s', async (_name, inputs) => {
    const dir = await buildBundle(inputs);
    const nt = new Parser({ format: 'application/n-triples' }).parse(readFileSync(path.join(dir, 'dump.nt'), 'utf8')) as Quad[];
    const nq = new Parser({ format: 'application/n-quads' }).parse(gunzipSync(readFileSync(path.join(dir, 'dump.nq.gz'))).toString('utf8')) as Quad[];
    const [merged, dataset] = [await canonical(nt), await canonical(nq)];
    for (const format of FORMATS) {
      let bytes = readFileSync(path.join(dir, format.fileName));
      if (format.compression) bytes = gunzipSync(bytes);
      const store = new Store();
      store.load(bytes.toString('utf8'), { format: format.mediaType, base_iri: `file://${dir}/` });
      // what Oxigraph holds, by its own N-Quads serializer (reading its WASM terms one by one is slower)
      const quads = new Parser({ format: 'application/n-quads' }).parse(store.dump({ format: 'application/n-quads' })) as Quad[];
      if (!format.graphs) {
        expect(await canonical(quads), format.fileName).toBe(merged);
        continue;
      }
      expect(await canonical(quads), format.fileName).toBe(dataset);
      const union = quads.filter((q) => q.graph.termType === 'NamedNode').map((q) => quad(q.subject, q.predicate, q.object) as Quad);
      expect(await canonical(union), `${format.fileName}: the union of its named graphs`).toBe(merged);
    }
  }, 120_000);
});

describe('line breaks other than \\n and noncharacters are escaped', () => {
  const SPECIAL = ['\u0085', '\u2028', '\u2029', '\ufffe', '\uffff'];
  const subject = namedNode(`${DEFAULT_BASE}person/x`);
  const quads = SPECIAL.map((c, i) => quad(subject, namedNode('http://schema.org/name'), literal(`a${c}b ${i}`, 'en'))) as Quad[];
  quads.push(quad(subject, namedNode('http://schema.org/description'), literal('line\u2028separator')) as Quad);

  it.each(FORMATS.filter((f) => !f.compression).map((f) => [f.id, f] as const))('%s writes none of them raw, and reads back the same graph', async (_id, format) => {
    const text = await format.write(quads, turtlePrefixes(DEFAULT_BASE));
    for (const c of SPECIAL) expect(text.includes(c), `U+${c.charCodeAt(0).toString(16)}`).toBe(false);
    expect(text).toContain('\\u2028');
    const back = await parseRdf(text, format.id, 'x');
    expect(await canonical(back.map((q) => quad(q.subject, q.predicate, q.object) as Quad))).toBe(await canonical(quads));
  });

  it('in IRIs too (N-Triples, Turtle): as \\u escapes, which parsers read back', async () => {
    const iri = quad(subject, namedNode('http://schema.org/url'), namedNode('https://example.org/a\u2028b\u0085')) as Quad;
    for (const format of FORMATS.filter((f) => f.syntax === 'turtle' || f.syntax === 'ntriples')) {
      const text = await format.write([iri], {});
      expect(text).toContain('a\\u2028b\\u0085');
      expect((await parseRdf(text, format.id, 'x'))[0]!.object.value).toBe('https://example.org/a\u2028b\u0085');
    }
  });
});

describe('--base is an absolute http(s) IRI ending in "/"', () => {
  it.each([
    ['https://example.org/x#', 'has a query or a fragment'],
    ['https://example.org/x?a=1/', 'has a query or a fragment'],
    ['https://example.org/%zz/', 'is not an IRI (RFC 3987'],
    ['https://example.org/[x]/', 'is not an IRI (RFC 3987'],
    ['https://example.org/\u007f/', 'is not an IRI (RFC 3987'],
    ['https://example.org/\ufffe/', 'is not an IRI (RFC 3987'],
    ['https://example.org/a\u0001b/', '"https://example.org/a\\u0001b/" is not an IRI'],
    ['ftp://example.org/', 'is not an absolute http(s) IRI'],
    ['example.org/', 'is not an IRI'],
    ['https://example.org/x', 'does not end in "/"'],
  ])('%j is refused: exit 2, %s, no stack trace', (base, message) => {
    const run = runCli(['build', SEED, '--out', path.join(tempDir(), 'out'), '--base', base, '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('expected an absolute http(s) IRI ending in "/"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('an internationalised base is accepted, and its prefix lines parse', () => {
    const run = runCli(['build', SEED, '--format', 'ttl', '--out', '-', '--base', 'https://bücher.example/amt/', '-q']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('@prefix person: <https://bücher.example/amt/person/>.');
    expect(new Parser().parse(run.stdout).length).toBeGreaterThan(100);
  });
});

describe('articles with the same file name in different folders', () => {
  it('are two sources, two graphs, and the build conforms', async () => {
    const dir = tempDir();
    for (const sub of ['d1', 'd2']) {
      mkdirSync(path.join(dir, sub));
      writeFileSync(path.join(dir, sub, 'x.txt'), readFileSync(SEED));
    }
    const result = await buildFromPaths([path.join(dir, 'd1', 'x.txt'), path.join(dir, 'd2', 'x.txt')]);
    expect(result.validation.passes).toBe(true);
    const files = result.quads.filter((q) => q.predicate.value.endsWith('#sourceFile')).map((q) => q.object.value);
    expect(files.sort()).toEqual(['d1/x.txt', 'd2/x.txt']);
    const graphs = new Set(result.graphQuads.filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value));
    expect([...graphs].sort()).toEqual([`${DEFAULT_BASE}graph/d1-x`, `${DEFAULT_BASE}graph/d2-x`]);
  });

  it('a folder keeps its names relative to itself when nothing collides', async () => {
    const result = await buildFromPaths([path.dirname(SEED)]);
    const files = result.quads.filter((q) => q.predicate.value.endsWith('#sourceFile')).map((q) => q.object.value);
    expect(files).toEqual([path.basename(SEED)]);
  });
});
