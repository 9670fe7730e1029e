// Links to outside datasets, found in the graph: one void:Linkset per (outside dataset, link predicate).
import type { Quad } from '@rdfjs/types';

/** A dataset outside ours that the data may link to, told by the IRIs of its resources. */
export interface OutsideDataset {
  /** Short key, used in the IRI of its description in void.ttl. */
  key: string;
  title: string;
  homepage: string;
  uriSpace: string;
}

/** The outside datasets office-ld recognises in links. */
export const OUTSIDE_DATASETS: readonly OutsideDataset[] = [
  { key: 'wikidata', title: 'Wikidata', homepage: 'https://www.wikidata.org/', uriSpace: 'http://www.wikidata.org/entity/' },
  { key: 'commons', title: 'Wikimedia Commons', homepage: 'https://commons.wikimedia.org/',
    uriSpace: 'http://commons.wikimedia.org/wiki/Special:FilePath/' },
  { key: 'dbpedia', title: 'DBpedia', homepage: 'https://www.dbpedia.org/', uriSpace: 'http://dbpedia.org/resource/' },
  { key: 'geonames', title: 'GeoNames', homepage: 'https://www.geonames.org/', uriSpace: 'https://sws.geonames.org/' },
];

/** The links of one predicate from our dataset into one outside dataset. */
export interface Linkset {
  target: OutsideDataset;
  predicate: string;
  triples: number;
}

/** Finds every triple whose object is a resource of an outside dataset; sorted by dataset key, then predicate. */
export function findLinksets(quads: Quad[]): Linkset[] {
  const found = new Map<string, Linkset>();
  for (const q of quads) {
    if (q.object.termType !== 'NamedNode') continue;
    const iri = q.object.value;
    const target = OUTSIDE_DATASETS.find((dataset) => iri.startsWith(dataset.uriSpace));
    if (!target) continue;
    const key = `${target.key}\u0000${q.predicate.value}`;
    const linkset = found.get(key) ?? { target, predicate: q.predicate.value, triples: 0 };
    linkset.triples++;
    found.set(key, linkset);
  }
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, linkset]) => linkset);
}
