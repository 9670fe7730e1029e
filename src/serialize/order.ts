// Canonical order of a graph: duplicates dropped, sorted by subject, then rdf:type first, then object.
import type { Quad, Term } from '@rdfjs/types';
import { termToId } from 'n3';
import { rdf } from '../vocab.js';

/** Arrays this module returned: already distinct and in order, so ordering them again is free. */
const ordered = new WeakSet<Quad[]>();

/** Returns the distinct quads in a stable order, so the same graph always serializes the same way. */
export function canonicalOrder(quads: Iterable<Quad>): Quad[] {
  if (Array.isArray(quads) && ordered.has(quads)) return quads;
  const unique = new Map<string, { quad: Quad; keys: [string, string, string, string] }>();
  for (const quad of quads) {
    const keys: [string, string, string, string] = [
      termKey(quad.graph), termKey(quad.subject), predicateKey(quad.predicate), termKey(quad.object),
    ];
    const id = keys.join('\u0000');
    if (!unique.has(id)) unique.set(id, { quad, keys });
  }
  const result = [...unique.values()]
    .sort((a, b) => compareKeys(a.keys, b.keys))
    .map((entry) => entry.quad);
  ordered.add(result);
  return result;
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

function termKey(term: Term): string {
  return term.termType === 'NamedNode' ? term.value : termToId(term as Parameters<typeof termToId>[0]);
}

function predicateKey(term: Term): string {
  return term.equals(rdf.type) ? '' : term.value;
}
