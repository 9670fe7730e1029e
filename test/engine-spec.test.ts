// Regression tests for the fast engine, one minimal example per bug found (issue 16): each runs through
// validateQuads, must be taken by the fast engine, and gives exactly the results the SHACL spec says.
import type { Quad } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../src/validate/graph-index.js';
import { referenceResults, shaclResults } from '../src/validate/shacl.js';
import { validateQuads } from '../src/validate/validate.js';
import { turtle } from './helpers.js';

const PREFIXES = `@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://ex.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n`;
const EX = 'http://ex.org/';

/** A result as `focus path value component`, terms in N-Triples-like text, `-` where absent. */
async function results(data: Quad[], shapesText: string): Promise<string[]> {
  const shapes = new Store(turtle(PREFIXES + shapesText));
  expect((await shaclResults(new GraphIndex(data), shapes)).engine).toBe('fast');
  const { findings } = await validateQuads(data, shapes);
  return findings.map((f) => [f.focus, f.path ?? '-', f.value ?? '-', f.constraint].join(' ')).sort();
}

const data = (text: string) => turtle(PREFIXES + text);

describe('fast-engine bugs, each by its minimal example', () => {
  it('implicit class target: a shape that is also an rdfs:Class targets its instances (SHACL 2.1.3.3)', async () => {
    expect(await results(data('ex:x a ex:S .'), 'ex:S a sh:NodeShape, rdfs:Class ; sh:nodeKind sh:BlankNode .'))
      .toEqual([`${EX}x - <${EX}x> NodeKindConstraintComponent`]);
  });

  it('sh:hasValue on a node shape gives a result with no sh:value (test node/hasValue-001)', async () => {
    expect(await results([], 'ex:S a sh:NodeShape ; sh:hasValue "Test" ; sh:targetNode "Invalid String", "Test" .'))
      .toEqual(['Invalid String - - HasValueConstraintComponent']);
  });

  it('a class reached through a blank node in the rdfs:subClassOf chain counts, for targets and sh:class', async () => {
    const graph = data('ex:x a [ rdfs:subClassOf ex:C ] . ex:y ex:p ex:x .');
    expect(await results(graph, 'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:nodeKind sh:BlankNode .'))
      .toEqual([`${EX}x - <${EX}x> NodeKindConstraintComponent`]);
    expect(await results(graph, 'ex:S a sh:NodeShape ; sh:targetNode ex:y ; sh:property [ sh:path ex:p ; sh:class ex:C ] .'))
      .toEqual([]);
  });

  it('a literal whose text equals an IRI is not looked up as that IRI', async () => {
    expect(await results(data('ex:n0 ex:p 1 .'),
      'ex:S a sh:NodeShape ; sh:targetNode "http://ex.org/n0" ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .'))
      .toEqual([`http://ex.org/n0 ${EX}p - MinCountConstraintComponent`]);
  });

  it('focus nodes are told apart by language tag and datatype, not by text', async () => {
    expect(await results([], 'ex:S a sh:NodeShape ; sh:targetNode "chat"@en, "chat"@fr, "1", 1 ; sh:datatype xsd:boolean .'))
      .toEqual(['1 - "1" DatatypeConstraintComponent', '1 - "1"^^<http://www.w3.org/2001/XMLSchema#integer> DatatypeConstraintComponent',
        'chat - "chat"@en DatatypeConstraintComponent', 'chat - "chat"@fr DatatypeConstraintComponent']);
  });

  it('the same triple given twice, or in two graphs, counts once for sh:maxCount (a data graph is a set)', async () => {
    const [triple] = data('ex:x ex:p ex:y .');
    const { quad, namedNode } = DataFactory;
    const twice = [triple, triple, quad(triple.subject, triple.predicate, triple.object, namedNode(`${EX}g`)) as Quad];
    expect(await results(twice, 'ex:S a sh:NodeShape ; sh:targetNode ex:x ; sh:property [ sh:path ex:p ; sh:maxCount 1 ] .'))
      .toEqual([]);
  });

  it('sh:lessThan orders strings by code point and gives a result where SPARQL cannot compare', async () => {
    const graph = data(`ex:a ex:p "a" ; ex:q "B" . ex:b ex:p "B" ; ex:q "a" . ex:c ex:p "a"@en ; ex:q "b"@en .
      ex:d ex:p "2000-01-01"^^xsd:date ; ex:q "2001"^^xsd:gYear . ex:e ex:p "abc"^^xsd:integer ; ex:q 5 .`);
    expect(await results(graph, 'ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:p ; sh:property [ sh:path ex:p ; sh:lessThan ex:q ] .'))
      .toEqual([
        `${EX}a ${EX}p "a" LessThanConstraintComponent`, `${EX}c ${EX}p "a"@en LessThanConstraintComponent`,
        `${EX}d ${EX}p "2000-01-01"^^<http://www.w3.org/2001/XMLSchema#date> LessThanConstraintComponent`,
        `${EX}e ${EX}p "abc"^^<http://www.w3.org/2001/XMLSchema#integer> LessThanConstraintComponent`,
      ]);
  });

  it('range constraints give a result for ill-typed values and NaN, where comparison fails', async () => {
    const graph = data('ex:a ex:p "abc"^^xsd:integer, "NaN"^^xsd:double, 3, "2"^^xsd:decimal, "1.5e0"^^xsd:double, "2" .');
    expect(await results(graph, 'ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minInclusive 2 ] .'))
      .toEqual([
        `${EX}a ${EX}p "1.5e0"^^<http://www.w3.org/2001/XMLSchema#double> MinInclusiveConstraintComponent`,
        `${EX}a ${EX}p "2" MinInclusiveConstraintComponent`,
        `${EX}a ${EX}p "NaN"^^<http://www.w3.org/2001/XMLSchema#double> MinInclusiveConstraintComponent`,
        `${EX}a ${EX}p "abc"^^<http://www.w3.org/2001/XMLSchema#integer> MinInclusiveConstraintComponent`,
      ]);
  });

  it('range constraints compare integers and decimals exactly, and strings by code point', async () => {
    const graph = data('ex:a ex:p 100000000000000000000001, 100000000000000000000000.0 . ex:b ex:p "\uFFFF", "\u{10000}" .');
    expect(await results(graph, 'ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minExclusive 100000000000000000000000 ] .'))
      .toEqual([`${EX}a ${EX}p "100000000000000000000000.0"^^<http://www.w3.org/2001/XMLSchema#decimal> MinExclusiveConstraintComponent`]);
    expect(await results(graph, 'ex:S a sh:NodeShape ; sh:targetNode ex:b ; sh:property [ sh:path ex:p ; sh:maxExclusive "\u{10000}" ] .'))
      .toEqual([`${EX}b ${EX}p "\u{10000}" MaxExclusiveConstraintComponent`]);
  });

  it('sh:pattern "^.$" matches one emoji (one character in XPath), and sh:flags "x" is accepted', async () => {
    const graph = data('ex:a ex:p "😀", "ab" .');
    expect(await results(graph, 'ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:pattern "^.$" ] .'))
      .toEqual([`${EX}a ${EX}p "ab" PatternConstraintComponent`]);
    expect(await results(graph, 'ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:pattern "^ a b $" ; sh:flags "x" ] .'))
      .toEqual([`${EX}a ${EX}p "😀" PatternConstraintComponent`]);
  });

  it('sh:and on a property shape checks each value node (SHACL 4.6.3), where rdf-validate-shacl checks the focus', async () => {
    const graph = data('ex:x ex:p 1, "a" .');
    const shapes = 'ex:S a sh:NodeShape ; sh:targetNode ex:x ; sh:property [ sh:path ex:p ; sh:and ( [ sh:datatype xsd:integer ] ) ] .';
    expect(await results(graph, shapes)).toEqual([`${EX}x ${EX}p "a" AndConstraintComponent`]);
    const reference = await referenceResults(new Store(graph), new Store(turtle(PREFIXES + shapes)));
    expect(reference.map((r) => r.value?.value).sort()).toEqual(['1', 'a']);
  });

  it('a subclass cycle in the data ends (rdf-validate-shacl overflows its stack on it)', async () => {
    const graph = data('ex:x a ex:C . ex:C rdfs:subClassOf ex:D . ex:D rdfs:subClassOf ex:C .');
    expect(await results(graph, 'ex:S a sh:NodeShape ; sh:targetClass ex:D ; sh:nodeKind sh:BlankNode .'))
      .toEqual([`${EX}x - <${EX}x> NodeKindConstraintComponent`]);
  });
});
