// SHACL shapes graph → a compiled model the fast engine walks: shapes, their targets and constraints.
import type { DatasetCore, Literal, NamedNode, Term } from '@rdfjs/types';
import { Store } from 'n3';
import { PREFIXES, rdf, sh } from '../vocab.js';

/** One constraint of a shape: its component, its parameter and (for sh:or/xone/and) its shape list. */
export interface Constraint {
  component: string;
  param: Term;
  shapes?: Shape[];
  shape?: Shape;
  values?: Term[];
  /** sh:pattern with its sh:flags. */
  regex?: RegExp;
}

/** A node or property shape, compiled. */
export interface Shape {
  node: Term;
  path?: NamedNode;
  severity: NamedNode;
  messages: Literal[];
  targets: { kind: 'class' | 'node' | 'subjectsOf' | 'objectsOf'; term: Term }[];
  constraints: Constraint[];
  properties: Shape[];
  deactivated: boolean;
}

/** Shape-describing predicates the fast engine understands; any other sh: term means "use the reference engine". */
const PARAMETERS = new Set([
  'class', 'datatype', 'nodeKind', 'minCount', 'maxCount', 'hasValue', 'uniqueLang', 'node', 'not', 'or', 'xone',
  'and', 'lessThan', 'lessThanOrEquals', 'minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive', 'in',
  'pattern',
]);
const ANNOTATIONS = new Set([
  'targetClass', 'targetNode', 'targetSubjectsOf', 'targetObjectsOf', 'property', 'path', 'message', 'severity',
  'name', 'description', 'order', 'group', 'deactivated', 'defaultValue', 'flags',
]);
const SHAPE_TYPES = new Set([sh.iri + 'NodeShape', sh.iri + 'PropertyShape']);

/** Compiles a shapes graph, or returns undefined when it uses anything the fast engine does not support. */
export function compileShapes(dataset: DatasetCore): Shape[] | undefined {
  const graph = new Store([...dataset]);
  const compiled = new Map<string, Shape>();
  const unsupported = { found: false };
  const shapeNodes = new Set<string>();
  const roots: Term[] = [];
  for (const quad of graph) {
    const isTarget = quad.predicate.value.startsWith(sh.iri + 'target');
    const typed = quad.predicate.equals(rdf.type) && SHAPE_TYPES.has(quad.object.value);
    if ((isTarget || typed) && !shapeNodes.has(key(quad.subject))) {
      shapeNodes.add(key(quad.subject));
      roots.push(quad.subject);
    }
  }
  const shapes = roots.map((node) => compile(node, graph, compiled, unsupported));
  return unsupported.found ? undefined : shapes;
}

function compile(node: Term, graph: Store, compiled: Map<string, Shape>, unsupported: { found: boolean }): Shape {
  const known = compiled.get(key(node));
  if (known) return known;
  const shape: Shape = {
    node, severity: sh.Violation, messages: [], targets: [], constraints: [], properties: [], deactivated: false,
  };
  compiled.set(key(node), shape);
  for (const quad of graph.getQuads(node, null, null, null)) {
    const name = quad.predicate.value.startsWith(PREFIXES.sh) ? quad.predicate.value.slice(PREFIXES.sh.length) : '';
    const object = quad.object;
    if (!name) continue;
    if (name === 'path') {
      if (object.termType !== 'NamedNode') unsupported.found = true;
      else shape.path = object;
    } else if (name === 'severity') shape.severity = object as NamedNode;
    else if (name === 'message') shape.messages.push(object as Literal);
    else if (name === 'deactivated') shape.deactivated = object.value === 'true';
    else if (name.startsWith('target')) {
      const kind = ({ targetClass: 'class', targetNode: 'node', targetSubjectsOf: 'subjectsOf', targetObjectsOf: 'objectsOf' } as const)[name];
      if (kind) shape.targets.push({ kind, term: object });
    } else if (name === 'property') shape.properties.push(compile(object, graph, compiled, unsupported));
    else if (PARAMETERS.has(name)) {
      const constraint: Constraint = { component: name, param: object };
      if (name === 'or' || name === 'xone' || name === 'and') {
        constraint.shapes = list(object, graph).map((member) => compile(member, graph, compiled, unsupported));
      } else if (name === 'node' || name === 'not') {
        constraint.shape = compile(object, graph, compiled, unsupported);
      } else if (name === 'in') {
        constraint.values = list(object, graph);
      } else if (name === 'pattern') {
        constraint.regex = new RegExp(object.value, graph.getObjects(node, `${PREFIXES.sh}flags`, null)[0]?.value);
      }
      shape.constraints.push(constraint);
    } else if (!ANNOTATIONS.has(name)) unsupported.found = true;
  }
  return shape;
}

/** The members of an RDF list. */
export function list(head: Term, graph: Store): Term[] {
  const items: Term[] = [];
  let node = head;
  while (node.value !== rdf.iri + 'nil') {
    const first = graph.getObjects(node, rdf.iri + 'first', null)[0];
    const rest = graph.getObjects(node, rdf.iri + 'rest', null)[0];
    if (!first || !rest) break;
    items.push(first);
    node = rest;
  }
  return items;
}

function key(term: Term): string {
  return `${term.termType}:${term.value}`;
}
