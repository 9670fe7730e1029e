// The one format table: the RDF syntaxes office-ld reads (name, media types, extensions, graphs) and,
// for those it dumps, each dump's id, file name, extension, IANA and W3C IRIs, compression and writer.
import type { Quad } from '@rdfjs/types';
import { DEFAULT_BASE, METADATA_PREFIXES } from '../vocab.js';
import type { ChunkSyntax } from './chunks.js';
import { turtlePrefixes, writeJsonLd, writeNQuads, writeNTriples, writeTriG, writeTurtle } from './writers.js';

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

/** The RDF syntaxes office-ld reads: those it writes (see {@link FORMATS}) and RDF/XML. */
export type SyntaxId = ChunkSyntax | 'rdfxml';

/** An RDF syntax: how `--input-format`, a file's extension or a media type names it. */
export interface RdfSyntax {
  id: SyntaxId;
  name: string;
  /** Its media type, then others that mean it. */
  mediaTypes: readonly string[];
  /** File extensions (without `.gz`, which any of them may add). */
  extensions: readonly string[];
  /** Short names `--input-format` takes besides the id. */
  aliases: readonly string[];
  /** True when it carries named graphs. */
  graphs: boolean;
}

/** Every syntax office-ld reads. */
export const SYNTAXES: readonly RdfSyntax[] = [
  { id: 'turtle', name: 'Turtle', mediaTypes: ['text/turtle', 'application/x-turtle'], extensions: ['.ttl'], aliases: ['ttl'], graphs: false },
  { id: 'ntriples', name: 'N-Triples', mediaTypes: ['application/n-triples', 'text/plain'], extensions: ['.nt'], aliases: ['nt'], graphs: false },
  { id: 'nquads', name: 'N-Quads', mediaTypes: ['application/n-quads', 'text/x-nquads'], extensions: ['.nq'], aliases: ['nq'], graphs: true },
  { id: 'trig', name: 'TriG', mediaTypes: ['application/trig'], extensions: ['.trig'], aliases: [], graphs: true },
  { id: 'jsonld', name: 'JSON-LD', mediaTypes: ['application/ld+json', 'application/json'], extensions: ['.jsonld', '.json'], aliases: ['json-ld'], graphs: true },
  { id: 'rdfxml', name: 'RDF/XML', mediaTypes: ['application/rdf+xml', 'application/xml', 'text/xml'], extensions: ['.rdf', '.owl', '.xml'], aliases: ['rdf', 'xml'], graphs: false },
];

/** A syntax by id, alias, extension (`ttl`, `.nt`) or media type (parameters ignored); undefined when none. */
export function syntaxByName(name: string): RdfSyntax | undefined {
  const key = name.split(';')[0]!.trim().toLowerCase();
  return SYNTAXES.find((s) => s.id === key || s.aliases.includes(key) || s.mediaTypes.includes(key)
    || s.extensions.includes(key) || s.extensions.includes(`.${key}`));
}

/** The syntax a file name's extension says (a final `.gz` aside), and whether it says gzip. */
export function syntaxOfFile(file: string): { syntax: RdfSyntax | undefined; gzip: boolean } {
  const lower = file.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const name = gzip ? lower.slice(0, -3) : lower;
  return { syntax: SYNTAXES.find((s) => s.extensions.some((extension) => name.endsWith(extension))), gzip };
}

/** The syntax with this id. */
export function syntaxById(id: SyntaxId): RdfSyntax {
  return SYNTAXES.find((s) => s.id === id)!;
}

/** A dump's name, media type and IRIs, from its syntax's row: one table says them. */
function ofSyntax(id: ChunkSyntax, w3cName: string) {
  const { name, mediaTypes, graphs } = syntaxById(id);
  return { name, mediaType: mediaTypes[0]!, mediaTypeIri: iana(mediaTypes[0]!), formatIri: w3c(w3cName), graphs, syntax: id };
}

/** Every dump format office-ld writes, in the order they are written. */
export const FORMATS: readonly DumpFormat[] = [
  { id: 'ttl', ...ofSyntax('turtle', 'Turtle'), fileName: 'dump.ttl', extension: '.ttl', write: writeTurtle },
  { id: 'nt', ...ofSyntax('ntriples', 'N-Triples'), fileName: 'dump.nt', extension: '.nt', write: (quads) => writeNTriples(quads) },
  { id: 'nt.gz', ...ofSyntax('ntriples', 'N-Triples'), fileName: 'dump.nt.gz', extension: '.nt.gz', compression: 'gzip',
    write: (quads) => writeNTriples(quads) },
  { id: 'jsonld', ...ofSyntax('jsonld', 'JSON-LD'), graphs: false, fileName: 'dump.jsonld', extension: '.jsonld',
    write: (quads) => writeJsonLd(quads) },
  { id: 'trig', ...ofSyntax('trig', 'TriG'), fileName: 'dump.trig', extension: '.trig', write: writeTriG },
  { id: 'nq.gz', ...ofSyntax('nquads', 'N-Quads'), fileName: 'dump.nq.gz', extension: '.nq.gz', compression: 'gzip',
    write: (quads) => writeNQuads(quads) },
];

/**
 * Writes quads in a dump format, whole, with the prefixes of the vocabularies and of the entity kinds
 * under `base` (where the format has prefixes) — what `FORMATS[i].write` does given `turtlePrefixes(base)`.
 */
export async function writeFormat(id: FormatId, quads: Quad[], base: string = DEFAULT_BASE): Promise<string> {
  return formatById(id)!.write(quads, turtlePrefixes(base));
}

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
