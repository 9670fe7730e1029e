// The full-size crash test (run by `npm run bench`; `BENCH_CRASH=0` skips it): builds of 1,000 generated
// articles killed with SIGKILL at random moments; after each kill the output folder must be all old or all
// new (never mixed) and the following build must succeed with the new bytes. Figures into bench/results.md.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { generateCorpus } from './corpus.js';
import { writeSection } from './results-file.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli/main.js');
const ARTICLES = Number(process.env.BENCH_CRASH_ARTICLES ?? 1000);
const ROUNDS = Number(process.env.BENCH_CRASH_ROUNDS ?? 20);
const USER_FILE = 'notes.txt';

/** The folder's files (the user's own left out) by name, as SHA-256 hashes; undefined when there is no folder. */
function hashes(folder: string): Record<string, string> | undefined {
  if (!existsSync(folder)) return undefined;
  const names = readdirSync(folder).filter((name) => name !== USER_FILE).sort();
  return Object.fromEntries(names.map((name) => [name, createHash('sha256').update(readFileSync(path.join(folder, name))).digest('hex')]));
}

/** Names a build made beside `out` (its fresh folder, the old one set aside, the lock). */
function siblings(out: string): string[] {
  return readdirSync(path.dirname(out)).filter((name) => name.startsWith(`.${path.basename(out)}.`));
}

/** A complete build: it must succeed; returns its wall time in ms. */
function build(input: string, out: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [CLI, 'build', input, '--out', out, '-q'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the build after a kill failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
  return performance.now() - started;
}

/** Starts a build and kills it with SIGKILL after `delayMs`; resolves when it is gone (true if it had finished first). */
async function killedBuild(input: string, out: string, delayMs: number): Promise<boolean> {
  const child = spawn(process.execPath, [CLI, 'build', input, '--out', out, '-q'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  const code = await exited;
  clearTimeout(timer);
  return code === 0;
}

function corpus(dir: string, seed: number): string {
  mkdirSync(dir);
  for (const article of generateCorpus(ARTICLES, seed)) writeFileSync(path.join(dir, article.name), article.text);
  return dir;
}

if (process.env.BENCH_CRASH !== '0') {
  const loadAtStart = os.loadavg()[0];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'office-ld-crash-'));
  const inputs = [corpus(path.join(dir, 'a'), 20261125), corpus(path.join(dir, 'b'), 20261201)];
  const out = path.join(dir, 'out');
  // the bytes each input builds to (builds are deterministic), and how long a build takes
  const expected = inputs.map((input, i) => {
    const folder = path.join(dir, `expected-${i}`);
    const ms = build(input, folder);
    return { hashes: hashes(folder)!, ms };
  });
  const durationMs = Math.max(...expected.map((e) => e.ms));
  build(inputs[0], out);
  writeFileSync(path.join(out, USER_FILE), 'the user\'s own');
  const rng = xoroshiro128plus(17);
  const seen = { old: 0, new: 0, between: 0, finished: 0 };
  const followingMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const index = (round + 1) % 2;
    const before = hashes(out);
    const delayMs = uniformInt(rng, 0, Math.round(durationMs));
    process.stderr.write(`bench crash: round ${round + 1}/${ROUNDS}, kill after ${delayMs} ms…\n`);
    if (await killedBuild(inputs[index], out, delayMs)) seen.finished++;
    const after = hashes(out);
    if (after === undefined) {
      if (!siblings(out).some((name) => name.includes('.old-'))) throw new Error('no folder, and no old folder set aside');
      seen.between++;
    } else if (JSON.stringify(after) === JSON.stringify(before)) seen.old++;
    else if (JSON.stringify(after) === JSON.stringify(expected[index].hashes)) seen.new++;
    else throw new Error(`round ${round + 1}: the output folder is mixed, neither the old build nor the new`);
    followingMs.push(build(inputs[index], out));
    if (JSON.stringify(hashes(out)) !== JSON.stringify(expected[index].hashes)) throw new Error('the following build wrote other bytes');
    if (readFileSync(path.join(out, USER_FILE), 'utf8') !== 'the user\'s own') throw new Error('the user\'s file was lost');
    if (siblings(out).length > 0) throw new Error(`left beside the folder: ${siblings(out).join(', ')}`);
  }
  rmSync(dir, { recursive: true, force: true });
  const files = Object.keys(expected[0].hashes).length;
  const section = [
    '## crash test', '',
    `Builds of ${ARTICLES} generated articles (${files} files, two corpora built in turn) killed with SIGKILL at ${ROUNDS} moments drawn ` +
      `uniformly over a build's duration (${(durationMs / 1000).toFixed(1)} s; \`bench/crash.ts\`, seed 17). After each kill the folder ` +
      `(a file of the user's in it) was checked by the SHA-256 of every file, then a following build was run to completion. ` +
      `Load average (1 min): ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end, on ${os.cpus().length} cores.`, '',
    `- Folder after the kill: the old build's ${seen.old} times, the killed build's (whole) ${seen.new} times, between the two renames ` +
      `(no folder, the old one set aside, finished by the next build) ${seen.between} times; mixed **0** times` +
      `${seen.finished ? ` (${seen.finished} builds had finished before their kill)` : ''}.`,
    `- The following build succeeded every time with the new bytes, the user's file kept, nothing left beside the folder ` +
      `(median ${(followingMs.sort((a, b) => a - b)[Math.floor(followingMs.length / 2)] / 1000).toFixed(1)} s).`, '',
  ].join('\n');
  writeSection(section);
  process.stdout.write(`\n${section}`);
}
