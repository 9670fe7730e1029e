// VoID statistics of a graph: counts, class and property partitions, vocabularies, newest stated date.
import type { Literal, NamedNode, Quad } from '@rdfjs/types';
import { METADATA_PREFIXES, org, PREFIXES, rdf, xsd } from '../vocab.js';

/** The numbers and terms void.ttl states about the dataset. */
export interface GraphStats {
  triples: number;
  /** Distinct IRI subjects under the dataset's uriSpace (VoID's definition of an entity). */
  entities: number;
  distinctSubjects: number;
  distinctObjects: number;
  properties: number;
  classes: number;
  /** Class IRI → number of distinct instances, sorted by IRI. */
  classPartitions: [string, number][];
  /** Property IRI → number of triples, sorted by IRI. */
  propertyPartitions: [string, number][];
  /** Namespaces of the classes and properties used. */
  vocabularies: string[];
  /** The posts, sorted: the resources a reader starts from. */
  examples: string[];
  /** The newest date the data states (a literal typed xsd:date, xsd:gYearMonth or xsd:gYear). */
  newestDate?: Literal;
}

const DATE_TYPES = new Set([xsd.date.value, xsd.gYearMonth.value, xsd.gYear.value]);

/** Computes the statistics of a graph of distinct triples; `uriSpace` decides what counts as an entity. */
export function graphStats(quads: Quad[], uriSpace: string): GraphStats {
  const subjects = new Set<string>();
  const objects = new Set<string>();
  const entities = new Set<string>();
  const instances = new Map<string, Set<string>>();
  const properties = new Map<string, number>();
  const examples = new Set<string>();
  let newestDate: Literal | undefined;
  for (const q of quads) {
    const subject = termId(q.subject);
    subjects.add(subject);
    objects.add(termId(q.object));
    if (q.subject.termType === 'NamedNode' && q.subject.value.startsWith(uriSpace)) entities.add(q.subject.value);
    properties.set(q.predicate.value, (properties.get(q.predicate.value) ?? 0) + 1);
    if (q.predicate.equals(rdf.type)) {
      const members = instances.get(q.object.value) ?? new Set<string>();
      members.add(subject);
      instances.set(q.object.value, members);
      if (q.object.equals(org.Post)) examples.add(q.subject.value);
    }
    if (q.object.termType === 'Literal' && DATE_TYPES.has(q.object.datatype.value)) {
      if (!newestDate || q.object.value > newestDate.value) newestDate = q.object;
    }
  }
  const classPartitions = sorted([...instances].map(([c, members]): [string, number] => [c, members.size]));
  const propertyPartitions = sorted([...properties]);
  return {
    triples: quads.length,
    entities: entities.size,
    distinctSubjects: subjects.size,
    distinctObjects: objects.size,
    properties: properties.size,
    classes: instances.size,
    classPartitions,
    propertyPartitions,
    vocabularies: vocabulariesOf([...instances.keys(), ...properties.keys()]),
    examples: [...examples].sort(),
    newestDate,
  };
}

/** The known namespaces (data and metadata prefixes) that some of the IRIs start with, sorted. */
export function vocabulariesOf(iris: string[]): string[] {
  const namespaces = [...Object.values(PREFIXES), ...Object.values(METADATA_PREFIXES)];
  return namespaces.filter((ns) => iris.some((iri) => iri.startsWith(ns))).sort();
}

/** A key that tells terms apart: IRIs, blank nodes and literals (with datatype or language). */
function termId(term: Quad['object'] | NamedNode): string {
  if (term.termType === 'Literal') return `"${term.value}"@${term.language}^^${term.datatype.value}`;
  return `${term.termType}:${term.value}`;
}

function sorted<T>(entries: [string, T][]): [string, T][] {
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
