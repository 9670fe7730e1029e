// Virtuoso 7.2 reads our Turtle and TriG dumps of every fixture corpus and of a bench corpus (its Turtle
// loader, TTLP, is stricter than the grammar: `1.` ending a block reads as a decimal). Required in CI.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { StoreHttp } from '../src/store/http.js';
import { canonical } from './helpers.js';
import { buildBundle, fixtureCorpora } from './store-helpers.js';
import { hasVirtuoso, privateVirtuoso } from './virtuoso.js';

const inCi = process.env.CI === 'true';
const DBA = { user: 'dba', password: 'dba', scheme: 'digest' as const };
/** TTLP's flag for TriG input (named graphs kept as they are written). */
const TTLP_TRIG = 256;

describe.runIf(hasVirtuoso || inCi)('Virtuoso loads the Turtle and TriG dumps', () => {
  const virtuoso = privateVirtuoso();

  /** A SPARQL query's single number, asked anonymously (reads need no account). */
  const count = async (query: string) => {
    const url = `${virtuoso().base}/sparql?query=${encodeURIComponent(query)}`;
    const answer = await fetch(url, { headers: { Accept: 'application/sparql-results+json' } }).then((r) => r.json());
    return Number((answer as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]!.n.value);
  };
  const parse = (file: string) => new Parser({ format: file.endsWith('.trig') ? 'application/trig' : 'text/turtle' })
    .parse(readFileSync(file, 'utf8')) as Quad[];

  it.each(fixtureCorpora())('%s: dump.ttl is the graph, dump.trig the named graphs', async (name, inputs) => {
    const base = `https://example.org/${name}/`;
    const dir = path.join(virtuoso().dir, name);
    mkdirSync(dir);
    await buildBundle(inputs, base, dir);
    const graph = `urn:test:ttl:${name}`;
    virtuoso().isql(`DB.DBA.TTLP(file_to_string_output('${path.join(dir, 'dump.ttl')}'), '', '${graph}', 0)`);
    const held = new Parser().parse(await new StoreHttp(DBA).send('GET', `${virtuoso().gsp}?graph=${encodeURIComponent(graph)}`,
      { Accept: 'text/turtle' })) as Quad[];
    expect(await canonical(held)).toBe(await canonical(parse(path.join(dir, 'dump.ttl'))));

    const trig = parse(path.join(dir, 'dump.trig'));
    const defaultGraph = `urn:test:trig:${name}`;
    virtuoso().isql(`DB.DBA.TTLP(file_to_string_output('${path.join(dir, 'dump.trig')}'), '', '${defaultGraph}', ${TTLP_TRIG})`);
    const named = await count(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${base}graph/")) }`);
    const inDefault = await count(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${defaultGraph}> { ?s ?p ?o } }`);
    expect(named).toBe(trig.filter((q) => q.graph.termType === 'NamedNode').length);
    expect(inDefault).toBe(trig.filter((q) => q.graph.termType === 'DefaultGraph').length);
    expect(named).toBeGreaterThan(0);
  }, 120_000);
});
