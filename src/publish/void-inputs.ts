// Each input article's part of void.ttl (its source node, checksum and the links to it): the part that
// grows with the corpus, made apart so that void.ttl can be written a few inputs at a time.
import type { NamedNode, Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { plain, QuadSink } from '../map/terms.js';
import { dcat, dcterms, ol, prov, rdf, spdx, xsd } from '../vocab.js';
import { checksumQuads } from './distributions.js';
import type { InputFile } from './void.js';

const { literal, namedNode, quad } = DataFactory;

/** An input article's part of void.ttl: its source node and the node of its checksum. */
export interface InputPart {
  file: InputFile;
  source: NamedNode;
  checksum: NamedNode;
}

/** Every input's part, in input order (`sources`: source article IRIs by file name; `meta`: a node of void.ttl). */
export function inputParts(inputs: InputFile[], sources: Map<string, string>, meta: (local: string) => NamedNode): InputPart[] {
  return inputs.map((file) => ({
    file, source: sourceOf(sources, file.name), checksum: meta(`input-${encodeURIComponent(file.name)}-sha256`),
  }));
}

/** The dataset's dcterms:source and the build's prov:used to an input. */
export function inputLinks(part: InputPart, dataset: NamedNode, build: NamedNode): Quad[] {
  return [quad(dataset, dcterms.source, part.source), quad(build, prov.used, part.source)];
}

/** An input's own nodes: its source (file name, size, checksum) and the checksum. */
export function inputNodes({ file, source, checksum }: InputPart): Quad[] {
  return new QuadSink()
    .add(source, rdf.type, prov.Entity)
    .add(source, ol.sourceFile, plain(file.name))
    .add(source, dcat.byteSize, literal(String(file.byteSize), xsd.nonNegativeInteger))
    .add(source, spdx.checksum, checksum)
    .addQuads(checksumQuads(checksum, file.sha256)).quads;
}

function sourceOf(sources: Map<string, string>, name: string): NamedNode {
  const source = sources.get(name);
  if (!source) throw new Error(`the graph has no source article for the input ${name}`);
  return namedNode(source);
}

