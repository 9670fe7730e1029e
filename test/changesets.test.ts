// Changesets: `build --changes` writes what changed since the previous bundle (deterministic, the two
// dumps' set difference), and `load --changes` applies them to a private Virtuoso so that its graph is
// the new dump; a gap in the sequence, a changed file and a graph with no state are refused (exit 2).
import { cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { changesetNumbers, statedChangeset } from '../src/publish/changes.js';
import { StoreHttp } from '../src/store/http.js';
import { canonical, FIXTURES, runCli, SEED, tempDir } from './helpers.js';
import { benchCorpus } from './store-helpers.js';
import { hasVirtuoso, privateVirtuoso } from './virtuoso.js';

const inCi = process.env.CI === 'true';
const DBA = { user: 'dba', password: 'dba', scheme: 'digest' as const };

const ntLines = (text: string) => text.split('\n').filter((line) => line !== '');
const dumpLines = (dir: string) => ntLines(readFileSync(path.join(dir, 'dump.nt'), 'utf8'));
const changeset = (dir: string, n: number, kind: 'added' | 'removed') =>
  ntLines(gunzipSync(readFileSync(path.join(dir, 'changes', `${n}.${kind}.nt.gz`))).toString('utf8'));
const quads = (lines: string[]) => new Parser({ format: 'N-Triples' }).parse(lines.join('\n')) as Quad[];

/** A corpus and the edits of two later builds: an article edited, one deleted, two added (one of hostile names), then one removed again. */
function corpus() {
  const articles = benchCorpus(12);
  cpSync(SEED, path.join(articles, path.basename(SEED)));
  const edit = (name: string, from: RegExp, to: string) => {
    const file = path.join(articles, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  };
  return {
    articles,
    first() {
      edit(path.basename(SEED), /Xu Qin/g, 'Xu Qinn');
      edit('article-00003.txt', /- Formation: (\d+)/, '- Formation: 1948');
      unlinkSync(path.join(articles, 'article-00001.txt'));
      cpSync(path.join(FIXTURES, 'mayor.txt'), path.join(articles, 'mayor.txt'));
      cpSync(path.join(FIXTURES, 'hostile-names.txt'), path.join(articles, 'hostile-names.txt'));
    },
    second() {
      unlinkSync(path.join(articles, 'hostile-names.txt'));
      const more = benchCorpus(30); // its articles 12–29 are new files here (about 10,000 triples)
      for (let i = 12; i < 30; i++) cpSync(path.join(more, `article-000${i}.txt`), path.join(articles, `article-000${i}.txt`));
      edit('article-00005.txt', /= (.*) =/, '= $1 (office) =');
    },
  };
}

function build(articles: string, out: string, ...more: string[]) {
  const run = runCli(['build', articles, '--out', out, '-q', ...more]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run;
}

describe('build --changes', () => {
  it('starts a sequence at 0, then writes changeset n+1: exactly the two dumps\' difference, the same bytes every time, described in void.ttl', () => {
    const { articles, first } = corpus();
    const out = path.join(tempDir(), 'out');
    build(articles, out, '--changes');
    expect(statedChangeset(out)).toBe(0);
    expect(changesetNumbers(out)).toEqual([]);
    const before = dumpLines(out);
    const copy = path.join(tempDir(), 'out');
    cpSync(out, copy, { recursive: true });
    first();
    build(articles, out, '--changes');
    build(articles, copy, '--changes');
    expect(statedChangeset(out)).toBe(1);
    const after = dumpLines(out);
    const added = changeset(out, 1, 'added');
    const removed = changeset(out, 1, 'removed');
    expect(added.length).toBeGreaterThan(100);
    expect(removed.length).toBeGreaterThan(20);
    expect(new Set(added)).toEqual(new Set(after.filter((line) => !before.includes(line))));
    expect(new Set(removed)).toEqual(new Set(before.filter((line) => !after.includes(line))));
    for (const name of ['1.added.nt.gz', '1.removed.nt.gz']) {
      const bytes = readFileSync(path.join(out, 'changes', name));
      expect(bytes.equals(readFileSync(path.join(copy, 'changes', name)))).toBe(true);
      expect(readFileSync(path.join(out, 'void.ttl'), 'utf8')).toContain(`changes/${name}`);
    }
    expect(readFileSync(path.join(out, 'void.ttl'), 'utf8')).toBe(readFileSync(path.join(copy, 'void.ttl'), 'utf8'));
    // the next build keeps changeset 1 (and a file of the user's in changes/) beside its own 2 (empty: nothing changed)
    writeFileSync(path.join(out, 'changes', 'NOTES'), 'mine');
    build(articles, out, '--changes');
    expect(changesetNumbers(out)).toEqual([1, 2]);
    expect(readFileSync(path.join(out, 'changes', 'NOTES'), 'utf8')).toBe('mine');
    expect(changeset(out, 2, 'added')).toEqual([]);
    expect(readFileSync(path.join(out, 'void.ttl'), 'utf8')).toContain('changes/1.added.nt.gz');
  }, 180_000);

  it('refuses (exit 2) to number on from a bundle rebuilt since without --changes, and a build without an N-Triples dump', () => {
    const { articles, first } = corpus();
    const out = path.join(tempDir(), 'out');
    build(articles, out, '--changes');
    first();
    build(articles, out, '--changes');
    build(articles, out);
    const run = runCli(['build', articles, '--out', out, '-q', '--changes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states no changeset, but');
    expect(run.stderr).toContain('holds changesets up to 1');
    const ttlOnly = runCli(['build', articles, '--out', path.join(tempDir(), 'o'), '--format', 'ttl', '--changes']);
    expect(ttlOnly.code).toBe(2);
    expect(ttlOnly.stderr).toContain('--format nt or --format nt.gz');
  }, 180_000);
});

describe.runIf(hasVirtuoso || inCi)('load --changes on Virtuoso', () => {
  const virtuoso = privateVirtuoso();
  const load = (graph: string, ...args: string[]) =>
    runCli(['load', '--endpoint', virtuoso().gsp, '--sparql', virtuoso().sparql, '--graph', graph, ...args], { env: virtuoso().env });
  const graphQuads = async (graph: string) => {
    const url = `${virtuoso().gsp}?graph=${encodeURIComponent(graph)}`;
    return new Parser().parse(await new StoreHttp(DBA).send('GET', url, { Accept: 'text/turtle' })) as Quad[];
  };

  it('a graph loaded with build n holds build n+1, then n+2, after each changeset: the same graph as the new dump', async () => {
    const { articles, first, second } = corpus();
    const out = path.join(tempDir(), 'out');
    build(articles, out, '--changes');
    const base = load('urn:test:changes', '--data', out, '--replace');
    expect(base.code).toBe(0);
    expect(base.stdout).toContain('; it holds changeset 0');
    const state0 = path.join(tempDir(), 'state0');
    cpSync(out, state0, { recursive: true });
    first();
    build(articles, out, '--changes');
    const one = load('urn:test:changes', '--changes', out, '--chunk', '40', '-q');
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    const [added, removed] = [changeset(out, 1, 'added').length, changeset(out, 1, 'removed').length];
    expect(one.stdout).toContain(`applied changeset 1: removed ${removed} and added ${added} triples in ${Math.ceil(added / 40) + Math.ceil(removed / 40)} updates`);
    expect(one.stdout).toContain(`now; it holds changeset 1`);
    expect(await canonical(await graphQuads('urn:test:changes'))).toBe(await canonical(quads(dumpLines(out))));
    second();
    build(articles, out, '--changes');
    const two = load('urn:test:changes', '--changes', out);
    expect(two.code, two.stderr).toBe(0);
    const inserts = Math.ceil(changeset(out, 2, 'added').length / 1000);
    expect(inserts).toBeGreaterThan(1); // the default chunk, 1,000 triples an update (Virtuoso failed at 5,000)
    expect(two.stdout).toContain(`triples in ${inserts + Math.ceil(changeset(out, 2, 'removed').length / 1000)} updates`);
    expect(await canonical(await graphQuads('urn:test:changes'))).toBe(await canonical(quads(dumpLines(out))));
    const again = load('urn:test:changes', '--changes', out);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to apply: the graph holds changeset 2');

    // A gap: a graph at changeset 0 and a folder whose changeset 1 is missing.
    expect(load('urn:test:gap', '--data', state0, '--replace').code).toBe(0);
    const gap = path.join(tempDir(), 'gap');
    cpSync(out, gap, { recursive: true });
    for (const kind of ['added', 'removed']) rmSync(path.join(gap, 'changes', `1.${kind}.nt.gz`));
    const refused = load('urn:test:gap', '--changes', gap);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('a gap in the sequence: the graph holds changeset 0 and the folder\'s next is 2');
    expect(await canonical(await graphQuads('urn:test:gap'))).toBe(await canonical(quads(dumpLines(state0))));
    // A changeset file that is not the one void.ttl describes.
    const tampered = path.join(tempDir(), 'tampered');
    cpSync(out, tampered, { recursive: true });
    const file = path.join(tampered, 'changes', '1.added.nt.gz');
    writeFileSync(file, gzipSync(Buffer.concat([gunzipSync(readFileSync(file)), Buffer.from('<urn:x> <urn:y> <urn:z> .\n')])));
    const changed = load('urn:test:gap', '--changes', tampered);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/changes\/1\.added\.nt\.gz: its SHA-256 is [0-9a-f]{64}, void\.ttl states [0-9a-f]{64}/);
    // A graph with no state, and a graph loaded from a bundle built without --changes (state cleared).
    const none = load('urn:test:none', '--changes', out);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('holds no changeset state');
    const plain = path.join(tempDir(), 'plain');
    build(articles, plain);
    expect(load('urn:test:gap', '--data', plain, '--replace').stdout).not.toContain('it holds changeset');
    expect(load('urn:test:gap', '--changes', out).stderr).toContain('holds no changeset state');
  }, 240_000);
});
