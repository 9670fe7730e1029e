// Our tenures against Wikidata's P39 statements, tolerant of precision: what agrees, what is missing, what differs.
import { compareDates } from '../extract/dates.js';
import type { Target, TargetTenure } from '../reconcile/targets.js';
import type { Item, PositionHeld } from '../reconcile/wikibase.js';

/** Wikidata's item for "acting" (P5102, nature of statement). */
export const ACTING = 'Q4676846';

/** The kinds of difference the diff reports. */
export type DiffKind =
  | 'agrees' | 'missing-in-wikidata' | 'missing-here' | 'start-differs' | 'start-missing' | 'end-differs' | 'end-missing'
  | 'replaces-missing' | 'replaces-differs' | 'replaced-by-missing' | 'replaced-by-differs' | 'acting-not-marked';

/** One row of the diff: a tenure (or a statement we lack) and what is wrong with it. */
export interface DiffRow {
  person: string;
  personQid: string;
  postQid: string;
  kind: DiffKind;
  ours: string;
  wikidata: string;
  tenure?: TargetTenure;
  /** Our predecessor's and successor's accepted QIDs, when known. */
  replaces?: string;
  replacedBy?: string;
  /** The statements Wikidata has for this person and post (to tell whether a qualifier can be added safely). */
  statements: PositionHeld[];
}

/**
 * Compares the tenures of an accepted person with the P39 statements of their item. `qids` maps our
 * IRIs (persons and posts) to accepted QIDs; tenures of posts without one are skipped. A tenure is
 * paired with the statement whose start agrees at the coarser precision, else with the next unpaired one.
 */
export function diffPerson(person: Target, item: Item, qids: ReadonlyMap<string, string>): DiffRow[] {
  const rows: DiffRow[] = [];
  const byPost = new Map<string, TargetTenure[]>();
  for (const tenure of person.tenures) if (qids.has(tenure.post)) byPost.set(tenure.post, [...(byPost.get(tenure.post) ?? []), tenure]);
  for (const [post, tenures] of byPost) {
    const postQid = qids.get(post)!;
    const statements = item.positions.filter((p) => p.office === postQid);
    const free = [...statements];
    const take = (s: PositionHeld | undefined) => (s ? free.splice(free.indexOf(s), 1)[0] : undefined);
    const paired = tenures.map((t) => ({ t, s: take(free.find((s) => s.start && compareDates(s.start, t.start) === 0)) }));
    for (const pair of paired) pair.s ??= take(free[0]);
    const row = (kind: DiffKind, ours: string, wikidata: string, tenure?: TargetTenure): DiffRow => ({
      person: person.iri, personQid: item.qid, postQid, kind, ours, wikidata, tenure, statements,
      replaces: tenure?.previous ? qids.get(tenure.previous) : undefined, replacedBy: tenure?.next ? qids.get(tenure.next) : undefined,
    });
    for (const { t, s } of paired) {
      const found = s ? compareTenure(t, s, qids) : [['missing-in-wikidata', describe(t), ''] as const];
      rows.push(...(found.length ? found : [['agrees', describe(t), describeStatement(s!)] as const]).map(([k, o, w]) => row(k, o, w, t)));
    }
    for (const s of free) rows.push(row('missing-here', '', describeStatement(s)));
  }
  return rows;
}

function compareTenure(t: TargetTenure, s: PositionHeld, qids: ReadonlyMap<string, string>): [DiffKind, string, string][] {
  const out: [DiffKind, string, string][] = [];
  if (!s.start) out.push(['start-missing', t.start.value, '']);
  else if (compareDates(s.start, t.start) !== 0) out.push(['start-differs', t.start.value, s.start.value]);
  if (t.end && !s.end) out.push(['end-missing', t.end.value, '']);
  else if (s.end && (!t.end || compareDates(s.end, t.end) !== 0)) out.push(['end-differs', t.end?.value ?? 'incumbent', s.end.value]);
  const previous = t.previous ? qids.get(t.previous) : undefined;
  if (previous && !s.replaces) out.push(['replaces-missing', previous, '']);
  else if (previous && s.replaces !== previous) out.push(['replaces-differs', previous, s.replaces!]);
  const next = t.next ? qids.get(t.next) : undefined;
  if (next && !s.replacedBy) out.push(['replaced-by-missing', next, '']);
  else if (next && s.replacedBy !== next) out.push(['replaced-by-differs', next, s.replacedBy!]);
  if (t.acting && s.nature !== ACTING) out.push(['acting-not-marked', 'acting', s.nature ?? '']);
  return out;
}

function describe(t: TargetTenure): string {
  return `${t.start.value}–${t.end?.value ?? ''}${t.acting ? ' (acting)' : ''}`;
}

function describeStatement(s: PositionHeld): string {
  return `${s.start?.value ?? '?'}–${s.end?.value ?? ''}`;
}
