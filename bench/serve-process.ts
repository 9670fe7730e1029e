// Helpers of the serve load benchmark: a generated bundle, `office-ld serve` as its own process, its RSS,
// and autocannon runs in this process or, as background load, in processes of their own.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import autocannon from 'autocannon';
import { generateCorpus } from './corpus.js';

const require = createRequire(import.meta.url);
const AUTOCANNON = require.resolve('autocannon/autocannon.js');

/** Writes `count` generated articles under `dir` and builds them into `dir/out` with the CLI; returns the bundle folder. */
export function buildBundle(cli: string, dir: string, count: number, seed: number): string {
  const input = path.join(dir, 'articles');
  mkdirSync(input, { recursive: true });
  for (const article of generateCorpus(count, seed)) writeFileSync(path.join(input, article.name), article.text);
  const out = path.join(dir, 'out');
  const run = spawnSync(process.execPath, [cli, 'build', input, '--out', out, '-q'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the build failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
  return out;
}

/** `office-ld serve` running in its own process. */
export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Resident memory now and at its highest so far, in MiB (Linux /proc). */
  rss(): { nowMiB: number; peakMiB: number };
  stop(): Promise<void>;
}

/** Starts `office-ld serve` on a free loopback port and waits until it and its SPARQL worker answer. */
export async function startServe(cli: string, data: string, queryTimeoutMs: number): Promise<ServeProcess> {
  const child = spawn(process.execPath, [cli, 'serve', '--data', data, '--port', '0', '--query-timeout', String(queryTimeoutMs)],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      log += chunk;
      const found = / at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log);
      if (found) resolve(found[1]);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${log}`)));
  });
  const ask = await fetch(`${url}sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`);
  if (ask.status !== 200) throw new Error(`the SPARQL endpoint answered ${ask.status}`);
  const status = () => readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const field = (text: string, name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) / 1024;
  return {
    url, child,
    rss: () => {
      const text = status();
      return { nowMiB: field(text, 'VmRSS'), peakMiB: field(text, 'VmHWM') };
    },
    stop: () => new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** What one load run measured: requests/s, latency quantiles (ms) and answers by status. */
export interface LoadFigures {
  requestsPerS: number;
  p50: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
}

function figures(result: autocannon.Result): LoadFigures {
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count ?? 0]));
  return {
    requestsPerS: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max,
    statuses, errors: result.errors, timeouts: result.timeouts,
  };
}

/** One autocannon run in this process: `connections` clients cycling through `paths` for `seconds`. */
export async function load(url: string, paths: string[], connections: number, seconds: number,
  headers: Record<string, string> = {}, timeoutS = 30): Promise<LoadFigures> {
  const result = await autocannon({
    url, connections, duration: seconds, timeout: timeoutS, headers,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  return figures(result);
}

/** Background load: autocannon in a process of its own (so it takes nothing from the measuring client's event loop). */
export function backgroundLoad(target: string, connections: number, seconds: number, timeoutS = 60): Promise<LoadFigures> {
  const child = spawn(process.execPath, [AUTOCANNON, '-j', '-c', String(connections), '-d', String(seconds), '-t', String(timeoutS), target],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      try {
        resolve(figures(JSON.parse(out) as autocannon.Result));
      } catch {
        reject(new Error(`autocannon exited ${code} with: ${out.slice(0, 500)}`));
      }
    });
  });
}
