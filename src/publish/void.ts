// void.ttl: the dataset (void:Dataset + dcat:Dataset), its distributions, statistics, linksets and build provenance.
import type { NamedNode, Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { shortHash } from '../map/iri.js';
import { en, integer, plain, QuadSink } from '../map/terms.js';
import type { FileDigest } from '../serialize/bundle.js';
import type { DumpFormat } from '../serialize/formats.js';
import { dcat, dcterms, foaf, METADATA_PREFIXES, ol, org, PREFIXES, prov, rdf, schema, voidNs, xsd } from '../vocab.js';
import { distributionQuads } from './distributions.js';
import { type Agent, DEFAULT_LICENSE, DEFAULT_TITLE, downloadBaseOf, type PublishOptions } from './config.js';
import type { Linkset } from './linksets.js';
import type { GraphStats } from './stats.js';
import { inputLinks, inputNodes, inputParts } from './void-inputs.js';
import { describeChangesets, describeSupplements, SUPPLEMENTS } from './supplements.js';

const { literal, namedNode } = DataFactory;

/** File name of the dataset description. */
export const VOID_FILE = 'void.ttl';

/** An input article's name (as in ol:sourceFile), size and SHA-256. */
export type InputFile = FileDigest;

/** Everything void.ttl is computed from. */
export interface DescribeInput {
  base: string;
  /** The statistics of the merged graph, as the dumps hold it. */
  stats: GraphStats;
  /** Every file of the bundle except void.ttl, as written. */
  files: FileDigest[];
  /** The dump formats among `files`. */
  formats: DumpFormat[];
  inputs: InputFile[];
  options: PublishOptions;
  version: string;
  /** The changeset state the dumps hold, stated as `ol:changeset` (builds with changesets only). */
  changeset?: number;
}

/** IRIs of the description's own nodes: fragments of void.ttl where it is published. */
export function metaIri(base: string, options: PublishOptions, local: string): NamedNode {
  return namedNode(`${downloadBaseOf(base, options)}${VOID_FILE}#${local}`);
}

/** Describes the dataset and every written file; returns the quads of void.ttl. */
export function describeDataset(input: DescribeInput): Quad[] {
  const { dataset, build } = describedNodes(input);
  const meta = (local: string) => metaIri(input.base, input.options, local);
  const out = new QuadSink().addQuads(describeCore(input));
  out.addEach(dataset, voidNs.exampleResource, input.stats.examples.map((iri) => namedNode(iri)));
  for (const part of inputParts(input.inputs, input.stats.sources, meta)) out.addQuads(inputLinks(part, dataset, build)).addQuads(inputNodes(part));
  return out.quads;
}

/** The dataset's and the build's nodes. */
export function describedNodes(input: DescribeInput): { dataset: NamedNode; build: NamedNode } {
  return { dataset: metaIri(input.base, input.options, 'dataset'), build: metaIri(input.base, input.options, 'build') };
}

/**
 * The quads of void.ttl but those of each input article ({@link inputLinks}, {@link inputNodes}) and
 * the void:exampleResource of each post: a few hundred, however large the corpus.
 */
export function describeCore(input: DescribeInput): Quad[] {
  const { base, options } = input;
  const meta = (local: string) => metaIri(base, options, local);
  const url = (name: string) => namedNode(downloadBaseOf(base, options) + name);
  const license = namedNode(options.license ?? DEFAULT_LICENSE);
  const { stats } = input;
  const dataset = meta('dataset');
  const build = meta('build');
  const dumps = input.formats.filter((format) => input.files.some((file) => file.name === format.fileName));
  const conformsTo = (name: string) => SUPPLEMENTS.filter((s) => s.appliesTo(name)).map((s) => meta(s.key));
  const out = new QuadSink()
    .add(dataset, rdf.type, voidNs.Dataset, dcat.Dataset, prov.Entity)
    .add(dataset, dcterms.title, en(options.title ?? DEFAULT_TITLE))
    .add(dataset, dcterms.description, en(options.description ?? defaultDescription(stats, input.inputs.length)))
    .add(dataset, dcterms.license, license)
    .add(dataset, dcterms.creator, agentIri(options.creator, meta('creator')))
    .add(dataset, dcterms.publisher, agentIri(options.publisher, meta('publisher')))
    .add(dataset, dcterms.modified, stats.newestDate)
    .add(dataset, dcterms.conformsTo, ...conformsTo('dump'))
    .add(dataset, prov.wasGeneratedBy, build)
    .add(dataset, voidNs.uriSpace, literal(base))
    .add(dataset, voidNs.sparqlEndpoint, options.sparqlEndpoint ? namedNode(options.sparqlEndpoint) : undefined)
    .add(dataset, voidNs.dataDump, ...dumps.map((format) => url(format.fileName)))
    .add(dataset, voidNs.feature, ...[...new Set(dumps.map((format) => format.formatIri))].map((iri) => namedNode(iri)))
    .add(dataset, dcat.distribution, ...dumps.map((format) => meta(format.fileName)))
    .add(dataset, voidNs.vocabulary, ...stats.vocabularies.map((iri) => namedNode(iri)))
    .add(dataset, ol.changeset, input.changeset === undefined ? undefined : literal(String(input.changeset), xsd.nonNegativeInteger));
  out.addQuads(statisticsQuads(dataset, stats, meta));
  out.addQuads(linksetQuads(dataset, stats.linksets, meta));
  for (const [key, agent] of [['creator', options.creator], ['publisher', options.publisher]] as const) {
    const iri = agentIri(agent, meta(key));
    if (agent && iri) out.add(iri, rdf.type, foaf.Agent).add(iri, foaf.name, plain(agent.name));
  }
  for (const format of dumps) {
    const file = input.files.find((f) => f.name === format.fileName)!;
    out.quads.push(...distributionQuads(file, {
      iri: meta(format.fileName), downloadUrl: url(format.fileName), license, conformsTo: conformsTo(format.fileName),
      title: `${format.name} dump${format.graphs ? ', one named graph per source article' : ''}` +
        (format.compression ? `, ${format.compression}-compressed` : ''),
    }));
  }
  out.addQuads(describeSupplements({ files: input.files, license, meta, url, build }));
  out.addQuads(describeChangesets({ files: input.files, license, meta, url, build }, dataset));
  out.addQuads(buildQuads(build, input, meta));
  return out.quads;
}

/** void:triples, entities, distinct subjects/objects, properties, classes, and the partitions. */
function statisticsQuads(dataset: NamedNode, stats: GraphStats, meta: (local: string) => NamedNode): Quad[] {
  const out = new QuadSink()
    .add(dataset, voidNs.triples, integer(stats.triples))
    .add(dataset, voidNs.entities, integer(stats.entities))
    .add(dataset, voidNs.distinctSubjects, integer(stats.distinctSubjects))
    .add(dataset, voidNs.distinctObjects, integer(stats.distinctObjects))
    .add(dataset, voidNs.properties, integer(stats.properties))
    .add(dataset, voidNs.classes, integer(stats.classes));
  for (const [iri, entities] of stats.classPartitions) {
    const partition = meta(`class-${termKey(iri)}`);
    out.add(dataset, voidNs.classPartition, partition)
      .add(partition, voidNs.class, namedNode(iri))
      .add(partition, voidNs.entities, integer(entities));
  }
  for (const [iri, triples] of stats.propertyPartitions) {
    const partition = meta(`property-${termKey(iri)}`);
    out.add(dataset, voidNs.propertyPartition, partition)
      .add(partition, voidNs.property, namedNode(iri))
      .add(partition, voidNs.triples, integer(triples));
  }
  return out.quads;
}

/** A void:Linkset (a subset of the dataset) per outside dataset and link predicate, with the outside dataset. */
function linksetQuads(dataset: NamedNode, linksets: Linkset[], meta: (local: string) => NamedNode): Quad[] {
  const out = new QuadSink();
  for (const linkset of linksets) {
    const target = meta(linkset.target.key);
    const iri = meta(`links-${linkset.target.key}-${termKey(linkset.predicate)}`);
    out.add(dataset, voidNs.subset, iri)
      .add(iri, rdf.type, voidNs.Linkset)
      .add(iri, voidNs.linkPredicate, namedNode(linkset.predicate))
      .add(iri, voidNs.target, dataset, target)
      .add(iri, voidNs.subjectsTarget, dataset)
      .add(iri, voidNs.objectsTarget, target)
      .add(iri, voidNs.triples, integer(linkset.triples))
      .add(target, rdf.type, voidNs.Dataset)
      .add(target, dcterms.title, en(linkset.target.title))
      .add(target, foaf.homepage, namedNode(linkset.target.homepage))
      .add(target, voidNs.uriSpace, literal(linkset.target.uriSpace));
  }
  return out.quads;
}

/** The build as a prov:Activity: office-ld and its version (the input articles it used: {@link inputLinks}). */
function buildQuads(build: NamedNode, input: DescribeInput, meta: (local: string) => NamedNode): Quad[] {
  const software = meta('office-ld');
  return new QuadSink()
    .add(build, rdf.type, prov.Activity)
    .add(build, prov.wasAssociatedWith, software)
    .add(software, rdf.type, prov.SoftwareAgent, schema.SoftwareApplication)
    .add(software, schema.name, plain('office-ld'))
    .add(software, schema.softwareVersion, plain(input.version)).quads;
}

/** An agent's own IRI, or the fragment of void.ttl that stands for it; undefined when not configured. */
function agentIri(agent: Agent | undefined, fallback: NamedNode): NamedNode | undefined {
  if (!agent) return undefined;
  return agent.iri ? namedNode(agent.iri) : fallback;
}

/** "N posts, N persons and N tenures, read from N articles", from the class partitions. */
function defaultDescription(stats: GraphStats, articles: number): string {
  const count = (iri: string, noun: string) => {
    const n = iri ? stats.classPartitions.find(([c]) => c === iri)?.[1] ?? 0 : articles;
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
  };
  return `${count(org.Post.value, 'post')}, ${count(schema.Person.value, 'person')} and ` +
    `${count(org.Membership.value, 'tenure')} (terms of office), read from ${count('', 'article')}; ` +
    'in schema.org and the W3C Organization Ontology.';
}

/** A readable, fragment-safe key for a class or property IRI: `org-Post`, or a hash when no prefix fits. */
function termKey(iri: string): string {
  for (const [prefix, ns] of Object.entries({ ...PREFIXES, ...METADATA_PREFIXES })) {
    const local = iri.slice(ns.length);
    if (iri.startsWith(ns) && /^[A-Za-z][\w-]*$/.test(local)) return `${prefix}-${local}`;
  }
  return `iri-${shortHash(iri)}`;
}
