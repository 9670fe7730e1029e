// VoID statistics of a graph: counts, class and property partitions, vocabularies, newest stated date —
// summed from parts (one per article, one for the entities articles share) without holding the graph.
import type { Literal, Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { METADATA_PREFIXES, org, PREFIXES, rdf, xsd } from '../vocab.js';
import { encodeTerm } from '../serialize/ntriples.js';
import { findLinksets, type Linkset } from './linksets.js';
import { HashCounter, hashTexts } from './term-hashes.js';

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
  /** Links into outside datasets, by dataset key and predicate. */
  linksets: Linkset[];
  /** Source article IRIs by file name (their ol:sourceFile). */
  sources: Map<string, string>;
}

/**
 * The statistics of some distinct triples whose subjects no other part has (`quads`), plus the
 * objects they share with other parts. Plain data, so that it crosses between threads.
 */
export interface StatsPart {
  triples: number;
  subjects: number;
  entities: number;
  /** Distinct objects that are subjects of this part (no other part can count them). */
  ownObjects: number;
  /** Every other object, as a 64-bit hash of its N-Triples text: the caller counts them across parts. */
  sharedObjects: Uint32Array;
  instances: [string, number][];
  properties: [string, number][];
  examples: string[];
  newestDate?: [string, string];
  linksets: Linkset[];
  sources: [string, string][];
}

const DATE_TYPES = new Set([xsd.date.value, xsd.gYearMonth.value, xsd.gYear.value]);
const SOURCE_FILE = PREFIXES.ol + 'sourceFile';

/**
 * The part of `quads` (distinct triples whose subjects belong to this part only). Objects are taken
 * from `objectQuads` (default `quads`), so a part may count the objects of triples another part writes.
 * `termId` gives a term's N-Triples text (a caching writer's, where the caller has one).
 */
export function statsPart(
  quads: readonly Quad[], uriSpace: string, objectQuads: readonly Quad[] = quads, termId: (term: Term) => string = encodeTerm,
): StatsPart {
  const subjects = new Set<string>();
  const entities = new Set<string>();
  const instances = new Map<string, Set<string>>();
  const properties = new Map<string, number>();
  const examples: string[] = [];
  const sources: [string, string][] = [];
  let newest: Literal | undefined;
  let last: string | undefined;
  for (const q of quads) {
    const subject = termId(q.subject);
    // quads in canonical order come subject by subject: each subject is added to the sets once, not once a triple
    if (subject !== last) {
      last = subject;
      subjects.add(subject);
      if (q.subject.termType === 'NamedNode' && q.subject.value.startsWith(uriSpace)) entities.add(q.subject.value);
    }
    properties.set(q.predicate.value, (properties.get(q.predicate.value) ?? 0) + 1);
    if (q.predicate.equals(rdf.type)) {
      const members = instances.get(q.object.value) ?? new Set<string>();
      members.add(subject);
      instances.set(q.object.value, members);
      if (q.object.equals(org.Post)) examples.push(q.subject.value);
    }
    if (q.predicate.value === SOURCE_FILE) sources.push([q.object.value, q.subject.value]);
    if (q.object.termType === 'Literal' && DATE_TYPES.has(q.object.datatype.value)) {
      if (!newest || q.object.value > newest.value) newest = q.object;
    }
  }
  const own = new Set<string>();
  const shared = new Set<string>();
  for (const q of objectQuads) {
    const key = termId(q.object);
    (subjects.has(key) ? own : shared).add(key);
  }
  return {
    triples: quads.length, subjects: subjects.size, entities: entities.size, ownObjects: own.size,
    sharedObjects: hashTexts(shared), instances: [...instances].map(([c, members]) => [c, members.size]),
    properties: [...properties], examples, linksets: findLinksets(quads as Quad[]), sources,
    newestDate: newest ? [newest.value, newest.datatype.value] : undefined,
  };
}

/** Sums parts into the dataset's statistics; the shared objects are counted once across all parts (by hash). */
export class StatsAccumulator {
  private readonly totals = { triples: 0, subjects: 0, entities: 0, ownObjects: 0 };
  private readonly sharedObjects = new HashCounter();
  private readonly instances = new Map<string, number>();
  private readonly properties = new Map<string, number>();
  private readonly examples: string[] = [];
  private readonly linksets = new Map<string, Linkset>();
  private readonly sources = new Map<string, string>();
  private newest?: [string, string];

  /** Adds one part. */
  add(part: StatsPart): void {
    this.totals.triples += part.triples;
    this.totals.subjects += part.subjects;
    this.totals.entities += part.entities;
    this.totals.ownObjects += part.ownObjects;
    this.sharedObjects.addAll(part.sharedObjects);
    for (const [c, n] of part.instances) this.instances.set(c, (this.instances.get(c) ?? 0) + n);
    for (const [p, n] of part.properties) this.properties.set(p, (this.properties.get(p) ?? 0) + n);
    this.examples.push(...part.examples);
    for (const linkset of part.linksets) {
      const key = `${linkset.target.key}\u0000${linkset.predicate}`;
      const known = this.linksets.get(key);
      this.linksets.set(key, { ...linkset, triples: (known?.triples ?? 0) + linkset.triples });
    }
    for (const [file, iri] of part.sources) this.sources.set(file, iri);
    if (part.newestDate && (!this.newest || part.newestDate[0] > this.newest[0])) this.newest = part.newestDate;
  }

  /** The statistics of every part added. */
  result(): GraphStats {
    return {
      triples: this.totals.triples,
      entities: this.totals.entities,
      distinctSubjects: this.totals.subjects,
      distinctObjects: this.totals.ownObjects + this.sharedObjects.size,
      properties: this.properties.size,
      classes: this.instances.size,
      classPartitions: sorted([...this.instances]),
      propertyPartitions: sorted([...this.properties]),
      vocabularies: vocabulariesOf([...this.instances.keys(), ...this.properties.keys()]),
      examples: [...this.examples].sort(),
      newestDate: this.newest ? DataFactory.literal(this.newest[0], DataFactory.namedNode(this.newest[1])) : undefined,
      linksets: sorted([...this.linksets]).map(([, linkset]) => linkset),
      sources: this.sources,
    };
  }
}

/** Computes the statistics of a whole graph of distinct triples; `uriSpace` decides what counts as an entity. */
export function graphStats(quads: Quad[], uriSpace: string): GraphStats {
  const accumulator = new StatsAccumulator();
  accumulator.add(statsPart(quads, uriSpace));
  return accumulator.result();
}

/** The known namespaces (data and metadata prefixes) that some of the IRIs start with, sorted. */
export function vocabulariesOf(iris: string[]): string[] {
  const namespaces = [...Object.values(PREFIXES), ...Object.values(METADATA_PREFIXES)];
  return namespaces.filter((ns) => iris.some((iri) => iri.startsWith(ns))).sort();
}


function sorted<T>(entries: [string, T][]): [string, T][] {
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
