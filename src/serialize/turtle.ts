// Turtle subject blocks, fast: terms written once per writer, IRIs as prefixed names where the local
// part is plain, `a` for rdf:type; one block per subject, so a dump can be written a subject at a time.
import type { Quad, Term } from '@rdfjs/types';
import { encodeTerm, escapeLiteral } from './ntriples.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
/** Literals Turtle writes bare: integers and booleans in their canonical form. */
const SHORTHAND: Record<string, RegExp> = {
  'http://www.w3.org/2001/XMLSchema#integer': /^[+-]?\d+$/,
  'http://www.w3.org/2001/XMLSchema#boolean': /^(?:true|false)$/,
};
/** A local part that is a valid PN_LOCAL in every Turtle parser (a conservative subset). */
const PLAIN_LOCAL = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

/** Writes subject blocks of quads grouped by subject (as canonical order groups them). */
export class TurtleWriter {
  private readonly namespaces: [string, string][];
  private readonly cache = new Map<Term, string>();
  private readonly blocks = new Map<string, string>();
  /** IRIs by text: terms of the same IRI are often different objects. */
  private readonly iris = new Map<string, string>();

  constructor(prefixes: Record<string, string>) {
    this.namespaces = Object.entries(prefixes).sort(([, a], [, b]) => b.length - a.length);
  }

  /** The blocks of quads grouped by subject, joined by `between`. */
  write(quads: readonly Quad[], between = '\n'): string {
    const out: string[] = [];
    let start = 0;
    for (let i = 1; i <= quads.length; i++) {
      if (i < quads.length && quads[i].subject.equals(quads[start].subject)) continue;
      out.push(this.block(quads, start, i));
      start = i;
    }
    return out.join(between);
  }

  /** One subject's block (remembered: the same subject's quads give the same block). */
  private block(quads: readonly Quad[], from: number, to: number): string {
    const subject = quads[from].subject;
    const key = `${subject.value}\u0000${to - from}`;
    const known = this.blocks.get(key);
    if (known !== undefined) return known;
    const block = new TurtleBlock(this, subject);
    for (let i = from; i < to; i++) block.add(quads[i]);
    const text = block.end();
    this.blocks.set(key, text);
    return text;
  }

  /** Starts the block of a subject whose quads (in canonical order) are given one at a time, however many. */
  startBlock(subject: Term): TurtleBlock {
    return new TurtleBlock(this, subject);
  }

  /** Forgets the terms and blocks written so far: a writer of a long stream keeps its memory flat. */
  clear(): void {
    this.cache.clear();
    this.blocks.clear();
    this.iris.clear();
  }

  /** The text of one term: a prefixed name, an IRI, a blank node or a literal. */
  term(term: Term): string {
    let text = this.cache.get(term);
    if (text === undefined) this.cache.set(term, (text = this.encode(term)));
    return text;
  }

  private encode(term: Term): string {
    if (term.termType === 'NamedNode') return this.iri(term.value);
    if (term.termType !== 'Literal') return encodeTerm(term);
    if (SHORTHAND[term.datatype.value]?.test(term.value) && !term.language) return term.value;
    const text = `"${escapeLiteral(term.value)}"`;
    if (term.language) return `${text}@${term.language}`;
    return term.datatype.value === XSD_STRING ? text : `${text}^^${this.iri(term.datatype.value)}`;
  }

  private iri(iri: string): string {
    let text = this.iris.get(iri);
    if (text === undefined) this.iris.set(iri, (text = this.prefixed(iri)));
    return text;
  }

  private prefixed(iri: string): string {
    for (const [prefix, namespace] of this.namespaces) {
      if (iri.startsWith(namespace) && PLAIN_LOCAL.test(iri.slice(namespace.length))) {
        return `${prefix}:${iri.slice(namespace.length)}`;
      }
    }
    return encodeTerm({ termType: 'NamedNode', value: iri } as Term);
  }
}

/** One subject's block, written as its quads come: the text of the whole block, taken in pieces. */
export class TurtleBlock {
  private text: string;
  private predicate?: string;
  private object = '';

  constructor(private readonly writer: TurtleWriter, subject: Term) {
    this.text = writer.term(subject);
  }

  /** Adds the subject's next quad. */
  add(q: Quad): void {
    const object = (this.object = this.writer.term(q.object));
    if (q.predicate.value === this.predicate) {
      this.text += `, ${object}`;
      return;
    }
    this.text += `${this.predicate === undefined ? ' ' : ';\n    '}${q.predicate.value === RDF_TYPE ? 'a' : this.writer.term(q.predicate)} ${object}`;
    this.predicate = q.predicate.value;
  }

  /** The text added since it was last taken. */
  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }

  /** The rest of the block, to its final dot. */
  end(): string {
    // A digit before the final dot (`ol:sourceLine 1.`) is valid Turtle, but Virtuoso 7.2 reads `1.` as a decimal.
    return this.take() + (/\d$/.test(this.object) ? ' .\n' : '.\n');
  }
}
