// Ordering of RDF terms as SPARQL's <, <=, >, >= define it, for sh:lessThan(OrEquals) and the range constraints:
// numbers across numeric types, strings by code point, booleans, and date/time values of one datatype.
import type { Literal, Term } from '@rdfjs/types';
import { validateTerm } from 'rdf-validate-datatype';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** The comparison families: two literals compare only within one family. */
type Family = 'decimal' | 'double' | 'string' | 'boolean' | 'dateTime' | 'date' | 'time' | 'gYear' | 'gYearMonth';

const FAMILY: Record<string, Family> = {
  decimal: 'decimal', integer: 'decimal', nonPositiveInteger: 'decimal', negativeInteger: 'decimal', long: 'decimal',
  int: 'decimal', short: 'decimal', byte: 'decimal', nonNegativeInteger: 'decimal', unsignedLong: 'decimal',
  unsignedInt: 'decimal', unsignedShort: 'decimal', unsignedByte: 'decimal', positiveInteger: 'decimal',
  float: 'double', double: 'double', string: 'string', boolean: 'boolean', dateTime: 'dateTime',
  dateTimeStamp: 'dateTime', date: 'date', time: 'time', gYear: 'gYear', gYearMonth: 'gYearMonth',
};

/**
 * Orders two terms: -1, 0 or 1, or undefined where SPARQL's comparison is an error or false every way
 * (IRIs, blank nodes, language-tagged strings, ill-typed literals, NaN, different datatypes that do not
 * compare, a date/time with a timezone against one without).
 */
export function compareTerms(a: Term, b: Term): -1 | 0 | 1 | undefined {
  const x = family(a);
  const y = family(b);
  if (!x || !y) return undefined;
  const [fa, la] = x;
  const [fb, lb] = y;
  const numeric = (f: Family) => f === 'decimal' || f === 'double';
  if (numeric(fa) && numeric(fb)) {
    if (fa === 'decimal' && fb === 'decimal') return compareDecimals(la.value, lb.value);
    return sign(toDouble(la.value) - toDouble(lb.value));
  }
  if (fa !== fb) return undefined;
  if (fa === 'string') return compareCodePoints(la.value, lb.value);
  if (fa === 'boolean') return sign(Number(/^(true|1)$/.test(la.value)) - Number(/^(true|1)$/.test(lb.value)));
  const ta = instant(la.value, fa);
  const tb = instant(lb.value, fb);
  if (ta.zoned !== tb.zoned) return undefined;
  return ta.ms !== tb.ms ? sign(ta.ms - tb.ms) : compareFractions(ta.fraction, tb.fraction);
}

/** A literal's comparison family, when it is a well-typed literal SPARQL orders. */
function family(term: Term): [Family, Literal] | undefined {
  if (term.termType !== 'Literal') return undefined;
  const literal = term as Literal;
  if (literal.language) return undefined;
  const datatype = literal.datatype.value;
  const f = datatype.startsWith(XSD) ? FAMILY[datatype.slice(XSD.length)] : undefined;
  if (!f || !validateTerm(literal)) return undefined;
  return [f, literal];
}

function sign(n: number): -1 | 0 | 1 | undefined {
  if (Number.isNaN(n)) return undefined;
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

function toDouble(lexical: string): number {
  const text = lexical.trim();
  return text === 'INF' || text === '+INF' ? Infinity : text === '-INF' ? -Infinity : Number(text);
}

/** Compares two xsd:decimal (or integer) lexical forms exactly, at any precision. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const x = decimalParts(a);
  const y = decimalParts(b);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const magnitude = x.whole.length !== y.whole.length
    ? (x.whole.length < y.whole.length ? -1 : 1)
    : x.whole !== y.whole ? (x.whole < y.whole ? -1 : 1)
      : compareFractions(x.fraction, y.fraction);
  return (x.negative && magnitude !== 0 ? -magnitude : magnitude) as -1 | 0 | 1;
}

function decimalParts(lexical: string): { negative: boolean; whole: string; fraction: string } {
  const match = /^([+-]?)0*(\d*)(?:\.(\d*?)0*)?$/.exec(lexical.trim()) ?? ['', '', '', ''];
  const whole = match[2] ?? '';
  const fraction = match[3] ?? '';
  return { negative: match[1] === '-' && (whole + fraction).length > 0, whole, fraction };
}

function compareFractions(a: string, b: string): -1 | 0 | 1 {
  const length = Math.max(a.length, b.length);
  const x = a.padEnd(length, '0');
  const y = b.padEnd(length, '0');
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Compares two strings by Unicode code point (fn:compare with the codepoint collation). */
export function compareCodePoints(a: string, b: string): -1 | 0 | 1 {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

const TEMPORAL = /^(-?\d{4,})?(?:-(\d{2}))?(?:-(\d{2}))?(?:T?(\d{2}):(\d{2}):(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A date/time value as milliseconds from its start (UTC when zoned), plus the sub-millisecond digits;
 * NaN milliseconds for a date that is not in the calendar (31 February), which compares with nothing.
 */
function instant(lexical: string, f: Family): { ms: number; fraction: string; zoned: boolean } {
  const text = f === 'time' ? `1972-01-01T${lexical.trim()}` : lexical.trim();
  const match = TEMPORAL.exec(text);
  if (!match) return { ms: NaN, fraction: '', zoned: false };
  const [, year = '1972', month = '01', day = '01', hour = '0', minute = '0', second = '0', frac = '', zone] = match;
  const fraction = frac.slice(1);
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  const real = date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  date.setUTCHours(Number(hour), Number(minute), Number(second), Number(fraction.slice(0, 3).padEnd(3, '0')));
  let ms = real ? date.getTime() : NaN;
  if (zone && zone !== 'Z') {
    const offset = (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * (zone[0] === '-' ? -1 : 1);
    ms -= offset * 60_000;
  }
  return { ms, fraction: fraction.slice(3), zoned: zone !== undefined };
}
