// Canonical order of a graph: duplicates dropped, sorted by subject, then rdf:type first, then object.
import type { Quad, Term } from '@rdfjs/types';
import { termToId } from 'n3';
import { rdf } from '../vocab.js';

/** Arrays this module returned: already distinct and in order, so ordering them again is free. */
const ordered = new WeakSet<Quad[]>();

/** Returns the distinct quads in a stable order, so the same graph always serializes the same way. */
export function canonicalOrder(quads: Iterable<Quad>): Quad[] {
  if (Array.isArray(quads) && ordered.has(quads)) return quads;
  const entries: OrderEntry[] = [];
  for (const quad of quads) entries.push(orderEntry(quad));
  entries.sort(compareEntries);
  const result: Quad[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (i === 0 || compareEntries(entries[i - 1], entries[i]) !== 0) result.push(entries[i].quad); // duplicates are adjacent
  }
  ordered.add(result);
  return result;
}

/** A quad with the keys it is ordered by. */
export interface OrderEntry {
  quad: Quad;
  graph: string;
  subject: string;
  predicate: string;
  object: string;
}

/** A quad's place in the canonical order, to compare with {@link compareEntries}. */
export function orderEntry(quad: Quad): OrderEntry {
  return {
    quad, graph: termKey(quad.graph), subject: termKey(quad.subject),
    predicate: predicateKey(quad.predicate), object: termKey(quad.object),
  };
}

/** By graph, subject, predicate, object: each key compared as text (the same string is equal at once). */
export function compareEntries(a: OrderEntry, b: OrderEntry): number {
  if (a.graph !== b.graph) return a.graph < b.graph ? -1 : 1;
  if (a.subject !== b.subject) return a.subject < b.subject ? -1 : 1;
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
