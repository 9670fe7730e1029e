// Our tenures against Wikidata's P39 statements (and our posts' places against P1001), tolerant of precision:
// what agrees, what is missing, what differs, and what we only know approximately or not at all.
import { compareDates, type PartialDate } from '../extract/dates.js';
import type { Target, TargetTenure } from '../reconcile/targets.js';
import type { Item, PositionHeld } from '../reconcile/wikibase.js';

/** Wikidata's item for "acting" (P5102, nature of statement). */
export const ACTING = 'Q4676846';

/** The kinds of difference the diff reports. */
export type DiffKind =
  | 'agrees' | 'missing-in-wikidata' | 'missing-here' | 'start-differs' | 'start-missing' | 'end-differs' | 'end-missing'
  | 'replaces-missing' | 'replaces-differs' | 'replaced-by-missing' | 'replaced-by-differs' | 'acting-not-marked'
  | 'start-unknown-here' | 'start-approximate-here' | 'end-approximate-here' | 'jurisdiction-missing' | 'jurisdiction-differs';

/** Kinds that say what we do not know exactly: not a conflict, and nothing to add. */
export const UNKNOWN_HERE: ReadonlySet<DiffKind> = new Set(['start-unknown-here', 'start-approximate-here', 'end-approximate-here']);

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
  /** The source article (for references) of a row that has no tenure: a post's jurisdiction. */
  sourceUrl?: string;
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
    const paired = tenures.map((t) => ({ t, s: take(free.find((s) => (t.start
      ? s.start && compareDates(s.start, t.start) === 0 : s.end && t.end && compareDates(s.end, t.end) === 0))) }));
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

/**
 * Compares a post's place with the P1001 (applies to jurisdiction) of the post's item: `placeQid` is the
 * place's accepted item.
 */
export function diffJurisdiction(post: Target, item: Item, placeQid: string): DiffRow {
  const kind: DiffKind = item.jurisdictions.length === 0 ? 'jurisdiction-missing'
    : item.jurisdictions.includes(placeQid) ? 'agrees' : 'jurisdiction-differs';
  return { person: post.iri, personQid: item.qid, postQid: item.qid, kind, ours: placeQid, wikidata: item.jurisdictions.join(' '),
    statements: [], sourceUrl: post.sourceUrl };
}

function compareTenure(t: TargetTenure, s: PositionHeld, qids: ReadonlyMap<string, string>): [DiffKind, string, string][] {
  const out: [DiffKind, string, string][] = [];
  if (!t.start) {
    if (s.start) out.push(['start-unknown-here', '?', s.start.value]);
  } else if (!s.start) out.push(['start-missing', written(t.start), '']);
  else if (compareDates(s.start, t.start) !== 0) out.push([t.start.approximate ? 'start-approximate-here' : 'start-differs', written(t.start), s.start.value]);
  if (t.end && !s.end) out.push(['end-missing', written(t.end), '']);
  else if (s.end && t.end?.approximate && compareDates(s.end, t.end) !== 0) out.push(['end-approximate-here', written(t.end), s.end.value]);
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
  return `${t.start ? written(t.start) : '?'}–${t.end ? written(t.end) : ''}${t.acting ? ' (acting)' : ''}`;
}

/** A date as we have it: "c. 1920" when approximate. */
function written(date: PartialDate): string {
  return `${date.approximate ? 'c. ' : ''}${date.value}`;
}

function describeStatement(s: PositionHeld): string {
  return `${s.start?.value ?? '?'}–${s.end?.value ?? ''}`;
}
