// JSON-LD written directly in the compact form of our context, one node object per subject, without
// jsonld.compact (which is slow on large graphs); tests prove jsonld.toRDF of it gives the same graph.
import type { Literal, Quad, Term } from '@rdfjs/types';
import { LANGUAGE_PROPERTIES, OBJECT_PROPERTIES, PREFIXES, rdf, xsd } from '../vocab.js';

const OBJECT = new Set(OBJECT_PROPERTIES.map((p) => p.value));
const LANGUAGE = new Set(LANGUAGE_PROPERTIES.map((p) => p.value));
const DATA_PREFIXES = Object.entries(PREFIXES).filter(([prefix]) => prefix !== 'sh' && prefix !== 'olsh');

type JsonValue = string | Record<string, unknown>;

/**
 * How node objects are laid out in the `@graph` array: `indented` as `JSON.stringify(node, null, 2)`
 * writes them (for a description a person reads), or one node object per `line` (for dumps: as in
 * Wikidata's JSON dumps, a reader can take them a line at a time, and the text is a third smaller).
 */
export type NodeLayout = 'indented' | 'line';

/** The node objects of quads grouped by subject, each as JSON text for the `@graph` array. */
export function jsonLdNodes(quads: Quad[], layout: NodeLayout): string[] {
  const nodes: string[] = [];
  let start = 0;
  for (let i = 1; i <= quads.length; i++) {
    if (i === quads.length || !quads[i].subject.equals(quads[start].subject)) {
      nodes.push(nodeText(nodeObject(quads.slice(start, i)), layout));
      start = i;
    }
  }
  return nodes;
}

/** One node object: `@id`, `@type`, then properties by compact key, values in the context's forms. */
function nodeObject(quads: Quad[]): Record<string, unknown> {
  const node: Record<string, unknown> = { '@id': id(quads[0].subject) };
  const types: string[] = [];
  const properties = new Map<string, JsonValue[]>();
  const languageMaps = new Map<string, Map<string, string[]>>();
  for (const { predicate, object } of quads) {
    if (predicate.equals(rdf.type) && object.termType !== 'Literal') {
      types.push(compactIri(object.value));
      continue;
    }
    const [key, value] = entry(predicate.value, object);
    if (value === undefined) {
      const lang = (object as Literal).language || '@none';
      const map = languageMaps.get(key) ?? new Map<string, string[]>();
      const values = map.get(lang);
      if (values) values.push(object.value);
      else map.set(lang, [object.value]);
      languageMaps.set(key, map);
    } else {
      const values = properties.get(key);
      if (values) values.push(value);
      else properties.set(key, [value]);
    }
  }
  if (types.length) node['@type'] = single(types);
  const keys = [...new Set([...properties.keys(), ...languageMaps.keys()])].sort();
  for (const key of keys) {
    const map = languageMaps.get(key);
    if (map) {
      node[key] = Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([lang, v]) => [lang, single(v)]));
    } else {
      node[key] = single(properties.get(key)!);
    }
  }
  return node;
}

/**
 * The key and JSON value for one property value; value `undefined` means "goes into a language map".
 * A value that does not fit its term's definition is written under the full IRI in expanded form.
 */
function entry(predicate: string, object: Term): [string, JsonValue | undefined] {
  const compact = compactIri(predicate);
  const isLiteral = object.termType === 'Literal';
  if (OBJECT.has(predicate) && !isLiteral) return [compact, id(object)];
  if (LANGUAGE.has(predicate) && isLiteral && isLanguageMapValue(object as Literal)) return [compact, undefined];
  const key = OBJECT.has(predicate) || LANGUAGE.has(predicate) ? predicate : compact;
  if (!isLiteral) return [key, { '@id': id(object) }];
  const literal = object as Literal;
  if (literal.language) return [key, { '@value': literal.value, '@language': literal.language }];
  if (literal.datatype.equals(xsd.string)) return [key, literal.value];
  return [key, { '@value': literal.value, '@type': compactIri(literal.datatype.value) }];
}

function isLanguageMapValue(literal: Literal): boolean {
  return Boolean(literal.language) || literal.datatype.equals(xsd.string);
}

/** Compact IRIs of the vocabulary terms seen (predicates, classes, datatypes: a bounded set). */
const compacted = new Map<string, string>();

function compactIri(iri: string): string {
  let compact = compacted.get(iri);
  if (compact !== undefined) return compact;
  compact = iri;
  for (const [prefix, namespace] of DATA_PREFIXES) {
    if (iri.startsWith(namespace) && iri.length > namespace.length) {
      compact = `${prefix}:${iri.slice(namespace.length)}`;
      break;
    }
  }
  if (compacted.size < 10_000) compacted.set(iri, compact);
  return compact;
}

function id(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

function single<T>(values: T[]): T | T[] {
  return values.length === 1 ? values[0] : values;
}

/** A node object's text, indented two steps (it goes two levels deep). */
function nodeText(node: Record<string, unknown>, layout: NodeLayout): string {
  if (layout === 'line') return `    ${escapeUnicodeBreaks(JSON.stringify(node))}`;
  return `    ${escapeUnicodeBreaks(JSON.stringify(node, null, 2)).replaceAll('\n', '\n    ')}`;
}

/**
 * JSON text with NEL, U+2028/U+2029 and the noncharacters U+FFFE/U+FFFF as `\uXXXX` (JSON.stringify
 * writes them raw; they only occur inside strings, where the escape means the same character).
 */
export function escapeUnicodeBreaks(json: string): string {
  return json.replace(/[\u0085\u2028\u2029\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
