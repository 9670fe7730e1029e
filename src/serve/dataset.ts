// The served dataset: the bundle's graph indexed by entity, each entity's description, labels and site paths.
import type { Quad, Term } from '@rdfjs/types';
import { mergedGraph, rdfSourceFile, readRdf, type ReadOptions } from '../serialize/read.js';
import { dcterms, PREFIXES, schema, skos } from '../vocab.js';

/** Properties whose values label a thing, best first. */
const LABEL_PROPERTIES = [schema.name.value, skos.prefLabel.value, `${PREFIXES.rdfs}label`, dcterms.title.value];

/** A bundle's graph, indexed for serving: entities are the subjects under the base IRI, fragments folded in. */
export class Dataset {
  /** Quads by subject IRI (or blank node id). */
  private readonly bySubject = new Map<string, Quad[]>();
  /** Entity IRI → the subjects its description covers (itself and its `#fragment` nodes). */
  private readonly documents = new Map<string, string[]>();

  constructor(readonly quads: Quad[], readonly base: string) {
    for (const quad of quads) {
      const key = quad.subject.value;
      const list = this.bySubject.get(key);
      if (list) list.push(quad);
      else this.bySubject.set(key, [quad]);
    }
    for (const subject of [...this.bySubject.keys()].sort()) {
      if (!subject.startsWith(base) || subject.length === base.length) continue;
      const document = documentOf(subject);
      const covered = this.documents.get(document);
      if (covered) covered.push(subject);
      else this.documents.set(document, [subject]);
    }
  }

  /** Entity IRIs (no fragment), sorted. */
  entities(): string[] {
    return [...this.documents.keys()];
  }

  /** True when the IRI is an entity of the dataset. */
  has(iri: string): boolean {
    return this.documents.has(iri);
  }

  /** The triples whose subject is `iri` (not its fragments). */
  about(iri: string): Quad[] {
    return this.bySubject.get(iri) ?? [];
  }

  /** Values of one property of a subject. */
  values(iri: string, property: string): Term[] {
    return this.about(iri).filter((q) => q.predicate.value === property).map((q) => q.object);
  }

  /** Subjects that have `property` with `object` as value. */
  subjectsWith(property: string, object: string): string[] {
    return this.quads.filter((q) => q.predicate.value === property && q.object.value === object)
      .map((q) => q.subject.value);
  }

  /**
   * An entity's description: the triples of the entity and of its `#fragment` nodes, plus the label
   * triples of every IRI they link to.
   */
  describe(iri: string): Quad[] {
    const subjects = this.documents.get(iri) ?? [];
    const own = subjects.flatMap((subject) => this.about(subject));
    const covered = new Set(subjects);
    const linked = new Set(own.filter((q) => q.object.termType === 'NamedNode' && !covered.has(q.object.value))
      .map((q) => q.object.value));
    const labels = [...linked].flatMap((other) => this.about(other)
      .filter((q) => LABEL_PROPERTIES.includes(q.predicate.value)));
    return [...own, ...labels];
  }

  /** The best label of an IRI: an English name or label, else any, else undefined. */
  label(iri: string): string | undefined {
    for (const property of LABEL_PROPERTIES) {
      const literals = this.values(iri, property).filter((t) => t.termType === 'Literal');
      const english = literals.find((t) => t.termType === 'Literal' && t.language.toLowerCase().startsWith('en'));
      const chosen = english ?? literals[0];
      if (chosen) return chosen.value;
    }
    return undefined;
  }

  /** True when the IRI has the given rdf:type. */
  isA(iri: string, type: string): boolean {
    return this.values(iri, `${PREFIXES.rdf}type`).some((t) => t.value === type);
  }

  /** The site path of an entity IRI: the IRI with the base cut off (`post/…`), or undefined outside the base. */
  sitePath(iri: string): string | undefined {
    return iri.startsWith(this.base) ? iri.slice(this.base.length) : undefined;
  }
}

/** The IRI without its fragment. */
export function documentOf(iri: string): string {
  const hash = iri.indexOf('#');
  return hash < 0 ? iri : iri.slice(0, hash);
}

/**
 * Reads a bundle's graph: `source` is an output folder (its first dump: dump.nt, dump.nt.gz, dump.ttl,
 * dump.trig, dump.nq.gz, dump.jsonld) or an RDF file in any syntax; named graphs are merged.
 */
export async function loadDataset(source: string, base: string, options: ReadOptions = {}): Promise<Dataset> {
  return new Dataset(mergedGraph(await readRdf(await rdfSourceFile(source), options)), base);
}
