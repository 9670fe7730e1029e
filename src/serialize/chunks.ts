// Dumps written a chunk at a time: each format's head, one body per article (or per batch of shared
// entities), the separator between bodies, and its tail. Concatenated, they make the whole dump.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { buildContext } from './context.js';
import { jsonLdNodes } from './jsonld.js';
import { encodeTerm, LineWriter } from './ntriples.js';
import { TurtleWriter } from './turtle.js';

/** The term writers of one body (or of several bodies of the same triples, which then share work). */
export interface BodyWriters {
  lines: LineWriter;
  turtle: TurtleWriter;
}

/** Fresh writers for bodies under `prefixes`. */
export function bodyWriters(prefixes: Record<string, string>): BodyWriters {
  return { lines: new LineWriter(), turtle: new TurtleWriter(prefixes) };
}

/** How a format is written in chunks. */
export interface ChunkWriter {
  /** The text before the first body (prefixes, the JSON-LD envelope). */
  head(prefixes: Record<string, string>): string;
  /** One body: the given distinct quads, already in canonical order (order.ts), as text or UTF-8; empty when there are none. */
  body(quads: Quad[], writers: BodyWriters): string | Uint8Array;
  /** Written between two non-empty bodies. */
  separator: string;
  /** The text after the last body. */
  tail: string;
}

/** The chunk writers, by the syntax they write. */
export const CHUNK_WRITERS = {
  turtle: { head: prefixLines, body: (quads, w) => w.turtle.write(quads), separator: '\n', tail: '' },
  ntriples: { head: () => '', body: (quads, w) => w.lines.triples(quads), separator: '', tail: '' },
  nquads: { head: () => '', body: (quads, w) => w.lines.quads(quads), separator: '', tail: '' },
  trig: { head: prefixLines, body: trigBody, separator: '\n', tail: '' },
  jsonld: {
    head: () => `{\n  "@context": ${inlineContext()},\n  "@graph": [\n`,
    body: (quads) => jsonLdNodes(quads, 'line').join(',\n'),
    separator: ',\n',
    tail: '\n  ]\n}\n',
  },
} satisfies Record<string, ChunkWriter>;

/** The syntaxes chunks are written in. */
export type ChunkSyntax = keyof typeof CHUNK_WRITERS;

let contextText: string | undefined;

/** The project context, inline (so that a JSON-LD document stands alone, read from a string or a pipe), indented to sit in the envelope. */
function inlineContext(): string {
  return (contextText ??= JSON.stringify(buildContext()['@context'], null, 2).replaceAll('\n', '\n  '));
}

function prefixLines(prefixes: Record<string, string>): string {
  const lines = Object.entries(prefixes).map(([prefix, iri]) => `@prefix ${prefix}: ${encodeTerm(DataFactory.namedNode(iri))}.\n`);
  return lines.length ? lines.join('') + '\n' : '';
}

/** TriG: the default graph's subjects, then each named graph's as a `graph { … }` block, in the order given. */
function trigBody(quads: Quad[], writers: BodyWriters): string {
  let text = '';
  let start = 0;
  for (let i = 1; i <= quads.length; i++) {
    if (i < quads.length && quads[i].graph.equals(quads[start].graph)) continue;
    const graph = quads[start].graph;
    const blocks = writers.turtle.write(quads.slice(start, i), '');
    text += graph.termType === 'DefaultGraph' ? blocks : `${writers.turtle.term(graph)} {\n${blocks}}\n`;
    start = i;
  }
  return text;
}
