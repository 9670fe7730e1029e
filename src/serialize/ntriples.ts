// N-Triples and N-Quads lines, fast: each term encoded once per writer (subjects and predicates recur on
// every line), escaped as RDF 1.1 N-Triples requires. Tests check the lines against n3's parser and writer.
import type { Quad, Term } from '@rdfjs/types';
import { ByteBuffer } from './bytes.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
/**
 * Characters written as `\uXXXX` although N-Triples allows them raw: NEL and the Unicode line and
 * paragraph separators (a Unicode-aware line reader would split a line at them) and the noncharacters
 * U+FFFE/U+FFFF (some parsers cut a literal there).
 */
const UNICODE_SPECIAL = /[\u0085\u2028\u2029\ufffe\uffff]/;
const LITERAL_SPECIAL = /["\\\u0000-\u001f\u0085\u2028\u2029\ud800-\udfff\ufffe\uffff]/;
const IRI_SPECIAL = /[\u0000-\u0020<>"{}|^`\\\u0085\u2028\u2029\ud800-\udfff\ufffe\uffff]/;
const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * Writes quads as N-Triples or N-Quads lines, straight into UTF-8 bytes: each term's text and bytes
 * made once per writer, a line then being a few byte copies (building lines as strings, then joining
 * and encoding them, costs several times more).
 */
export class LineWriter {
  private readonly cache = new Map<Term, string>();
  private readonly bytes = new Map<Term, Uint8Array>();

  /** The N-Triples lines of quads (graphs left out), as UTF-8. */
  triples(quads: readonly Quad[]): Uint8Array {
    const out = new ByteBuffer();
    for (const q of quads) this.line(out, q, undefined);
    return out.done();
  }

  /** The N-Quads lines of quads, each in its own graph (none for the default graph), as UTF-8. */
  quads(quads: readonly Quad[]): Uint8Array {
    const out = new ByteBuffer();
    for (const q of quads) this.line(out, q, q.graph.termType === 'DefaultGraph' ? undefined : q.graph);
    return out.done();
  }

  /** The text of one term. */
  term(term: Term): string {
    let text = this.cache.get(term);
    if (text === undefined) this.cache.set(term, (text = encodeTerm(term)));
    return text;
  }

  private line(out: ByteBuffer, q: Quad, graph: Term | undefined): void {
    out.add(this.termBytes(q.subject));
    out.byte(SPACE);
    out.add(this.termBytes(q.predicate));
    out.byte(SPACE);
    out.add(this.termBytes(q.object));
    if (graph) {
      out.byte(SPACE);
      out.add(this.termBytes(graph));
    }
    out.add(LINE_END);
  }

  private termBytes(term: Term): Uint8Array {
    let bytes = this.bytes.get(term);
    if (bytes === undefined) this.bytes.set(term, (bytes = Buffer.from(this.term(term), 'utf8')));
    return bytes;
  }
}

const SPACE = 0x20;
const LINE_END = Buffer.from(' .\n', 'utf8');

/** One term in N-Triples syntax. */
export function encodeTerm(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${IRI_SPECIAL.test(term.value) ? escape(term.value, true) : term.value}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const text = `"${escapeLiteral(term.value)}"`;
      if (term.language) return `${text}@${term.language}`;
      return term.datatype.value === XSD_STRING ? text : `${text}^^${encodeTerm(term.datatype)}`;
    }
    default:
      throw new Error(`cannot write a ${term.termType} in N-Triples`);
  }
}

/** A literal's text as it goes between double quotes in N-Triples and Turtle. */
export function escapeLiteral(value: string): string {
  return LITERAL_SPECIAL.test(value) ? escape(value, false) : value;
}

/** Escapes what N-Triples does not allow raw; a lone surrogate (not UTF-8 encodable) becomes \uXXXX. */
function escape(text: string, iri: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += c + text[++i];
        continue;
      }
    }
    const lone = code >= 0xd800 && code <= 0xdfff;
    if (!iri && !lone && ESCAPES[c]) out += ESCAPES[c];
    else if (lone || code < 0x20 || UNICODE_SPECIAL.test(c) || (iri && IRI_SPECIAL.test(c))) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += c;
  }
  return out;
}
