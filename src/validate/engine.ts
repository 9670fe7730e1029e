// A fast SHACL Core engine for the constraint components office-ld's shapes use, over a light graph index.
// It answers as the SHACL spec and the W3C test suite say (tested); shapes it cannot compile go to
// rdf-validate-shacl instead.
import type { BlankNode, Literal, NamedNode, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { validateTerm } from 'rdf-validate-datatype';
import { PREFIXES, rdf } from '../vocab.js';
import { compareTerms } from './compare.js';
import { termKey, type GraphIndex } from './graph-index.js';
import type { Constraint, Shape } from './shapes-model.js';

/** One validation result, as SHACL defines it. */
export interface ShaclResult {
  focus: Term;
  path?: NamedNode | BlankNode;
  value?: Term;
  severity: NamedNode;
  component: NamedNode;
  shape: Term;
  messages: string[];
}

const SUBCLASS = PREFIXES.rdfs + 'subClassOf';
const COMPONENT = (name: string) =>
  DataFactory.namedNode(`${PREFIXES.sh}${name[0].toUpperCase()}${name.slice(1)}ConstraintComponent`);
/** Components evaluated once per property shape (no value node), as rdf-validate-shacl does. */
const PER_PROPERTY = new Set(['minCount', 'maxCount', 'hasValue', 'uniqueLang', 'lessThan', 'lessThanOrEquals']);
const MESSAGES: Record<string, string> = {
  datatype: 'Value does not have datatype {}',
  nodeKind: 'Value does not have node kind {}', minCount: 'Less than {} values', maxCount: 'More than {} values',
  hasValue: 'Missing expected value {}', node: 'Value does not have shape {}', not: 'Value does have shape {}',
  lessThan: 'Value is not less than value of {}', lessThanOrEquals: 'Value is not less than or equal to value of {}',
  minInclusive: 'Value is not greater than or equal to {}', maxInclusive: 'Value is not less than or equal to {}',
  minExclusive: 'Value is not greater than {}', maxExclusive: 'Value is not less than {}',
  in: 'Value is not one of the allowed values: {}', pattern: 'Value does not match pattern "{}"',
};

/** Validates a data graph against compiled shapes. */
export function runEngine(store: GraphIndex, shapes: Shape[]): ShaclResult[] {
  const engine = new Engine(store);
  const results: ShaclResult[] = [];
  for (const shape of shapes) {
    if (shape.deactivated) continue;
    for (const focus of engine.focusNodes(shape)) engine.validate(focus, shape, results);
  }
  return results;
}

class Engine {
  private readonly subclasses = new Map<string, Map<string, Term>>();

  constructor(private readonly store: GraphIndex) {}

  focusNodes(shape: Shape): Term[] {
    const found = new Map<string, Term>();
    const add = (terms: Term[]) => terms.forEach((t) => found.set(termKey(t), t));
    for (const target of shape.targets) {
      if (target.kind === 'node') add([target.term]);
      else if (target.kind === 'subjectsOf') add(this.store.subjects(target.term, null));
      else if (target.kind === 'objectsOf') add(this.store.allObjects(target.term));
      else for (const cls of this.classAndSubclasses(target.term).values()) add(this.store.subjects(rdf.type, cls));
    }
    return [...found.values()];
  }

  /** Validates one focus node; pushes results into `sink`, or (sink null) stops at the first error. */
  validate(focus: Term, shape: Shape, sink: ShaclResult[] | null): boolean {
    if (shape.deactivated) return false;
    const values = shape.path ? this.store.objects(focus, shape.path) : [focus];
    let error = false;
    for (const constraint of shape.constraints) {
      error = this.check(focus, values, shape, constraint, sink) || error;
      if (error && !sink) return true;
    }
    for (const property of shape.properties) {
      for (const value of values) {
        error = this.validate(value, property, sink) || error;
        if (error && !sink) return true;
      }
    }
    return error;
  }

  private conforms(node: Term, shape: Shape): boolean {
    return !this.validate(node, shape, null);
  }

  private check(focus: Term, values: Term[], shape: Shape, c: Constraint, sink: ShaclResult[] | null): boolean {
    const fail = (value?: Term, message?: string) => {
      sink?.push({
        focus, path: shape.path, value: c.component === 'hasValue' ? undefined : value, // no sh:value (node/hasValue-001)
        severity: shape.severity, component: COMPONENT(c.component), shape: shape.node,
        messages: message ? [message] : this.messages(shape, c),
      });
      return true;
    };
    if (PER_PROPERTY.has(c.component) && shape.path) return this.checkProperty(focus, values, c, fail);
    let error = false;
    for (const value of values) {
      if (!this.holds(value, c)) error = fail(value) || error;
      if (error && !sink) return true;
    }
    return error;
  }

  private checkProperty(focus: Term, values: Term[], c: Constraint, fail: (v?: Term, m?: string) => boolean): boolean {
    const n = Number(c.param.value);
    switch (c.component) {
      case 'minCount': return values.length < n ? fail() : false;
      case 'maxCount': return values.length > n ? fail() : false;
      case 'hasValue': return values.some((v) => v.equals(c.param)) ? false : fail();
      case 'uniqueLang': {
        if (c.param.value !== 'true') return false;
        const counts = new Map<string, number>();
        for (const v of values) {
          const lang = v.termType === 'Literal' ? (v as Literal).language : '';
          if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
        }
        let error = false;
        for (const [lang, count] of counts) if (count > 1) error = fail(undefined, `Language "${lang}" has been used by ${count} values`) || error;
        return error;
      }
      default: {
        const refs = this.store.objects(focus, c.param);
        let error = false;
        for (const value of values) {
          for (const ref of refs) {
            const cmp = compareTerms(value, ref);
            const bad = cmp === undefined || (c.component === 'lessThan' ? cmp >= 0 : cmp > 0);
            if (bad) error = fail(value) || error;
          }
        }
        return error;
      }
    }
  }

  /** True when a value node satisfies a per-value constraint. */
  private holds(value: Term, c: Constraint): boolean {
    switch (c.component) {
      case 'class': return this.isInstanceOf(value, c.param);
      case 'datatype': return value.termType === 'Literal' && (value as Literal).datatype.equals(c.param) && validateTerm(value);
      case 'nodeKind': return nodeKindMatches(value, c.param.value.slice(PREFIXES.sh.length));
      case 'node': return this.conforms(value, c.shape!);
      case 'not': return !this.conforms(value, c.shape!);
      case 'or': return c.shapes!.some((s) => this.conforms(value, s));
      case 'and': return c.shapes!.every((s) => this.conforms(value, s));
      case 'xone': return c.shapes!.filter((s) => this.conforms(value, s)).length === 1;
      case 'in': return c.values!.some((v) => v.equals(value));
      case 'pattern': return value.termType !== 'BlankNode' && c.regex!.test(value.value);
      case 'minCount': case 'maxCount': case 'hasValue': case 'uniqueLang': case 'lessThan': case 'lessThanOrEquals':
        return c.component === 'hasValue' ? value.equals(c.param) : true;
      default: {
        const cmp = compareTerms(value, c.param);
        if (cmp === undefined) return false;
        return { minInclusive: cmp >= 0, maxInclusive: cmp <= 0, minExclusive: cmp > 0, maxExclusive: cmp < 0 }[
          c.component as 'minInclusive'] ?? false;
      }
    }
  }

  private isInstanceOf(value: Term, cls: Term): boolean {
    if (value.termType === 'Literal') return false;
    const classes = this.classAndSubclasses(cls);
    return this.store.objects(value, rdf.type).some((type) => classes.has(termKey(type)));
  }

  /** A class and every class reaching it by rdfs:subClassOf in the data graph (blank nodes too), by key. */
  private classAndSubclasses(cls: Term): Map<string, Term> {
    let known = this.subclasses.get(termKey(cls));
    if (!known) {
      known = new Map([[termKey(cls), cls]]);
      const queue = [cls];
      while (queue.length) {
        for (const sub of this.store.subjects(SUBCLASS, queue.pop()!)) {
          if (!known.has(termKey(sub))) {
            known.set(termKey(sub), sub);
            queue.push(sub);
          }
        }
      }
      this.subclasses.set(termKey(cls), known);
    }
    return known;
  }

  private messages(shape: Shape, c: Constraint): string[] {
    if (shape.messages.length) return shape.messages.map((m) => m.value);
    const template = c.component === 'hasValue' && !shape.path ? 'Value must be {}' : MESSAGES[c.component];
    if (!template) return [];
    // Worded as rdf-validate-shacl words them: an IRI in <>, a literal as its text, and any blank node
    // (an sh:in list, a nested shape) as the members of the shape's sh:in, if it has one.
    const inList = () => listLabel(shape.constraints.find((k) => k.component === 'in')?.values ?? []);
    const label = c.param.termType === 'NamedNode' ? `<${c.param.value}>` : c.param.termType === 'BlankNode' ? inList() : c.param.value;
    return [template.replace('{}', label)];
  }
}

/** An sh:in list as rdf-validate-shacl words it: the distinct members' texts, the first three then a count. */
function listLabel(values: Term[]): string {
  const distinct = [...new Map(values.map((v) => [termKey(v), v.value])).values()];
  const more = distinct.length > 3 ? ` ... (and ${distinct.length - 3} more)` : '';
  return distinct.slice(0, distinct.length > 3 ? 3 : undefined).join(', ') + more;
}

function nodeKindMatches(value: Term, kind: string): boolean {
  const t = value.termType === 'NamedNode' ? 'IRI' : value.termType === 'BlankNode' ? 'BlankNode' : 'Literal';
  return kind === t || (kind.startsWith(t) || kind.endsWith(t)) && kind.includes('Or');
}
