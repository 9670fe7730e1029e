// Test helpers for the stores: a built corpus on disk, and SPARQL JSON results as comparable sets of rows.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../bench/corpus.js';
import { buildFromPaths } from '../src/build.js';
import { displayTerm, type JsonResults, type JsonTerm } from '../src/store/table.js';
import { FIXTURES, SEED, tempDir } from './helpers.js';

/** The articles of the query tests: the seed, the mayor fixture, and a deputy-mayor article sharing two holders. */
export const CORPUS = [SEED, path.join(FIXTURES, 'mayor.txt'), path.join(FIXTURES, 'queries')];

/** The fixture corpora the interop tests feed to other stores and parsers (the 36 real articles too), and a small bench corpus. */
export function fixtureCorpora(): [string, string[]][] {
  return [
    ['seed', [SEED]],
    ['articles', [path.join(FIXTURES, 'articles')]],
    ['corpus', [SEED, path.join(FIXTURES, 'corpus')]],
    ['queries', CORPUS],
    ['hostile', [path.join(FIXTURES, 'hostile-names.txt')]],
    ['real', [path.join(FIXTURES, 'real')]],
    ['bench', [benchCorpus(40)]],
  ];
}

/** A folder of `count` articles of the bench's generated corpus. */
export function benchCorpus(count: number): string {
  const dir = tempDir('office-ld-bench-corpus-');
  for (const article of generateCorpus(count, 7)) writeFileSync(path.join(dir, article.name), article.text);
  return dir;
}

/** Builds articles into a fresh output folder and returns the folder. */
export async function buildBundle(inputs: string[], base?: string, dir = tempDir('office-ld-bundle-')): Promise<string> {
  const result = await buildFromPaths(inputs, base ? { base } : {});
  for (const file of result.files) writeFileSync(path.join(dir, file.name), file.content);
  return dir;
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** One term in a form two engines agree on: tags lower-cased, plain literals as xsd:string, no "typed-literal". */
function normalTerm(term: JsonTerm): string {
  if (term.type === 'uri') return `<${term.value}>`;
  if (term.type === 'bnode') return '_:b';
  if (term['xml:lang']) return `${JSON.stringify(term.value)}@${term['xml:lang'].toLowerCase()}`;
  return `${JSON.stringify(term.value)}^^<${term.datatype ?? XSD_STRING}>`;
}

/** The rows of a SELECT answer as a sorted list of canonical strings (a set), or the ASK boolean. */
export function answerSet(results: JsonResults): string[] {
  if (results.boolean !== undefined) return [String(results.boolean)];
  const vars = results.head.vars ?? [];
  const rows = (results.results?.bindings ?? []).map((row) =>
    vars.map((v) => `${v}=${row[v] ? normalTerm(row[v]) : ''}`).join(' '));
  return [...new Set(rows)].sort();
}

/** The rows of a SELECT answer as objects of display strings (prefixed names, `"text"@en`), in order. */
export function rows(results: JsonResults): Record<string, string>[] {
  const vars = results.head.vars ?? [];
  return (results.results?.bindings ?? []).map((row) =>
    Object.fromEntries(vars.filter((v) => row[v]).map((v) => [v, displayTerm(row[v])])));
}
