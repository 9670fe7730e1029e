// The output folder is all old or all new: kill -9 at each step of the folder switch, builds killed at
// random moments, two builds at once, a failed rename, a full disk; the lock; refused folders; user files kept.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { describe, expect, it } from 'vitest';
import { buildFromPaths, fileBytes } from '../src/index.js';
import { lockFileOf } from '../src/serialize/lock.js';
import { openFreshFolder, type SwitchStep } from '../src/serialize/folder.js';
import { CLI, FIXTURES, ROOT, runCli, runCliAsync, snapshot, tempDir } from './helpers.js';

const OLD = path.join(ROOT, 'data/articles');
const NEW = path.join(FIXTURES, 'corpus');

/** The bytes a build of `input` writes, by file name, as `snapshot` gives them. */
async function expected(input: string): Promise<Record<string, string>> {
  const { files } = await buildFromPaths([input], { linksFile: path.join(ROOT, 'data/links.tsv') });
  return Object.fromEntries(files.map((f) => [f.name, fileBytes(f).toString('latin1')]).sort());
}

/** Names beside `out` that a build made (fresh or old folders, the lock). */
function siblings(out: string): string[] {
  return readdirSync(path.dirname(out)).filter((name) => name.startsWith(`.${path.basename(out)}.`));
}

/** The folder's files without the user's own. */
function bundleOf(out: string, userFiles: string[] = []): Record<string, string> {
  const all = snapshot(out);
  for (const name of userFiles) delete all[name];
  return all;
}

describe('the folder switch killed with -9 at each step', () => {
  const steps: SwitchStep[] = ['carried', 'aside', 'switched', 'done'];
  it.each(steps)('after "%s": the folder is all old or all new, and the next opening finishes the switch', async (step) => {
    const out = path.join(tempDir(), 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'a.ttl'), 'old a');
    writeFileSync(path.join(out, 'b.ttl'), 'old b');
    writeFileSync(path.join(out, 'notes.tmp'), 'the user\'s');
    const script = `
      import { writeFileSync } from 'node:fs';
      import { openFreshFolder } from ${JSON.stringify(path.join(ROOT, 'dist/serialize/folder.js'))};
      const folder = await openFreshFolder(${JSON.stringify(out)}, [], (step) => {
        if (step === ${JSON.stringify(step)}) process.kill(process.pid, 'SIGKILL');
      });
      writeFileSync(folder.fresh + '/a.ttl', 'new a');
      writeFileSync(folder.fresh + '/b.ttl', 'new b');
      await folder.commit();`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');
    const oldFiles = { 'a.ttl': 'old a', 'b.ttl': 'old b', 'notes.tmp': 'the user\'s' };
    const newFiles = { 'a.ttl': 'new a', 'b.ttl': 'new b', 'notes.tmp': 'the user\'s' };
    if (step === 'aside') expect(existsSync(out)).toBe(false); // between the two renames
    else expect([oldFiles, newFiles]).toContainEqual(snapshot(out));
    await (await openFreshFolder(out)).abort();
    expect(snapshot(out)).toEqual(step === 'carried' ? oldFiles : newFiles);
    expect(siblings(out)).toEqual([]);
  });

  it('a rename that fails at the switch leaves the old folder, an error of exit 2 and no fresh folder', async () => {
    const out = path.join(tempDir(), 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'a.ttl'), 'old a');
    const folder = await openFreshFolder(out, [], (step) => {
      if (step === 'carried') rmSync(folder.fresh, { recursive: true }); // the next rename then fails
    });
    writeFileSync(path.join(folder.fresh, 'a.ttl'), 'new a');
    const failure = await folder.commit().then(() => undefined, (error: unknown) => error as { exitCode: number; message: string });
    expect(failure?.exitCode).toBe(2);
    expect(failure?.message).toMatch(/^.*out: cannot write the output: ENOENT/);
    expect(snapshot(out)).toEqual({ 'a.ttl': 'old a' });
    expect(siblings(out)).toEqual([]);
  });
});

// The full-size version, 20 builds of 1,000 articles killed at random moments with a following build each
// time, is bench/crash.ts (`npm run bench`; minutes, so not a test); this one keeps the property in `npm test`.
describe('builds killed at random moments', () => {
  it('leave, each time, the folder of the build before or of the build killed, never a mix', async () => {
    const builds = { [OLD]: await expected(OLD), [NEW]: await expected(NEW) };
    const out = path.join(tempDir(), 'out');
    expect(runCli(['build', OLD, '--out', out, '-q']).code).toBe(0);
    const started = Date.now();
    expect(runCli(['build', NEW, '--out', out, '-q']).code).toBe(0);
    const duration = Date.now() - started;
    const rng = xoroshiro128plus(17);
    const seen = new Set<string>();
    for (let round = 0; round < 14; round++) {
      const input = round % 2 === 0 ? OLD : NEW;
      const before = bundleOf(out);
      const delay = uniformInt(rng, 0, duration);
      const child = spawn(process.execPath, [CLI, 'build', input, '--out', out, '-q'], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      const after = existsSync(out) ? bundleOf(out) : undefined;
      if (after === undefined) seen.add('between the renames');
      else if (JSON.stringify(after) === JSON.stringify(before)) seen.add('old');
      else if (Object.keys(before).length > 0) {
        expect(after).toEqual(builds[input]);
        seen.add('new');
      } else {
        // the round before was killed between its renames (no folder): this build's opening finished that switch,
        // so the folder is that build's or the one before it, whole, if this one was killed before its own switch
        expect([builds[OLD], builds[NEW]]).toContainEqual(after);
        seen.add('a switch finished by the next build');
      }
      if (after === undefined) expect(siblings(out).some((name) => name.includes('.old-'))).toBe(true);
    }
    expect(runCli(['build', OLD, '--out', out, '-q']).code).toBe(0);
    expect(bundleOf(out)).toEqual(builds[OLD]);
    expect(siblings(out)).toEqual([]);
    expect(seen.has('old')).toBe(true);
  }, 120_000);
});

describe('two builds into one folder at once', () => {
  it('one writes the folder whole; the other waits its turn or refuses with a clear message', async () => {
    const builds = [await expected(OLD), await expected(NEW)];
    for (let round = 0; round < 4; round++) {
      const out = path.join(tempDir(), 'out');
      const runs = await Promise.all([runCliAsync(['build', OLD, '--out', out, '-q']), runCliAsync(['build', NEW, '--out', out, '-q'])]);
      expect(runs.some((run) => run.code === 0)).toBe(true);
      for (const run of runs.filter((r) => r.code !== 0)) {
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/another office-ld process \(pid \d+\) is writing this folder/);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
      }
      expect(builds).toContainEqual(bundleOf(out));
      expect(siblings(out)).toEqual([]);
    }
  }, 60_000);
});

describe('the lock of an output folder', () => {
  it('held by a running process: the build refuses; left by a dead one: the build takes it', () => {
    const out = path.join(tempDir(), 'out');
    writeFileSync(lockFileOf(out), `${process.pid}\n`);
    const refused = runCli(['build', OLD, '--out', out, '-q']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`another office-ld process (pid ${process.pid}) is writing this folder`);
    expect(existsSync(out)).toBe(false);
    writeFileSync(lockFileOf(out), '999999999\n');
    expect(runCli(['build', OLD, '--out', out, '-q']).code).toBe(0);
    expect(siblings(out)).toEqual([]);
  });
});

describe('folders a build refuses', () => {
  const refusals: [string, (home: string) => string[]][] = [
    ['the root of the file system', () => ['build', OLD, '--out', '/']],
    ['the home folder', (home) => ['build', OLD, '--out', home]],
    ['a folder containing the inputs', () => ['build', OLD, '--out', path.join(ROOT, 'data')]],
    ['a folder containing the current folder', () => ['build', OLD, '--out', path.dirname(ROOT)]],
  ];
  it.each(refusals)('%s: exit 2, one line, nothing written', (what, args) => {
    const home = tempDir();
    const before = snapshot(home);
    const run = runCli(args(home), { env: { ...process.env, HOME: home } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refusing to use this output folder/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot(home)).toEqual(before);
  });
});

describe('the user\'s files in the output folder', () => {
  it('are kept, *.tmp included, and the bundle replaces only its own files', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'notes.tmp'), 'mine');
    writeFileSync(path.join(out, '.dump.nt.1.tmp'), 'also mine');
    mkdirSync(path.join(out, 'extra'));
    writeFileSync(path.join(out, 'extra/readme.txt'), 'kept');
    writeFileSync(path.join(out, 'dump.ttl'), 'an old dump');
    expect(runCli(['build', OLD, '--out', out, '-q']).code).toBe(0);
    expect(bundleOf(out, ['notes.tmp', '.dump.nt.1.tmp'])).toEqual(await expected(OLD));
    expect(snapshot(out)['notes.tmp']).toBe('mine');
    expect(snapshot(out)['.dump.nt.1.tmp']).toBe('also mine');
    expect(snapshot(path.join(out, 'extra'))).toEqual({ 'readme.txt': 'kept' });
  });
});

describe('a full disk', () => {
  it('gives exit 2 with one line, no stack trace, the old folder as it was and nothing left beside it', async () => {
    const out = path.join(tempDir(), 'out');
    expect(runCli(['build', OLD, '--out', out, '-q']).code).toBe(0);
    const before = snapshot(out);
    // a file-size limit: writes past 40 KiB fail (EFBIG) as they would on a full disk (ENOSPC)
    const run = spawnSync('bash', ['-c', `ulimit -f 40; exec "${process.execPath}" "${CLI}" build "${NEW}" --out "${out}" -q`],
      { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^office-ld: .*out: cannot write the output: EFBIG: file too large/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot(out)).toEqual(before);
    expect(siblings(out)).toEqual([]);
  });
});
