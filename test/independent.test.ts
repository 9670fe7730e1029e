// Independent parsers read our dumps: Debian's rapper (Turtle, N-Triples) and rdflib under /usr/bin/python3.
// They run wherever the tools are installed and are required in CI (CI=true).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromPaths, type BuildResult } from '../src/build.js';
import { SEED, tempDir } from './helpers.js';

const PYTHON = '/usr/bin/python3';
const hasRapper = spawnSync('rapper', ['--version']).status === 0;
const hasRdflib = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import rdflib']).status === 0;
const inCi = process.env.CI === 'true';

let result: BuildResult;
let dir: string;
beforeAll(async () => {
  result = await buildFromPaths([SEED]);
  dir = tempDir();
  for (const file of result.files) writeFileSync(path.join(dir, file.name), file.content);
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
});
