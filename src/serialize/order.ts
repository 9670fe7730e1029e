// Canonical order of a graph: duplicates dropped, sorted by subject, then rdf:type first, then object.
import type { Quad, Term } from '@rdfjs/types';
import { termToId } from 'n3';
import { rdf } from '../vocab.js';

/** Arrays this module returned: already distinct and in order, so ordering them again is free. */
const ordered = new WeakSet<Quad[]>();

/** Returns the distinct quads in a stable order, so the same graph always serializes the same way. */
export function canonicalOrder(quads: Iterable<Quad>): Quad[] {
  if (Array.isArray(quads) && ordered.has(quads)) return quads;
  const groups = new Map<string, Map<string, Entry>>();
  for (const quad of quads) {
    const graph = quad.graph.termType === 'DefaultGraph' ? '' : termKey(quad.graph);
    const groupKey = `${graph}\u0000${termKey(quad.subject)}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = new Map()));
    const predicate = predicateKey(quad.predicate);
    const object = termKey(quad.object);
    const key = `${predicate}\u0000${object}`;
    if (!group.has(key)) group.set(key, { quad, predicate, object });
  }
  const result: Quad[] = [];
  for (const groupKey of [...groups.keys()].sort()) {
    for (const entry of [...groups.get(groupKey)!.values()].sort(compareEntries)) result.push(entry.quad);
  }
  ordered.add(result);
  return result;
}

interface Entry {
  quad: Quad;
  predicate: string;
  object: string;
}

function compareEntries(a: Entry, b: Entry): number {
  if (a.predicate !== b.predicate) return a.predicate < b.predicate ? -1 : 1;
  if (a.object !== b.object) return a.object < b.object ? -1 : 1;
  return 0;
}

function termKey(term: Term): string {
  return term.termType === 'NamedNode' ? term.value : termToId(term as Parameters<typeof termToId>[0]);
}

function predicateKey(term: Term): string {
  return term.equals(rdf.type) ? '' : term.value;
}
