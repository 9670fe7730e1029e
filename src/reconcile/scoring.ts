// Scores a Wikidata candidate against one of our entities from the evidence both hold; keeps the features.
import * as OpenCC from 'opencc-js';
import { compareDates } from '../extract/dates.js';
import type { Target } from './targets.js';
import type { Item } from './wikibase.js';

/** Wikidata's item for "human" (P31 of a person). */
export const HUMAN = 'Q5';

/** What each feature adds to a score (0–1); a contradiction takes away. */
export const WEIGHTS = {
  labelExact: 0.3, labelAlias: 0.25, native: 0.25, human: 0.1, notHuman: -0.5,
  position: 0.2, datesAgree: 0.1, lifeConsistent: 0.05, lifeInconsistent: -0.5,
  /** Posts and bodies are matched on their English name only. */
  nameOnlyExact: 0.7, nameOnlyAlias: 0.6,
} as const;

/** A candidate's score and the features it was computed from (written to the evidence column). */
export interface Scored {
  qid: string;
  score: number;
  features: string[];
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** An English name for comparison: no case, accents, apostrophes, hyphens or spaces ("Li Li'an" ≡ "Li Lian"). */
export function englishKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A Chinese name for comparison: simplified script, no spaces or middle dots (許勤 ≡ 许勤). */
export function nativeKey(name: string): string {
  return toSimplified(name.normalize('NFC')).replace(/[\s·・]+/g, '');
}

/**
 * Scores `item` as a match for `target`. `offices` maps our post IRIs to the accepted Wikidata item
 * of the post, which is what a P39 statement must name to count.
 */
export function scoreCandidate(target: Target, item: Item, offices: ReadonlyMap<string, string>): Scored {
  const features: string[] = [];
  let score = 0;
  const add = (feature: string, weight: number) => {
    features.push(feature);
    score += weight;
  };
  const english = item.names.get('en') ?? [];
  const label = english[0];
  const person = target.kind === 'person';
  if (target.english && label !== undefined && englishKey(label) === englishKey(target.english)) {
    add('label-en=exact', person ? WEIGHTS.labelExact : WEIGHTS.nameOnlyExact);
  } else if (target.english && english.some((name) => englishKey(name) === englishKey(target.english!))) {
    add('alias-en=exact', person ? WEIGHTS.labelAlias : WEIGHTS.nameOnlyAlias);
  }
  if (!person) return finish(item.qid, score, features);
  if (target.native) {
    const chinese = [...item.names].filter(([language]) => language.startsWith('zh')).flatMap(([, names]) => names);
    if (chinese.includes(target.native)) add('native=exact', WEIGHTS.native);
    else if (chinese.some((name) => nativeKey(name) === nativeKey(target.native!))) add('native=script-variant', WEIGHTS.native);
  }
  if (item.instanceOf.includes(HUMAN)) add('P31=Q5', WEIGHTS.human);
  else if (item.instanceOf.length > 0) add(`P31=${item.instanceOf.join('|')}`, WEIGHTS.notHuman);
  scorePositions(target, item, offices, add);
  scoreLife(target, item, add);
  return finish(item.qid, score, features);
}

function scorePositions(target: Target, item: Item, offices: ReadonlyMap<string, string>, add: (f: string, w: number) => void): void {
  const held = target.tenures.flatMap((tenure) => {
    const office = offices.get(tenure.post);
    return office ? [{ tenure, office, statements: item.positions.filter((p) => p.office === office) }] : [];
  }).filter((h) => h.statements.length > 0);
  if (held.length === 0) return;
  add(`P39=${[...new Set(held.map((h) => h.office))].join('|')}`, WEIGHTS.position);
  const agree = held.some(({ tenure, statements }) => statements.some((s) =>
    s.start !== undefined && tenure.start !== undefined && compareDates(s.start, tenure.start) === 0 &&
    (s.end === undefined || tenure.end === undefined || compareDates(s.end, tenure.end) === 0)));
  if (agree) add('P580/P582=agree', WEIGHTS.datesAgree);
  else add('P580/P582=differ', 0);
}

function scoreLife(target: Target, item: Item, add: (f: string, w: number) => void): void {
  const starts = target.tenures.flatMap((t) => (t.start ? [t.start] : [])).sort(compareDates);
  if (starts.length === 0 || (!item.born && !item.died)) return;
  const bornBefore = !item.born || compareDates(item.born, starts[0]) < 0;
  const diedAfter = !item.died || compareDates(item.died, starts[starts.length - 1]) >= 0;
  if (bornBefore && diedAfter) add('life=consistent', WEIGHTS.lifeConsistent);
  else add(`life=inconsistent(${item.born?.value ?? '?'}–${item.died?.value ?? ''})`, WEIGHTS.lifeInconsistent);
}

function finish(qid: string, score: number, found: string[]): Scored {
  return { qid, score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000, features: found };
}
