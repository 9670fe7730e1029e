// Checks SHACL Core cannot state, run beside the shapes; their results join the same sh:ValidationReport.
import type { Literal, Quad_Object, Term } from '@rdfjs/types';
import type { Store } from 'n3';
import { compareDates, parseDate, type PartialDate, type Precision } from '../extract/dates.js';
import { olsh, schema, xsd } from '../vocab.js';
import { integrityChecks } from './integrity.js';
import type { Severity } from './validate.js';

/** A result of a check, in the terms of an sh:ValidationResult. */
export interface CheckResult {
  focus: Term;
  path?: Term;
  value?: Term;
  message: string;
  severity: Severity;
  component: Term;
  shape: Term;
}

const PRECISION_OF: Record<string, Precision> = {
  [xsd.date.value]: 'day', [xsd.gYearMonth.value]: 'month', [xsd.gYear.value]: 'year',
};

/** Runs every check over a data graph. */
export function runChecks(store: Store): CheckResult[] {
  return [...calendarDates(store), ...mixedPrecisionOrder(store), ...integrityChecks(store)];
}

/** Dates typed xsd:date, xsd:gYearMonth or xsd:gYear must be real calendar dates (no 31 February). */
function calendarDates(store: Store): CheckResult[] {
  const results: CheckResult[] = [];
  for (const quad of store) {
    const date = asDate(quad.object);
    if (date !== undefined || !isDateTyped(quad.object)) continue;
    results.push({
      focus: quad.subject, path: quad.predicate, value: quad.object, severity: 'Violation',
      message: `"${quad.object.value}" is not a valid ${localName((quad.object as Literal).datatype.value)}`,
      component: olsh.CalendarDateComponent, shape: olsh.CalendarDateShape,
    });
  }
  return results;
}

/** Start on or before end when the two are at different precisions, compared at the coarser one. */
function mixedPrecisionOrder(store: Store): CheckResult[] {
  const results: CheckResult[] = [];
  for (const quad of store.getQuads(null, schema.startDate, null, null)) {
    const start = asDate(quad.object);
    if (!start) continue;
    for (const endTerm of store.getObjects(quad.subject, schema.endDate, null)) {
      const end = asDate(endTerm);
      if (!end || end.precision === start.precision || compareDates(start, end) <= 0) continue;
      results.push({
        focus: quad.subject, path: schema.endDate, value: endTerm, severity: 'Violation',
        message: 'the term ends before it starts (schema:endDate is earlier than schema:startDate)',
        component: olsh.DateOrderComponent, shape: olsh.TenureOrderShape,
      });
    }
  }
  return results;
}

function isDateTyped(term: Quad_Object): boolean {
  return term.termType === 'Literal' && term.datatype.value in PRECISION_OF;
}

/** A date-typed literal read as a PartialDate; undefined if not date-typed or not a real date. */
export function asDate(term: Quad_Object): PartialDate | undefined {
  if (!isDateTyped(term)) return undefined;
  const precision = PRECISION_OF[(term as Literal).datatype.value];
  const parsed = parseDate(term.value);
  return parsed.ok && parsed.date.precision === precision && parsed.date.value === term.value ? parsed.date : undefined;
}

function localName(iri: string): string {
  return 'xsd:' + iri.replace(/^.*#/, '');
}
