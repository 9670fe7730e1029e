// Changesets: what changed between the previous bundle's N-Triples dump and the new one, written as
// `changes/<n>.added.nt.gz` and `changes/<n>.removed.nt.gz`, numbered on from the state the previous
// void.ttl states (see docs/output.md, "Changesets").
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, cp, link, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { Parser } from 'n3';
import { usageError } from '../errors.js';
import { digestBytes, type FileDigest } from '../serialize/bundle.js';
import { DumpSink, fileTarget } from '../serialize/sink.js';
import { ol } from '../vocab.js';
import { VOID_FILE } from './void.js';

/** The folder of a bundle that holds its changesets. */
export const CHANGES_DIR = 'changes';
/** The dumps a changeset is computed from, the first present (the gzip one is the same triples). */
export const STATE_DUMPS = ['dump.nt', 'dump.nt.gz'];
const CHANGESET_FILE = /^(\d+)\.(added|removed)\.nt\.gz$/;
/** Text deflated at a time (a piece of the gzip member). */
const PIECE_CHARS = 1 << 20;

/** The two files of changeset `n`, as named in the bundle. */
export function changesetFiles(n: number): { added: string; removed: string } {
  return { added: `${CHANGES_DIR}/${n}.added.nt.gz`, removed: `${CHANGES_DIR}/${n}.removed.nt.gz` };
}

/** The numbers of the changesets in a bundle folder whose two files are both there, in order. */
export function changesetNumbers(dir: string): number[] {
  const folder = path.join(dir, CHANGES_DIR);
  if (!existsSync(folder)) return [];
  const seen = new Map<number, number>();
  for (const name of readdirSync(folder)) {
    const match = CHANGESET_FILE.exec(name);
    if (match) seen.set(Number(match[1]), (seen.get(Number(match[1])) ?? 0) + 1);
  }
  return [...seen].filter(([, files]) => files === 2).map(([n]) => n).sort((a, b) => a - b);
}

/** The changeset state a bundle's void.ttl states (`<#dataset> ol:changeset n`), if any. */
export function statedChangeset(dir: string): number | undefined {
  const file = path.join(dir, VOID_FILE);
  if (!existsSync(file)) return undefined;
  const quads = new Parser({ baseIRI: 'urn:office-ld:void' }).parse(readFileSync(file, 'utf8'));
  const stated = quads.find((quad) => quad.predicate.equals(ol.changeset));
  return stated ? Number(stated.object.value) : undefined;
}

/** The first state dump present in a folder, if any. */
export function stateDump(dir: string): string | undefined {
  return STATE_DUMPS.map((name) => path.join(dir, name)).find((file) => existsSync(file));
}

/** The lines of an N-Triples file (gzip or not), blank lines left out. */
async function* ntriplesLines(file: string): AsyncGenerator<string> {
  const stream = createReadStream(file);
  const lines = createInterface({ input: file.endsWith('.gz') ? stream.pipe(createGunzip()) : stream, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') yield line;
}

const key = (line: string) => createHash('sha256').update(line).digest('base64');

/** The previous bundle's state and the number the next changeset takes; refuses a sequence the dump no longer ends. */
export interface ChangesPlan {
  /** The changeset this build writes (none when there is no previous dump: the bundle starts a sequence at 0). */
  next?: number;
  /** The state the new bundle holds. */
  state: number;
  previousDump?: string;
}

/** Decides from the output folder `dir` (the previous bundle) what this build's changeset is. */
export function planChanges(dir: string): ChangesPlan {
  const previousDump = stateDump(dir);
  const stated = statedChangeset(dir);
  const numbers = changesetNumbers(dir);
  const latest = numbers.at(-1) ?? 0;
  if (stated === undefined && numbers.length > 0) {
    throw usageError(`${path.join(dir, VOID_FILE)} states no changeset, but ${path.join(dir, CHANGES_DIR)} holds changesets up to ${latest}: `
      + 'the bundle was built since without --changes, so its dump is not the state they end in',
    { file: dir }, `move ${CHANGES_DIR}/ out of the folder to start a new sequence (and load mirrors once with load --replace)`);
  }
  if (stated !== undefined && stated !== latest) {
    throw usageError(`${path.join(dir, VOID_FILE)} states changeset ${stated}, but the folder's last changeset is ${latest}`,
      { file: dir }, `the ${CHANGES_DIR}/ folder the bundle was built with`);
  }
  if (stated !== undefined && !previousDump) {
    throw usageError(`${dir} states changeset ${stated} but holds no ${STATE_DUMPS.join(' or ')} to compare with`,
      { file: dir }, 'the bundle as its last build wrote it');
  }
  if (!previousDump || stated === undefined) return { state: 0 };
  return { next: stated + 1, state: stated + 1, previousDump };
}

/**
 * Writes changeset `n` into the fresh folder: the triples of `newDump` not in `oldDump` (added) and
 * those of `oldDump` not in `newDump` (removed), each in its dump's order; lines are compared by
 * their SHA-256, so memory holds two hashes per triple, not the triples. Carries what the previous
 * bundle's changes/ held beside it. Returns the digests of every changeset file, in order.
 */
export async function writeChangeset(previous: string, oldDump: string, newDump: string, fresh: string, n: number): Promise<FileDigest[]> {
  await mkdir(path.join(fresh, CHANGES_DIR));
  const digests = await carryChanges(previous, fresh);
  const oldKeys = new Set<string>();
  for await (const line of ntriplesLines(oldDump)) oldKeys.add(key(line));
  const newKeys = new Set<string>();
  const files = changesetFiles(n);
  const added = new ChangesetSink(files.added, fresh);
  for await (const line of ntriplesLines(newDump)) {
    const k = key(line);
    if (!oldKeys.has(k) && !newKeys.has(k)) added.add(line);
    newKeys.add(k);
  }
  oldKeys.clear();
  const removed = new ChangesetSink(files.removed, fresh);
  for await (const line of ntriplesLines(oldDump)) {
    const k = key(line);
    if (!newKeys.has(k)) removed.add(line);
    newKeys.add(k); // a line the old dump repeats is removed once
  }
  return [...digests, added.end(), removed.end()];
}

/**
 * Links (else copies) into the fresh folder everything the previous bundle's changes/ holds — its
 * changesets and anything of the user's — and returns the digests of the changesets among it, in order.
 */
async function carryChanges(previous: string, fresh: string): Promise<FileDigest[]> {
  const from = path.join(previous, CHANGES_DIR);
  for (const entry of existsSync(from) ? readdirSync(from, { withFileTypes: true }) : []) {
    const [source, target] = [path.join(from, entry.name), path.join(fresh, CHANGES_DIR, entry.name)];
    if (entry.isFile()) await link(source, target).catch(() => copyFile(source, target));
    else await cp(source, target, { recursive: true, verbatimSymlinks: true });
  }
  return changesetNumbers(previous).flatMap((n) => Object.values(changesetFiles(n)))
    .map((name) => digestBytes(name, readFileSync(path.join(fresh, name))));
}

/** Whether an N-Triples line names a blank node (not merely holds `_:` in a literal). */
export function hasBlankNode(line: string): boolean {
  const [quad] = new Parser({ format: 'N-Triples' }).parse(line);
  return quad !== undefined && (quad.subject.termType === 'BlankNode' || quad.object.termType === 'BlankNode');
}

/** A changeset file written through the bundle's deterministic gzip, in pieces of about a MiB. */
class ChangesetSink {
  private readonly sink: DumpSink;
  private text: string[] = [];
  private chars = 0;

  constructor(private readonly name: string, dir: string) {
    this.sink = new DumpSink(name, fileTarget(dir, name), true);
  }

  add(line: string): void {
    if (line.includes('_:') && hasBlankNode(line)) {
      throw usageError(`${this.name}: a changeset cannot hold blank nodes (SPARQL DELETE DATA cannot name them): ${line.slice(0, 200)}`);
    }
    this.text.push(line, '\n');
    this.chars += line.length + 1;
    if (this.chars >= PIECE_CHARS) this.flush();
  }

  end(): FileDigest {
    this.flush();
    return this.sink.end();
  }

  private flush(): void {
    this.sink.writeText(this.text.join(''));
    this.text = [];
    this.chars = 0;
  }
}
