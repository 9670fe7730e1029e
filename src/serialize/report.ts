// The sh:ValidationReport (and the shapes) as Turtle, blank nodes labelled canonically (RDFC-1.0) so reruns match.
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { canonize } from 'rdf-canonize';
import { PREFIXES } from '../vocab.js';
import { writeTurtle } from './writers.js';

/** File name of the validation report inside the output folder. */
export const REPORT_FILE = 'validation-report.ttl';

/** Serializes a validation report with canonical blank node labels. */
export async function writeReport(report: Quad[], extraPrefixes: Record<string, string> = {}): Promise<string> {
  return writeCanonicalTurtle(report, extraPrefixes);
}

/** Serializes any graph (such as the shapes) as Turtle with canonical blank node labels (RDFC-1.0). */
export async function writeCanonicalTurtle(graph: Quad[], extraPrefixes: Record<string, string> = {}): Promise<string> {
  // Shapes hold many look-alike blank nodes ([ sh:datatype xsd:date ]…): allow RDFC-1.0 more deep iterations.
  const nquads = await canonize(graph, { algorithm: 'RDFC-1.0', format: 'application/n-quads', maxWorkFactor: 2 });
  const quads = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(nquads) as Quad[];
  return writeTurtle(quads, { ...PREFIXES, ...extraPrefixes });
}
