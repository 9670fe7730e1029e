// The W3C SHACL Core test suite, every entry run through validateQuads with its own shapes; reports compared
// as graphs (blank nodes by isomorphism) after the reduction the suite prescribes.
import { describe, expect, it } from 'vitest';
import { shaclResults } from '../src/validate/shacl.js';
import { GraphIndex } from '../src/validate/graph-index.js';
import { validateQuads } from '../src/validate/validate.js';
import { canonicalReport, comparableReport, suiteEntries } from './w3c-suite.js';

const entries = suiteEntries();

describe('the W3C SHACL Core test suite through validateQuads', () => {
  it('has the 98 core tests', () => {
    expect(entries).toHaveLength(98);
  });

  it.each(entries.map((e) => [e.name, e] as const))('%s', async (_name, entry) => {
    const { report } = await validateQuads(entry.data, entry.shapes);
    expect(await canonicalReport(comparableReport(report, entry.expected))).toBe(await canonicalReport(entry.expected));
  });
});

describe('routing', () => {
  it.each(entries.map((e) => [e.name, e] as const))('%s', async (_name, entry) => {
    const { engine } = await shaclResults(new GraphIndex(entry.data), entry.shapes);
    console.log('ROUTE', entry.name, engine);
  });
});
