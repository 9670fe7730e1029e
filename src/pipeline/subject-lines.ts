// The N-Triples lines of one shared subject (subject left out), kept as bytes outside V8's heap: the
// index of a large corpus then costs the collector nothing, and the heap does not grow with it.

/** Characters of lines up to which a line is found by searching the bytes; beyond, a set of the lines is kept. */
const SEARCH_LIMIT = 8192;

/** Distinct `<predicate> object .` lines, ASCII only (non-ASCII characters escaped, as `SharedSubject.rest`). */
export class SubjectLines {
  /**
   * `\n`, then the lines: every line is found as `\n<line>`. Not from Buffer's shared pool: a grown
   * subject would leave its old slice keeping a whole pool slab alive.
   */
  private bytes: Buffer;
  private used: number;
  private set?: Set<string>;

  constructor(lines: string) {
    this.bytes = Buffer.allocUnsafeSlow(lines.length + 1);
    this.bytes[0] = 0x0a;
    this.used = 1 + this.bytes.write(lines, 1, 'latin1');
  }

  /** Characters of text held. */
  get length(): number {
    return this.used - 1;
  }

  /** Adds the lines of `more` not yet held, each once (they go after those held). */
  merge(more: string): void {
    const held = this.bytes.subarray(0, this.used);
    const added = new Set<string>();
    for (let start = 0; start < more.length;) {
      const end = more.indexOf('\n', start) + 1 || more.length;
      const line = more.slice(start, end);
      start = end;
      const known = this.set ? this.set.has(line) : held.indexOf(`\n${line}`, 0, 'latin1') !== -1;
      if (!known) added.add(line);
    }
    if (added.size > 0) this.append([...added].join(''));
  }

  /** The lines as text. */
  text(): string {
    return this.bytes.toString('latin1', 1, this.used);
  }

  /** The lines that start with `prefix`. */
  linesStartingWith(prefix: string): string[] {
    const held = this.bytes.subarray(0, this.used);
    const out: string[] = [];
    for (let at = held.indexOf(`\n${prefix}`, 0, 'latin1'); at !== -1; at = held.indexOf(`\n${prefix}`, at + 1, 'latin1')) {
      out.push(held.toString('latin1', at + 1, held.indexOf(0x0a, at + 1) + 1));
    }
    return out;
  }

  private append(added: string): void {
    const start = this.used;
    if (this.bytes.length < this.used + added.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(Math.ceil(1.5 * this.bytes.length), this.used + added.length));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.used += this.bytes.write(added, this.used, 'latin1');
    if (this.set) this.addToSet(start);
    else if (this.length > SEARCH_LIMIT) {
      this.set = new Set<string>();
      this.addToSet(1);
    }
  }

  /** Adds the lines from byte `start` on to the set, as strings of their own. */
  private addToSet(start: number): void {
    for (let at = start; at < this.used;) {
      const end = this.bytes.indexOf(0x0a, at) + 1;
      this.set!.add(this.bytes.toString('latin1', at, end));
      at = end;
    }
  }
}
