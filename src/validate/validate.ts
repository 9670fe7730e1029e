// SHACL validation with rdf-validate-shacl: findings in plain words, located at their source line.
import type { DatasetCore, NamedNode, Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { ol, prov, rdf, sh, xsd } from '../vocab.js';
import { runChecks, type CheckResult } from './checks.js';

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

/** Validates quads against a shapes graph, plus the checks SHACL Core cannot state, in one report. */
export async function validateQuads(
  data: Quad[] | Store, shapes: DatasetCore, failOn: Severity = 'Violation',
): Promise<ValidationOutcome> {
  const store = data instanceof Store ? data : new Store(data);
  const validator = new SHACLValidator(shapes);
  const report = await validator.validate(store);
  const checks = runChecks(store);
  const shaclFindings = report.results.map((result): Finding => {
    const focus = result.focusNode;
    const where = locate(store, focus);
    return {
      severity: localName(result.severity) as Severity,
      focus: focus.value,
      path: pathText(result.path, report.dataset),
      value: result.value ? termText(result.value) : undefined,
      message: result.message.map((m) => m.value).join('; ') || localName(result.sourceConstraintComponent),
      constraint: localName(result.sourceConstraintComponent),
      ...where,
    };
  });
  const checkFindings = checks.map((check): Finding => ({
    severity: check.severity,
    focus: check.focus.value,
    path: check.path?.value,
    value: check.value ? termText(check.value) : undefined,
    message: check.message,
    constraint: localName(check.component),
    ...locate(store, check.focus),
  }));
  const findings = [...shaclFindings, ...checkFindings].sort(compareFindings);
  return {
    conforms: report.conforms && checks.length === 0,
    passes: !failsAt(findings, failOn),
    findings,
    report: mergeIntoReport([...report.dataset] as Quad[], checks),
  };
}

/** Adds check results to the SHACL report as sh:ValidationResults, and sets sh:conforms accordingly. */
function mergeIntoReport(report: Quad[], checks: CheckResult[]): Quad[] {
  const node = report.find((q) => q.predicate.equals(rdf.type) && q.object.equals(sh.ValidationReport))?.subject;
  if (checks.length === 0 || !node) return report;
  const { blankNode, literal, quad } = DataFactory;
  const out = report.filter((q) => !(q.subject.equals(node) && q.predicate.equals(sh.conforms)));
  out.push(quad(node, sh.conforms, literal('false', xsd.boolean)) as Quad);
  for (const check of checks) {
    const result = blankNode();
    const add = (p: NamedNode, o: Term | undefined) => {
      if (o) out.push(quad(result, p, o as Quad['object']) as Quad);
    };
    out.push(quad(node, sh.result, result) as Quad);
    add(rdf.type, sh.ValidationResult);
    add(sh.focusNode, check.focus);
    add(sh.resultPath, check.path);
    add(sh.value, check.value);
    add(sh.resultSeverity, sh[check.severity]);
    add(sh.resultMessage, literal(check.message));
    add(sh.sourceConstraintComponent, check.component);
    add(sh.sourceShape, check.shape);
  }
  return out;
}

/** One line per finding: `file:line: Severity: <focus> <path>: message (value)`. */
export function describeFinding(finding: Finding): string {
  const place = finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}: ` : '';
  const path = finding.path ? ` ${finding.path}` : '';
  const value = finding.value ? ` (value ${finding.value})` : '';
  return `${place}${finding.severity}: <${finding.focus}>${path}: ${finding.message}${value}`;
}

/**
 * Finds the source file and line of a node: its own ol:sourceLine, or that of the nearest node
 * linking to it (an interval's tenure, a person's first tenure, rows before posts), up to three links away.
 */
function locate(store: Store, node: Term): { file?: string; line?: number; row?: string } {
  let frontier: Term[] = [node];
  const seen = new Set<string>();
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const lines = frontier
      .flatMap((n) => store.getObjects(n, ol.sourceLine, null).map((line) => ({
        n, line: Number(line.value), row: store.countQuads(n, ol.sourceRow, null, null) > 0 ? 0 : 1,
      })))
      .sort((a, b) => a.row - b.row || a.line - b.line);
    if (lines.length > 0) {
      const source = store.getObjects(lines[0].n, prov.wasDerivedFrom, null)[0];
      const file = source ? store.getObjects(source, ol.sourceFile, null)[0]?.value : undefined;
      const row = store.getObjects(lines[0].n, ol.sourceRow, null)[0]?.value;
      return { file, line: lines[0].line, ...(row === undefined ? {} : { row }) };
    }
    const next: Term[] = [];
    for (const n of frontier) {
      seen.add(n.termType + n.value);
      for (const subject of store.getSubjects(null, n, null)) {
        if (!seen.has(subject.termType + subject.value)) next.push(subject);
      }
    }
    frontier = next;
  }
  const source = store.getObjects(node, prov.wasDerivedFrom, null)[0];
  return { file: source ? store.getObjects(source, ol.sourceFile, null)[0]?.value : undefined };
}

/** A result path in words: an IRI, or `^IRI` for an inverse path. */
function pathText(path: Term | null | undefined, report: DatasetCore): string | undefined {
  if (!path || path.termType !== 'BlankNode') return path?.value;
  const inverse = [...report.match(path as Quad['subject'], sh.inversePath, null)][0]?.object;
  return inverse ? `^${inverse.value}` : undefined;
}

function compareFindings(a: Finding, b: Finding): number {
  return (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0)
    || a.focus.localeCompare(b.focus) || (a.path ?? '').localeCompare(b.path ?? '')
    || a.message.localeCompare(b.message);
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
