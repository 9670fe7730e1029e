// Counting distinct terms across a corpus without keeping them: each term's N-Triples text hashed to
// 64 bits (two seeded MurmurHash3 halves), kept in a flat open-addressing table of 8 bytes a slot, at most
// three quarters full.
// Two different terms are counted once only if all 64 bits collide: about 1 in 10^8 for a million terms.
import { murmur3 } from '../text-hash.js';

/** The 64-bit hashes of some texts, as [high, low] pairs in one array (transferable between threads). */
export function hashTexts(texts: Iterable<string>): Uint32Array {
  const list = [...texts];
  const out = new Uint32Array(list.length * 2);
  list.forEach((text, i) => {
    out[2 * i] = murmur3(text, 0x9747b28c);
    out[2 * i + 1] = murmur3(text, 0x5bd1e995);
  });
  return out;
}

/** A set of 64-bit hashes: how many distinct ones were added. */
export class HashCounter {
  private table = new Uint32Array(2 * 1024);
  private count = 0;

  /** Number of distinct hashes added. */
  get size(): number {
    return this.count;
  }

  /** Adds [high, low] pairs. */
  addAll(pairs: Uint32Array): void {
    for (let i = 0; i < pairs.length; i += 2) this.add(pairs[i], pairs[i + 1]);
  }

  private add(high: number, low: number): void {
    if (high === 0 && low === 0) low = 1; // (0, 0) marks an empty slot
    if ((this.count + 1) * 4 > (this.table.length / 2) * 3) this.grow();
    if (this.insert(this.table, high, low)) this.count++;
  }

  private insert(table: Uint32Array, high: number, low: number): boolean {
    const slots = table.length / 2;
    for (let slot = (low ^ Math.imul(high, 0x9e3779b1)) & (slots - 1); ; slot = (slot + 1) & (slots - 1)) {
      const h = table[2 * slot];
      const l = table[2 * slot + 1];
      if (h === 0 && l === 0) {
        table[2 * slot] = high;
        table[2 * slot + 1] = low;
        return true;
      }
      if (h === high && l === low) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0 || old[i + 1] !== 0) this.insert(this.table, old[i], old[i + 1]);
  }
}
