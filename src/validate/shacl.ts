// SHACL results for a data graph: the fast engine when it can compile the shapes, else rdf-validate-shacl.
import type { DatasetCore, NamedNode } from '@rdfjs/types';
import { Store } from 'n3';
import type { GraphIndex } from './graph-index.js';
import SHACLValidator from 'rdf-validate-shacl';
import { runEngine, type ShaclResult } from './engine.js';
import { compileShapes, type Shape } from './shapes-model.js';

const compiledCache = new WeakMap<DatasetCore, Shape[] | null>();

/** Which engine validated: `fast` (office-ld's compiled SHACL Core subset) or `reference` (rdf-validate-shacl). */
export type EngineName = 'fast' | 'reference';

/** Validates with the fast engine if the shapes compile, otherwise with rdf-validate-shacl. */
export async function shaclResults(store: GraphIndex, shapes: DatasetCore): Promise<{ engine: EngineName; results: ShaclResult[] }> {
  let compiled = compiledCache.get(shapes);
  if (compiled === undefined) {
    compiled = compileShapes(shapes) ?? null;
    compiledCache.set(shapes, compiled);
  }
  if (compiled) return { engine: 'fast', results: runEngine(store, compiled) };
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
