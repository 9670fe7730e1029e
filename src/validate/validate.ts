// Validation of a graph: SHACL results and code checks in one report, findings in plain words at their source line.
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import type { ShaclResult } from './engine.js';
import { Store } from 'n3';
import { ol, prov } from '../vocab.js';
import { runChecks } from './checks.js';
import { GraphIndex } from './graph-index.js';
import { reportQuads } from './report.js';
import { shaclResults } from './shacl.js';

/** How serious a finding is, as SHACL says it. */
export type Severity = 'Violation' | 'Warning' | 'Info';

/** One validation result, in words a person reads. */
export interface Finding {
  severity: Severity;
  focus: string;
  path?: string;
  value?: string;
  message: string;
  constraint: string;
  file?: string;
  line?: number;
  /** The raw table row at `line`, when the finding is about a tenure or gap. */
  row?: string;
}

/** The severities, least serious first: `--fail-on` fails at the one named and every more serious one. */
export const SEVERITIES: readonly Severity[] = ['Info', 'Warning', 'Violation'];

/** True when some finding is at least as serious as `failOn`. */
export function failsAt(findings: Finding[], failOn: Severity): boolean {
  const rank = SEVERITIES.indexOf(failOn);
  return findings.some((f) => SEVERITIES.indexOf(f.severity) >= rank);
}

/** The outcome of validating a graph: the findings and the full sh:ValidationReport as quads. */
export interface ValidationOutcome {
  /** SHACL's own verdict: false when any result exists, warnings included. */
  conforms: boolean;
  /** True when no result is at the failing severity (a violation, unless `failOn` says otherwise). */
  passes: boolean;
  findings: Finding[];
  report: Quad[];
}

/** A validation result with the source place of its focus node (file, line, raw row). */
export interface LocatedResult {
  result: ShaclResult;
  where: { file?: string; line?: number; row?: string };
}

/** Validates quads against a shapes graph, plus the checks SHACL Core cannot state, in one report. */
export async function validateQuads(
  data: Quad[] | Store, shapes: DatasetCore, failOn: Severity = 'Violation',
): Promise<ValidationOutcome> {
  const index = new GraphIndex(data instanceof Store ? (data.getQuads(null, null, null, null) as Quad[]) : data);
  return validationOutcome(await locatedResults(index, shapes), shapes, failOn);
}

/** The SHACL and check results of one graph, each located at the source line of its focus node. */
export async function locatedResults(store: GraphIndex, shapes: DatasetCore): Promise<LocatedResult[]> {
  const { results: shacl } = await shaclResults(store, shapes);
  return [...shacl, ...runChecks(store)].map((result) => ({ result, where: locate(store, result.focus) }));
}

/** Findings (sorted by place) and the report graph, from results gathered from one graph or many. */
export function validationOutcome(located: LocatedResult[], shapes: DatasetCore, failOn: Severity = 'Violation'): ValidationOutcome {
  const pairs = located.map(({ result, where }) => ({ result, finding: findingOf(result, where) }));
  pairs.sort((a, b) => compareFindings(a.finding, b.finding));
  const findings = pairs.map((pair) => pair.finding);
  return {
    conforms: pairs.length === 0,
    passes: !failsAt(findings, failOn),
    findings,
    report: reportQuads(pairs.map((pair) => pair.result), shapes),
  };
}

function findingOf(result: ShaclResult, where: LocatedResult['where']): Finding {
  return {
    severity: localName(result.severity) as Severity,
    focus: result.focus.value,
    path: result.path?.value,
    value: result.value ? termText(result.value) : undefined,
    message: result.messages.join('; ') || localName(result.component),
    constraint: localName(result.component),
    ...where,
  };
}

/** One line per finding: `file:line: Severity: <focus> <path>: message (value)`. */
export function describeFinding(finding: Finding): string {
  const place = finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}: ` : '';
  const path = finding.path ? ` ${finding.path}` : '';
  const value = finding.value && finding.value !== `"${finding.message}"` ? ` (value ${finding.value})` : '';
  return `${place}${finding.severity}: <${finding.focus}>${path}: ${finding.message}${value}`;
}

/**
 * Finds the source file and line of a node: its own ol:sourceLine, or that of the nearest node
 * linking to it (an interval's tenure, a person's first tenure, rows before posts), up to three links away.
 */
function locate(store: GraphIndex, node: Term): LocatedResult['where'] {
  let frontier: Term[] = [node];
  const seen = new Set<string>();
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const lines = frontier
      .flatMap((n) => store.objects(n, ol.sourceLine).map((line) => ({
        n, line: Number(line.value), row: store.objects(n, ol.sourceRow).length > 0 ? 0 : 1,
      })))
      .sort((a, b) => a.row - b.row || a.line - b.line);
    if (lines.length > 0) {
      const source = store.objects(lines[0].n, prov.wasDerivedFrom)[0];
      const file = source ? store.objects(source, ol.sourceFile)[0]?.value : undefined;
      const row = store.objects(lines[0].n, ol.sourceRow)[0]?.value;
      return { file, line: lines[0].line, ...(row === undefined ? {} : { row }) };
    }
    const next: Term[] = [];
    for (const n of frontier) {
      seen.add(n.termType + n.value);
      for (const subject of store.linkingTo(n)) {
        if (!seen.has(subject.termType + subject.value)) next.push(subject);
      }
    }
    frontier = next;
  }
  const source = store.objects(node, prov.wasDerivedFrom)[0];
  return { file: source ? store.objects(source, ol.sourceFile)[0]?.value : undefined };
}

function compareFindings(a: Finding, b: Finding): number {
  return (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0)
    || a.focus.localeCompare(b.focus) || (a.path ?? '').localeCompare(b.path ?? '')
    || a.message.localeCompare(b.message) || (a.value ?? '').localeCompare(b.value ?? '')
    || a.constraint.localeCompare(b.constraint);
}

function localName(term: Term | null | undefined): string {
  if (!term) return '';
  return term.value.replace(/^.*[#/]/, '');
}

function termText(term: Term): string {
  if (term.termType !== 'Literal') return `<${term.value}>`;
  const lang = (term as { language?: string }).language;
  const datatype = (term as { datatype?: { value: string } }).datatype?.value;
  if (lang) return `"${term.value}"@${lang}`;
  return datatype && !datatype.endsWith('#string') ? `"${term.value}"^^<${datatype}>` : `"${term.value}"`;
}
