// Results and errors as plain data, to cross between threads (terms as n3 ids), and back.
import type { DatasetCore } from '@rdfjs/types';
import { DataFactory, termFromId, termToId } from 'n3';
import { OfficeLdError, type ErrorKind, type Location } from '../errors.js';
import type { ShaclResult } from '../validate/engine.js';
import type { GraphIndex } from '../validate/graph-index.js';
import { locatedResults, type LocatedResult } from '../validate/validate.js';

/** An input error as plain data, to cross between threads. */
export interface ErrorData {
  kind: ErrorKind;
  what: string;
  where?: Location;
  expected?: string;
  raw?: string;
}

/** A validation result as plain data (terms as n3 ids). */
export interface ResultData {
  focus: string;
  path?: string;
  value?: string;
  severity: string;
  component: string;
  shape: string;
  messages: string[];
  where: LocatedResult['where'];
}

/** Validates a graph, keeping the results `keep` accepts, and times it. */
export async function timedResults(index: GraphIndex, shapes: DatasetCore, keep: (r: LocatedResult) => boolean = () => true) {
  const started = performance.now();
  const results = (await locatedResults(index, shapes)).filter(keep).map(resultData);
  return { results, validationMs: performance.now() - started };
}

/** A located result as plain data. */
export function resultData({ result, where }: LocatedResult): ResultData {
  const id = (term: { termType: string } | undefined) => (term ? termToId(term as never) : undefined);
  return {
    focus: id(result.focus)!, path: id(result.path), value: id(result.value), severity: id(result.severity)!,
    component: id(result.component)!, shape: id(result.shape)!, messages: result.messages, where,
  };
}

/** Plain data back to a located result. */
export function locatedResult(data: ResultData): LocatedResult {
  const term = (id: string) => termFromId(id, DataFactory as never);
  const result: ShaclResult = {
    focus: term(data.focus), path: data.path === undefined ? undefined : term(data.path) as ShaclResult['path'],
    value: data.value === undefined ? undefined : term(data.value), severity: term(data.severity) as ShaclResult['severity'],
    component: term(data.component) as ShaclResult['component'], shape: term(data.shape), messages: data.messages,
  };
  return { result, where: data.where };
}


/** An input error as plain data. */
export function errorData(error: OfficeLdError): ErrorData {
  return { kind: error.kind, what: error.what, where: error.where, expected: error.expected, raw: error.raw };
}

/** Plain data back to an error. */
export function errorFrom(data: ErrorData): OfficeLdError {
  return new OfficeLdError(data.kind, data.what, data.where, data.expected, data.raw);
}
