// The entities several articles share, a batch at a time (in a worker thread or not): written for the
// merged dumps, and validated as merged.
import type { DatasetCore, Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { statsPart, type StatsPart } from '../publish/stats.js';
import { canonicalOrder } from '../serialize/order.js';
import type { DumpPiece } from '../serialize/sink.js';
import { GraphIndex } from '../validate/graph-index.js';
import type { LocatedResult } from '../validate/validate.js';
import { articlePieces, isShared, type ArticleSettings, type SharedSubject } from './article.js';
import { timedResults, type ResultData } from './plain.js';

/** A batch of shared subjects, merged across articles, in IRI order. */
export interface SharedBatch {
  /** The subjects with their lines. */
  subjects: SharedSubject[];
  /** The rdf:type lines of the shared subjects that the subjects of `focus` point to. */
  context: string;
  /** The subjects several articles state: validated here, as merged. */
  focus: string[];
}

/** What the build needs of a batch of shared subjects. */
export interface SharedOutput {
  /** One piece per output of the settings (the merged ones; none for the graph ones). */
  pieces: (DumpPiece | undefined)[];
  stats: StatsPart;
  results: ResultData[];
  /** Milliseconds spent validating. */
  validationMs: number;
}

/** Writes a batch of shared subjects for the merged dumps, and validates the subjects several articles state. */
export async function processShared(batch: SharedBatch, settings: ArticleSettings, shapes: DatasetCore): Promise<SharedOutput> {
  const lines = batch.subjects.map(({ iri, rest }) => rest.replace(/^(?=.)/gm, `<${iri}> `)).join('');
  const quads = canonicalOrder(new Parser({ format: 'N-Triples' }).parse(lines) as Quad[]);
  const pieces = articlePieces(settings, quads, () => []); // the graph dumps hold every article's own graph: nothing here
  let validated = { results: [] as ResultData[], validationMs: 0 };
  if (batch.focus.length > 0) {
    const focus = new Set(batch.focus);
    const context = new Parser({ format: 'N-Triples' }).parse(batch.context) as Quad[];
    validated = await timedResults(new GraphIndex([...quads, ...context]), shapes,
      (r) => focus.has(r.result.focus.value) && !aboutOwnNode(r, settings.base));
  }
  return { pieces, stats: statsPart(quads, settings.base, []), ...validated };
}

/**
 * True for an sh:class result whose value is a node of one article (a tenure, a source): its types
 * are stated there only, so that article's own result about it stands, not the merged subject's.
 */
export function aboutOwnNode({ result }: LocatedResult, base: string): boolean {
  return result.component.value === SH_CLASS && result.value?.termType === 'NamedNode' && !isShared(result.value.value, base);
}

const SH_CLASS = 'http://www.w3.org/ns/shacl#ClassConstraintComponent';
