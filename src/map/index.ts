// Records → RDF/JS quads: pure mapping, one small mapper per record kind.
import type { Quad } from '@rdfjs/types';
import type { ArticleRecord } from '../extract/records.js';
import { schema } from '../vocab.js';
import { articleIris, type MapContext } from './context.js';
import { mapBody, mapPerson, mapPlace, mapSource } from './entities.js';
import { IriMinter } from './iri.js';
import { mapPost } from './post.js';
import { mapGap, mapTenure, tenureIris } from './tenure.js';

export { IriMinter, slug, commonsFile, checkBase } from './iri.js';
export type { MapContext } from './context.js';

/** A fresh mapping context for one dataset under `base`. */
export function createMapContext(base: string): MapContext {
  return { iris: new IriMinter(base) };
}

/** Maps one article's records to quads (unsorted; the same quad may repeat across articles). */
export function mapArticle(record: ArticleRecord, ctx: MapContext): Quad[] {
  const iris = articleIris(record, ctx);
  const tenures = tenureIris(record.tenures, iris, ctx);
  return [
    ...mapSource(record.source, iris),
    ...mapPost(record.office, iris, record.warnings),
    ...(record.office.jurisdiction === undefined ? [] : mapPlace(record.office.jurisdiction, iris)),
    ...[...record.office.seats, ...record.office.residences].flatMap((name) => mapPlace(name, iris, schema.Place)),
    ...record.bodies.flatMap((body) => mapBody(body, iris)),
    ...record.persons.flatMap((person) => mapPerson(person, iris)),
    ...record.tenures.flatMap((tenure, i) =>
      mapTenure(tenure, tenures[i], record.office, iris, tenures[i - 1], tenures[i + 1])),
    ...record.gaps.flatMap((gap) => mapGap(gap, ctx, iris)),
  ];
}
