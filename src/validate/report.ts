// Validation results → an sh:ValidationReport graph (blank-node shapes and paths copied in, so the report reads alone).
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { rdf, sh, xsd } from '../vocab.js';
import type { ShaclResult } from './engine.js';

const { blankNode, literal, quad } = DataFactory;
/** sh:message: a result's message keeps the language tag the shape gave it. */
const MESSAGE = sh.iri + 'message';

/** Builds the report graph: one sh:ValidationResult per result, and sh:conforms. */
export function reportQuads(results: ShaclResult[], shapes: DatasetCore): Quad[] {
  const report = blankNode('report');
  const out: Quad[] = [
    quad(report, rdf.type, sh.ValidationReport) as Quad,
    quad(report, sh.conforms, literal(String(results.length === 0), xsd.boolean)) as Quad,
  ];
  const copied = new Set<string>();
  const shapesStore = shapes instanceof Store ? shapes : new Store([...shapes]);
  results.forEach((result, index) => {
    const node = blankNode(`r${index}`);
    const add = (p: Term, o: Term | undefined) => {
      if (o) out.push(quad(node, p as Quad['predicate'], o as Quad['object']) as Quad);
    };
    out.push(quad(report, sh.result, node) as Quad);
    add(rdf.type, sh.ValidationResult);
    add(sh.focusNode, result.focus);
    add(sh.resultPath, result.path);
    add(sh.value, result.value);
    add(sh.resultSeverity, result.severity);
    const declared = shapesStore.getObjects(result.shape, MESSAGE, null);
    for (const message of result.messages) {
      add(sh.resultMessage, declared.find((m) => m.termType === 'Literal' && m.value === message) ?? literal(message));
    }
    add(sh.sourceConstraintComponent, result.component);
    add(sh.sourceShape, result.shape);
    if (result.shape.termType === 'BlankNode') copyBlankStructure(result.shape, shapesStore, out, copied);
    if (result.path?.termType === 'BlankNode') copyBlankStructure(result.path, shapesStore, out, copied);
  });
  return out;
}

/** Copies the triples of a blank node, and of the blank nodes it reaches, from the shapes graph. */
function copyBlankStructure(node: Term, shapes: Store, out: Quad[], copied: Set<string>): void {
  if (copied.has(node.value)) return;
  copied.add(node.value);
  for (const q of shapes.getQuads(node, null, null, null)) {
    out.push(q as Quad);
    if (q.object.termType === 'BlankNode') copyBlankStructure(q.object, shapes, out, copied);
  }
}
