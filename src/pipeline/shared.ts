// The one thing that grows with the corpus: the entities articles share (persons, bodies, roles,
// concepts), merged across articles as N-Triples lines, then written and validated in IRI order.
import type { SharedSubject } from './article.js';
import type { SharedBatch } from './shared-batch.js';
import { mergeRuns, readRun, RunFolder, type RunEntry } from './shared-runs.js';
import { SubjectLines } from './subject-lines.js';

const RDF_TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ';
const IRI_OBJECT = /^<[^>]*> <([^>]*)> \.$/gm;
const TYPE_LINE = /^<http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#type> [^\n]*\n/gm;

/** Characters of lines the index holds in memory before it writes them out as a sorted run. */
export const DEFAULT_HELD_CHARS = 64 * 1024 * 1024;

/** What the index keeps of every subject for the whole build (its lines are held until written out). */
interface Subject {
  articles: number;
  /** The first article (in build order) that states it: where results about the merged subject are placed. */
  first: number;
  /** Its distinct rdf:type lines, sorted and joined (one string for every subject of the same types). */
  types: string;
}

/**
 * Shared subjects by IRI, with how many articles state each. Their lines are held in memory (off
 * V8's heap) up to `heldChars` characters; beyond, they are written out to a temp folder as a run
 * sorted by IRI, and the runs are merged when the subjects are written: memory stays flat however
 * large the corpus. {@link dispose} removes the runs.
 */
export class SharedIndex {
  private readonly subjects = new Map<string, Subject>();
  private held = new Map<string, SubjectLines>();
  private heldChars = 0;
  private readonly runs = new RunFolder();
  private readonly runFiles: string[] = [];
  private readonly typeSets = new Map<string, string>();

  constructor(private readonly heldLimit = DEFAULT_HELD_CHARS) {}

  /**
   * Merges the shared subjects of article number `article`. Articles may come in any order: what
   * is kept does not depend on it (lines are put in order when written).
   */
  add(subjects: SharedSubject[], article: number): void {
    for (const subject of subjects) {
      const known = this.subjects.get(subject.iri);
      const types = typeLines(subject.rest);
      if (!known) this.subjects.set(subject.iri, { articles: 1, first: article, types: this.typeSet(types, '') });
      else {
        known.articles++;
        known.first = Math.min(known.first, article);
        if (types !== '' && types !== known.types) known.types = this.typeSet(types, known.types);
      }
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
    return this.subjects.has(iri);
  }

  /** True when more than one article states the subject (its findings come from the merged subject). */
  isMerged(iri: string): boolean {
    return (this.subjects.get(iri)?.articles ?? 0) > 1;
  }

  /** The number of the first article that states a subject: where results about the merged subject are placed. */
  firstArticle(iri: string): number | undefined {
    return this.subjects.get(iri)?.first;
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

  /** One shared string for the union of two sets of type lines. */
  private typeSet(lines: string, known: string): string {
    const union = [...new Set([...splitLines(known), ...splitLines(lines)])].sort().join('');
    const interned = this.typeSets.get(union);
    if (interned !== undefined) return interned;
    this.typeSets.set(union, union);
    return union;
  }

  /** The rdf:type lines of the shared subjects that some lines point to. */
  private typesOfObjects(rest: string): string {
    let out = '';
    for (const [, escaped] of rest.matchAll(IRI_OBJECT)) {
      const iri = unescape(escaped);
      const types = this.subjects.get(iri)?.types;
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

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/** An IRI with its \u and \U escapes read. */
function unescape(iri: string): string {
  return iri.replace(/\\u([0-9A-F]{4})|\\U([0-9A-F]{8})/g, (_, short: string, long: string) =>
    String.fromCodePoint(parseInt(short ?? long, 16)));
}
