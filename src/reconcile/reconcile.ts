// Reconciliation: candidates for every entity without an accepted link, scored, merged into the reviewed links.
import { entityIri, type Link } from './links-file.js';
import { scoreCandidate, type Scored } from './scoring.js';
import { serviceQuery, type ReconciliationService } from './service.js';
import type { Target } from './targets.js';
import type { WikibaseClient } from './wikibase.js';

/** How far ahead of the next candidate the best one must be for `--accept-above` to accept it. */
export const CLEAR_LEAD = 0.2;
/** Candidates kept per entity, best first. */
export const MAX_CANDIDATES = 5;

/** Options of one reconciliation run. */
export interface ReconcileOptions {
  base: string;
  /** Accept the best candidate when its score is above this and it leads the next by {@link CLEAR_LEAD}. */
  acceptAbove?: number;
  /** Take candidates from this reconciliation service instead of wbsearchentities. */
  service?: ReconciliationService;
}

/** What a run did, for the summary line. */
export interface ReconcileResult {
  links: Link[];
  asked: number;
  proposed: number;
  accepted: number;
}

/**
 * Asks `client` about every target that has no accepted sameAs line, scores the candidates and
 * returns the new links: accepted and rejected lines unchanged, the targets' old proposed lines
 * replaced by the new candidates, a QID rejected for an entity never proposed for it again.
 */
export async function reconcile(
  targets: Target[], links: Link[], client: WikibaseClient, options: ReconcileOptions,
): Promise<ReconcileResult> {
  const sameAs = links.filter((l) => l.relation === 'sameAs');
  const accepted = new Map(sameAs.filter((l) => l.status === 'accepted').map((l) => [entityIri(l, options.base), l.qid]));
  const rejected = new Set(sameAs.filter((l) => l.status === 'rejected').map((l) => `${entityIri(l, options.base)} ${l.qid}`));
  const todo = targets.filter((t) => !accepted.has(t.iri));
  const found = new Map<string, string[]>();
  const fromService = options.service ? await serviceCandidates(todo, accepted, options.service) : undefined;
  for (const target of todo) {
    const ids = fromService?.get(target.iri) ?? [
      ...(target.english ? await client.search(target.english, 'en') : []),
      ...(target.native ? await client.search(target.native, 'zh') : []),
    ];
    found.set(target.iri, [...new Set(ids)].filter((qid) => !rejected.has(`${target.iri} ${qid}`)));
  }
  const items = new Map((await client.items([...found.values()].flat())).map((item) => [item.qid, item]));
  const asked = new Set(todo.map((t) => t.iri));
  const out = links.filter((l) => !(l.relation === 'sameAs' && l.status === 'proposed' && asked.has(entityIri(l, options.base))));
  let proposed = 0;
  let acceptedNow = 0;
  for (const target of todo) {
    const scored = (found.get(target.iri) ?? []).flatMap((qid) => {
      const item = items.get(qid);
      return item ? [{ ...scoreCandidate(target, item, accepted), label: item.names.get('en')?.[0] }] : [];
    }).filter((c) => c.score > 0).sort((a, b) => b.score - a.score || Number(a.qid.slice(1)) - Number(b.qid.slice(1)));
    scored.slice(0, MAX_CANDIDATES).forEach((candidate, rank) => {
      const accept = rank === 0 && clearlyAhead(scored, options.acceptAbove);
      if (accept) acceptedNow++;
      else proposed++;
      out.push(toLink(target, candidate, accept ? options.acceptAbove : undefined, options.base));
    });
  }
  return { links: out, asked: todo.length, proposed, accepted: acceptedNow };
}

async function serviceCandidates(targets: Target[], offices: ReadonlyMap<string, string>, service: ReconciliationService) {
  const asked = targets.flatMap((target) => {
    const query = serviceQuery(target, offices);
    return query ? [{ target, query }] : [];
  });
  const answers = await service.candidates(asked.map((a) => a.query));
  return new Map(asked.map((a, i) => [a.target.iri, answers[i]]));
}

/** True when the best candidate scores above `threshold` and leads the next by {@link CLEAR_LEAD}. */
export function clearlyAhead(scored: Scored[], threshold: number | undefined): boolean {
  if (threshold === undefined || scored.length === 0 || scored[0].score <= threshold) return false;
  return scored.length === 1 || scored[0].score - scored[1].score >= CLEAR_LEAD;
}

function toLink(target: Target, candidate: Scored & { label?: string }, acceptedAbove: number | undefined, base: string): Link {
  const evidence = [
    ...(candidate.label ? [`label=${JSON.stringify(candidate.label)}`] : []),
    ...candidate.features,
    ...(acceptedAbove !== undefined ? [`accepted-above=${acceptedAbove}`] : []),
  ].join('; ');
  return {
    entity: target.iri.startsWith(base) ? target.iri.slice(base.length) : target.iri,
    relation: 'sameAs', qid: candidate.qid, score: candidate.score,
    status: acceptedAbove !== undefined ? 'accepted' : 'proposed', evidence,
  };
}
