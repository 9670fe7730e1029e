// A light read-only index over a graph's quads for validation: subject→predicate→objects, and
// predicate→object→subjects built lazily per predicate. Much cheaper to build than an n3 Store.
import type { Quad, Term } from '@rdfjs/types';

/** Per-predicate object lists longer than this get a key set, so a duplicate is found without a scan. */
const SCAN_LIMIT = 16;

/**
 * The lookups validation needs, over an immutable list of quads. A data graph is a set of triples: a
 * triple given twice (or in two graphs) is kept once, in `quads` and in every lookup.
 */
export class GraphIndex implements Iterable<Quad> {
  readonly quads: readonly Quad[];
  private readonly bySubject = new Map<string, Map<string, Term[]>>();
  private readonly byObject = new Map<string, Map<string, Term[]>>();
  private readonly longLists = new Map<Term[], Set<string>>();
  private reverse?: Map<string, Term[]>;

  constructor(quads: readonly Quad[]) {
    let kept: Quad[] | undefined;
    quads.forEach((q, i) => {
      const s = nodeKey(q.subject);
      let predicates = this.bySubject.get(s);
      if (!predicates) this.bySubject.set(s, (predicates = new Map()));
      const objects = predicates.get(q.predicate.value);
      if (!objects) predicates.set(q.predicate.value, [q.object]);
      else if (!this.add(objects, q.object)) {
        kept ??= quads.slice(0, i);
        return;
      }
      kept?.push(q);
    });
    this.quads = kept ?? quads;
  }

  /** Adds a term to an object list unless it is there; false when it was. */
  private add(objects: Term[], term: Term): boolean {
    let keys = this.longLists.get(objects);
    if (!keys) {
      if (objects.some((o) => o.equals(term))) return false;
      objects.push(term);
      if (objects.length > SCAN_LIMIT) this.longLists.set(objects, new Set(objects.map(termKey)));
      return true;
    }
    const key = termKey(term);
    if (keys.has(key)) return false;
    keys.add(key);
    objects.push(term);
    return true;
  }

  /** Number of quads. */
  get size(): number {
    return this.quads.length;
  }

  [Symbol.iterator](): Iterator<Quad> {
    return this.quads[Symbol.iterator]();
  }

  /** Objects of `subject predicate ?o`. */
  objects(subject: Term, predicate: Term | string): Term[] {
    if (subject.termType === 'Literal') return [];
    return this.bySubject.get(nodeKey(subject))?.get(typeof predicate === 'string' ? predicate : predicate.value) ?? [];
  }

  /** Subjects of `?s predicate object`, or of `?s predicate ?o` when object is null. */
  subjects(predicate: Term | string, object: Term | null): Term[] {
    const p = typeof predicate === 'string' ? predicate : predicate.value;
    let index = this.byObject.get(p);
    if (!index) {
      index = new Map();
      for (const q of this.quads) {
        if (q.predicate.value !== p) continue;
        for (const key of [termKey(q.object), '*']) {
          const list = index.get(key);
          if (list) list.push(q.subject);
          else index.set(key, [q.subject]);
        }
      }
      this.byObject.set(p, index);
    }
    return index.get(object ? termKey(object) : '*') ?? [];
  }

  /** Objects of `?s predicate ?o` for any subject. */
  allObjects(predicate: Term | string): Term[] {
    const p = typeof predicate === 'string' ? predicate : predicate.value;
    return this.quads.filter((q) => q.predicate.value === p).map((q) => q.object);
  }

  /** Subjects that link to `object` by any predicate. */
  linkingTo(object: Term): Term[] {
    if (!this.reverse) {
      this.reverse = new Map();
      for (const q of this.quads) {
        if (q.object.termType === 'Literal') continue;
        const key = termKey(q.object);
        const list = this.reverse.get(key);
        if (list) list.push(q.subject);
        else this.reverse.set(key, [q.subject]);
      }
    }
    return this.reverse.get(termKey(object)) ?? [];
  }
}

function nodeKey(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

/** A key that tells every two distinct RDF terms apart (a literal by text, language and datatype). */
export function termKey(term: Term): string {
  if (term.termType !== 'Literal') return nodeKey(term);
  const literal = term as Term & { language: string; datatype: { value: string } };
  return `"${literal.value}"@${literal.language}^^${literal.datatype.value}`;
}
