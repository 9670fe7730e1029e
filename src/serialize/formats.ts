// The one format table: id, file name, extension, media type, and the writer of each dump format.
import type { Quad } from '@rdfjs/types';
import { writeJsonLd, writeNTriples, writeTurtle } from './writers.js';

/** Ids accepted by `--format`. */
export type FormatId = 'ttl' | 'nt' | 'jsonld';

/** A dump format. */
export interface DumpFormat {
  id: FormatId;
  name: string;
  fileName: string;
  extension: string;
  mediaType: string;
  /** Serializes a graph; `prefixes` are used where the format has them. */
  write(quads: Quad[], prefixes: Record<string, string>): Promise<string>;
}

/** Every dump format office-ld writes, in the order they are written. */
export const FORMATS: readonly DumpFormat[] = [
  { id: 'ttl', name: 'Turtle', fileName: 'dump.ttl', extension: '.ttl', mediaType: 'text/turtle', write: writeTurtle },
  { id: 'nt', name: 'N-Triples', fileName: 'dump.nt', extension: '.nt', mediaType: 'application/n-triples',
    write: (quads) => writeNTriples(quads) },
  { id: 'jsonld', name: 'JSON-LD', fileName: 'dump.jsonld', extension: '.jsonld', mediaType: 'application/ld+json',
    write: (quads) => writeJsonLd(quads) },
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
