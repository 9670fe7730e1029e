// SHACL shapes graph → a compiled model the fast engine walks: shapes, their targets and constraints.
import type { DatasetCore, Literal, NamedNode, Term } from '@rdfjs/types';
import { Store } from 'n3';
import { PREFIXES, rdf, sh } from '../vocab.js';
import { UnsupportedPattern, xpathRegExp } from './xpath-regex.js';

/** One constraint of a shape: its component, its parameter and (for sh:or/xone/and) its shape list. */
export interface Constraint {
  component: string;
  param: Term;
  shapes?: Shape[];
  shape?: Shape;
  values?: Term[];
  /** sh:pattern with its sh:flags, read as XPath does. */
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

/** Constraint parameters the fast engine implements; any other SHACL term on a shape sends the graph to the fallback. */
const PARAMETERS = new Set([
  'class', 'datatype', 'nodeKind', 'minCount', 'maxCount', 'hasValue', 'uniqueLang', 'node', 'not', 'or', 'xone',
  'and', 'lessThan', 'lessThanOrEquals', 'minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive', 'in',
  'pattern',
]);
/** Parameters SHACL allows on property shapes only. */
const PROPERTY_ONLY = new Set(['minCount', 'maxCount', 'uniqueLang', 'lessThan', 'lessThanOrEquals']);
const TARGETS = { targetClass: 'class', targetNode: 'node', targetSubjectsOf: 'subjectsOf', targetObjectsOf: 'objectsOf' } as const;
/** Non-validating shape terms, and sh:flags (read with sh:pattern). */
const ANNOTATIONS = new Set(['name', 'description', 'order', 'group', 'defaultValue', 'flags']);
/** Every SHACL Core parameter (SHACL 4): a node with one of these is a shape. */
const CORE_PARAMETERS = new Set([
  ...PARAMETERS, 'minLength', 'maxLength', 'languageIn', 'equals', 'disjoint', 'closed', 'ignoredProperties',
  'qualifiedValueShape', 'qualifiedMinCount', 'qualifiedMaxCount', 'qualifiedValueShapesDisjoint', 'property',
  'path', 'sparql', 'flags', 'deactivated',
]);
const NODE_KINDS = new Set(['IRI', 'BlankNode', 'Literal', 'BlankNodeOrIRI', 'BlankNodeOrLiteral', 'IRIOrLiteral']);
const SHAPE_TYPES = new Set([sh.iri + 'NodeShape', sh.iri + 'PropertyShape']);
const RDFS_CLASS = PREFIXES.rdfs + 'Class';
const SUBCLASS = PREFIXES.rdfs + 'subClassOf';
const OWL_IMPORTS = PREFIXES.owl + 'imports';
const PATH = PREFIXES.sh + 'path';

/** A shapes graph compiled for the fast engine (`shapes`), or why the fast engine does not take it (`unsupported`). */
export interface Compiled {
  shapes?: Shape[];
  unsupported?: string;
}

/** Compiles a shapes graph, or returns undefined when it uses anything the fast engine does not support. */
export function compileShapes(dataset: DatasetCore): Shape[] | undefined {
  return compileOrExplain(dataset).shapes;
}

/**
 * Compiles a shapes graph; when any shape in it uses a construct the engine does not implement (a
 * parameter, a target kind, a path that is not an IRI, a pattern XPath would not read, owl:imports),
 * says which instead. Shapes that are also classes get their implicit class target (SHACL 2.1.3.3).
 */
export function compileOrExplain(dataset: DatasetCore): Compiled {
  const graph = new Store([...dataset]);
  if (graph.countQuads(null, OWL_IMPORTS, null, null) > 0) return { unsupported: 'owl:imports' };
  const roots = new Map<string, Term>();
  for (const quad of graph) {
    const name = quad.predicate.value.startsWith(sh.iri) ? quad.predicate.value.slice(sh.iri.length) : '';
    const typed = quad.predicate.equals(rdf.type) && SHAPE_TYPES.has(quad.object.value);
    if (typed || name.startsWith('target') || CORE_PARAMETERS.has(name)) roots.set(key(quad.subject), quad.subject);
  }
  const context: Context = { graph, compiled: new Map(), classes: classTerms(graph) };
  const shapes = [...roots.values()].map((node) => compile(node, context));
  return context.unsupported ? { unsupported: context.unsupported } : { shapes };
}

interface Context {
  graph: Store;
  compiled: Map<string, Shape>;
  /** Keys of the SHACL instances of rdfs:Class in the shapes graph. */
  classes: Set<string>;
  unsupported?: string;
}

/** Keys of the nodes typed rdfs:Class, or typed with a class that is rdfs:subClassOf* rdfs:Class, in the shapes graph. */
function classTerms(graph: Store): Set<string> {
  const metaclasses = new Set([RDFS_CLASS]);
  for (let queue = [RDFS_CLASS]; queue.length;) {
    for (const sub of graph.getSubjects(SUBCLASS, queue.pop()!, null)) {
      if (sub.termType !== 'NamedNode' || metaclasses.has(sub.value)) continue;
      metaclasses.add(sub.value);
      queue.push(sub.value);
    }
  }
  const classes = new Set<string>();
  for (const metaclass of metaclasses) for (const node of graph.getSubjects(rdf.type, metaclass, null)) classes.add(key(node));
  return classes;
}

function compile(node: Term, context: Context): Shape {
  const known = context.compiled.get(key(node));
  if (known) return known;
  const { graph } = context;
  const shape: Shape = {
    node, severity: sh.Violation, messages: [], targets: [], constraints: [], properties: [], deactivated: false,
  };
  context.compiled.set(key(node), shape);
  const refuse = (why: string) => (context.unsupported ??= why);
  if (context.classes.has(key(node))) shape.targets.push({ kind: 'class', term: node });
  const quads = graph.getQuads(node, null, null, null);
  shape.path = quads.find((q) => q.predicate.value === PATH)?.object as NamedNode | undefined;
  if (shape.path && shape.path.termType !== 'NamedNode') refuse('a property path that is not an IRI');
  for (const { predicate, object } of quads) {
    const name = predicate.value.startsWith(PREFIXES.sh) ? predicate.value.slice(PREFIXES.sh.length) : '';
    if (!name || name === 'path' || ANNOTATIONS.has(name)) continue;
    if (name === 'severity') shape.severity = object as NamedNode;
    else if (name === 'message') shape.messages.push(object as Literal);
    else if (name === 'deactivated') shape.deactivated = object.value === 'true';
    else if (name.startsWith('target')) {
      const kind = TARGETS[name as keyof typeof TARGETS];
      if (kind) shape.targets.push({ kind, term: object });
      else refuse(`sh:${name}`);
    } else if (name === 'property') shape.properties.push(compile(object, context));
    else if (!PARAMETERS.has(name)) refuse(`sh:${name}`);
    else if (PROPERTY_ONLY.has(name) && !shape.path) refuse(`sh:${name} on a node shape`);
    else shape.constraints.push(constraint(node, name, object, context));
  }
  return shape;
}

function constraint(node: Term, name: string, param: Term, context: Context): Constraint {
  const c: Constraint = { component: name, param };
  if (name === 'or' || name === 'xone' || name === 'and') c.shapes = list(param, context.graph).map((m) => compile(m, context));
  else if (name === 'node' || name === 'not') c.shape = compile(param, context);
  else if (name === 'in') c.values = list(param, context.graph);
  else if (name === 'nodeKind' && !NODE_KINDS.has(param.value.slice(PREFIXES.sh.length))) context.unsupported ??= `sh:nodeKind <${param.value}>`;
  else if (name === 'pattern') {
    try {
      c.regex = xpathRegExp(param.value, context.graph.getObjects(node, `${PREFIXES.sh}flags`, null)[0]?.value);
    } catch (error) {
      if (!(error instanceof UnsupportedPattern)) throw error;
      context.unsupported ??= `sh:pattern "${param.value}": ${error.message}`;
    }
  }
  return c;
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
