// The W3C SHACL Core test suite, every entry run through validateQuads with its own shapes; reports compared
// as graphs (blank nodes by isomorphism) after the reduction the suite prescribes.
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { shaclResults } from '../src/validate/shacl.js';
import { GraphIndex } from '../src/validate/graph-index.js';
import { compileOrExplain } from '../src/validate/shapes-model.js';
import { validateQuads } from '../src/validate/validate.js';
import { turtle } from './helpers.js';
import { canonicalReport, comparableReport, suiteEntries } from './w3c-suite.js';

const entries = suiteEntries();

describe('the W3C SHACL Core test suite through validateQuads', () => {
  it('has the 98 core tests, none expected to fail', () => {
    expect(entries).toHaveLength(98);
  });

  it.each(entries.map((e) => [e.name, e] as const))('%s', async (_name, entry) => {
    const { report } = await validateQuads(entry.data, entry.shapes);
    expect(await canonicalReport(comparableReport(report, entry.expected))).toBe(await canonicalReport(entry.expected));
  });
});

const PATH = 'a property path that is not an IRI';
/** The suite entries the fast engine does not take, with the construct that sends each to rdf-validate-shacl. */
const FALLBACK: Record<string, string> = {
  'complex/personexample': 'sh:closed', 'complex/shacl-shacl': PATH, 'node/closed-001': 'sh:closed',
  'node/closed-002': 'sh:closed', 'node/disjoint-001': 'sh:disjoint', 'node/equals-001': 'sh:equals',
  'node/languageIn-001': 'sh:languageIn', 'node/maxLength-001': 'sh:maxLength', 'node/minLength-001': 'sh:minLength',
  'node/qualified-001': 'sh:qualifiedValueShapesDisjoint', 'property/disjoint-001': 'sh:disjoint',
  'property/equals-001': 'sh:equals', 'property/languageIn-001': 'sh:languageIn', 'property/maxLength-001': 'sh:maxLength',
  'property/minLength-001': 'sh:minLength', 'property/qualifiedMinCountDisjoint-001': 'sh:qualifiedMaxCount',
  'property/qualifiedValueShape-001': 'sh:qualifiedMaxCount', 'property/qualifiedValueShapesDisjoint-001': 'sh:qualifiedMaxCount',
  ...Object.fromEntries(['alternative-001', 'complex-001', 'complex-002', 'inverse-001', 'oneOrMore-001', 'sequence-001',
    'sequence-002', 'sequence-duplicate-001', 'strange-001', 'strange-002', 'zeroOrMore-001', 'zeroOrOne-001']
    .map((name) => [`path/path-${name}`, PATH])),
};

describe('routing: the fast engine takes a suite entry exactly when it implements every construct in its shapes', () => {
  it('68 entries go to the fast engine, 30 to rdf-validate-shacl', () => {
    expect(entries.filter((e) => !FALLBACK[e.name])).toHaveLength(68);
    expect(Object.keys(FALLBACK).every((name) => entries.some((e) => e.name === name))).toBe(true);
  });

  it.each(entries.map((e) => [e.name, e] as const))('%s', async (name, entry) => {
    expect(compileOrExplain(entry.shapes).unsupported).toBe(FALLBACK[name]);
    const { engine } = await shaclResults(new GraphIndex(entry.data), entry.shapes);
    expect(engine).toBe(FALLBACK[name] ? 'reference' : 'fast');
  });
});

const SHAPES = `@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://ex.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .\n`;

describe('routing: each construct the fast engine does not implement sends the shapes to the fallback', () => {
  it.each([
    ['ex:S sh:targetNode ex:x ; sh:closed true .', 'sh:closed'],
    ['ex:S sh:target [ a ex:SPARQLTarget ] .', 'sh:target'],
    ['ex:S sh:targetNode ex:x ; sh:minCount 1 .', 'sh:minCount on a node shape'],
    ['ex:S sh:targetNode ex:x ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .', PATH],
    ['ex:S sh:targetNode ex:x ; sh:nodeKind sh:Nothing .', 'sh:nodeKind <http://www.w3.org/ns/shacl#Nothing>'],
    ['ex:S sh:targetNode ex:x ; sh:pattern "a" ; sh:flags "g" .', 'sh:pattern "a": unknown sh:flags letter "g"'],
    ['<> owl:imports <http://ex.org/more> . ex:S sh:targetNode ex:x ; sh:minLength 1 .', 'owl:imports'],
    ['ex:S a rdfs:Class ; sh:property [ sh:path ex:p ; sh:qualifiedValueShape [] ; sh:qualifiedMinCount 1 ] .', 'sh:qualifiedValueShape'],
    ['ex:S sh:targetNode ex:x ; sh:node [ sh:sparql [] ] .', 'sh:sparql'],
  ])('%s → %s', (shapes, why) => {
    expect(compileOrExplain(new Store(turtle(SHAPES + shapes))).unsupported).toBe(why);
  });

  it('shapes within the subset compile, implicit class targets included', () => {
    const compiled = compileOrExplain(new Store(turtle(SHAPES + 'ex:S a sh:NodeShape, rdfs:Class ; sh:nodeKind sh:BlankNode .')));
    expect(compiled.shapes?.map((s) => s.targets)).toEqual([[{ kind: 'class', term: expect.objectContaining({ value: 'http://ex.org/S' }) }]]);
  });
});
