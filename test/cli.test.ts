// The office-ld command line: build and validate, exit codes, errors, atomic output, determinism.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli, SEED, tempDir } from './helpers.js';

/** All files of a folder with their bytes, for before/after comparisons. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), 'latin1')]));
}

describe('office-ld build', () => {
  it('writes the dumps, the context, the report, the shapes and void.ttl, and exits 0', () => {
    const out = path.join(tempDir(), 'out');
    const run = runCli(['build', SEED, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/built 1 article\(s\), 18 tenures, \d+ triples; conforms/);
    expect(readdirSync(out).sort()).toEqual([
      'context.jsonld', 'dump.jsonld', 'dump.nq.gz', 'dump.nt', 'dump.nt.gz', 'dump.trig', 'dump.ttl',
      'shapes.ttl', 'validation-report.ttl', 'void.ttl',
    ]);
  });

  it('is quiet with -q', () => {
    const run = runCli(['build', SEED, '--out', path.join(tempDir(), 'out'), '-q']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('gives byte-identical files on a rebuild', () => {
    const a = path.join(tempDir(), 'a');
    const b = path.join(tempDir(), 'b');
    expect(runCli(['build', SEED, '--out', a, '-q']).code).toBe(0);
    expect(runCli(['build', SEED, '--out', b, '-q']).code).toBe(0);
    expect(snapshot(b)).toEqual(snapshot(a));
  });

  it('the committed output/ is exactly what building data/articles gives today', () => {
    const fresh = path.join(tempDir(), 'output');
    expect(runCli(['build', 'data/articles', '--out', fresh, '-q']).code).toBe(0);
    expect(snapshot(path.join(ROOT, 'output'))).toEqual(snapshot(fresh));
  });

  it('--format picks the dumps, and --out - prints one to stdout', () => {
    const out = path.join(tempDir(), 'out');
    expect(runCli(['build', SEED, '--out', out, '--format', 'nt', '-q']).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['dump.nt', 'shapes.ttl', 'validation-report.ttl', 'void.ttl']);
    const run = runCli(['build', SEED, '--format', 'ttl', '--out', '-', '-q']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('@prefix org: <http://www.w3.org/ns/org#>.');
  });

  it('--base mints under another base', () => {
    const run = runCli(['build', SEED, '--format', 'nt', '--out', '-', '--base', 'http://data.example.com/', '-q']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<http://data.example.com/person/xu-qin>');
    expect(run.stdout).not.toContain('<https://example.org/office-ld/person/');
  });

  it.each([
    [['build', '--format', 'rdfxml', SEED], 'unknown format "rdfxml"'],
    [['build', 'no-such-folder'], 'no-such-folder: no such file or folder'],
    [['build', SEED, '--base', 'not an iri'], '--base "not an iri" is not an IRI'],
    [['build', SEED, '--out', '-'], '--out - prints one format'],
    [['build', '--no-such-option'], "unknown option '--no-such-option'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('usage errors exit 2: %j', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('--help shows examples and exit codes on every command', () => {
    for (const args of [['--help'], ['build', '--help'], ['validate', '--help']]) {
      const run = runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Examples:');
      expect(run.stdout).toContain('Exit codes:');
    }
  });
});

describe('a bad article: a located error, exit 1, and the earlier output intact', () => {
  const cases: [string, string, string][] = [
    ['no-title.txt', 'no-title.txt:1: the article has no title', ''],
  ];
  it.each(cases)('%s', (name, message, raw) => {
    const out = path.join(tempDir(), 'out');
    cpSync(path.join(ROOT, 'output'), out, { recursive: true });
    const before = snapshot(out);
    const run = runCli(['build', path.join(FIXTURES, 'bad', name), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    if (raw) expect(run.stderr).toContain(raw);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('a graph that does not conform writes no dumps', () => {
  it('exits 1, prints each result, writes the report beside the output folder, and leaves the folder as it was', () => {
    const dir = tempDir();
    const shapes = path.join(dir, 'strict.ttl');
    writeFileSync(shapes, `
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <http://schema.org/> .
[] a sh:NodeShape ; sh:targetClass schema:Person ;
   sh:property [ sh:path schema:birthDate ; sh:minCount 1 ; sh:message "a person needs a birth date" ] .`);
    const out = path.join(dir, 'out');
    const run = runCli(['build', SEED, '--out', out, '--shapes', shapes]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('party-secretary-of-heilongjiang.txt:32: Violation: <https://example.org/office-ld/person/zhang-qilong> http://schema.org/birthDate: a person needs a birth date');
    expect(run.stderr).toContain('the graph does not conform: 18 results; no dumps written');
    expect(existsSync(out)).toBe(false);
    const report = readFileSync(`${out}.report.ttl`, 'utf8');
    expect(report).toContain('sh:conforms false');
    expect(report.match(/a sh:ValidationResult/g)).toHaveLength(18);
  });
});
