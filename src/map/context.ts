// What every mapper needs to know besides its record: the IRI minter and the current source.
import type { NamedNode } from '@rdfjs/types';
import type { ArticleRecord } from '../extract/records.js';
import { IriMinter } from './iri.js';

/** Mapping state shared across the articles of one dataset; IRIs stay the same for the same identity. */
export interface MapContext {
  iris: IriMinter;
}

/** The IRIs of one article's entities, resolved once and passed to every mapper. */
export interface ArticleIris {
  source: NamedNode;
  post: NamedNode;
  body(key: string): NamedNode;
  person(key: string): NamedNode;
  role(label: string): NamedNode;
  concept(label: string): NamedNode;
  place(name: string): NamedNode;
}

/** Resolves the IRIs of an article's post, source, bodies, persons, roles, concepts and places. */
export function articleIris(record: ArticleRecord, ctx: MapContext): ArticleIris {
  const { iris } = ctx;
  const stem = record.source.file.replace(/\.[^.]*$/, '');
  const persons = new Map(record.persons.map((p) => [p.key, p]));
  const scopes = new Map(record.bodies.flatMap((b) => (b.scope === undefined ? [] : [[b.key, b.scope] as const])));
  return {
    source: iris.mint('source', stem, record.source.file),
    post: iris.mint('post', record.office.title, `${record.office.title}\u0000${record.source.file}`),
    body: (key) => {
      const scope = scopes.get(key);
      return scope === undefined ? iris.mint('body', key) : iris.mint('body', key, `${key}\u0000${scope}`);
    },
    person: (key) => {
      const person = persons.get(key);
      return iris.mint('person', person?.english ?? person?.natives[0]?.value ?? key, key);
    },
    role: (label) => iris.mint('role', label),
    concept: (label) => iris.mint('concept', label),
    place: (name) => iris.mint('place', name),
  };
}
