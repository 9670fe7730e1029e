// Checks SHACL Core cannot state, run beside the shapes; their results join the same sh:ValidationReport.
import type { Literal, NamedNode, Quad_Object } from '@rdfjs/types';
import type { GraphIndex } from './graph-index.js';
import { compareDates, parseDate, type PartialDate, type Precision } from '../extract/dates.js';
import { olsh, schema, sh, xsd } from '../vocab.js';
import type { ShaclResult } from './engine.js';
import { integrityChecks } from './integrity.js';
import { readingWarnings } from './reading.js';

const PRECISION_OF: Record<string, Precision> = {
  [xsd.date.value]: 'day', [xsd.gYearMonth.value]: 'month', [xsd.gYear.value]: 'year',
};

/** Runs every check over a data graph. */
export function runChecks(store: GraphIndex): ShaclResult[] {
  return [...calendarDates(store), ...mixedPrecisionOrder(store), ...integrityChecks(store), ...readingWarnings(store)];
}

/** Dates typed xsd:date, xsd:gYearMonth or xsd:gYear must be real calendar dates (no 31 February). */
function calendarDates(store: GraphIndex): ShaclResult[] {
  const results: ShaclResult[] = [];
  for (const quad of store) {
    const date = asDate(quad.object);
    if (date !== undefined || !isDateTyped(quad.object)) continue;
    results.push({
      focus: quad.subject, path: quad.predicate as NamedNode, value: quad.object, severity: sh.Violation,
      messages: [`"${quad.object.value}" is not a valid ${localName((quad.object as Literal).datatype.value)}`],
      component: olsh.CalendarDateComponent, shape: olsh.CalendarDateShape,
    });
  }
  return results;
}

/** Start on or before end when the two are at different precisions, compared at the coarser one. */
function mixedPrecisionOrder(store: GraphIndex): ShaclResult[] {
  const results: ShaclResult[] = [];
  for (const quad of store.quads) {
    if (!quad.predicate.equals(schema.startDate)) continue;
    const start = asDate(quad.object);
    if (!start) continue;
    for (const endTerm of store.objects(quad.subject, schema.endDate)) {
      const end = asDate(endTerm as Quad_Object);
      if (!end || end.precision === start.precision || compareDates(start, end) <= 0) continue;
      results.push({
        focus: quad.subject, path: schema.endDate, value: endTerm, severity: sh.Violation,
        messages: ['the term ends before it starts (schema:endDate is earlier than schema:startDate)'],
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
