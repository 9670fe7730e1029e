// `build --check`: 0 when the folder is exactly what the inputs give; 1, naming the files, when not.
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SEED, tempDir } from './helpers.js';

/** A folder with one article and a fresh build of it. */
function freshBuild(): { articles: string; out: string } {
  const dir = tempDir();
  const articles = path.join(dir, 'articles');
  mkdirSync(articles);
  copyFileSync(SEED, path.join(articles, path.basename(SEED)));
  const out = path.join(dir, 'out');
  expect(runCli(['build', articles, '--out', out, '-q']).code).toBe(0);
  return { articles, out };
}

describe('office-ld build --check', () => {
  it('passes on the committed output/ (what npm test guards)', () => {
    const run = runCli(['build', 'data/articles', '--out', 'output', '--check']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/output: all \d+ files are exactly what the inputs produce/);
  });

  it('passes on a fresh build and writes nothing', () => {
    const { articles, out } = freshBuild();
    const before = readFileSync(path.join(out, 'void.ttl'));
    expect(runCli(['build', articles, '--out', out, '--check']).code).toBe(0);
    expect(readFileSync(path.join(out, 'void.ttl')).equals(before)).toBe(true);
  });

  it('fails (exit 1) naming the file after one byte of a dump changes', () => {
    const { articles, out } = freshBuild();
    const dump = path.join(out, 'dump.nt.gz');
    const bytes = readFileSync(dump);
    bytes[bytes.length - 10] ^= 0x01;
    writeFileSync(dump, bytes);
    const run = runCli(['build', articles, '--out', out, '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('dump.nt.gz: differs');
    expect(run.stderr).not.toContain('dump.ttl');
  });

  it('fails after an input article changes, naming the dumps and void.ttl', () => {
    const { articles, out } = freshBuild();
    appendFileSync(path.join(articles, path.basename(SEED)), '\n');
    const run = runCli(['build', articles, '--out', out, '--check', '-q']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('void.ttl: differs');
    const text = readFileSync(path.join(articles, path.basename(SEED)), 'utf8').replace('Xu Qin (许勤)', 'Xu Qing (许勤)');
    writeFileSync(path.join(articles, path.basename(SEED)), text);
    const again = runCli(['build', articles, '--out', out, '--check']);
    expect(again.code).toBe(1);
    for (const name of ['dump.ttl', 'dump.nt', 'dump.nt.gz', 'dump.trig', 'dump.nq.gz', 'dump.jsonld', 'void.ttl']) {
      expect(again.stderr).toContain(`${name}: differs`);
    }
  });

  it('fails when the graph does not conform, and writes no report', () => {
    const { articles, out } = freshBuild();
    const shapes = path.join(path.dirname(out), 'strict.ttl');
    writeFileSync(shapes, `@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <http://schema.org/> .
[] a sh:NodeShape ; sh:targetClass schema:Person ; sh:property [ sh:path schema:birthDate ; sh:minCount 1 ] .`);
    const run = runCli(['build', articles, '--out', out, '--check', '--shapes', shapes, '-q']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot be what the inputs produce`);
    expect(existsSync(`${out}.report.ttl`)).toBe(false);
  });

  it('fails naming a missing file; --check with --out - is a usage error', () => {
    const { articles, out } = freshBuild();
    rmSync(path.join(out, 'shapes.ttl'));
    const run = runCli(['build', articles, '--out', out, '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('shapes.ttl: missing');
    expect(runCli(['build', articles, '--out', '-', '--format', 'ttl', '--check']).code).toBe(2);
  });
});
