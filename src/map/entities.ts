// Bodies, persons, places and the source document → quads: one small mapper each.
import type { NamedNode, Quad } from '@rdfjs/types';
import type { BodyRecord, PersonRecord, SourceRecord } from '../extract/records.js';
import { dcterms, org, ol, prov, rdf, schema, skos } from '../vocab.js';
import type { ArticleIris } from './context.js';
import { dateLiteral, en, plain, QuadSink, tagged } from './terms.js';

const year = (value?: string) => dateLiteral(value === undefined ? undefined : { value: value.padStart(4, '0'), precision: 'year' });

/** A body: org:FormalOrganization plus schema:GovernmentOrganization, or schema:PoliticalParty. */
export function mapBody(body: BodyRecord, iris: ArticleIris): Quad[] {
  const iri = iris.body(body.key);
  return new QuadSink()
    .add(iri, rdf.type, org.FormalOrganization, body.isParty ? schema.PoliticalParty : schema.GovernmentOrganization)
    .add(iri, skos.prefLabel, en(body.key))
    .add(iri, schema.name, en(body.key))
    .add(iri, skos.altLabel, ...body.writtenAs.map(en))
    .add(iri, org.subOrganizationOf, body.partOf ? iris.body(body.partOf) : undefined)
    .add(iri, prov.wasDerivedFrom, iris.source).quads;
}

/** A person: schema:Person with the English name, each native form in its tag, and the years written beside them. */
export function mapPerson(person: PersonRecord, iris: ArticleIris): Quad[] {
  const iri = iris.person(person.key);
  return new QuadSink()
    .add(iri, rdf.type, schema.Person)
    .add(iri, schema.name, en(person.english), ...person.natives.map((n) => tagged(n.value, n.tag)))
    .add(iri, schema.birthDate, year(person.born))
    .add(iri, schema.deathDate, year(person.died))
    .add(iri, prov.wasDerivedFrom, iris.source).quads;
}

/**
 * A place named as the article names it, one per name across articles: the post's jurisdiction (a
 * schema:AdministrativeArea), or its seat or residence (a schema:Place).
 */
export function mapPlace(name: string, iris: ArticleIris, type: NamedNode = schema.AdministrativeArea): Quad[] {
  const iri = iris.place(name);
  return new QuadSink()
    .add(iri, rdf.type, type)
    .add(iri, skos.prefLabel, en(name))
    .add(iri, schema.name, en(name))
    .add(iri, prov.wasDerivedFrom, iris.source).quads;
}

/** The source article: a prov:Entity and schema:Article with its title and file name. */
export function mapSource(source: SourceRecord, iris: ArticleIris): Quad[] {
  return new QuadSink()
    .add(iris.source, rdf.type, prov.Entity, schema.Article)
    .add(iris.source, dcterms.title, en(source.title))
    .add(iris.source, ol.sourceFile, plain(source.file)).quads;
}
