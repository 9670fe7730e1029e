// SPARQL JSON results → an aligned text table for the terminal, terms compacted with the project's prefixes.
import stringWidth from 'string-width';
import { turtlePrefixes } from '../serialize/writers.js';
import { DEFAULT_BASE } from '../vocab.js';

/** One RDF term in the SPARQL 1.1 Query Results JSON Format. */
export interface JsonTerm {
  type: 'uri' | 'literal' | 'bnode' | 'typed-literal' | 'triple';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

/** A SELECT or ASK answer in the SPARQL 1.1 Query Results JSON Format. */
export interface JsonResults {
  head: { vars?: string[] };
  results?: { bindings: Record<string, JsonTerm>[] };
  boolean?: boolean;
}

const PREFIXES = Object.entries(turtlePrefixes(DEFAULT_BASE)).sort((a, b) => b[1].length - a[1].length);
const XSD = 'http://www.w3.org/2001/XMLSchema#';
/** Datatypes whose values read as themselves: numbers, booleans, dates at every precision (`1977-12`). */
const PLAIN_DATATYPES = new Set(['string', 'integer', 'decimal', 'double', 'boolean', 'date', 'dateTime', 'gYearMonth', 'gYear']
  .map((t) => XSD + t));

/** A term as a reader wants it: `prefix:name`, `<iri>`, `"text"@lang`, bare numbers and dates, else `value^^prefix:type`. */
export function displayTerm(term: JsonTerm): string {
  if (term.type === 'uri') return compactIri(term.value);
  if (term.type === 'bnode') return `_:${term.value}`;
  if (term.type === 'triple') return '<< … >>';
  if (term['xml:lang']) return `"${term.value}"@${term['xml:lang']}`;
  if (!term.datatype || PLAIN_DATATYPES.has(term.datatype)) return term.value;
  return `${term.value}^^${compactIri(term.datatype)}`;
}

function compactIri(iri: string): string {
  const hit = PREFIXES.find(([, ns]) => iri.startsWith(ns) && /^[\w-]*$/.test(iri.slice(ns.length)));
  return hit ? `${hit[0]}:${iri.slice(hit[1].length)}` : `<${iri}>`;
}

/** Renders results as a table with a header, aligned columns (wide characters counted), and a row count. */
export function renderTable(results: JsonResults): string {
  if (results.boolean !== undefined) return `${results.boolean}\n`;
  const vars = results.head.vars ?? [];
  const rows = (results.results?.bindings ?? []).map((b) => vars.map((v) => (b[v] ? displayTerm(b[v]) : '')));
  const widths = vars.map((v, i) => Math.max(stringWidth(v) + 1, ...rows.map((r) => stringWidth(r[i]))));
  const line = (cells: string[]) =>
    cells.map((cell, i) => cell + ' '.repeat(widths[i] - stringWidth(cell))).join(' │ ').trimEnd();
  const header = line(vars.map((v) => `?${v}`));
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  const count = `${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`;
  return [header, rule, ...rows.map(line), count].join('\n') + '\n';
}
