// Independent parsers read our dumps: Debian's rapper (Turtle, N-Triples, TriG, N-Quads) and rdflib under /usr/bin/python3.
// They run wherever the tools are installed and are required in CI (CI=true).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromPaths, type BuildResult } from '../src/build.js';
import { readRdf } from '../src/serialize/read.js';
import { FIXTURES, SEED, tempDir } from './helpers.js';

const PYTHON = '/usr/bin/python3';
const hasRapper = spawnSync('rapper', ['--version']).status === 0;
const hasRdflib = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import rdflib']).status === 0;
const inCi = process.env.CI === 'true';

let result: BuildResult;
let dir: string;
let voidTriples: number;
beforeAll(async () => {
  result = await buildFromPaths([SEED, path.join(FIXTURES, 'mayor.txt')]);
  dir = tempDir();
  for (const file of result.files) writeFileSync(path.join(dir, file.name), file.content);
  writeFileSync(path.join(dir, 'dump.nq'), gunzipSync(readFileSync(path.join(dir, 'dump.nq.gz'))));
  voidTriples = (await readRdf(path.join(dir, 'void.ttl'))).length;
});

describe('the tools are there in CI', () => {
  it.runIf(inCi)('rapper and rdflib are installed', () => {
    expect(hasRapper).toBe(true);
    expect(hasRdflib).toBe(true);
  });
});

describe.runIf(hasRapper || inCi)("Debian's rapper", () => {
  it.each([['dump.ttl', 'turtle'], ['dump.nt', 'ntriples']])('parses %s with the same triple count', (name, syntax) => {
    const out = spawnSync('rapper', ['-i', syntax, '-c', path.join(dir, name)], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    const count = Number(/returned (\d+) triples/.exec(out.stderr)?.[1]);
    expect(count).toBe(result.quads.length);
  });

  it.each([['dump.trig', 'trig'], ['dump.nq', 'nquads']])('parses %s with one quad per named-graph quad', (name, syntax) => {
    const out = spawnSync('rapper', ['-i', syntax, '-c', path.join(dir, name)], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    expect(Number(/returned (\d+) triples/.exec(out.stderr)?.[1])).toBe(result.graphQuads.length);
  });

  it('parses void.ttl', () => {
    const out = spawnSync('rapper', ['-i', 'turtle', '-c', path.join(dir, 'void.ttl')], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    expect(Number(/returned (\d+) triples/.exec(out.stderr)?.[1])).toBe(voidTriples);
  });
});

describe.runIf(hasRdflib || inCi)('rdflib (/usr/bin/python3)', () => {
  it('parses Turtle, N-Triples and JSON-LD and finds the three graphs isomorphic', () => {
    const script = `
import sys
from rdflib import Graph
from rdflib.compare import isomorphic
d = sys.argv[1]
g = {}
for name, fmt in [("dump.ttl", "turtle"), ("dump.nt", "nt"), ("dump.jsonld", "json-ld")]:
    g[name] = Graph().parse(d + "/" + name, format=fmt)
print(len(g["dump.ttl"]), len(g["dump.nt"]), len(g["dump.jsonld"]))
print(isomorphic(g["dump.ttl"], g["dump.nt"]), isomorphic(g["dump.ttl"], g["dump.jsonld"]))
`;
    const out = execFileSync(PYTHON, ['-c', script, dir], { encoding: 'utf8' }).trim().split('\n');
    const n = result.quads.length;
    expect(out[0]).toBe(`${n} ${n} ${n}`);
    expect(out[1]).toBe('True True');
  });

  it('reads dump.jsonld alone, from a string (no context file beside it, no network), as the N-Triples graph', () => {
    const script = `
import sys
from rdflib import Graph
from rdflib.compare import isomorphic
text = sys.stdin.read()
g = Graph().parse(data=text, format="json-ld")
print(len(g), isomorphic(g, Graph().parse(sys.argv[1] + "/dump.nt", format="nt")))
`;
    const input = readFileSync(path.join(dir, 'dump.jsonld'), 'utf8');
    const out = execFileSync(PYTHON, ['-c', script, dir], { encoding: 'utf8', input, cwd: tempDir() }).trim();
    expect(out).toBe(`${result.quads.length} True`);
  });

  it('parses void.ttl, and TriG and N-Quads to the same dataset of named graphs', () => {
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
    const out = execFileSync(PYTHON, ['-c', script, dir], { encoding: 'utf8' }).trim().split('\n');
    const n = result.graphQuads.length;
    expect(out[0]).toBe(`${voidTriples} ${n} ${n} True`);
    expect(out[1]).toBe('2');
  });
});
