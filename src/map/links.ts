// Accepted Wikidata links → owl:sameAs + schema:sameAs (or a SKOS mapping) on the entities the graph has.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { entityIri, type Link } from '../reconcile/links-file.js';
import { owl, PREFIXES, schema, skos } from '../vocab.js';

const { namedNode, quad } = DataFactory;

/**
 * The link quads for the accepted lines whose entity is a subject of `quads`: `sameAs` gives
 * owl:sameAs and schema:sameAs, the SKOS relations give that mapping property. Proposed and
 * rejected lines, and lines about entities this graph does not have, give nothing.
 */
export function mapLinks(links: readonly Link[], quads: readonly Quad[], base: string): Quad[] {
  const subjects = new Set(quads.map((q) => q.subject.value));
  const out: Quad[] = [];
  for (const link of links) {
    const iri = entityIri(link, base);
    if (link.status !== 'accepted' || !subjects.has(iri)) continue;
    const subject = namedNode(iri);
    const item = namedNode(PREFIXES.wd + link.qid);
    const predicates = link.relation === 'sameAs' ? [owl.sameAs, schema.sameAs] : [skos[link.relation]];
    for (const predicate of predicates) out.push(quad(subject, predicate, item) as Quad);
  }
  return out;
}
