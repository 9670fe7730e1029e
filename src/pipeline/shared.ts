// The one thing that grows with the corpus: the entities articles share (persons, bodies, roles,
// concepts), merged across articles as N-Triples lines, then written and validated in IRI order.
import type { SharedSubject } from './article.js';
import type { SharedBatch } from './shared-batch.js';
import { mergeRuns, readRun, RunFolder, type RunEntry } from './shared-runs.js';
import { SubjectLines } from './subject-lines.js';
import { SubjectTable } from './subject-table.js';

const RDF_TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ';
const IRI_OBJECT = /^<[^>]*> <([^>]*)> \.$/gm;
const TYPE_LINE = /^<http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#type> [^\n]*\n/gm;

/** Characters of lines the index holds in memory before it writes them out as a sorted run. */
export const DEFAULT_HELD_CHARS = 32 * 1024 * 1024;

/**
 * Shared subjects by IRI, with how many articles state each. Their lines are held in memory (off
 * V8's heap) up to `heldChars` characters; beyond, they are written out to a temp folder as a run
 * sorted by IRI, and the runs are merged when the subjects are written: memory stays flat however
 * large the corpus. {@link dispose} removes the runs.
 */
export class SharedIndex {
  /** What is kept of every subject for the whole build (its lines are held until written out). */
  private readonly subjects = new SubjectTable();
  private held = new Map<string, SubjectLines>();
  private heldChars = 0;
  private readonly runs = new RunFolder();
  private readonly runFiles: string[] = [];

  constructor(private readonly heldLimit = DEFAULT_HELD_CHARS) {}

  /**
   * Merges the shared subjects of article number `article`. Articles may come in any order: what
   * is kept does not depend on it (lines are put in order when written).
   */
  add(subjects: SharedSubject[], article: number): void {
    for (const subject of subjects) {
      this.subjects.note(subject.iri, article, typeLines(subject.rest));
      const lines = this.held.get(subject.iri);
      if (!lines) {
        this.held.set(subject.iri, new SubjectLines(subject.rest));
        this.heldChars += subject.rest.length;
        continue;
      }
      const before = lines.length;
      lines.merge(subject.rest);
      this.heldChars += lines.length - before;
    }
    if (this.heldChars > this.heldLimit) this.writeRun();
  }

  /** True when the IRI is a shared subject. */
  has(iri: string): boolean {
    return this.subjects.articles(iri) > 0;
  }

  /** True when more than one article states the subject (its findings come from the merged subject). */
  isMerged(iri: string): boolean {
    return this.subjects.articles(iri) > 1;
  }

  /** The number of the first article that states a subject: where results about the merged subject are placed. */
  firstArticle(iri: string): number | undefined {
    return this.subjects.first(iri);
  }

  /** The temp folder of the runs, once one is written. */
  get runFolder(): string | undefined {
    return this.runs.path;
  }

  /** How many sorted runs the index has written out so far. */
  get runCount(): number {
    return this.runFiles.length;
  }

  /**
   * The subjects in IRI order, in batches of at most `subjects` subjects or about `chars` characters
   * of lines (a body many articles name has a line per article): their lines, and for those several
   * articles state, the types of the shared subjects they point to (for validating them merged).
   * Read once: the lines are let go as they are batched, the runs removed at the end (what the index
   * then still answers is which subjects it has, and where they come from).
   */
  *batches(subjects = 500, chars = 400_000): Generator<SharedBatch> {
    const held = sortedEntries(this.held);
    this.held = new Map();
    this.heldChars = 0;
    const merged = mergeRuns([...this.runFiles.map(readRun), held]);
    let batch: RunEntry[] = [];
    let size = 0;
    for (const entry of merged) {
      if (batch.length > 0 && (batch.length >= subjects || size >= chars)) {
        yield this.batch(batch);
        batch = [];
        size = 0;
      }
      batch.push(entry);
      size += entry.lines.length;
    }
    if (batch.length > 0) yield this.batch(batch);
    this.dispose();
  }

  /** Removes the runs written out (the index's lines are then gone). */
  dispose(): void {
    this.runs.remove();
    this.runFiles.length = 0;
  }

  private batch(entries: RunEntry[]): SharedBatch {
    const merged = entries.filter(({ iri }) => this.isMerged(iri));
    return {
      subjects: entries.map(({ iri, lines }) => ({ iri, rest: lines })),
      context: merged.map(({ lines }) => this.typesOfObjects(lines)).join(''),
      focus: merged.map(({ iri }) => iri),
    };
  }

  private writeRun(): void {
    this.runFiles.push(this.runs.write(sortedEntries(this.held)));
    this.held = new Map();
    this.heldChars = 0;
  }

  /** The rdf:type lines of the shared subjects that some lines point to. */
  private typesOfObjects(rest: string): string {
    let out = '';
    for (const [, escaped] of rest.matchAll(IRI_OBJECT)) {
      const iri = unescape(escaped);
      const types = this.subjects.types(iri);
      if (types) out += types.replace(/^(?=.)/gm, `<${iri}> `);
    }
    return out;
  }
}

/** Held subjects in IRI order, their lines let go one by one. */
function* sortedEntries(held: Map<string, SubjectLines>): Generator<RunEntry> {
  for (const iri of [...held.keys()].sort()) {
    const lines = held.get(iri)!.text();
    held.delete(iri);
    yield { iri, lines };
  }
}

/** The rdf:type lines of some lines, joined. */
function typeLines(rest: string): string {
  return rest.includes(RDF_TYPE) ? (rest.match(TYPE_LINE) ?? []).join('') : '';
}

/** An IRI with its \u and \U escapes read. */
function unescape(iri: string): string {
  return iri.replace(/\\u([0-9A-F]{4})|\\U([0-9A-F]{8})/g, (_, short: string, long: string) =>
    String.fromCodePoint(parseInt(short ?? long, 16)));
}
