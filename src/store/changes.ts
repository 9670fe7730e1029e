// Applying a bundle's changesets to a store's graph as SPARQL Update (DELETE DATA, then INSERT DATA, in
// chunks, changeset by changeset), and the small state graph that says which changeset the graph holds.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'n3';
import { usageError } from '../errors.js';
import { changesetFiles, changesetNumbers, hasBlankNode } from '../publish/changes.js';
import { VOID_FILE } from '../publish/void.js';
import { dcat, ol, spdx, xsd } from '../vocab.js';
import { checkIri, select, update, type GraphStoreTarget } from './gsp.js';
import { StoreHttp } from './http.js';

/** The graph in which a store says which changeset each of its graphs holds: `<graph> ol:changeset n`. */
export const STATE_GRAPH = 'urn:office-ld:changesets';
/** Triples per SPARQL Update request when `--chunk` is not given (Virtuoso 7.2's SPARQL compiler runs out of memory near 5,000). */
export const UPDATE_CHUNK = 1_000;

/** The changeset the target graph holds, by its state triple; undefined when it has none. */
export async function storedChangeset(target: GraphStoreTarget, http: StoreHttp): Promise<number | undefined> {
  checkIri(target.graph);
  const answer = await select(target, http, `SELECT ?n WHERE { GRAPH <${STATE_GRAPH}> { <${target.graph}> <${ol.changeset.value}> ?n } }`);
  const values = (answer.results?.bindings ?? []).map((row) => Number(row.n?.value));
  if (values.length === 0) return undefined;
  if (values.length > 1 || !Number.isInteger(values[0])) {
    throw usageError(`<${STATE_GRAPH}> holds no single changeset number for <${target.graph}>`, undefined, 'load the bundle again with load --replace');
  }
  return values[0];
}

/** Sets the state triple of the target graph to `n`, or removes it (`undefined`: the graph holds no known changeset). */
export async function setStoredChangeset(target: GraphStoreTarget, http: StoreHttp, n: number | undefined): Promise<void> {
  checkIri(target.graph);
  const clear = `DELETE WHERE { GRAPH <${STATE_GRAPH}> { <${target.graph}> <${ol.changeset.value}> ?n } }`;
  const set = n === undefined ? '' : ` ; INSERT DATA { GRAPH <${STATE_GRAPH}> { <${target.graph}> <${ol.changeset.value}> "${n}"^^<${xsd.integer.value}> } }`;
  await update(target, http, clear + set);
}

/** What applying changesets did. */
export interface ChangesReport {
  /** The changesets applied, in order (none when the graph already held the folder's last). */
  applied: number[];
  removed: number;
  added: number;
  requests: number;
  /** The changeset the graph held before and holds now. */
  from: number;
  to: number;
}

/**
 * Applies the changesets of bundle folder `dir` that follow the one the target graph holds, in order:
 * each changeset's removed triples by `DELETE DATA`, then its added ones by `INSERT DATA`, at most
 * `chunkTriples` a request, then the state triple. Refuses (usage error, exit 2) a graph with no state,
 * a gap in the sequence, a file whose SHA-256 is not the one void.ttl states, and blank nodes. A
 * changeset cut short can be applied again: its triples removed and added are disjoint.
 */
export async function applyChangesets(
  dir: string, target: GraphStoreTarget, options: { chunkTriples: number; progress?: (message: string) => void },
): Promise<ChangesReport> {
  const http = new StoreHttp(target.credentials);
  const from = await storedChangeset(target, http);
  if (from === undefined) {
    throw usageError(`<${target.graph}> holds no changeset state (no triple for it in <${STATE_GRAPH}>)`, { file: dir },
      'load the bundle once with load --replace from a folder built with build --changes; then load --changes applies what follows');
  }
  const pending = changesetNumbers(dir).filter((n) => n > from);
  pending.forEach((n, i) => {
    const expected = from + 1 + i;
    if (n !== expected) {
      throw usageError(`a gap in the sequence: the graph holds changeset ${expected - 1} and the folder's next is ${n}`,
        { file: path.join(dir, 'changes') }, `changes/${expected}.removed.nt.gz and changes/${expected}.added.nt.gz (or load --replace the bundle)`);
    }
  });
  const digests = voidDigests(dir);
  const report: ChangesReport = { applied: [], removed: 0, added: 0, requests: 0, from, to: from };
  for (const n of pending) {
    const files = changesetFiles(n);
    for (const [kind, name] of [['DELETE', files.removed], ['INSERT', files.added]] as const) {
      const lines = changesetLines(dir, name, digests);
      for (let start = 0; start < lines.length; start += options.chunkTriples) {
        const chunk = lines.slice(start, start + options.chunkTriples);
        await update(target, http, `${kind} DATA { GRAPH <${target.graph}> {\n${chunk.join('\n')}\n} }`);
        report.requests += 1;
        options.progress?.(`changeset ${n}: ${kind} DATA of ${chunk.length} triples`);
      }
      report[kind === 'DELETE' ? 'removed' : 'added'] += lines.length;
    }
    await setStoredChangeset(target, http, n);
    report.applied.push(n);
    report.to = n;
  }
  return report;
}

/** The lines of one changeset file, checked against void.ttl's SHA-256 and for blank nodes. */
function changesetLines(dir: string, name: string, digests: Map<string, string>): string[] {
  const bytes = readFileSync(path.join(dir, name));
  const stated = digests.get(name);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (stated !== actual) {
    throw usageError(stated === undefined ? `${VOID_FILE} describes no ${name}` : `${name}: its SHA-256 is ${actual}, ${VOID_FILE} states ${stated}`,
      { file: path.join(dir, name) }, 'the changeset files the build wrote, with the void.ttl it wrote beside them');
  }
  const lines = gunzipSync(bytes).toString('utf8').split('\n').filter((line) => line.trim() !== '');
  const blank = lines.find((line) => line.includes('_:') && hasBlankNode(line));
  if (blank !== undefined) {
    throw usageError(`${name}: a blank node cannot be deleted by SPARQL DELETE DATA: ${blank.slice(0, 200)}`, { file: path.join(dir, name) },
      'changesets without blank nodes (office-ld writes none); load the bundle with load --replace instead');
  }
  return lines;
}

/** The SHA-256 void.ttl states for each file under changes/, by its name in the bundle. */
function voidDigests(dir: string): Map<string, string> {
  const quads = new Parser({ baseIRI: 'urn:office-ld:void' }).parse(readFileSync(path.join(dir, VOID_FILE), 'utf8'));
  const objectOf = (subject: string, predicate: string) =>
    quads.find((q) => q.subject.value === subject && q.predicate.value === predicate)?.object.value;
  const digests = new Map<string, string>();
  for (const quad of quads) {
    const match = quad.predicate.equals(dcat.downloadURL) ? /(changes\/\d+\.(added|removed)\.nt\.gz)$/.exec(quad.object.value) : null;
    if (!match) continue;
    const checksum = objectOf(quad.subject.value, spdx.checksum.value);
    const value = checksum === undefined ? undefined : objectOf(checksum, spdx.checksumValue.value);
    if (value !== undefined) digests.set(match[1], value);
  }
  return digests;
}
