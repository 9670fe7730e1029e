// Test helpers: graph isomorphism (sorted quads, or RDFC-1.0 with blank nodes), running the built CLI, temp folders.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { canonize } from 'rdf-canonize';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = path.join(ROOT, 'dist/cli/main.js');
export const SEED = path.join(ROOT, 'data/articles/party-secretary-of-heilongjiang.txt');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

/** Language tags compare case-insensitively (RDF 1.1): lower-case them before comparing graphs. */
function normalize(quads: Quad[]): Quad[] {
  return quads.map((q) => {
    const o = q.object;
    if (o.termType !== 'Literal' || !o.language) return q;
    return DataFactory.quad(q.subject, q.predicate, DataFactory.literal(o.value, o.language.toLowerCase()), q.graph) as Quad;
  });
}

/** A term written unambiguously (blank nodes by their label). */
function termKey(term: Quad['subject'] | Quad['object'] | Quad['graph']): string {
  if (term.termType === 'Literal') return `${JSON.stringify(term.value)}@${term.language || ''}^^<${term.datatype.value}>`;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return term.termType === 'DefaultGraph' ? '' : `<${term.value}>`;
}

/**
 * A canonical form of a dataset (a set: repeated quads count once): two datasets are isomorphic iff these
 * are equal. Without blank nodes that is the sorted set of its quads (fast); with them, RDFC-1.0.
 */
export async function canonical(quads: Quad[]): Promise<string> {
  const distinct = new Map(normalize(quads).map((q) => [[q.subject, q.predicate, q.object, q.graph].map(termKey).join(' '), q]));
  const blank = quads.some((q) => [q.subject, q.object, q.graph].some((term) => term.termType === 'BlankNode'));
  if (!blank) return [...distinct.keys()].sort().join('\n');
  return canonize([...distinct.values()], { algorithm: 'RDFC-1.0', format: 'application/n-quads' });
}

/** Parses Turtle text (used for expected graphs). */
export function turtle(text: string): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(text) as Quad[];
}

/** Reads a fixture file as text. */
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'office-ld-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Runs the built CLI and returns its exit code and output (a run killed at its time limit says so in stderr). */
export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}) {
  const timeout = options.timeoutMs ?? 60_000;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', timeout,
    env: options.env ?? process.env,
  });
  const killed = result.signal ? `\n(runCli: killed by ${result.signal} after the ${timeout} ms limit)` : '';
  return { code: result.status, stdout: result.stdout, stderr: result.stderr + killed };
}

/** Runs the built CLI without blocking the event loop (for tests whose own servers must answer it). */
export function runCliAsync(args: string[], options: { cwd?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
/** All files of a folder (not its subfolders) with their bytes, for before/after comparisons. */
export function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  return Object.fromEntries(files.map((name) => [name, readFileSync(path.join(dir, name), 'latin1')]));
}
