// Integrity checks over each post's tenures that SHACL Core cannot state: overlaps, infobox agreement.
import type { NamedNode, Quad_Object, Term } from '@rdfjs/types';
import type { Store } from 'n3';
import { compareDates, type PartialDate } from '../extract/dates.js';
import { olsh, opengov, org, ol, schema } from '../vocab.js';
import { asDate, type CheckResult } from './checks.js';

/** A tenure as the checks see it. */
interface Tenure {
  iri: Term;
  member?: Term;
  start: PartialDate;
  startTerm: Quad_Object;
  end?: PartialDate;
  acting: boolean;
  ordinal: number;
}

/** Runs the post-level integrity checks on every org:Post of the graph. */
export function integrityChecks(store: Store): CheckResult[] {
  const results: CheckResult[] = [];
  for (const post of store.getSubjects(null, null, null).filter((s) => store.countQuads(s, null, org.Post, null) > 0)) {
    const terms = tenuresOf(store, post);
    results.push(...overlaps(terms), ...infoboxAgreement(store, post as NamedNode, terms));
  }
  return results;
}

function tenuresOf(store: Store, post: Term): Tenure[] {
  const terms: Tenure[] = [];
  for (const iri of store.getSubjects(opengov.post, post, null)) {
    const startTerm = store.getObjects(iri, schema.startDate, null)[0];
    const start = startTerm && asDate(startTerm);
    if (!start) continue;
    const endTerm = store.getObjects(iri, schema.endDate, null)[0];
    terms.push({
      iri, start, startTerm, end: endTerm && asDate(endTerm),
      member: store.getObjects(iri, org.member, null)[0],
      acting: store.getObjects(iri, ol.acting, null).some((o) => o.value === 'true'),
      ordinal: Number(store.getObjects(iri, ol.ordinal, null)[0]?.value ?? 0),
    });
  }
  return terms.sort((a, b) => compareDates(a.start, b.start) || a.ordinal - b.ordinal);
}

/** At month precision at most: a handover within one month is no overlap. */
function toMonth(date: PartialDate): PartialDate {
  return date.precision === 'day' ? { value: date.value.slice(0, 7), precision: 'month' } : date;
}

/**
 * Two terms of the post overlap by more than the handover month (Warning). A term held in an acting
 * capacity may overlap; an open term overlaps every later one.
 */
function overlaps(terms: Tenure[]): CheckResult[] {
  const results: CheckResult[] = [];
  terms.forEach((later, i) => {
    if (later.acting) return;
    const earlier = terms.slice(0, i).find((t) =>
      !t.acting && t.iri.value !== later.iri.value && (!t.end || compareDates(toMonth(t.end), toMonth(later.start)) > 0));
    if (!earlier) return;
    results.push({
      focus: later.iri, path: schema.startDate, value: later.startTerm, severity: 'Warning',
      message: `the term overlaps the term of <${earlier.iri.value}> (${earlier.start.value} to ` +
        `${earlier.end?.value ?? 'open'}) by more than the handover month`,
      component: olsh.OverlapComponent, shape: olsh.OverlapShape,
    });
  });
  return results;
}

/** The infobox's Incumbent, Inaugural and Incumbentsince agree with the table (Warning each). */
function infoboxAgreement(store: Store, post: NamedNode, terms: Tenure[]): CheckResult[] {
  const results: CheckResult[] = [];
  const warn = (path: NamedNode, value: Term, message: string) => results.push({
    focus: post, path, value, severity: 'Warning', message,
    component: olsh.InfoboxAgreementComponent, shape: olsh.InfoboxAgreementShape,
  });
  const open = terms.filter((t) => !t.end && store.countQuads(t.iri, schema.endDate, null, null) === 0);
  for (const holder of store.getObjects(post, org.heldBy, null)) {
    const theirs = open.filter((t) => t.member?.equals(holder));
    if (theirs.length === 0) {
      warn(org.heldBy, holder, open.length === 0
        ? 'the infobox names an incumbent, but no tenure in the table is open'
        : `the infobox incumbent is not the holder of the open tenure <${open[0].iri.value}>`);
      continue;
    }
    for (const since of store.getObjects(post, ol.incumbentSince, null)) {
      const date = asDate(since);
      if (date && compareDates(date, theirs[0].start) !== 0) {
        warn(ol.incumbentSince, since, `the infobox incumbent-since date does not agree with the start of the open ` +
          `tenure (${theirs[0].start.value})`);
      }
    }
  }
  const first = terms[0];
  for (const inaugural of store.getObjects(post, ol.inauguralHolder, null)) {
    if (first && !first.member?.equals(inaugural)) {
      warn(ol.inauguralHolder, inaugural, `the infobox inaugural holder is not the holder of the first tenure <${first.iri.value}>`);
    }
  }
  return results;
}
