// The one format table: id, file name, extension, media types, W3C format IRI, graphs, compression, writer.
import type { Quad } from '@rdfjs/types';
import { METADATA_PREFIXES } from '../vocab.js';
import type { ChunkSyntax } from './chunks.js';
import { writeJsonLd, writeNQuads, writeNTriples, writeTriG, writeTurtle } from './writers.js';

/** Ids accepted by `--format`. */
export type FormatId = 'ttl' | 'nt' | 'nt.gz' | 'jsonld' | 'trig' | 'nq.gz';

/** A dump format. */
export interface DumpFormat {
  id: FormatId;
  name: string;
  fileName: string;
  extension: string;
  /** The media type of the (uncompressed) content. */
  mediaType: string;
  /** The IANA media-type registry IRI of `mediaType` (what dcat:mediaType points to). */
  mediaTypeIri: string;
  /** The W3C format IRI (http://www.w3.org/ns/formats/…), for dcterms:format and void:feature. */
  formatIri: string;
  /** True when the format carries named graphs (one per source article); false: the merged graph. */
  graphs: boolean;
  /** The syntax its chunks are written in, when a build streams it (see chunks.ts). */
  syntax: ChunkSyntax;
  /** Compression applied to the written text. */
  compression?: 'gzip';
  /** Serializes quads; `prefixes` are used where the format has them. */
  write(quads: Quad[], prefixes: Record<string, string>): Promise<string>;
}

/** The gzip media type and its IANA IRI (dcat:compressFormat). */
export const GZIP = { mediaType: 'application/gzip', mediaTypeIri: `${METADATA_PREFIXES.iana}application/gzip` } as const;

const iana = (mediaType: string) => METADATA_PREFIXES.iana + mediaType;
const w3c = (name: string) => METADATA_PREFIXES.formats + name;

const TURTLE = { name: 'Turtle', mediaType: 'text/turtle', mediaTypeIri: iana('text/turtle'), formatIri: w3c('Turtle') };
const NTRIPLES = {
  name: 'N-Triples', mediaType: 'application/n-triples', mediaTypeIri: iana('application/n-triples'),
  formatIri: w3c('N-Triples'),
};
const NQUADS = {
  name: 'N-Quads', mediaType: 'application/n-quads', mediaTypeIri: iana('application/n-quads'), formatIri: w3c('N-Quads'),
};

/** Every dump format office-ld writes, in the order they are written. */
export const FORMATS: readonly DumpFormat[] = [
  { id: 'ttl', ...TURTLE, fileName: 'dump.ttl', extension: '.ttl', graphs: false, syntax: 'turtle', write: writeTurtle },
  { id: 'nt', ...NTRIPLES, fileName: 'dump.nt', extension: '.nt', graphs: false, syntax: 'ntriples', write: (quads) => writeNTriples(quads) },
  { id: 'nt.gz', ...NTRIPLES, fileName: 'dump.nt.gz', extension: '.nt.gz', graphs: false, syntax: 'ntriples', compression: 'gzip',
    write: (quads) => writeNTriples(quads) },
  { id: 'jsonld', name: 'JSON-LD', fileName: 'dump.jsonld', extension: '.jsonld', mediaType: 'application/ld+json',
    mediaTypeIri: iana('application/ld+json'), formatIri: w3c('JSON-LD'), graphs: false, syntax: 'jsonld', write: (quads) => writeJsonLd(quads) },
  { id: 'trig', name: 'TriG', fileName: 'dump.trig', extension: '.trig', mediaType: 'application/trig',
    mediaTypeIri: iana('application/trig'), formatIri: w3c('TriG'), graphs: true, syntax: 'trig', write: writeTriG },
  { id: 'nq.gz', ...NQUADS, fileName: 'dump.nq.gz', extension: '.nq.gz', graphs: true, syntax: 'nquads', compression: 'gzip',
    write: (quads) => writeNQuads(quads) },
];

/** Looks a format up by id. */
export function formatById(id: string): DumpFormat | undefined {
  return FORMATS.find((format) => format.id === id);
}

/** Looks a format up by a file name's extension (`.json` counts as JSON-LD). */
export function formatOfFile(file: string): DumpFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return formatById('jsonld');
  return FORMATS.find((format) => lower.endsWith(format.extension));
}
