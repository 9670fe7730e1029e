// Content negotiation: Accept header (or `?format=`) → the representation to send, by the negotiator library.
import Negotiator from 'negotiator';
import type { Quad } from '@rdfjs/types';
import { formatById, syntaxById } from '../serialize/formats.js';
import { writeRdfXml } from '../serialize/writers.js';

/** An RDF format an entity is served in: the dump formats' ids, and `rdf` for RDF/XML. */
export type EntityFormatId = 'ttl' | 'jsonld' | 'nt' | 'rdf';

/** An RDF format an entity is served and published in: its path extension, media type and writer. */
export interface EntityFormat {
  id: EntityFormatId;
  extension: string;
  mediaType: string;
  write(quads: Quad[], prefixes: Record<string, string>): Promise<string>;
}

const dumpFormat = (id: 'ttl' | 'jsonld' | 'nt'): EntityFormat => {
  const { extension, mediaType, write } = formatById(id)!;
  return { id, extension, mediaType, write };
};

/** The entity formats: three rows of the format table, and RDF/XML (which many linked-data clients ask for first). */
export const ENTITY_FORMATS: readonly EntityFormat[] = [
  dumpFormat('ttl'), dumpFormat('jsonld'), dumpFormat('nt'),
  { id: 'rdf', extension: '.rdf', mediaType: syntaxById('rdfxml').mediaTypes[0]!, write: writeRdfXml },
];

/** A representation of an entity: an RDF format or the HTML page. */
export type RepresentationId = EntityFormatId | 'html';

/** Media type of each representation. */
export const MEDIA_TYPES: Record<RepresentationId, string> = {
  ...(Object.fromEntries(ENTITY_FORMATS.map((f) => [f.id, f.mediaType])) as Record<EntityFormatId, string>),
  html: 'text/html',
};

/** Representations in the order offered; Turtle first, so that `*∕*` and no Accept give Turtle. */
const OFFERED: RepresentationId[] = ['ttl', 'html', 'jsonld', 'nt', 'rdf'];

/** The outcome of negotiation: a representation, or why there is none. */
export type Negotiated = { id: RepresentationId } | { error: 'unacceptable' | 'malformed' | 'unknown-format' };

/**
 * Picks a representation from `?format=` when given, else from the Accept header among those offered but
 * `without` (the ones an entity cannot be written in).
 */
export function negotiateRepresentation(accept: string | undefined, format: string | null,
  without: readonly RepresentationId[] = []): Negotiated {
  if (format !== null) {
    return Object.hasOwn(MEDIA_TYPES, format) ? { id: format as RepresentationId } : { error: 'unknown-format' };
  }
  const offered = OFFERED.filter((id) => !without.includes(id));
  const chosen = pickMediaType(accept, offered.map((id) => MEDIA_TYPES[id]));
  if ('error' in chosen) return chosen;
  return { id: offered.find((id) => MEDIA_TYPES[id] === chosen.type)! };
}

const TOKEN = "[!#$%&'*+.^_`|~0-9a-z-]+";
const TYPE = new RegExp(`^${TOKEN}/${TOKEN}$`, 'i');
const PARAMETER = new RegExp(`^${TOKEN}=(?:${TOKEN}|"[^"]*")$`, 'i');
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** Whether one media range of an Accept header parses (`*∕*;q=0` does: it accepts nothing). */
function parsesAsRange(range: string): boolean {
  const [type, ...parameters] = range.split(';').map((part) => part.trim());
  return TYPE.test(type) && parameters.every((p) => PARAMETER.test(p) && (!/^q=/i.test(p) || QVALUE.test(p.slice(2))));
}

/**
 * The best of `offered` media types for an Accept header: no header means the first offered; a header
 * in which no media range parses is malformed; one that accepts none of them is unacceptable.
 */
export function pickMediaType(accept: string | undefined, offered: string[]):
  { type: string } | { error: 'unacceptable' | 'malformed' } {
  if (accept === undefined || accept.trim() === '') return { type: offered[0] };
  const negotiator = new Negotiator({ headers: { accept } });
  if (!accept.split(',').some(parsesAsRange)) return { error: 'malformed' };
  const type = negotiator.mediaType(offered);
  return type ? { type } : { error: 'unacceptable' };
}
