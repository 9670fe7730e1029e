// Integrity checks over each post's tenures, run in code beside the shapes: one open tenure, symmetric
// links, overlaps, infobox agreement. Their results join the same sh:ValidationReport with a severity.
import type { NamedNode, Term } from '@rdfjs/types';
import { compareDates, type PartialDate } from '../extract/dates.js';
import { olsh, opengov, org, ol, rdf, schema, sh } from '../vocab.js';
import { asDate } from './checks.js';
import type { ShaclResult } from './engine.js';
import type { GraphIndex } from './graph-index.js';

/** A tenure as the checks see it. */
export interface Tenure {
  iri: Term;
  member?: Term;
  start: PartialDate;
  startTerm: Term;
  end?: PartialDate;
  hasEnd: boolean;
  /** Marked ol:current: the term was open as of the source (a term whose end is merely unknown is not). */
  current: boolean;
  acting: boolean;
  ordinal: number;
}

/** Runs the integrity checks on every org:Post and every tenure of the graph. */
export function integrityChecks(store: GraphIndex): ShaclResult[] {
  const results: ShaclResult[] = [...symmetricLinks(store)];
  for (const post of store.subjects(rdf.type, org.Post)) {
    const terms = tenuresOf(store, post);
    results.push(...oneOpenTenure(post, terms), ...overlaps(terms), ...infoboxAgreement(store, post as NamedNode, terms));
  }
  return results;
}

function tenuresOf(store: GraphIndex, post: Term): Tenure[] {
  const terms: Tenure[] = [];
  for (const iri of store.subjects(opengov.post, post)) {
    const ends = store.objects(iri, schema.endDate);
    const startTerm = store.objects(iri, schema.startDate)[0];
    const start = startTerm && asDate(startTerm as never);
    terms.push({
      iri, start: start ?? { value: '', precision: 'year' }, startTerm, end: ends[0] && asDate(ends[0] as never),
      hasEnd: ends.length > 0, member: store.objects(iri, org.member)[0],
      current: store.objects(iri, ol.current).some((o) => o.value === 'true'),
      acting: store.objects(iri, ol.acting).some((o) => o.value === 'true'),
      ordinal: Number(store.objects(iri, ol.ordinal)[0]?.value ?? 0),
    });
  }
  return terms.filter((t) => t.start.value !== '').sort((a, b) => compareDates(a.start, b.start) || a.ordinal - b.ordinal);
}

/**
 * At most one open tenure (current, no end date) per post: the incumbent's (Warning: a post may have
 * co-holders, as San Marino's two Captains Regent, or one article list the holders of the same post in
 * several states). An unknown end is not open.
 */
function oneOpenTenure(post: Term, terms: Tenure[]): ShaclResult[] {
  const open = terms.filter((t) => !t.hasEnd && t.current);
  if (open.length <= 1) return [];
  return [{
    focus: post, path: opengov.post, severity: sh.Warning, component: olsh.OneOpenTenureComponent,
    shape: olsh.OneOpenTenureShape, value: open[1].iri,
    messages: [`the post has ${open.length} open tenures (current terms without an end date); usually one is the incumbent's`],
  }];
}

/** `A ol:nextTenure B` needs `B ol:previousTenure A`, and the other way round (Violation). */
function symmetricLinks(store: GraphIndex): ShaclResult[] {
  const results: ShaclResult[] = [];
  for (const [link, inverse] of [[ol.nextTenure, ol.previousTenure], [ol.previousTenure, ol.nextTenure]] as const) {
    for (const from of store.subjects(link, null)) {
      for (const to of store.objects(from, link)) {
        if (store.objects(to, inverse).some((back) => back.equals(from))) continue;
        results.push({
          focus: from, path: link, value: to, severity: sh.Violation,
          component: olsh.SymmetricLinksComponent, shape: olsh.SymmetricLinksShape,
          messages: [`previous/next links are not symmetric: <${to.value}> does not link back with ${inverse.value}`],
        });
      }
    }
  }
  return results;
}

/** At month precision at most: a handover within one month is no overlap. */
function toMonth(date: PartialDate): PartialDate {
  return date.precision === 'day' ? { value: date.value.slice(0, 7), precision: 'month' } : date;
}

/**
 * Two terms of the post overlap by more than the handover month (Warning). A term held in an acting
 * capacity may overlap; an open term (current, no end) overlaps every later one, a term whose end is unknown
 * none (a medieval provost's). Each term is reported against the
 * first earlier term it overlaps, found in log time: the first earlier term ending after a start is
 * always one whose end is later than every end before it (a running maximum), so only those are kept.
 */
export function overlaps(terms: Tenure[]): ShaclResult[] {
  const results: ShaclResult[] = [];
  let firstOpen: number | undefined;
  const maxima = { month: [] as Ending[], year: [] as Ending[] };
  terms.forEach((later, i) => {
    if (later.acting) return;
    const start = toMonth(later.start);
    const ended = start.value === '' ? undefined : firstEndingAfter(start.precision === 'year' ? maxima.year : maxima.month, start.value);
    const j = Math.min(firstOpen ?? Infinity, ended ?? Infinity);
    if (j !== Infinity) {
      const earlier = terms[j];
      results.push({
        focus: later.iri, path: schema.startDate, value: later.startTerm, severity: sh.Warning,
        messages: [`the term overlaps the term of <${earlier.iri.value}> (${earlier.start.value} to ` +
          `${earlier.end?.value ?? 'open'}) by more than the handover month`],
        component: olsh.OverlapComponent, shape: olsh.OverlapShape,
      });
    }
    if (!later.hasEnd && later.current) firstOpen ??= i;
    else if (later.end) {
      const end = toMonth(later.end);
      // Compared with a month start, a year end counts from month 00 of its year; with a year start, by year.
      keepMaximum(maxima.month, end.precision === 'year' ? `${end.value}-00` : end.value, i);
      keepMaximum(maxima.year, end.value.slice(0, 4), i);
    }
  });
  return results;
}

/** An end date (as a comparable key) and the index of its term. */
interface Ending {
  key: string;
  index: number;
}

function keepMaximum(maxima: Ending[], key: string, index: number): void {
  if (maxima.length === 0 || key > maxima[maxima.length - 1].key) maxima.push({ key, index });
}

/** The index of the first term whose end key is after `start` (binary search over the running maxima). */
function firstEndingAfter(maxima: Ending[], start: string): number | undefined {
  let low = 0;
  let high = maxima.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (maxima[mid].key > start) high = mid;
    else low = mid + 1;
  }
  return maxima[low]?.index;
}

/** The infobox's Incumbent, Inaugural and Incumbentsince agree with the table (Warning each). */
function infoboxAgreement(store: GraphIndex, post: NamedNode, terms: Tenure[]): ShaclResult[] {
  const results: ShaclResult[] = [];
  const warn = (path: NamedNode, value: Term, message: string) => results.push({
    focus: post, path, value, severity: sh.Warning, messages: [message],
    component: olsh.InfoboxAgreementComponent, shape: olsh.InfoboxAgreementShape,
  });
  const open = terms.filter((t) => !t.hasEnd && t.current);
  for (const holder of store.objects(post, org.heldBy)) {
    const theirs = open.filter((t) => t.member?.equals(holder));
    if (theirs.length === 0) {
      warn(org.heldBy, holder, open.length === 0
        ? 'the infobox names an incumbent, but no tenure in the table is open'
        : `the infobox incumbent is not the holder of the open tenure <${open[0].iri.value}>`);
      continue;
    }
    for (const since of store.objects(post, ol.incumbentSince)) {
      const date = asDate(since as never);
      if (date && compareDates(date, theirs[0].start) !== 0) {
        warn(ol.incumbentSince, since, 'the infobox incumbent-since date does not agree with the start of the open ' +
          `tenure (${theirs[0].start.value})`);
      }
    }
  }
  const first = terms[0];
  for (const inaugural of store.objects(post, ol.inauguralHolder)) {
    if (first && !first.member?.equals(inaugural)) {
      warn(ol.inauguralHolder, inaugural, `the infobox inaugural holder is not the holder of the first tenure <${first.iri.value}>`);
    }
  }
  return results;
}
