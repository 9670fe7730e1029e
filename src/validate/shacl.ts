// SHACL results for a data graph: the fast engine when it can compile the shapes; shapes with SPARQL-based
// constraints or targets by shacl-engine with its SPARQL plugin; else rdf-validate-shacl.
import type { DatasetCore, NamedNode, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { PREFIXES } from '../vocab.js';
import type { GraphIndex } from './graph-index.js';
import SHACLValidator from 'rdf-validate-shacl';
import { runEngine, type ShaclResult } from './engine.js';
import { compileShapes, type Shape } from './shapes-model.js';

const sh = PREFIXES.sh;
const rdfType = `${PREFIXES.rdf}type`;
const compiledCache = new WeakMap<DatasetCore, Shape[] | null>();

/**
 * Which engine validated: `fast` (office-ld's compiled SHACL Core subset), `sparql` (shacl-engine, for
 * SPARQL-based constraints and targets) or `reference` (rdf-validate-shacl).
 */
export type EngineName = 'fast' | 'sparql' | 'reference';

/** Validates with the fast engine if the shapes compile, shacl-engine if they use SPARQL, otherwise rdf-validate-shacl. */
export async function shaclResults(store: GraphIndex, shapes: DatasetCore): Promise<{ engine: EngineName; results: ShaclResult[] }> {
  let compiled = compiledCache.get(shapes);
  if (compiled === undefined) {
    compiled = compileShapes(shapes) ?? null;
    compiledCache.set(shapes, compiled);
  }
  if (compiled) return { engine: 'fast', results: runEngine(store, compiled) };
  if (usesSparql(shapes)) return { engine: 'sparql', results: await sparqlResults(new Store([...store.quads]), shapes) };
  return { engine: 'reference', results: await referenceResults(new Store([...store.quads]), shapes) };
}

/**
 * Validates with rdf-validate-shacl, the reference the fast engine is tested against. Its guard that
 * stops re-checking a node against a shape after 50 checks (`maxNodeChecks`) is turned off: on large
 * graphs, where one literal value recurs, it silently drops results.
 */
export async function referenceResults(store: Store, shapes: DatasetCore): Promise<ShaclResult[]> {
  const options = { maxNodeChecks: 0 } as ConstructorParameters<typeof SHACLValidator>[1];
  const report = await new SHACLValidator(shapes, options).validate(store);
  return report.results.map((r) => ({
    focus: r.focusNode,
    path: (r.path ?? undefined) as NamedNode | undefined,
    value: r.value ?? undefined,
    severity: r.severity as NamedNode,
    component: r.sourceConstraintComponent as NamedNode,
    shape: r.sourceShape,
    messages: r.message.map((m) => m.value),
  }));
}

/** SHACL-SPARQL's properties and classes: a shape that uses them (not one that only names them) needs an engine that runs SPARQL. */
const SPARQL_PROPERTIES = ['sparql', 'select', 'ask'].map((local) => sh + local);
const SPARQL_CLASSES = ['SPARQLTarget', 'SPARQLConstraint', 'SPARQLConstraintComponent'].map((local) => sh + local);
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

function usesSparql(shapes: DatasetCore): boolean {
  for (const q of shapes.match()) {
    if (SPARQL_PROPERTIES.includes(q.predicate.value)) return true;
    if (q.predicate.value === RDF_TYPE && SPARQL_CLASSES.includes(q.object.value)) return true;
  }
  return false;
}

/**
 * Validates with shacl-engine and its SPARQL plugin; the results are read off its sh:ValidationReport
 * graph. Imported only here: its SPARQL engine (Comunica) is large, and worker threads never need it.
 */
export async function sparqlResults(store: Store, shapes: DatasetCore): Promise<ShaclResult[]> {
  const [{ Validator }, { targetResolvers, validations }] = await Promise.all([import('shacl-engine'), import('shacl-engine/sparql.js')]);
  const factory = { ...DataFactory, dataset: () => new Store() };
  const report = await new Validator(shapes, { factory, validations, targetResolvers }).validate({ dataset: store });
  const graph = new Store([...report.dataset.match()]);
  const one = (result: Term, predicate: string) => graph.getObjects(result, sh + predicate, null)[0];
  return graph.getSubjects(rdfType, sh + 'ValidationResult', null).map((result) => {
    const path = one(result, 'resultPath');
    return {
      focus: one(result, 'focusNode')!,
      path: path?.termType === 'NamedNode' ? path : undefined,
      value: one(result, 'value'),
      severity: one(result, 'resultSeverity') as NamedNode,
      component: one(result, 'sourceConstraintComponent') as NamedNode,
      shape: one(result, 'sourceShape')!,
      messages: graph.getObjects(result, sh + 'resultMessage', null).map((m) => m.value),
    };
  });
}
