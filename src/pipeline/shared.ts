// The one thing that grows with the corpus: the entities articles share (persons, bodies, roles,
// concepts), merged across articles as N-Triples lines, then written and validated in IRI order.
import type { SharedSubject } from './article.js';
import type { SharedBatch } from './shared-batch.js';
import { SubjectLines } from './subject-lines.js';

const RDF_TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ';
const IRI_OBJECT = /^<[^>]*> <([^>]*)> \.$/gm;

interface Entry {
  /** The subject's lines (none once batched). */
  lines?: SubjectLines;
  articles: number;
  /** The first article (in build order) that states it: where results about the merged subject are placed. */
  first: number;
}

/** Shared subjects by IRI, with how many articles state each. */
export class SharedIndex {
  private readonly entries = new Map<string, Entry>();

  /**
   * Merges the shared subjects of article number `article`. Articles may come in any order: what
   * is kept does not depend on it (lines are put in order when written).
   */
  add(subjects: SharedSubject[], article: number): void {
    for (const subject of subjects) {
      const known = this.entries.get(subject.iri);
      if (!known) {
        this.entries.set(subject.iri, { lines: new SubjectLines(subject.rest), articles: 1, first: article });
        continue;
      }
      known.articles++;
      known.first = Math.min(known.first, article);
      known.lines!.merge(subject.rest);
    }
  }

  /** True when the IRI is a shared subject. */
  has(iri: string): boolean {
    return this.entries.has(iri);
  }

  /** True when more than one article states the subject (its findings come from the merged subject). */
  isMerged(iri: string): boolean {
    return (this.entries.get(iri)?.articles ?? 0) > 1;
  }

  /** The number of the first article that states a subject: where results about the merged subject are placed. */
  firstArticle(iri: string): number | undefined {
    return this.entries.get(iri)?.first;
  }

  /**
   * The subjects in IRI order, in batches of at most `subjects` subjects or about `chars` characters
   * of lines (a body many articles name has a line per article): their lines, and for those several
   * articles state, the types of the shared subjects they point to (for validating them merged).
   * Read once: each subject's lines are let go as its batch is made (what the index then still
   * answers is which subjects it has, and where they come from).
   */
  *batches(subjects = 500, chars = 400_000): Generator<SharedBatch> {
    const types = new Map<string, string>();
    for (const [iri, entry] of this.entries) {
      types.set(iri, entry.lines!.linesStartingWith(RDF_TYPE).map((line) => `<${iri}> ${line}`).join(''));
    }
    const iris = [...this.entries.keys()].sort();
    for (let start = 0; start < iris.length;) {
      let end = start;
      for (let size = 0; end < iris.length && end - start < subjects && (end === start || size < chars); end++) {
        size += this.entries.get(iris[end])!.lines!.length;
      }
      const entries = iris.slice(start, end).map((iri) => {
        const entry = this.entries.get(iri)!;
        const rest = entry.lines!.text();
        entry.lines = undefined;
        return { iri, rest, merged: entry.articles > 1 };
      });
      const merged = entries.filter((entry) => entry.merged);
      yield {
        subjects: entries.map(({ iri, rest }) => ({ iri, rest })),
        context: merged.map(({ rest }) => typesOfObjects(rest, types)).join(''),
        focus: merged.map(({ iri }) => iri),
      };
      start = end;
    }
  }
}

/** The rdf:type lines of the shared subjects (`types`) that some lines point to. */
function typesOfObjects(rest: string, types: Map<string, string>): string {
  let out = '';
  for (const [, escaped] of rest.matchAll(IRI_OBJECT)) out += types.get(unescape(escaped)) ?? '';
  return out;
}

/** An IRI with its \u and \U escapes read. */
function unescape(iri: string): string {
  return iri.replace(/\\u([0-9A-F]{4})|\\U([0-9A-F]{8})/g, (_, short: string, long: string) =>
    String.fromCodePoint(parseInt(short ?? long, 16)));
}
