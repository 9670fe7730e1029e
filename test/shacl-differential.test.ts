// Differential fuzzing: random data and random shapes within the subset the fast engine claims give exactly
// rdf-validate-shacl's results (focus, path, value, severity, component, shape, messages). Where
// rdf-validate-shacl is wrong by the spec, the generator stays clear (see test/shacl-arbitraries.ts) and
// test/engine-spec.test.ts and the W3C suite hold the spec's answer.
import type { Quad, Term } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import type { ShaclResult } from '../src/validate/engine.js';
import { GraphIndex } from '../src/validate/graph-index.js';
import { referenceResults, shaclResults } from '../src/validate/shacl.js';
import { dataGraph, shapesGraph } from './shacl-arbitraries.js';

/** Random cases per run: at least 2,000 in CI. */
const RUNS = Number(process.env.SHACL_FUZZ_RUNS ?? 2000);
/**
 * Cases validated together, each case's IRIs, blank nodes and IRI-like literals renamed apart: building an
 * rdf-validate-shacl validator costs ~20 ms, validating a tiny case well under 1 ms.
 */
const BATCH = 10;
const EX = 'http://ex.org/';

function term(t: Term | undefined): string {
  if (!t) return '-';
  if (t.termType !== 'Literal') return `${t.termType}:${t.value}`;
  const l = t as Term & { language: string; datatype: { value: string } };
  return `"${l.value}"@${l.language}^^${l.datatype.value}`;
}

function keys(results: ShaclResult[]): string[] {
  return results.map((r) => [r.focus, r.path, r.value, r.severity, r.component, r.shape].map(term).join(' | ')
    + ` | ${r.messages.join(';')}`).sort();
}

/** A term of case `k`, renamed apart from every other case's. */
function renamed<T extends Term>(t: T, k: number): T {
  const { blankNode, literal, namedNode } = DataFactory;
  if (t.termType === 'BlankNode') return blankNode(`k${k}_${t.value}`) as unknown as T;
  if (!t.value.startsWith(EX)) return t;
  const value = `${EX}${k}/${t.value.slice(EX.length)}`;
  if (t.termType === 'NamedNode') return namedNode(value) as unknown as T;
  const l = t as unknown as { language: string; datatype: { value: string } };
  return literal(value, l.language || namedNode(l.datatype.value)) as unknown as T;
}

function renamedQuads(quads: Quad[], k: number): Quad[] {
  return quads.map((q) => DataFactory.quad(renamed(q.subject, k), q.predicate, renamed(q.object, k)) as Quad);
}

/** The case a result's source shape comes from. */
function caseOf(shape: Term): number {
  return Number(shape.termType === 'BlankNode' ? shape.value.slice(1, shape.value.indexOf('_')) : shape.value.slice(EX.length).split('/')[0]);
}

describe('the fast engine against rdf-validate-shacl', () => {
  it(`gives the same results on ${RUNS} random data and shapes graphs`, async () => {
    const batches = fc.array(fc.tuple(dataGraph, shapesGraph), { minLength: BATCH, maxLength: BATCH });
    let cases = 0;
    await fc.assert(fc.asyncProperty(batches, async (batch) => {
      const data = batch.flatMap(([d], k) => renamedQuads(d, k));
      const shapes = new Store(batch.flatMap(([, s], k) => renamedQuads(s, k)));
      const fast = await shaclResults(new GraphIndex(data), shapes);
      expect(fast.engine).toBe('fast');
      const reference = await referenceResults(new Store(data), shapes);
      const byCase = (rs: ShaclResult[]) => batch.map((_, k) => keys(rs.filter((r) => caseOf(r.shape) === k)));
      expect(byCase(fast.results)).toEqual(byCase(reference));
      cases += batch.length;
    }), { numRuns: Math.ceil(RUNS / BATCH) });
    expect(cases).toBeGreaterThanOrEqual(RUNS);
  }, 600_000);
});
