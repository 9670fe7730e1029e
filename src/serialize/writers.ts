// Graph → text in each dump format, written whole with the dumps' own chunk writers; JSON-LD laid out for reading.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import oxigraph from 'oxigraph';
import { IRI_PATHS } from '../map/iri.js';
import { usageError } from '../errors.js';
import { PREFIXES } from '../vocab.js';
import { bodyWriters, CHUNK_WRITERS, type ChunkSyntax } from './chunks.js';
import { buildContext } from './context.js';
import { jsonLdNodes } from './jsonld.js';
import { canonicalOrder } from './order.js';
import { rdfXmlProblem, XML_CHARS_EXPECTED } from './xml-chars.js';

/** Prefixes for the Turtle dump: the vocabularies plus one per entity kind under the base. */
export function turtlePrefixes(base: string): Record<string, string> {
  const prefixes: Record<string, string> = {};
  for (const [prefix, iri] of Object.entries(PREFIXES)) prefixes[prefix] = iri;
  for (const [kind, path] of Object.entries(IRI_PATHS)) {
    if (kind !== 'tenure') prefixes[kind] = `${base}${path}/`;
  }
  return prefixes;
}

/** The prefixes at the head of a streamed Turtle or TriG dump: {@link turtlePrefixes} without the SHACL ones. */
export function dumpPrefixes(base: string): Record<string, string> {
  const { sh: _sh, olsh: _olsh, ...rest } = turtlePrefixes(base);
  return rest;
}

/**
 * Writes a whole graph in one of the dump syntaxes with the same writers a build streams its dumps
 * with (chunks.ts): the head (the prefixes the graph uses), one body of the quads in canonical order,
 * the tail. So a file written whole and a dump written in pieces never differ in how they say a triple.
 */
export function writeWhole(syntax: ChunkSyntax, quads: Quad[], prefixes: Record<string, string> = {}): string {
  const ordered = canonicalOrder(quads);
  const writer = CHUNK_WRITERS[syntax];
  const body = writer.body(ordered, bodyWriters(prefixes));
  const text = typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.length).toString('utf8');
  return writer.head(usedPrefixes(ordered, prefixes)) + text + writer.tail;
}

/** Writes quads as readable Turtle: the prefixes used, then one block per subject, a blank line between. */
export async function writeTurtle(quads: Quad[], prefixes: Record<string, string>): Promise<string> {
  return writeWhole('turtle', quads, prefixes);
}

/** The prefixes whose namespace some IRI of the graph (datatypes included) starts with. */
function usedPrefixes(quads: Quad[], prefixes: Record<string, string>): Record<string, string> {
  const use = new PrefixUse(prefixes);
  use.note(quads);
  return use.used();
}

/** Which prefixes some IRI (datatypes included) of the quads noted so far starts with: a graph's prefixes, noted in parts. */
export class PrefixUse {
  private readonly unused: [string, string][];
  private readonly seen = new Set<string>();
  private readonly folders = new Set<string>();

  constructor(private readonly prefixes: Record<string, string>) {
    this.unused = Object.entries(prefixes);
  }

  /** Notes the IRIs of some quads. */
  note(quads: Iterable<Quad>): void {
    for (const q of quads) {
      for (const term of [q.subject, q.predicate, q.object]) {
        if (term.termType === 'NamedNode') this.noteIri(term.value);
        else if (term.termType === 'Literal') this.noteIri(term.datatype.value);
      }
    }
  }

  /** The prefixes used, in the order given. */
  used(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.prefixes).filter(([prefix]) => this.seen.has(prefix)));
  }

  private noteIri(iri: string): void {
    if (this.unused.length === 0) return;
    // Namespaces no longer than the IRI's folder (to its last / or #) are decided by the folder, once.
    const folder = iri.slice(0, Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    const known = this.folders.has(folder);
    if (!known) this.folders.add(folder);
    for (let i = this.unused.length - 1; i >= 0; i--) {
      const [prefix, namespace] = this.unused[i];
      if ((known && namespace.length <= folder.length) || !iri.startsWith(namespace)) continue;
      this.seen.add(prefix);
      this.unused.splice(i, 1);
    }
  }
}

/** Writes quads as N-Triples, one triple a line, in canonical order. */
export async function writeNTriples(quads: Quad[]): Promise<string> {
  return writeWhole('ntriples', quads);
}

/** Writes quads as N-Quads, one quad a line, in canonical order. */
export async function writeNQuads(quads: Quad[]): Promise<string> {
  return writeWhole('nquads', quads);
}

/** Writes quads as TriG: the prefixes used, then the default graph's subjects and each named graph's. */
export async function writeTriG(quads: Quad[], prefixes: Record<string, string>): Promise<string> {
  return writeWhole('trig', quads, prefixes);
}

/** Writes quads as JSON-LD in the compact form of the project context, which it carries inline. */
export async function writeJsonLd(quads: Quad[]): Promise<string> {
  const { head, tail } = CHUNK_WRITERS.jsonld;
  return head() + jsonLdNodes(canonicalOrder(quads), 'indented').join(',\n') + tail;
}

/**
 * Writes quads as RDF/XML (graphs merged: RDF/XML has none) by Oxigraph's serializer, fed the canonical
 * order so that the same graph gives the same bytes. Full IRIs, no prefixes; CR as `&#xD;`. Throws a usage error naming
 * the triple and the character when a term holds one that XML 1.0 cannot (a C0 control, U+FFFE, …).
 */
export async function writeRdfXml(quads: Quad[]): Promise<string> {
  const triples = canonicalOrder(quads).map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
  const problem = rdfXmlProblem(triples as Quad[]);
  if (problem) throw usageError(problem, undefined, `${XML_CHARS_EXPECTED} (Turtle, N-Triples and JSON-LD carry such characters escaped)`);
  const store = new oxigraph.Store(triples as never);
  // a raw CR would be read back as LF (XML end-of-line handling): Oxigraph writes it raw, so escape it
  return store.dump({ format: 'application/rdf+xml', from_graph_name: oxigraph.defaultGraph() }).replaceAll('\r', '&#xD;');
}

/** The context file's text. */
export function writeContext(): string {
  return JSON.stringify(buildContext(), null, 2) + '\n';
}
