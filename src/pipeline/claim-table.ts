// The corpus-wide owners of slug paths, kept as 64-bit hashes (path → owner's key) in one flat table:
// 16 bytes a slot instead of two strings and a Map entry a claim (half a million claims at 100,000 articles).
import type { MintClaim } from '../map/iri.js';
import { murmur3 } from '../text-hash.js';

const SEED_HIGH = 0x9747b28c;
const SEED_LOW = 0x5bd1e995;

/**
 * The corpus-wide owners of slug paths, fed article by article in build order: the first identity to
 * claim a path owns it. Gives each article the keys that must take a suffix, so that articles mapped
 * apart (in worker threads) get exactly the IRIs one minter over the whole corpus would give. Paths and
 * keys are compared by 64-bit hashes (two seeded MurmurHash3 halves): two different paths are taken as
 * one only if all 64 bits collide, about 1 in 10^8 for a million claims (what void.ttl's counts accept too).
 */
export class ClaimTable {
  /** [path high, path low, key high, key low] a slot; a slot is empty while its path hash is (0, 0). */
  private table = new Uint32Array(4 * 1024);
  private count = 0;

  /**
   * Records an article's claims (in its mint order) and returns the keys that lose their path;
   * `won`, when given, receives the claims that became owners.
   */
  resolve(claims: readonly MintClaim[], won?: MintClaim[]): string[] {
    const losers: string[] = [];
    for (const claim of claims) {
      const owner = this.ownerOf(claim);
      if (owner === 'new') won?.push(claim);
      else if (owner === 'other') losers.push(claim.id);
    }
    return losers;
  }

  /** Whether the claim's path was new (and is now its key's), is its key's already, or another key's. */
  private ownerOf({ path, id }: MintClaim): 'new' | 'same' | 'other' {
    const pathHigh = murmur3(path, SEED_HIGH);
    const pathLow = murmur3(path, SEED_LOW) || 1; // (0, 0) marks an empty slot
    if ((this.count + 1) * 4 > (this.table.length / 4) * 3) this.grow();
    const { table } = this;
    const mask = table.length / 4 - 1;
    for (let slot = slotOf(pathHigh, pathLow, mask); ; slot = (slot + 1) & mask) {
      const at = 4 * slot;
      if (table[at] === 0 && table[at + 1] === 0) {
        table.set([pathHigh, pathLow, murmur3(id, SEED_HIGH), murmur3(id, SEED_LOW)], at);
        this.count++;
        return 'new';
      }
      if (table[at] === pathHigh && table[at + 1] === pathLow) {
        return table[at + 2] === murmur3(id, SEED_HIGH) && table[at + 3] === murmur3(id, SEED_LOW) ? 'same' : 'other';
      }
    }
  }

  private grow(): void {
    const old = this.table;
    const table = new Uint32Array(old.length * 2);
    const mask = table.length / 4 - 1;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at] === 0 && old[at + 1] === 0) continue;
      let slot = slotOf(old[at], old[at + 1], mask);
      while (table[4 * slot] !== 0 || table[4 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table.set(old.subarray(at, at + 4), 4 * slot);
    }
    this.table = table;
  }
}

function slotOf(high: number, low: number, mask: number): number {
  return (low ^ Math.imul(high, 0x9e3779b1)) & mask;
}
