// A map of 32-bit unsigned keys to 32-bit unsigned values in one flat open-addressing table (8 bytes a
// slot, at most three quarters full): what a Map of numbers costs about ten times (entries, boxed numbers).

/** 32-bit unsigned keys to 32-bit unsigned values; setting a key again replaces its value, as a Map does. */
export class Uint32Map {
  /** [key, value] pairs; a slot is empty while its key is 0 (the key 0 itself is kept apart). */
  private table = new Uint32Array(2 * 1024);
  private count = 0;
  private zero?: number;

  /** Number of keys held. */
  get size(): number {
    return this.count + (this.zero === undefined ? 0 : 1);
  }

  /** The value of `key`, or undefined. */
  get(key: number): number | undefined {
    key >>>= 0;
    if (key === 0) return this.zero;
    const { table } = this;
    const mask = table.length / 2 - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
      const held = table[2 * slot];
      if (held === key) return table[2 * slot + 1];
      if (held === 0) return undefined;
    }
  }

  /** Sets the value of `key` (both taken as 32-bit unsigned). */
  set(key: number, value: number): this {
    key >>>= 0;
    if (key === 0) {
      this.zero = value >>> 0;
      return this;
    }
    if ((this.count + 1) * 4 > (this.table.length / 2) * 3) this.grow();
    if (this.put(this.table, key, value)) this.count++;
    return this;
  }

  /** Puts a pair into `table`; true when the key was new there. */
  private put(table: Uint32Array, key: number, value: number): boolean {
    const mask = table.length / 2 - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
      const held = table[2 * slot];
      if (held === 0 || held === key) {
        table[2 * slot] = key;
        table[2 * slot + 1] = value;
        return held === 0;
      }
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.put(this.table, old[i], old[i + 1]);
  }
}
