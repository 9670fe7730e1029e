// The one thing that grows with the corpus: the entities articles share (persons, bodies, roles,
// concepts), merged across articles as N-Triples lines, then written and validated in IRI order.
import type { SharedSubject } from './article.js';
import type { SharedBatch } from './shared-batch.js';

const RDF_TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ';
const IRI_OBJECT = /^<[^>]*> <([^>]*)> \.$/gm;

interface Entry {
  /** The subject's N-Triples lines without the subject: `<predicate> object .` each. */
  rest: string;
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
        this.entries.set(subject.iri, { rest: subject.rest, articles: 1, first: article });
        continue;
      }
      known.articles++;
      known.first = Math.min(known.first, article);
      known.rest = union(known.rest, subject.rest);
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
   */
  *batches(subjects = 1000, chars = 1_000_000): Generator<SharedBatch> {
    const iris = [...this.entries.keys()].sort();
    const types = new Map<string, string>();
    for (let start = 0; start < iris.length;) {
      let end = start;
      for (let size = 0; end < iris.length && end - start < subjects && (end === start || size < chars); end++) {
        size += this.entries.get(iris[end])!.rest.length;
      }
      const entries = iris.slice(start, end).map((iri) => [iri, this.entries.get(iri)!] as const);
      const merged = entries.filter(([, entry]) => entry.articles > 1);
      yield {
        lines: entries.map(([iri, entry]) => withSubject(iri, entry.rest)).join(''),
        context: merged.map(([, entry]) => this.typesOfObjects(entry.rest, types)).join(''),
        focus: merged.map(([iri]) => iri),
      };
      start = end;
    }
  }

  /** The rdf:type lines of the shared subjects that some lines point to (each subject's read once, into `known`). */
  private typesOfObjects(rest: string, known: Map<string, string>): string {
    let out = '';
    for (const [, escaped] of rest.matchAll(IRI_OBJECT)) {
      const object = unescape(escaped);
      const entry = this.entries.get(object);
      if (!entry) continue;
      let types = known.get(object);
      if (types === undefined) {
        types = entry.rest.split('\n').filter((line) => line.startsWith(RDF_TYPE)).map((line) => `<${object}> ${line}\n`).join('');
        known.set(object, types);
      }
      out += types;
    }
    return out;
  }
}

/** An IRI with its \u and \U escapes read. */
function unescape(iri: string): string {
  return iri.replace(/\\u([0-9A-F]{4})|\\U([0-9A-F]{8})/g, (_, short: string, long: string) =>
    String.fromCodePoint(parseInt(short ?? long, 16)));
}

function withSubject(iri: string, rest: string): string {
  return rest.replace(/^(?=.)/gm, `<${iri}> `);
}

/** Lines of `a`, then those of `b` that `a` lacks (order is restored when the batch is written). */
function union(a: string, b: string): string {
  if (a === b) return a;
  let out = a;
  for (let start = 0; start < b.length;) {
    const end = b.indexOf('\n', start) + 1 || b.length;
    const line = b.slice(start, end);
    if (!(out.startsWith(line) || out.includes(`\n${line}`))) out += line;
    start = end;
  }
  return out;
}
