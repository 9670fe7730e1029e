// Body names → canonical bodies: "the X of the Y Party" gives the body X… and its party Y; bare organ
// names ("Central Committee") are read as organs of the post's party so they stay distinct across parties.
import type { BodyRecord } from './records.js';

const PARTY_OF = /^(.+?) of (?:the )?(.*\bParty\b.*)$/;
const IS_PARTY = /\bParty\b/;

/** Collects the bodies an article names, resolving each name to one canonical key. */
export class BodyRegistry {
  private readonly bodies = new Map<string, BodyRecord>();
  private readonly fromPartyColumn = new Set<string>();
  private readonly namedElsewhere = new Set<string>();
  private main?: BodyRecord;

  /**
   * The bodies in the order they were first named. A party only a Party column names is scoped to the
   * post's jurisdiction: "Democratic" in a list of West Virginia's governors is not Seoul's "Democratic".
   */
  records(jurisdiction?: string): BodyRecord[] {
    const records = [...this.bodies.values()];
    for (const body of records) {
      if (this.fromPartyColumn.has(body.key) && !this.namedElsewhere.has(body.key)) body.scope = jurisdiction ?? '';
    }
    return records;
  }

  /** Registers the body the post belongs to; later names are resolved against it. */
  setMain(name: string, line: number): string {
    this.main = this.named(normalizeBodyName(name), name, line);
    return this.main.key;
  }

  /** Resolves a name written elsewhere (appointer, department…) to a body key. */
  resolve(name: string, line: number): string {
    const normal = normalizeBodyName(name);
    const main = this.main;
    if (main && (main.key === normal || main.key.startsWith(normal + ' of '))) return this.note(main, name).key;
    const party = main?.partOf ? this.bodies.get(main.partOf) : undefined;
    if (party && party.key === normal) return this.note(party, name).key;
    if (party && !IS_PARTY.test(normal) && !/ of /.test(normal)) {
      const organ = this.named(`${normal} of the ${party.key}`, name, line);
      organ.partOf ??= party.key;
      return organ.key;
    }
    return this.named(normal, name, line).key;
  }

  /** Registers a party named in a Party column: a political party whatever its name says. */
  party(name: string, line: number): string {
    const party = this.add(normalizeBodyName(name), name, line);
    party.isParty = true;
    this.fromPartyColumn.add(party.key);
    return party.key;
  }

  /** A body named outside a Party column (infobox, or as a party organ's party): never scoped. */
  private named(key: string, written: string, line: number): BodyRecord {
    const body = this.add(key, written, line);
    for (let at: BodyRecord | undefined = body; at; at = at.partOf ? this.bodies.get(at.partOf) : undefined) {
      this.namedElsewhere.add(at.key);
    }
    return body;
  }

  private add(key: string, written: string, line: number): BodyRecord {
    let body = this.bodies.get(key);
    if (!body) {
      body = { key, writtenAs: [], isParty: false, line };
      this.bodies.set(key, body);
      const partyOf = PARTY_OF.exec(key);
      if (partyOf) {
        body.partOf = this.add(partyOf[2], partyOf[2], line).key;
      } else if (IS_PARTY.test(key)) {
        body.isParty = true;
      }
    }
    return this.note(body, written);
  }

  private note(body: BodyRecord, written: string): BodyRecord {
    const clean = written.trim().replace(/\s+/g, ' ');
    if (normalizeBodyName(clean) !== body.key && !body.writtenAs.includes(clean)) body.writtenAs.push(clean);
    return body;
  }
}

/** Canonical form of a body name: trimmed, single-spaced, without a leading "the". */
export function normalizeBodyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').replace(/^the\s+/i, '');
}
