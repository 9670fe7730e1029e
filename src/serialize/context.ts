// The JSON-LD context, generated from the vocabulary table: prefixes, IRI-valued terms, language maps.
import { LANGUAGE_PROPERTIES, OBJECT_PROPERTIES, PREFIXES } from '../vocab.js';

/** A JSON-LD context object. */
export type JsonLdContext = Record<string, string | Record<string, string>>;

/** Prefixes of the validation vocabularies, which the data never uses. */
const VALIDATION_PREFIXES = new Set(['sh', 'olsh']);

/** File name of the context written beside the JSON-LD dump (which also carries it inline), for documents that reference it. */
export const CONTEXT_FILE = 'context.jsonld';

/** Builds the context: every prefix, `"@type": "@id"` for object properties, language maps for names. */
export function buildContext(): { '@context': JsonLdContext } {
  const context: JsonLdContext = {};
  for (const [prefix, iri] of Object.entries(PREFIXES)) if (!VALIDATION_PREFIXES.has(prefix)) context[prefix] = iri;
  for (const property of OBJECT_PROPERTIES) context[compact(property.value)] = { '@type': '@id' };
  for (const property of LANGUAGE_PROPERTIES) context[compact(property.value)] = { '@container': '@language' };
  return { '@context': sortKeys(context) };
}

/** The compact IRI (prefix:local) of a vocabulary IRI. */
export function compact(iri: string): string {
  for (const [prefix, namespace] of Object.entries(PREFIXES)) {
    if (iri.startsWith(namespace)) return `${prefix}:${iri.slice(namespace.length)}`;
  }
  throw new Error(`no prefix for ${iri}`);
}

function sortKeys<T>(object: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
