// The sh:ValidationReport as Turtle, its blank nodes labelled canonically (RDFC-1.0) so reruns match.
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { canonize } from 'rdf-canonize';
import { PREFIXES } from '../vocab.js';
import { writeTurtle } from './writers.js';

/** Serializes a validation report with canonical blank node labels. */
export async function writeReport(report: Quad[], extraPrefixes: Record<string, string> = {}): Promise<string> {
  const nquads = await canonize(report, { algorithm: 'RDFC-1.0', format: 'application/n-quads' });
  const quads = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(nquads) as Quad[];
  return writeTurtle(quads, { ...PREFIXES, ...extraPrefixes });
}
