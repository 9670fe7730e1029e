// A project that installs office-ld: the library example of docs/library.md, imported by package name, type-checks
// under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes without skipLibCheck, and runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const doc = (name: string) => readFileSync(path.join(ROOT, 'docs', name), 'utf8');
const TSC = path.join(ROOT, 'node_modules/.bin/tsc');

/** The first ```ts block after a heading of a doc. */
function codeAfter(text: string, heading: string): string {
  const start = text.indexOf(`${heading}\n`);
  const open = text.indexOf('```ts\n', start) + '```ts\n'.length;
  return text.slice(open, text.indexOf('```\n', open));
}

/** A consumer project: office-ld in its node_modules (as npm links a local package), the strictest settings. */
function consumerProject(main: string): string {
  const dir = tempDir('office-ld-consumer-');
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(ROOT, path.join(dir, 'node_modules', 'office-ld'), 'dir');
  symlinkSync(path.join(ROOT, 'data'), path.join(dir, 'data'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true, skipLibCheck: false, outDir: 'out',
    },
    files: ['main.ts'],
  }));
  writeFileSync(path.join(dir, 'main.ts'), main);
  return dir;
}

describe('a TypeScript consumer of the package', () => {
  it('type-checks a bare import of every export, with no error in any declaration file', () => {
    const dir = consumerProject("import * as officeLd from 'office-ld';\nconsole.log(Object.keys(officeLd).length);\n");
    const run = spawnSync(TSC, ['-p', dir], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it("compiles the library example of docs/library.md and runs it beside data/articles", () => {
    const dir = consumerProject(codeAfter(doc('library.md'), '## The library'));
    const compiled = spawnSync(TSC, ['-p', dir], { encoding: 'utf8' });
    expect(compiled.stdout + compiled.stderr).toBe('');
    const out = execFileSync(process.execPath, [path.join(dir, 'out', 'main.js')], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^true \d+ 10 \d/);
    expect(lines.slice(1, 3)).toEqual(['[]', '[]']);
    expect(lines[3]).toBe('true @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>.');
    expect(lines.at(-1)).toMatch(/^anonymous|with credentials$/);
  }, 180_000);
});

describe('figures of the docs that the committed output holds', () => {
  it("the load example's triple count is dump.nt's", () => {
    const triples = readFileSync(path.join(ROOT, 'output', 'dump.nt'), 'utf8').trim().split('\n').length;
    const claimed = /sent (\d+) triples in 1 request; the graph held 0 triples before, (\d+) now/.exec(doc('stores.md'));
    expect(claimed?.slice(1)).toEqual([String(triples), String(triples)]);
  });
});
