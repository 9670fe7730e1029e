// Where results about shared entities come from: for one several articles state, the merged entity's
// (placed where an article's own result was); for one stated once, that article's.
import type { Term } from '@rdfjs/types';
import { termToId } from 'n3';
import type { LocatedResult } from '../validate/validate.js';
import { aboutOwnNode } from './shared-batch.js';
import type { SharedIndex } from './shared.js';

/**
 * The results about shared subjects: for one stated by several articles, those of the merged subject
 * (placed where an article's own result about it was, when there is one) and, once, the articles'
 * sh:class results about their own nodes; for one stated by one article, that article's results.
 */
export function placeMerged(
  index: SharedIndex, aboutShared: Map<string, LocatedResult[]>, merged: LocatedResult[], base: string, file: (article: number) => string,
): LocatedResult[] {
  const out: LocatedResult[] = [];
  const kept = new Set<string>();
  for (const [focus, results] of aboutShared) {
    for (const located of results) {
      if (index.isMerged(focus) && !aboutOwnNode(located, base)) continue;
      if (index.isMerged(focus) && kept.has(resultKey(located))) continue;
      kept.add(resultKey(located));
      out.push(located);
    }
  }
  const placed = new Map<string, LocatedResult['where']>();
  for (const results of aboutShared.values()) for (const r of results) placed.set(resultKey(r), placed.get(resultKey(r)) ?? r.where);
  for (const { result } of merged) {
    out.push({ result, where: placed.get(resultKey({ result, where: {} })) ?? { file: file(index.firstArticle(result.focus.value)!) } });
  }
  return out;
}

function resultKey({ result }: LocatedResult): string {
  const id = (term?: Term) => (term ? termToId(term as never) : '');
  return [id(result.focus), id(result.path), id(result.value), id(result.component), id(result.shape),
    result.messages.join('\u0000')].join('\u0001');
}
