// Tenures → one org:Membership + schema:OrganizationRole node each, with its OWL-Time interval.
import type { NamedNode, Quad } from '@rdfjs/types';
import { xsdTypeOf, type PartialDate } from '../extract/dates.js';
import type { GapRecord, OfficeRecord, TenureRecord } from '../extract/records.js';
import { opengov, org, ol, prov, rdf, schema, skos, time } from '../vocab.js';
import type { ArticleIris, MapContext } from './context.js';
import { fragment } from './iri.js';
import { boolean, dateLiteral, en, integer, plain, QuadSink } from './terms.js';

const IN_XSD = { date: time.inXSDDate, gYearMonth: time.inXSDgYearMonth, gYear: time.inXSDgYear } as const;

/** Mints the IRIs of an article's tenures, in row order. */
export function tenureIris(tenures: TenureRecord[], iris: ArticleIris, ctx: MapContext): NamedNode[] {
  return tenures.map((t) => ctx.iris.tenure(iris.post, iris.person(t.person), t.start?.value ?? t.end?.value ?? 'undated'));
}

/** Maps one tenure; `previous` and `next` are its neighbours in the post's sequence. */
export function mapTenure(
  tenure: TenureRecord, iri: NamedNode, office: OfficeRecord, iris: ArticleIris,
  previous?: NamedNode, next?: NamedNode,
): Quad[] {
  const person = iris.person(tenure.person);
  const body = office.body ? iris.body(office.body) : undefined;
  const interval = fragment(iri, 'interval');
  const out = new QuadSink()
    .add(iri, rdf.type, org.Membership, schema.OrganizationRole)
    .add(iri, org.member, person)
    .add(iri, org.organization, body)
    .add(iri, opengov.post, iris.post)
    .add(iri, org.role, office.roleName ? iris.role(office.roleName) : undefined)
    .add(iri, schema.memberOf, body)
    .add(iri, opengov.onBehalfOf, tenure.party ? iris.body(tenure.party) : undefined)
    .add(iri, schema.roleName, en(office.roleName ?? office.title))
    .add(iri, schema.startDate, dateLiteral(tenure.start))
    .add(iri, schema.endDate, dateLiteral(tenure.end))
    .add(iri, org.memberDuring, interval)
    .add(iri, ol.ordinal, integer(tenure.ordinal))
    .add(iri, ol.seriesOrdinal, plain(tenure.seriesOrdinal))
    .add(iri, ol.previousTenure, previous)
    .add(iri, ol.nextTenure, next)
    .add(iri, ol.current, tenure.current ? boolean(true) : undefined)
    .add(iri, ol.acting, tenure.acting ? boolean(true) : undefined)
    .add(iri, ol.section, en(tenure.section))
    .add(iri, ol.sourceLine, integer(tenure.line))
    .add(iri, ol.sourceRow, plain(tenure.raw))
    .add(iri, skos.note, ...tenure.notes.map((note) => plain(note)))
    .add(iri, ol.readingWarning, ...tenure.warnings.map((warning) => plain(warning)))
    .add(iri, prov.wasDerivedFrom, iris.source)
    .add(person, schema.memberOf, iri)
    .add(interval, rdf.type, time.Interval);
  if (tenure.start) out.quads.push(...mapInstant(interval, time.hasBeginning, fragment(iri, 'start'), tenure.start));
  if (tenure.end) out.quads.push(...mapInstant(interval, time.hasEnd, fragment(iri, 'end'), tenure.end));
  return out.quads;
}

/** Maps a row naming no holder but giving dates: an ol:Gap in the post's list, with its source row. */
export function mapGap(gap: GapRecord, ctx: MapContext, iris: ArticleIris): Quad[] {
  const date = gap.start ?? gap.end;
  if (!date) return [];
  const iri = ctx.iris.gap(iris.post, date.value);
  return new QuadSink()
    .add(iri, rdf.type, ol.Gap)
    .add(iri, ol.gapIn, iris.post)
    .add(iri, schema.startDate, dateLiteral(gap.start))
    .add(iri, schema.endDate, dateLiteral(gap.end))
    .add(iri, schema.description, en(gap.text || undefined))
    .add(iri, ol.section, en(gap.section))
    .add(iri, ol.sourceLine, integer(gap.line))
    .add(iri, ol.sourceRow, plain(gap.raw))
    .add(iri, ol.approximate, gap.start?.approximate || gap.end?.approximate ? boolean(true) : undefined)
    .add(iri, prov.wasDerivedFrom, iris.source).quads;
}

function mapInstant(interval: NamedNode, link: NamedNode, instant: NamedNode, date: PartialDate): Quad[] {
  return new QuadSink()
    .add(interval, link, instant)
    .add(instant, rdf.type, time.Instant)
    .add(instant, IN_XSD[xsdTypeOf(date.precision)], dateLiteral(date))
    .add(instant, ol.approximate, date.approximate ? boolean(true) : undefined).quads;
}
