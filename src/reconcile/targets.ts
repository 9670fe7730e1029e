// What to reconcile: the persons, posts, bodies and places of the articles, with the IRIs the build gives them.
import type { PartialDate } from '../extract/dates.js';
import type { ArticleRecord } from '../extract/records.js';
import { articleIris } from '../map/context.js';
import { createMapContext, mapArticle } from '../map/index.js';

/** A tenure of a person, as compared with P39 statements. */
export interface TargetTenure {
  post: string;
  /** Absent when the article does not give it (never sent to Wikidata as a value). */
  start?: PartialDate;
  end?: PartialDate;
  acting: boolean;
  /** The number the article gives the tenure (its No. column), as written. */
  seriesOrdinal?: string;
  /** The person IRIs of the tenures just before and after on the same post. */
  previous?: string;
  next?: string;
  /** The English Wikipedia URL of the source article (for references). */
  sourceUrl: string;
}

/** An entity of ours to find on Wikidata. */
export interface Target {
  iri: string;
  kind: 'person' | 'post' | 'body' | 'place';
  english?: string;
  native?: string;
  tenures: TargetTenure[];
  /** A post's place (its jurisdiction), by IRI. */
  place?: string;
  /** A post's source article on English Wikipedia (for references). */
  sourceUrl?: string;
}

/**
 * The targets of a set of articles, in IRI order. IRIs are minted exactly as the build mints them
 * (same order), and a person's tenures are gathered across articles.
 */
export function reconcileTargets(records: ArticleRecord[], base: string): Target[] {
  const ctx = createMapContext(base);
  for (const record of records) mapArticle(record, ctx);
  const targets = new Map<string, Target>();
  const get = (iri: string, make: () => Target) => targets.get(iri) ?? targets.set(iri, make()).get(iri)!;
  for (const record of records) {
    const iris = articleIris(record, ctx);
    const sourceUrl = `https://en.wikipedia.org/wiki/${encodeURIComponent(record.source.title.replace(/ /g, '_'))}`;
    const { jurisdiction } = record.office;
    const place = jurisdiction === undefined ? undefined : iris.place(jurisdiction).value;
    get(iris.post.value, () => ({ iri: iris.post.value, kind: 'post', english: record.office.title, tenures: [], place, sourceUrl }));
    for (const name of [...(jurisdiction === undefined ? [] : [jurisdiction]), ...record.office.seats, ...record.office.residences]) {
      const iri = iris.place(name).value;
      get(iri, () => ({ iri, kind: 'place', english: name, tenures: [] }));
    }
    for (const body of record.bodies) {
      const iri = iris.body(body.key).value;
      get(iri, () => ({ iri, kind: 'body', english: body.key, tenures: [] }));
    }
    for (const person of record.persons) {
      const iri = iris.person(person.key).value;
      get(iri, () => ({ iri, kind: 'person', english: person.english, native: person.natives[0]?.value, tenures: [] }));
    }
    record.tenures.forEach((tenure, i) => {
      const neighbour = (j: number) => (record.tenures[j] ? iris.person(record.tenures[j].person).value : undefined);
      targets.get(iris.person(tenure.person).value)?.tenures.push({
        post: iris.post.value, start: tenure.start, end: tenure.end, acting: tenure.acting, seriesOrdinal: tenure.seriesOrdinal,
        previous: neighbour(i - 1), next: neighbour(i + 1), sourceUrl,
      });
    });
  }
  return [...targets.values()].sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
}
