// Independent parsers read every dump of the seed + mayor build and of the 36 real articles: Debian's rapper
// (Turtle, N-Triples, TriG, N-Quads, gzip ones unpacked; it has no JSON-LD parser) and rdflib under
// /usr/bin/python3 (all six dumps), each graph isomorphic to the N-Triples dump's. They run wherever the
// tools are installed and are required in CI (CI=true).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromPaths, type BuildResult } from '../src/build.js';
import { readRdf } from '../src/serialize/read.js';
import { canonical, FIXTURES, SEED, tempDir } from './helpers.js';

const PYTHON = '/usr/bin/python3';
const hasRapper = spawnSync('rapper', ['--version']).status === 0;
const hasRdflib = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import rdflib']).status === 0;
const inCi = process.env.CI === 'true';

/** The corpora whose dumps the parsers read: the seed with the mayor fixture, and every real article. */
const CORPORA: [string, string[]][] = [
  ['seed + mayor', [SEED, path.join(FIXTURES, 'mayor.txt')]],
  ['real articles', [path.join(FIXTURES, 'real')]],
];

/** A build written to a folder, the gzip dumps also unpacked there (`dump.nq`, `dump-gz.nt`). */
interface Written {
  result: BuildResult;
  dir: string;
  voidTriples: number;
}

async function writeBuild(inputs: string[]): Promise<Written> {
  const result = await buildFromPaths(inputs);
  const dir = tempDir();
  for (const file of result.files) writeFileSync(path.join(dir, file.name), file.content);
  writeFileSync(path.join(dir, 'dump.nq'), gunzipSync(readFileSync(path.join(dir, 'dump.nq.gz'))));
  writeFileSync(path.join(dir, 'dump-gz.nt'), gunzipSync(readFileSync(path.join(dir, 'dump.nt.gz'))));
  return { result, dir, voidTriples: (await readRdf(path.join(dir, 'void.ttl'))).length };
}

/** rapper's parse of a file, written back as N-Quads (its own serializer) and read by n3; its triple count. */
function rapperQuads(file: string, syntax: string): { quads: Quad[]; count: number } {
  const out = spawnSync('rapper', ['-i', syntax, '-o', 'nquads', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(out.status, out.stderr).toBe(0);
  return {
    quads: new Parser({ format: 'application/n-quads' }).parse(out.stdout) as Quad[],
    count: Number(/returned (\d+) triples/.exec(out.stderr)?.[1]),
  };
}

describe('the tools are there in CI', () => {
  it.runIf(inCi)('rapper and rdflib are installed', () => {
    expect(hasRapper).toBe(true);
    expect(hasRdflib).toBe(true);
  });
});

describe.each(CORPORA)('%s', (_name, inputs) => {
  let built: Written;
  beforeAll(async () => {
    built = await writeBuild(inputs);
  }, 120_000);

  describe.runIf(hasRapper || inCi)("Debian's rapper", () => {
    it.each([['dump.ttl', 'turtle'], ['dump.nt', 'ntriples'], ['dump-gz.nt', 'ntriples']])(
      'parses %s to the N-Triples graph', async (name, syntax) => {
        const { quads, count } = rapperQuads(path.join(built.dir, name), syntax);
        expect(count).toBe(built.result.quads.length);
        expect(await canonical(quads)).toBe(await canonical(built.result.quads));
      }, 60_000);

    it.each([['dump.trig', 'trig'], ['dump.nq', 'nquads']])('parses %s to the named graphs of the build', async (name, syntax) => {
      const { quads, count } = rapperQuads(path.join(built.dir, name), syntax);
      expect(count).toBe(built.result.graphQuads.length);
      expect(await canonical(quads)).toBe(await canonical(built.result.graphQuads));
    }, 60_000);

    it('parses void.ttl', () => {
      expect(rapperQuads(path.join(built.dir, 'void.ttl'), 'turtle').count).toBe(built.voidTriples);
    });
  });

  describe.runIf(hasRdflib || inCi)('rdflib (/usr/bin/python3)', () => {
    it('parses all six dumps: the merged ones isomorphic to dump.nt, the union of the named graphs too', () => {
      const script = `
import gzip, sys
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
d = sys.argv[1]
nt = Graph().parse(d + "/dump.nt", format="nt")
def union(fmt, data):
    ds = Dataset()
    ds.parse(data=data, format=fmt)
    g = Graph()
    for s, p, o, c in ds.quads((None, None, None, None)):
        if str(c).startswith("https://"): g.add((s, p, o))
    return len(list(ds.quads((None, None, None, None)))), g
read = lambda name: open(d + "/" + name, "rb").read()
for name, fmt, data in [("dump.ttl", "turtle", read("dump.ttl")), ("dump.nt.gz", "nt", gzip.decompress(read("dump.nt.gz"))),
                        ("dump.jsonld", "json-ld", read("dump.jsonld"))]:
    g = Graph().parse(data=data, format=fmt)
    print(name, len(g), isomorphic(g, nt))
for name, fmt, data in [("dump.trig", "trig", read("dump.trig")), ("dump.nq.gz", "nquads", gzip.decompress(read("dump.nq.gz")))]:
    n, g = union(fmt, data)
    print(name, n, isomorphic(g, nt))
`;
      const out = execFileSync(PYTHON, ['-c', script, built.dir], { encoding: 'utf8', cwd: tempDir() }).trim().split('\n');
      const [n, q] = [built.result.quads.length, built.result.graphQuads.length];
      expect(out).toEqual([`dump.ttl ${n} True`, `dump.nt.gz ${n} True`, `dump.jsonld ${n} True`,
        `dump.trig ${q} True`, `dump.nq.gz ${q} True`]);
    }, 360_000);

    it('reads dump.jsonld alone, from a string (no context file beside it, no network), as the N-Triples graph', () => {
      const script = `
import sys
from rdflib import Graph
from rdflib.compare import isomorphic
text = sys.stdin.read()
g = Graph().parse(data=text, format="json-ld")
print(len(g), isomorphic(g, Graph().parse(sys.argv[1] + "/dump.nt", format="nt")))
`;
      const input = readFileSync(path.join(built.dir, 'dump.jsonld'), 'utf8');
      const out = execFileSync(PYTHON, ['-c', script, built.dir], { encoding: 'utf8', input, cwd: tempDir() }).trim();
      expect(out).toBe(`${built.result.quads.length} True`);
    }, 60_000);

    it('parses void.ttl, and TriG and N-Quads to the same dataset of named graphs, one per article', () => {
      const script = `
import sys
from rdflib import Dataset, Graph
d = sys.argv[1]
v = Graph().parse(d + "/void.ttl", format="turtle")
t = Dataset()
t.parse(d + "/dump.trig", format="trig")
q = Dataset()
q.parse(d + "/dump.nq", format="nquads")
# rdflib names the default graph after the file it came from: call it "default" in both
name = lambda g: "default" if str(getattr(g, "identifier", g)).startswith("file:") else str(getattr(g, "identifier", g))
key = lambda ds: sorted((name(g), s.n3(), p.n3(), o.n3()) for s, p, o, g in ds.quads((None, None, None, None)))
print(len(v), len(key(t)), len(key(q)), key(t) == key(q))
print(len(set(g for g, s, p, o in key(q) if g.startswith("https://"))))
`;
      const out = execFileSync(PYTHON, ['-c', script, built.dir], { encoding: 'utf8' }).trim().split('\n');
      const n = built.result.graphQuads.length;
      expect(out[0]).toBe(`${built.voidTriples} ${n} ${n} True`);
      expect(Number(out[1])).toBe(built.result.articles);
    }, 60_000);
  });
});
