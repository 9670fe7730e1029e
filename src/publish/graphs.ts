// One named graph per source article, for TriG and N-Quads: the article's quads, its provenance on the graph.
import type { NamedNode, Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { ArticleRecord } from '../extract/records.js';
import { articleIris } from '../map/context.js';
import type { MapContext } from '../map/index.js';
import { canonicalOrder } from '../serialize/order.js';
import { prov, rdf } from '../vocab.js';

const { quad } = DataFactory;

/** The IRI of the named graph that holds an article's quads (`graph/<file stem>` under the base). */
export function graphIri(record: ArticleRecord, ctx: MapContext): NamedNode {
  return ctx.iris.mint('graph', record.source.file.replace(/\.[^.]*$/, ''), record.source.file);
}

/**
 * Puts each article's quads (as `mapArticle` gave them) in its own named graph, and states in the
 * default graph that the graph is a prov:Entity derived from its source article. Canonical order.
 */
export function namedGraphs(records: ArticleRecord[], perArticle: Quad[][], ctx: MapContext): Quad[] {
  const out: Quad[] = [];
  records.forEach((record, i) => {
    const graph = graphIri(record, ctx);
    out.push(quad(graph, rdf.type, prov.Entity) as Quad);
    out.push(quad(graph, prov.wasDerivedFrom, articleIris(record, ctx).source) as Quad);
    for (const q of perArticle[i]) out.push(quad(q.subject, q.predicate, q.object, graph) as Quad);
  });
  return canonicalOrder(out);
}
