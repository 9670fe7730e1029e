// The W3C SHACL test suite as data: manifest entries (with mf:include), their graphs, and the expected and
// actual reports reduced as the suite's process says (http://w3c.github.io/data-shapes/data-shapes-test-suite/).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import { canonize } from 'rdf-canonize';
import { FIXTURES } from './helpers.js';

const SH = 'http://www.w3.org/ns/shacl#';
const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const SHT = 'http://www.w3.org/ns/shacl-test#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDF_TYPE = RDF + 'type';

/** The root manifest of the vendored SHACL Core tests. */
export const CORE_MANIFEST = path.join(FIXTURES, 'shacl-w3c/core/manifest.ttl');

/** One sht:Validate entry: its name (folder/test), its graphs and its expected report graph. */
export interface SuiteEntry {
  name: string;
  label: string;
  data: Quad[];
  shapes: Store;
  expected: Quad[];
}

/** Predicates the suite compares in a report; everything else is removed from the actual one first. */
const COMPARED = new Set([
  RDF_TYPE, SH + 'result', SH + 'conforms', SH + 'focusNode', SH + 'resultPath', SH + 'resultSeverity',
  SH + 'sourceConstraint', SH + 'sourceConstraintComponent', SH + 'sourceShape', SH + 'value',
]);

/**
 * The triples that represent a path (the suite's "triples needed to correctly represent the sh:resultPath"):
 * a list node is a sequence path and keeps only its list triples; any other keeps its one path predicate.
 */
const LIST = new Set([RDF + 'first', RDF + 'rest']);
const PATHS = new Set(['inversePath', 'alternativePath', 'zeroOrMorePath', 'oneOrMorePath', 'zeroOrOnePath'].map((p) => SH + p));

const graphs = new Map<string, Quad[]>();

/** Parses a Turtle file of the suite, with its own URL as base (so `<>` names the file). */
function graphOf(url: string): Quad[] {
  let quads = graphs.get(url);
  if (!quads) {
    const file = new URL(url).pathname;
    quads = new Parser({ format: 'text/turtle', baseIRI: url }).parse(readFileSync(file, 'utf8')) as Quad[];
    graphs.set(url, quads);
  }
  return quads;
}

/** Every sht:Validate entry reachable from a manifest, in manifest order. */
export function suiteEntries(manifest: string = CORE_MANIFEST): SuiteEntry[] {
  const url = pathToFileURL(manifest).href;
  const store = new Store(graphOf(url));
  const one = (s: Term, p: string) => store.getObjects(s, p, null)[0];
  const entries: SuiteEntry[] = [];
  for (const include of store.getObjects(DataFactory.namedNode(url), MF + 'include', null)) {
    entries.push(...suiteEntries(new URL(include.value).pathname));
  }
  for (const head of store.getObjects(DataFactory.namedNode(url), MF + 'entries', null)) {
    for (const entry of list(store, head)) {
      if (!store.has(DataFactory.quad(entry as Quad['subject'], DataFactory.namedNode(RDF_TYPE), DataFactory.namedNode(SHT + 'Validate')))) continue;
      const action = one(entry, MF + 'action');
      const result = one(entry, MF + 'result');
      entries.push({
        name: path.relative(path.dirname(CORE_MANIFEST), new URL(entry.value).pathname),
        label: one(entry, 'http://www.w3.org/2000/01/rdf-schema#label')?.value ?? '',
        data: graphOf(one(action, SHT + 'dataGraph').value),
        shapes: new Store(graphOf(one(action, SHT + 'shapesGraph').value)),
        expected: reduce(store, result, () => true),
      });
    }
  }
  return entries;
}

/**
 * The actual report as the suite compares it: only the compared predicates (and sh:resultMessage
 * values the expected graph names), each result's sh:resultPath structure copied apart.
 */
export function comparableReport(report: Quad[], expected: Quad[]): Quad[] {
  const messages = new Set(expected.filter((q) => q.predicate.value === SH + 'resultMessage').map((q) => q.object.value));
  const store = new Store(report);
  const root = report.find((q) => q.predicate.value === RDF_TYPE && q.object.value === SH + 'ValidationReport')!.subject;
  const results = new Set(store.getObjects(root, SH + 'result', null).map((r) => r.value));
  const kept = (q: Quad) => (q.subject.equals(root) || results.has(q.subject.value))
    && (COMPARED.has(q.predicate.value) || (q.predicate.value === SH + 'resultMessage' && messages.has(q.object.value)));
  return reduce(store, root, kept);
}

/** The quads passing `keep`, each sh:resultPath's blank-node path structure copied in afresh per result. */
function reduce(store: Store, root: Term, keep: (q: Quad) => boolean): Quad[] {
  const out: Quad[] = [];
  let copies = 0;
  const copy = (node: Term): Term => {
    if (node.termType !== 'BlankNode') return node;
    const fresh = DataFactory.blankNode(`path${copies++}`);
    const quads = store.getQuads(node, null, null, null);
    const isList = quads.some((q) => q.predicate.value === RDF + 'first');
    for (const q of quads) {
      if (isList ? !LIST.has(q.predicate.value) : !PATHS.has(q.predicate.value)) continue;
      out.push(DataFactory.quad(fresh, q.predicate, copy(q.object) as Quad['object']) as Quad);
    }
    return fresh;
  };
  const seeds = [root, ...store.getObjects(root, SH + 'result', null)];
  for (const node of seeds) {
    for (const q of store.getQuads(node, null, null, null) as Quad[]) {
      if (!keep(q)) continue;
      const object = q.predicate.value === SH + 'resultPath' ? copy(q.object) : q.object;
      out.push(DataFactory.quad(q.subject, q.predicate, object as Quad['object']) as Quad);
    }
  }
  return out;
}

function list(store: Store, head: Term): Term[] {
  const items: Term[] = [];
  for (let node = head; node.value !== RDF + 'nil';) {
    items.push(store.getObjects(node, RDF + 'first', null)[0]);
    node = store.getObjects(node, RDF + 'rest', null)[0];
  }
  return items;
}

/** Canonical N-Quads of a report (RDFC-1.0, no work limit: reports have many look-alike blank nodes). */
export function canonicalReport(quads: Quad[]): Promise<string> {
  return canonize(quads, { algorithm: 'RDFC-1.0', format: 'application/n-quads', maxWorkFactor: Infinity } as never);
}
