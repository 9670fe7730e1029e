// What the shared index keeps of every shared subject for the whole build (how many articles state it,
// the first, its types), keyed by a 64-bit hash of its IRI in one flat table: 20 bytes a slot instead of
// the IRI's string, an object and a Map entry (about 200 bytes) for each of 200,000 subjects at 100,000 articles.
import { murmur3 } from '../text-hash.js';

const SEED_HIGH = 0x9747b28c;
const SEED_LOW = 0x5bd1e995;
/** Numbers a slot: IRI hash high and low, articles, first article, types (an index into the type sets). */
const SLOT = 5;

/**
 * Shared subjects by IRI: the articles that state each, the first of them, and their rdf:type lines.
 * IRIs are compared by 64-bit hashes (two seeded MurmurHash3 halves): two subjects are taken as one
 * only if all 64 bits collide, about 1 in 10^8 for a million subjects.
 */
export class SubjectTable {
  private table = new Uint32Array(SLOT * 1024);
  private count = 0;
  /** Every distinct set of type lines (sorted and joined), by index; 0 is none. */
  private readonly typeSets: string[] = [''];
  private readonly typeIds = new Map<string, number>([['', 0]]);

  /** Number of subjects. */
  get size(): number {
    return this.count;
  }

  /** Notes that article number `article` states the subject `iri`, with the rdf:type lines `types` (joined). */
  note(iri: string, article: number, types: string): void {
    if ((this.count + 1) * 4 > (this.table.length / SLOT) * 3) this.grow();
    const at = this.find(iri, true);
    const { table } = this;
    if (table[at + 2] === 0) {
      this.count++;
      table[at + 2] = 1;
      table[at + 3] = article;
      table[at + 4] = this.typeSet(types, '');
      return;
    }
    table[at + 2]++;
    table[at + 3] = Math.min(table[at + 3], article);
    const known = this.typeSets[table[at + 4]];
    if (types !== '' && types !== known) table[at + 4] = this.typeSet(types, known);
  }

  /** How many articles state the subject (0: not a shared subject). */
  articles(iri: string): number {
    const at = this.find(iri, false);
    return at < 0 ? 0 : this.table[at + 2];
  }

  /** The first article (in build order) that states the subject. */
  first(iri: string): number | undefined {
    const at = this.find(iri, false);
    return at < 0 ? undefined : this.table[at + 3];
  }

  /** The subject's distinct rdf:type lines, sorted and joined ('' for none). */
  types(iri: string): string | undefined {
    const at = this.find(iri, false);
    return at < 0 ? undefined : this.typeSets[this.table[at + 4]];
  }

  /** The subject's slot (its first number's index), -1 when absent and not `insert`ed (then with 0 articles). */
  private find(iri: string, insert: boolean): number {
    const high = murmur3(iri, SEED_HIGH);
    const low = murmur3(iri, SEED_LOW) || 1; // (0, 0) marks an empty slot
    const { table } = this;
    const mask = table.length / SLOT - 1;
    for (let slot = slotOf(high, low, mask); ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      if (table[at] === high && table[at + 1] === low) return at;
      if (table[at] === 0 && table[at + 1] === 0) {
        if (!insert) return -1;
        table[at] = high;
        table[at + 1] = low;
        return at;
      }
    }
  }

  private grow(): void {
    const old = this.table;
    const table = new Uint32Array(old.length * 2);
    const mask = table.length / SLOT - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at] === 0 && old[at + 1] === 0) continue;
      let slot = slotOf(old[at], old[at + 1], mask);
      while (table[SLOT * slot] !== 0 || table[SLOT * slot + 1] !== 0) slot = (slot + 1) & mask;
      table.set(old.subarray(at, at + SLOT), SLOT * slot);
    }
    this.table = table;
  }

  /** The index of the union of two sets of type lines. */
  private typeSet(lines: string, known: string): number {
    const union = [...new Set([...splitLines(known), ...splitLines(lines)])].sort().join('');
    let id = this.typeIds.get(union);
    if (id === undefined) {
      id = this.typeSets.push(union) - 1;
      this.typeIds.set(union, id);
    }
    return id;
  }
}

function slotOf(high: number, low: number, mask: number): number {
  return (low ^ Math.imul(high, 0x9e3779b1)) & mask;
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}
