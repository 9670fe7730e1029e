// void.ttl against the files: counts recomputed from the dumps, sizes and sha256 of the real files, gzip, graphs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { METADATA_SHAPES } from '../src/publish/assemble.js';
import { findLinksets } from '../src/publish/linksets.js';
import { loadShapes } from '../src/validate/shapes.js';
import { validateQuads } from '../src/validate/validate.js';
import type { ShaclResult } from '../src/validate/engine.js';
import { GraphIndex } from '../src/validate/graph-index.js';
import { referenceResults, shaclResults } from '../src/validate/shacl.js';
import { canonical, FIXTURES, ROOT, runCli, SEED, tempDir } from './helpers.js';

const BASE = 'https://example.org/office-ld/';
const V = 'http://rdfs.org/ns/void#';
const DCAT = 'http://www.w3.org/ns/dcat#';
const SPDX = 'http://spdx.org/rdf/terms#';
const DCT = 'http://purl.org/dc/terms/';
const PROV = 'http://www.w3.org/ns/prov#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const { namedNode } = DataFactory;

let out: string;
let meta: Store;
let triples: Quad[];
const file = (name: string) => path.join(out, name);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The one object of `s p` in void.ttl. */
const one = (s: string, p: string) => {
  const objects = meta.getObjects(namedNode(s), namedNode(p), null);
  expect(objects, `${s} ${p}`).toHaveLength(1);
  return objects[0];
};
const num = (s: string, p: string) => Number(one(s, p).value);
const DATASET = `${BASE}void.ttl#dataset`;

beforeAll(() => {
  out = path.join(tempDir(), 'out');
  const run = runCli(['build', SEED, path.join(FIXTURES, 'mayor.txt'), '--out', out, '-q']);
  expect(run.code, run.stderr).toBe(0);
  meta = new Store(new Parser({ format: 'text/turtle' }).parse(readFileSync(file('void.ttl'), 'utf8')));
  triples = new Parser({ format: 'N-Triples' }).parse(readFileSync(file('dump.nt'), 'utf8')) as Quad[];
});

describe('void.ttl counts equal counts taken from dump.nt', () => {
  it('triples, entities, distinct subjects and objects, properties, classes', () => {
    const subjects = new Set(triples.map((t) => t.subject.value));
    const objects = new Set(triples.map((t) => JSON.stringify(t.object)));
    expect(num(DATASET, V + 'triples')).toBe(readFileSync(file('dump.nt'), 'utf8').trimEnd().split('\n').length);
    expect(num(DATASET, V + 'entities')).toBe([...subjects].filter((s) => s.startsWith(BASE)).length);
    expect(num(DATASET, V + 'distinctSubjects')).toBe(subjects.size);
    expect(num(DATASET, V + 'distinctObjects')).toBe(objects.size);
    expect(num(DATASET, V + 'properties')).toBe(new Set(triples.map((t) => t.predicate.value)).size);
    expect(num(DATASET, V + 'classes')).toBe(new Set(triples.filter((t) => t.predicate.value === RDF_TYPE).map((t) => t.object.value)).size);
  });

  it('each class partition counts the instances of its class, each property partition the triples of its property', () => {
    const classes = meta.getObjects(namedNode(DATASET), namedNode(V + 'classPartition'), null);
    const properties = meta.getObjects(namedNode(DATASET), namedNode(V + 'propertyPartition'), null);
    const instances = new Map<string, Set<string>>();
    const perProperty = new Map<string, number>();
    for (const t of triples) {
      perProperty.set(t.predicate.value, (perProperty.get(t.predicate.value) ?? 0) + 1);
      if (t.predicate.value === RDF_TYPE) instances.set(t.object.value, (instances.get(t.object.value) ?? new Set()).add(t.subject.value));
    }
    expect(classes).toHaveLength(instances.size);
    for (const partition of classes) {
      expect(num(partition.value, V + 'entities')).toBe(instances.get(one(partition.value, V + 'class').value)!.size);
    }
    expect(properties).toHaveLength(perProperty.size);
    for (const partition of properties) {
      expect(num(partition.value, V + 'triples')).toBe(perProperty.get(one(partition.value, V + 'property').value));
    }
    const posts = instances.get('http://www.w3.org/ns/org#Post')!;
    expect(meta.getObjects(namedNode(DATASET), namedNode(V + 'exampleResource'), null).map((o) => o.value).sort()).toEqual([...posts].sort());
  });

  it('a linkset per outside dataset and predicate, counting the links in the dump', () => {
    const linksets = meta.getSubjects(namedNode(RDF_TYPE), namedNode(V + 'Linkset'), null);
    const spaces = { commons: 'http://commons.wikimedia.org/wiki/Special:FilePath/', wikidata: 'http://www.wikidata.org/entity/' };
    const links = triples.flatMap((t) => Object.entries(spaces)
      .filter(([, space]) => t.object.value.startsWith(space)).map(([key]) => `${key} ${t.predicate.value}`));
    expect(links.filter((l) => l.startsWith('wikidata')).length).toBe(5);
    expect(linksets).toHaveLength(new Set(links).size);
    for (const linkset of linksets) {
      const predicate = one(linkset.value, V + 'linkPredicate').value;
      const target = meta.getObjects(linkset, namedNode(V + 'objectsTarget'), null)[0].value.split('#')[1];
      expect(num(linkset.value, V + 'triples')).toBe(links.filter((l) => l === `${target} ${predicate}`).length);
      expect(meta.getObjects(linkset, namedNode(V + 'target'), null).map((o) => o.value).sort())
        .toEqual([DATASET, `${BASE}void.ttl#${target}`].sort());
    }
  });

  it('dcterms:modified is the newest date the data states', () => {
    const dates = triples.filter((t) => t.object.termType === 'Literal' && /#(date|gYearMonth|gYear)$/.test(t.object.datatype.value));
    const newest = dates.map((t) => t.object.value).sort().at(-1);
    expect(one(DATASET, DCT + 'modified').value).toBe(newest);
  });
});

describe('every file but void.ttl is a dcat:Distribution whose size and sha256 are those of the file', () => {
  it('one distribution per file, with byteSize and an spdx sha256 checksum of its bytes', () => {
    const distributions = meta.getSubjects(namedNode(RDF_TYPE), namedNode(DCAT + 'Distribution'), null);
    const names = distributions.map((d) => one(d.value, DCAT + 'downloadURL').value.slice(BASE.length)).sort();
    expect(names).toEqual(readdirSync(out).filter((name) => name !== 'void.ttl').sort());
    for (const distribution of distributions) {
      const name = one(distribution.value, DCAT + 'downloadURL').value.slice(BASE.length);
      const bytes = readFileSync(file(name));
      expect(num(distribution.value, DCAT + 'byteSize')).toBe(statSync(file(name)).size);
      const checksum = one(distribution.value, SPDX + 'checksum').value;
      expect(one(checksum, SPDX + 'algorithm').value).toBe(SPDX + 'checksumAlgorithm_sha256');
      expect(one(checksum, SPDX + 'checksumValue').value).toBe(sha256(bytes));
      expect(one(distribution.value, DCAT + 'mediaType').value).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\//);
      const compression = meta.getObjects(distribution, namedNode(DCAT + 'compressFormat'), null);
      expect(compression.map((o) => o.value)).toEqual(name.endsWith('.gz') ? ['https://www.iana.org/assignments/media-types/application/gzip'] : []);
    }
    expect(one(`${BASE}void.ttl#dump.nq.gz`, DCAT + 'mediaType').value).toBe('https://www.iana.org/assignments/media-types/application/n-quads');
    expect(one(`${BASE}void.ttl#dump.trig`, DCT + 'format').value).toBe('http://www.w3.org/ns/formats/TriG');
    expect(one(`${BASE}void.ttl#dump.ttl`, DCT + 'conformsTo').value).toBe(`${BASE}void.ttl#shapes`);
  });

  it('the build is a prov:Activity that used each article (with its sha256) and the shapes', () => {
    const build = `${BASE}void.ttl#build`;
    const used = meta.getObjects(namedNode(build), namedNode(PROV + 'used'), null).map((o) => o.value);
    expect(used).toContain(`${BASE}void.ttl#shapes`);
    for (const [name, article] of [['party-secretary-of-heilongjiang.txt', SEED], ['mayor.txt', path.join(FIXTURES, 'mayor.txt')]]) {
      const source = meta.getSubjects(namedNode(`${BASE}ns#sourceFile`), DataFactory.literal(name), null)[0];
      expect(used).toContain(source.value);
      expect(one(one(source.value, SPDX + 'checksum').value, SPDX + 'checksumValue').value).toBe(sha256(readFileSync(article)));
    }
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    expect(one(one(build, PROV + 'wasAssociatedWith').value, 'http://schema.org/softwareVersion').value).toBe(version);
  });

  it('void.ttl conforms to the metadata shapes, and the shapes catch a broken description', async () => {
    const shapes = await loadShapes(METADATA_SHAPES);
    expect((await validateQuads(new Store(meta.getQuads(null, null, null, null)), shapes)).passes).toBe(true);
    const broken = new Store(meta.getQuads(null, null, null, null));
    broken.removeQuads(broken.getQuads(null, namedNode(DCAT + 'byteSize'), null, null).slice(0, 1));
    broken.removeQuads(broken.getQuads(namedNode(DATASET), namedNode(DCT + 'license'), null, null));
    const outcome = await validateQuads(broken, shapes);
    expect(outcome.passes).toBe(false);
    expect(outcome.findings.map((f) => f.path).sort()).toEqual([DCT + 'license', DCAT + 'byteSize']);
  });

  it('the fast engine validates void.ttl (sh:pattern included) with exactly rdf-validate-shacl\'s results', async () => {
    const shapes = await loadShapes(METADATA_SHAPES);
    const broken = new Store(meta.getQuads(null, null, null, null));
    const checksum = broken.getQuads(null, namedNode(SPDX + 'checksumValue'), null, null)[0];
    broken.removeQuad(checksum);
    broken.addQuad(checksum.subject, checksum.predicate, DataFactory.literal('not-a-sha256', checksum.object.termType === 'Literal' ? checksum.object.datatype : undefined));
    const format = broken.getQuads(null, namedNode(DCAT + 'mediaType'), null, null)[0];
    broken.removeQuad(format);
    broken.addQuad(format.subject, format.predicate, namedNode('https://example.org/not-a-media-type'));
    const quads = broken.getQuads(null, null, null, null);
    const fast = await shaclResults(new GraphIndex(quads), shapes);
    expect(fast.engine).toBe('fast');
    const reference = await referenceResults(new Store(quads), shapes);
    const key = (r: ShaclResult) => [r.focus.value, r.path?.value, r.value?.value, r.component.value, r.shape.value, r.messages.join(';')].join(' | ');
    expect(reference.map((r) => r.component.value)).toContain('http://www.w3.org/ns/shacl#PatternConstraintComponent');
    expect(fast.results.map(key).sort()).toEqual(reference.map(key).sort());
  });
});

describe('compressed and named-graph dumps', () => {
  it('dump.nt.gz decompresses to exactly dump.nt; the gzip header has no time and no file name', () => {
    const gz = readFileSync(file('dump.nt.gz'));
    expect(gunzipSync(gz).equals(readFileSync(file('dump.nt')))).toBe(true);
    expect(gz[3]).toBe(0); // FLG: no FNAME, no FCOMMENT, no FEXTRA
    expect(gz.readUInt32LE(4)).toBe(0); // MTIME
    expect(gz[9]).toBe(255); // OS: unknown, whatever machine built it
    expect(spawnSync('gzip', ['-t', file('dump.nt.gz')]).status).toBe(0);
  });

  it('two builds give byte-identical .gz files', () => {
    const again = path.join(tempDir(), 'again');
    expect(runCli(['build', SEED, path.join(FIXTURES, 'mayor.txt'), '--out', again, '-q']).code).toBe(0);
    for (const name of ['dump.nt.gz', 'dump.nq.gz']) expect(readFileSync(path.join(again, name)).equals(readFileSync(file(name)))).toBe(true);
  });

  it('N-Quads and TriG hold one graph per article, with its provenance, whose union is the N-Triples graph', async () => {
    const nquads = new Parser({ format: 'N-Quads' }).parse(gunzipSync(readFileSync(file('dump.nq.gz'))).toString('utf8')) as Quad[];
    const trig = new Parser({ format: 'application/trig' }).parse(readFileSync(file('dump.trig'), 'utf8')) as Quad[];
    expect(await canonical(trig)).toBe(await canonical(nquads));
    const named = nquads.filter((q) => q.graph.termType === 'NamedNode');
    const graphs = [...new Set(named.map((q) => q.graph.value))].sort();
    expect(graphs).toEqual([`${BASE}graph/mayor`, `${BASE}graph/party-secretary-of-heilongjiang`]);
    for (const graph of graphs) {
      const stem = graph.slice(`${BASE}graph/`.length);
      const inGraph = named.filter((q) => q.graph.value === graph);
      expect(inGraph.filter((q) => q.predicate.value === `${BASE}ns#sourceFile`).map((q) => q.object.value)).toEqual([`${stem}.txt`]);
      const provenance = nquads.filter((q) => q.graph.termType === 'DefaultGraph' && q.subject.value === graph);
      expect(provenance.map((q) => `${q.predicate.value} ${q.object.value}`)).toContain(`${PROV}wasDerivedFrom ${BASE}source/${stem}`);
    }
    const union = named.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
    expect(await canonical([...new Store(union)])).toBe(await canonical(triples));
  });
});

describe('linksets come from the graph', () => {
  it('owl:sameAs links to Wikidata make one linkset with their count', () => {
    const sameAs = namedNode('http://www.w3.org/2002/07/owl#sameAs');
    const links = ['Q19206', 'Q17427'].map((q, i) =>
      DataFactory.quad(namedNode(`${BASE}org/x${i}`), sameAs, namedNode(`http://www.wikidata.org/entity/${q}`)));
    const others = triples.filter((t) => !t.object.value.startsWith('http://www.wikidata.org/'));
    const found = findLinksets([...others, ...links] as Quad[]);
    const wikidata = found.filter((l) => l.target.key === 'wikidata');
    expect(wikidata.map((l) => [l.predicate, l.triples])).toEqual([[sameAs.value, 2]]);
  });
});

describe('dataset settings', () => {
  it('--config and options set licence, creator, publisher, SPARQL endpoint and download folder', () => {
    const dir = tempDir();
    const config = path.join(dir, 'dataset.json');
    writeFileSync(config, JSON.stringify({
      title: 'Chinese provincial party secretaries', creator: { name: 'A. Editor', iri: 'https://example.com/editor' },
      publisher: { name: 'Example Org' }, sparqlEndpoint: 'https://data.example.com/sparql',
    }));
    const run = runCli(['build', SEED, '--out', path.join(dir, 'out'), '--config', config, '-q',
      '--license', 'https://creativecommons.org/licenses/by/4.0/', '--download-base', 'https://files.example.com/dumps/']);
    expect(run.code, run.stderr).toBe(0);
    const store = new Store(new Parser({ format: 'text/turtle' }).parse(readFileSync(path.join(dir, 'out', 'void.ttl'), 'utf8')));
    const dataset = namedNode('https://files.example.com/dumps/void.ttl#dataset');
    const value = (p: string) => store.getObjects(dataset, namedNode(p), null).map((o) => o.value);
    expect(value(DCT + 'title')).toEqual(['Chinese provincial party secretaries']);
    expect(value(DCT + 'license')).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
    expect(value(DCT + 'creator')).toEqual(['https://example.com/editor']);
    expect(value(DCT + 'publisher')).toEqual(['https://files.example.com/dumps/void.ttl#publisher']);
    expect(value(V + 'sparqlEndpoint')).toEqual(['https://data.example.com/sparql']);
    expect(value(V + 'dataDump')).toContain('https://files.example.com/dumps/dump.nt.gz');
    expect(value(V + 'uriSpace')).toEqual([BASE]);
  });

  it.each([
    [{ licence: 'x' }, 'unknown config key "licence"'],
    [{ sparqlEndpoint: 'not a url' }, '"sparqlEndpoint" is not an http(s) IRI'],
    [{ creator: { iri: 'https://example.com/' } }, '"creator" has no name'],
  ])('a bad config is a usage error (exit 2): %j', (config, message) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'c.json'), JSON.stringify(config));
    const run = runCli(['build', SEED, '--out', path.join(dir, 'out'), '--config', path.join(dir, 'c.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
