// fast-check arbitraries for differential SHACL testing: small data graphs and random shapes graphs within the
// subset the fast engine claims, over one tiny vocabulary so that shapes and data meet often.
import type { Quad, Term } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Writer } from 'n3';

const { blankNode, literal, namedNode, quad } = DataFactory;
const ex = (name: string) => namedNode(`http://ex.org/${name}`);
const sh = (name: string) => namedNode(`http://www.w3.org/ns/shacl#${name}`);
const xsd = (name: string) => namedNode(`http://www.w3.org/2001/XMLSchema#${name}`);
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const SUBCLASS = namedNode('http://www.w3.org/2000/01/rdf-schema#subClassOf');
const RDFS_CLASS = namedNode('http://www.w3.org/2000/01/rdf-schema#Class');

const NODES: Term[] = [ex('n0'), ex('n1'), ex('n2'), blankNode('b0'), blankNode('b1')];
const CLASSES: Term[] = [ex('C0'), ex('C1'), blankNode('c2')];
const PREDICATES = [ex('p'), ex('q')];
/** Predicates whose values are only numbers and lower-case strings, so both engines can order them. */
const ORDERED = [ex('lo'), ex('hi')];
const ORDERED_VALUES: Term[] = [0, 1, 2].map((n) => literal(String(n), xsd('integer')))
  .concat([literal('1.5', xsd('decimal')), literal('a'), literal('ab'), literal('b')]);
const LITERALS: Term[] = [
  literal('1', xsd('integer')), literal('a'), literal('b'), literal('a', 'en'), literal('a', 'fr'), literal('b', 'en'),
  literal('true', xsd('boolean')), literal('http://ex.org/n0'),
];
const TERMS = [...NODES, ...LITERALS];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
/** A value one time in five, else undefined. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** A data graph: typed nodes, subclass links (blank classes too), values, some triples given twice. */
export const dataGraph: fc.Arbitrary<Quad[]> = fc.tuple(
  fc.array(fc.tuple(pick(NODES), pick(CLASSES)).map(([s, c]) => quad(s as never, RDF_TYPE, c as never) as Quad), { maxLength: 5 }),
  // Acyclic (a class below one listed before it): rdf-validate-shacl overflows its stack on a subclass cycle.
  fc.array(fc.tuple(fc.nat(2), fc.nat(1)).filter(([a, b]) => b < a).map(([a, b]) => quad(CLASSES[a] as never, SUBCLASS, CLASSES[b] as never) as Quad), { maxLength: 2 }),
  fc.array(fc.tuple(pick(NODES), pick(PREDICATES), pick(TERMS)).map(([s, p, o]) => quad(s as never, p, o as never) as Quad), { maxLength: 10 }),
  fc.array(fc.tuple(pick(NODES), pick(ORDERED), pick(ORDERED_VALUES)).map(([s, p, o]) => quad(s as never, p, o as never) as Quad), { maxLength: 5 }),
).chain((parts) => {
  const quads = parts.flat();
  return fc.subarray(quads, { maxLength: Math.min(2, quads.length) }).map((again) => readable([...quads, ...again]));
});

/** One constraint: a parameter name and its value (a term, a term list, a nested shape or a shape list); one per name a shape. */
type ConstraintSpec = [string, Term | Term[] | ShapeSpec | ShapeSpec[]];

/** A shape before it becomes triples. */
interface ShapeSpec {
  path?: Term;
  constraints: ConstraintSpec[];
  properties: ShapeSpec[];
  severity?: Term;
  message?: string;
  deactivated?: boolean;
}

const valueConstraint: fc.Arbitrary<ConstraintSpec> = fc.oneof(
  fc.tuple(fc.constant('class'), pick(CLASSES)),
  fc.tuple(fc.constant('datatype'), pick([xsd('integer'), xsd('string'), xsd('boolean'), xsd('decimal'),
    namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#langString')])),
  fc.tuple(fc.constant('nodeKind'), pick(['IRI', 'BlankNode', 'Literal', 'BlankNodeOrIRI', 'BlankNodeOrLiteral', 'IRIOrLiteral'].map(sh))),
  fc.tuple(fc.constant('hasValue'), pick(TERMS)),
  fc.tuple(fc.constant('in'), fc.subarray(TERMS, { minLength: 1, maxLength: 3 })),
  fc.tuple(fc.constant('pattern'), pick(['^a', 'b', '^[a-b]+$', 'n1$', '^$', 'A']).map((p) => literal(p))),
  fc.tuple(pick(['minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive']), pick(ORDERED_VALUES.slice(0, 3))),
) as fc.Arbitrary<ConstraintSpec>;

const propertyOnly: fc.Arbitrary<ConstraintSpec> = fc.oneof(
  fc.tuple(pick(['minCount', 'maxCount']), pick([0, 1, 2]).map((n) => literal(String(n), xsd('integer')))),
  fc.tuple(fc.constant('uniqueLang'), fc.constant(literal('true', xsd('boolean')))),
) as fc.Arbitrary<ConstraintSpec>;

/** Shapes nested up to `depth` levels (sh:node, sh:not, sh:and/or/xone, sh:property). */
function shape(depth: number, property: boolean): fc.Arbitrary<ShapeSpec> {
  const nested = depth > 0 ? [
    fc.tuple(pick(['node', 'not']), fc.boolean().chain((p) => shape(depth - 1, p))),
    // sh:and only on node shapes: on a property shape rdf-validate-shacl checks the focus against each member
    // with the outer path instead of each value node (SHACL 4.6.3); test/engine-spec.test.ts holds the spec's answer.
    fc.tuple(pick(property ? ['or', 'xone'] : ['and', 'or', 'xone']),
      fc.array(fc.boolean().chain((p) => shape(depth - 1, p)), { minLength: 1, maxLength: 3 })),
  ] : [];
  const constraint = fc.oneof(valueConstraint, ...(property ? [propertyOnly] : []), ...nested) as fc.Arbitrary<ConstraintSpec>;
  const comparison = fc.tuple(pick(['lessThan', 'lessThanOrEquals']), pick(ORDERED)) as fc.Arbitrary<ConstraintSpec>;
  const path = property ? fc.boolean().chain((ordered) => fc.tuple(
    pick(ordered ? ORDERED : [...PREDICATES, ...ORDERED]),
    fc.uniqueArray(ordered ? fc.oneof(constraint, comparison) : constraint, { maxLength: 3, selector: ([name]) => name }),
  )) : fc.tuple(fc.constant(undefined), fc.uniqueArray(constraint, { minLength: 1, maxLength: 3, selector: ([name]) => name }));
  return fc.record({
    spec: path,
    properties: depth > 0 ? fc.array(shape(depth - 1, true), { maxLength: 2 }) : fc.constant([]),
    severity: rarely(pick([sh('Warning'), sh('Info')])),
    message: rarely(fc.constant('custom message')),
    deactivated: rarely(fc.constant(true)),
  }).map(({ spec: [p, constraints], ...rest }) => ({ path: p, constraints, ...rest }));
}

const TARGETS = fc.oneof(
  fc.tuple(fc.constant('targetNode'), pick([...TERMS, literal('a', 'en'), literal('2', xsd('integer'))])),
  fc.tuple(fc.constant('targetClass'), pick(CLASSES.filter((c) => c.termType === 'NamedNode'))),
  fc.tuple(pick(['targetSubjectsOf', 'targetObjectsOf']), pick([...PREDICATES, ...ORDERED])),
);

/** A shapes graph of one to three top-level shapes with targets (ex:C0 may be a shape and a class: implicit target). */
export const shapesGraph: fc.Arbitrary<Quad[]> = fc.array(fc.tuple(
  fc.boolean(), fc.array(TARGETS, { maxLength: 2 }), fc.boolean().chain((p) => shape(2, p)),
), { minLength: 1, maxLength: 3 }).map((tops) => {
  const quads: Quad[] = [];
  let blanks = 0;
  const emit = (node: Term, spec: ShapeSpec) => {
    const add = (p: Term, o: Term) => quads.push(quad(node as never, p as never, o as never) as Quad);
    add(RDF_TYPE, sh(spec.path ? 'PropertyShape' : 'NodeShape'));
    if (spec.path) add(sh('path'), spec.path);
    if (spec.severity) add(sh('severity'), spec.severity);
    if (spec.message) add(sh('message'), literal(spec.message));
    if (spec.deactivated) add(sh('deactivated'), literal('true', xsd('boolean')));
    for (const property of spec.properties) add(sh('property'), child(property));
    for (const [name, param] of spec.constraints) {
      if (Array.isArray(param)) add(sh(name), list(param.map((p) => ('constraints' in p ? child(p) : p))));
      else add(sh(name), 'constraints' in param ? child(param) : param);
    }
  };
  const child = (spec: ShapeSpec) => {
    const node = blankNode(`s${blanks++}`);
    emit(node, spec);
    return node;
  };
  const list = (items: Term[]): Term => {
    let head: Term = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#nil');
    for (const item of [...items].reverse()) {
      const cell = blankNode(`l${blanks++}`);
      quads.push(quad(cell, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#first'), item as never) as Quad);
      quads.push(quad(cell, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#rest'), head as never) as Quad);
      head = cell;
    }
    return head;
  };
  tops.forEach(([implicit, targets, spec], i) => {
    const node = implicit && i === 0 ? ex('C0') : ex(`S${i}`);
    if (node.value.endsWith('C0')) quads.push(quad(node, RDF_TYPE, RDFS_CLASS) as Quad);
    for (const [name, term] of targets) quads.push(quad(node, sh(name), term as never) as Quad);
    emit(node, spec);
  });
  return readable(quads);
});

/** Quads that fast-check prints as N-Triples in a counterexample. */
function readable(quads: Quad[]): Quad[] {
  return Object.assign(quads, { [fc.toStringMethod]: () => '\n' + new Writer({ format: 'N-Triples' }).quadsToString(quads) });
}
