// Graph → text in each dump format: Turtle/TriG (prefixed, grouped), N-Triples/N-Quads (sorted), JSON-LD (compacted).
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import { IRI_PATHS } from '../map/iri.js';
import { PREFIXES } from '../vocab.js';
import { buildContext } from './context.js';
import { writeCompactJsonLd } from './jsonld.js';
import { canonicalOrder } from './order.js';

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

/** Writes quads as readable Turtle: prefixes, subjects sorted and grouped, a blank line between them. */
export async function writeTurtle(quads: Quad[], prefixes: Record<string, string>): Promise<string> {
  const ordered = canonicalOrder(quads);
  const text = await writeWithN3(ordered, { prefixes: usedPrefixes(ordered, prefixes) });
  let seenBody = false;
  return text
    .split('\n')
    .map((line) => {
      const startsSubject = line !== '' && !/^\s/.test(line) && !line.startsWith('@prefix');
      const out = startsSubject && seenBody ? `\n${line}` : line;
      if (startsSubject) seenBody = true;
      return out;
    })
    .join('\n');
}

/** The prefixes whose namespace some IRI of the graph (datatypes included) starts with. */
function usedPrefixes(quads: Quad[], prefixes: Record<string, string>): Record<string, string> {
  const iris = new Set<string>();
  for (const q of quads) {
    for (const term of [q.subject, q.predicate, q.object]) {
      if (term.termType === 'NamedNode') iris.add(term.value);
      else if (term.termType === 'Literal') iris.add(term.datatype.value);
    }
  }
  const namespaces = Object.entries(prefixes);
  return Object.fromEntries(namespaces.filter(([, ns]) => [...iris].some((iri) => iri.startsWith(ns))));
}

/** Writes quads as N-Triples, one triple a line, sorted. */
export async function writeNTriples(quads: Quad[]): Promise<string> {
  return sortedLines(await writeWithN3(quads, { format: 'N-Triples' }));
}

/** Writes quads as N-Quads, one quad a line, sorted. */
export async function writeNQuads(quads: Quad[]): Promise<string> {
  return sortedLines(await writeWithN3(quads, { format: 'N-Quads' }));
}

/** Distinct non-empty lines, sorted, newline-terminated. */
function sortedLines(text: string): string {
  const lines = [...new Set(text.split('\n').filter(Boolean))].sort();
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Writes quads as TriG: prefixes, then the default graph and each named graph, subjects sorted. */
export async function writeTriG(quads: Quad[], prefixes: Record<string, string>): Promise<string> {
  const ordered = canonicalOrder(quads);
  return writeWithN3(ordered, { format: 'application/trig', prefixes: usedPrefixes(ordered, prefixes) });
}

/** Writes quads as JSON-LD in the compact form of the project context, referenced as `context.jsonld`. */
export async function writeJsonLd(quads: Quad[]): Promise<string> {
  return writeCompactJsonLd(canonicalOrder(quads));
}

/** The context file's text. */
export function writeContext(): string {
  return JSON.stringify(buildContext(), null, 2) + '\n';
}

function writeWithN3(quads: Quad[], options: ConstructorParameters<typeof Writer>[0]): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new Writer(options);
    writer.addQuads(quads as never);
    writer.end((error, result: string) => (error ? reject(error) : resolve(result)));
  });
}
