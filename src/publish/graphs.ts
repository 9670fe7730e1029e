// One named graph per source article, for TriG and N-Quads: its IRI (the graph's quads and provenance
// are written per article by the pipeline).
import type { NamedNode } from '@rdfjs/types';
import type { ArticleRecord } from '../extract/records.js';
import type { MapContext } from '../map/index.js';

/** The IRI of the named graph that holds an article's quads (`graph/<file stem>` under the base). */
export function graphIri(record: ArticleRecord, ctx: MapContext): NamedNode {
  return ctx.iris.mint('graph', record.source.file.replace(/\.[^.]*$/, ''), record.source.file);
}
