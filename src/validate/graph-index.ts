// A light read-only index over a graph's quads for validation: subject→predicate→objects, and
// predicate→object→subjects built lazily per predicate. Much cheaper to build than an n3 Store.
import type { Quad, Term } from '@rdfjs/types';

/** The lookups validation needs, over an immutable list of quads. */
export class GraphIndex implements Iterable<Quad> {
  private readonly bySubject = new Map<string, Map<string, Term[]>>();
  private readonly byObject = new Map<string, Map<string, Term[]>>();
  private reverse?: Map<string, Term[]>;

  constructor(readonly quads: readonly Quad[]) {
    for (const q of quads) {
      const s = nodeKey(q.subject);
      let predicates = this.bySubject.get(s);
      if (!predicates) this.bySubject.set(s, (predicates = new Map()));
      const objects = predicates.get(q.predicate.value);
      if (objects) objects.push(q.object);
      else predicates.set(q.predicate.value, [q.object]);
    }
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

function termKey(term: Term): string {
  if (term.termType !== 'Literal') return nodeKey(term);
  const literal = term as Term & { language: string; datatype: { value: string } };
  return `"${literal.value}"@${literal.language}^^${literal.datatype.value}`;
}
