// One dcat:Distribution per written file: download URL, media type, format, size and sha256 of its bytes.
import type { NamedNode, Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { en, QuadSink } from '../map/terms.js';
import type { FileDigest } from '../serialize/bundle.js';
import { formatOfFile, GZIP } from '../serialize/formats.js';
import { dcat, dcterms, rdf, spdx, xsd } from '../vocab.js';

const { literal, namedNode } = DataFactory;

/** An spdx:Checksum node (sha256, given in hex), named `iri`. */
export function checksumQuads(iri: NamedNode, sha256: string): Quad[] {
  return new QuadSink()
    .add(iri, rdf.type, spdx.Checksum)
    .add(iri, spdx.algorithm, spdx.checksumAlgorithm_sha256)
    .add(iri, spdx.checksumValue, literal(sha256, xsd.hexBinary)).quads;
}

/** What a distribution is besides its bytes. */
export interface DistributionInfo {
  /** The distribution's IRI. */
  iri: NamedNode;
  /** Where the file is published. */
  downloadUrl: NamedNode;
  title: string;
  license: NamedNode;
  /** What the content conforms to (shapes, JSON-LD context). */
  conformsTo: NamedNode[];
}

/** The quads of one file's dcat:Distribution, from the digest of the bytes that are written. */
export function distributionQuads(file: FileDigest, info: DistributionInfo): Quad[] {
  const format = formatOfFile(file.name);
  if (!format) throw new Error(`no format in the format table for ${file.name}`);
  const checksum = namedNode(`${info.iri.value}-sha256`);
  return [
    ...new QuadSink()
      .add(info.iri, rdf.type, dcat.Distribution)
      .add(info.iri, dcterms.title, en(info.title))
      .add(info.iri, dcat.downloadURL, info.downloadUrl)
      .add(info.iri, dcat.accessURL, info.downloadUrl)
      .add(info.iri, dcat.mediaType, namedNode(format.mediaTypeIri))
      .add(info.iri, dcterms.format, namedNode(format.formatIri))
      .add(info.iri, dcat.compressFormat, format.compression === 'gzip' ? namedNode(GZIP.mediaTypeIri) : undefined)
      .add(info.iri, dcat.byteSize, literal(String(file.byteSize), xsd.nonNegativeInteger))
      .add(info.iri, spdx.checksum, checksum)
      .add(info.iri, dcterms.license, info.license)
      .add(info.iri, dcterms.conformsTo, ...info.conformsTo).quads,
    ...checksumQuads(checksum, file.sha256),
  ];
}
