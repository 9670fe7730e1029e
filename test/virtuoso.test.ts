// A real server: office-ld load into a private Virtuoso by the Graph Store Protocol, and the shipped queries
// answering the same on Virtuoso as on the embedded Oxigraph. Runs where virtuoso-t is installed; required in CI.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTriples, select, type GraphStoreTarget } from '../src/store/gsp.js';
import { StoreHttp } from '../src/store/http.js';
import { openBundleStore, runQuery } from '../src/store/oxigraph.js';
import type { JsonResults } from '../src/store/table.js';
import { canonical, CLI, FIXTURES, ROOT, runCli, SEED, tempDir } from './helpers.js';
import { answerSet, buildBundle, CORPUS } from './store-helpers.js';
import { hasVirtuoso, startVirtuoso, type Virtuoso } from './virtuoso.js';

const inCi = process.env.CI === 'true';
const QUERIES = path.join(ROOT, 'queries');
const DBA = { user: 'dba', password: 'dba', scheme: 'digest' as const };

it.runIf(inCi)('virtuoso-t is installed in CI', () => {
  expect(hasVirtuoso).toBe(true);
});

describe.runIf(hasVirtuoso || inCi)('Virtuoso by the Graph Store Protocol', () => {
  let server: Virtuoso;
  let seed: string;
  let corpus: string;
  beforeAll(async () => {
    [server, seed, corpus] = await Promise.all([startVirtuoso(), buildBundle([SEED]), buildBundle(CORPUS)]);
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  const target = (graph: string): GraphStoreTarget => ({ endpoint: server.gsp, sparql: server.sparql, graph, credentials: DBA });
  const load = (data: string, graph: string, ...more: string[]) =>
    runCli(['load', '--data', data, '--endpoint', server.gsp, '--sparql', server.sparql, '--graph', graph, ...more], { env: server.env });
  const dumpQuads = (dir: string) => new Parser().parse(readFileSync(path.join(dir, 'dump.nt'), 'utf8')) as Quad[];
  /** The graph as the server holds it, by a Graph Store Protocol GET. */
  const graphQuads = async (graph: string) => {
    const url = `${server.gsp}?graph=${encodeURIComponent(graph)}`;
    return new Parser().parse(await new StoreHttp(DBA).send('GET', url, { Accept: 'text/turtle' })) as Quad[];
  };

  it("loads the seed bundle: the graph's count equals the dump's, and the graph is the dump", async () => {
    const run = load(seed, 'urn:test:seed');
    expect(run.code).toBe(0);
    const triples = dumpQuads(seed).length;
    expect(run.stdout).toContain(`sent ${triples} triples in 1 request; the graph held 0 triples before, ${triples} now`);
    expect(await countTriples(target('urn:test:seed'))).toBe(triples);
    expect(await canonical(await graphQuads('urn:test:seed'))).toBe(await canonical(dumpQuads(seed)));
  });

  it('--replace twice, in chunks, is idempotent', async () => {
    const triples = dumpQuads(seed).length;
    for (let i = 0; i < 2; i += 1) {
      const run = load(seed, 'urn:test:twice', '--replace', '--chunk', '100');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`sent ${triples} triples in ${Math.ceil(triples / 100)} requests`);
      expect(run.stdout).toContain(`${i === 0 ? 0 : triples} triples before, ${triples} now`);
    }
    expect(await canonical(await graphQuads('urn:test:twice'))).toBe(await canonical(dumpQuads(seed)));
  });

  it('--append adds to the graph, in chunks; --update gets the ADD from the temporary graph', async () => {
    const mayor = await buildBundle([path.join(FIXTURES, 'mayor.txt')]);
    expect(load(seed, 'urn:test:append').code).toBe(0);
    // Virtuoso's anonymous /sparql takes no updates: the ADD must go to --update.
    const run = runCli(['load', '--data', mayor, '--endpoint', server.gsp, '--sparql', `${server.base}/sparql`,
      '--update', server.sparql, '--graph', 'urn:test:append', '--append', '--chunk', '20'], { env: server.env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/sent \d+ triples in [2-9] requests/);
    const union = await canonical([...dumpQuads(seed), ...dumpQuads(mayor)]);
    expect(await canonical(await graphQuads('urn:test:append'))).toBe(union);
  });

  it('a load failing half-way (a broken chunk, or a broken single request) exits 2 quoting the server, and leaves the previous graph intact', async () => {
    expect(load(seed, 'urn:test:broken').code).toBe(0);
    const lines = readFileSync(path.join(corpus, 'dump.nt'), 'utf8').trim().split('\n');
    lines.splice(350, 0, '<https://example.org/broken> <https://example.org/p> "no end');
    const bad = path.join(tempDir(), 'bad.nt');
    writeFileSync(bad, lines.join('\n') + '\n');
    const run = load(bad, 'urn:test:broken', '--replace', '--chunk', '100');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/sparql-graph-crud-auth\?graph=urn%3Aoffice-ld%3Aload%3A[\w-]+: the store answered HTTP 5\d\d/);
    expect(await canonical(await graphQuads('urn:test:broken'))).toBe(await canonical(dumpQuads(seed)));
    // The same broken dump in one request (no temporary graph): rejected whole.
    const whole = load(bad, 'urn:test:broken', '--replace');
    expect(whole.code).toBe(2);
    expect(whole.stderr).toMatch(/PUT http:\/\/127\.0\.0\.1:\d+\/sparql-graph-crud-auth\?graph=urn%3Atest%3Abroken: the store answered HTTP 5\d\d/);
    expect(await canonical(await graphQuads('urn:test:broken'))).toBe(await canonical(dumpQuads(seed)));
    const temp = await select(target('urn:test:broken'), new StoreHttp(DBA),
      'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "urn:office-ld:load:")) }');
    expect(temp.results?.bindings).toEqual([]);
  });

  it('wrong credentials: exit 2 with the HTTP status, nothing changed', async () => {
    const run = runCli(['load', '--data', seed, '--endpoint', server.gsp, '--sparql', server.sparql, '--graph', 'urn:test:seed'],
      { env: { ...server.env, OFFICE_LD_PASSWORD: 'wrong' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the store answered HTTP 401');
    expect(await countTriples(target('urn:test:seed'))).toBe(dumpQuads(seed).length);
  });

  describe('each shipped query answers the same on Virtuoso and on Oxigraph (as sets)', () => {
    const files = readdirSync(QUERIES).filter((f) => f.endsWith('.rq')).sort();
    beforeAll(() => {
      expect(load(corpus, 'urn:test:corpus').code).toBe(0);
    });

    it.each(files)('%s', async (file) => {
      const query = readFileSync(path.join(QUERIES, file), 'utf8');
      const { store } = await openBundleStore(corpus);
      const oxigraph = JSON.parse(runQuery(store, query, 'application/sparql-results+json')) as JsonResults;
      const url = `${server.base}/sparql?default-graph-uri=${encodeURIComponent('urn:test:corpus')}`;
      const virtuoso = await select({ ...target('urn:test:corpus'), sparql: url }, new StoreHttp(), query);
      expect(answerSet(oxigraph).length).toBeGreaterThan(0);
      expect(answerSet(virtuoso)).toEqual(answerSet(oxigraph));
    });
  });
});

describe.runIf(hasVirtuoso || inCi)('Virtuoso stopped during a load', () => {
  let server: Virtuoso | undefined;
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('exits 2 saying the store did not answer, and after a restart the previous graph is intact', async () => {
    const seed = await buildBundle([SEED]);
    server = await startVirtuoso();
    const graph = 'urn:test:crash';
    const args = (data: string, ...more: string[]) =>
      ['load', '--data', data, '--endpoint', server!.gsp, '--sparql', server!.sparql, '--graph', graph, ...more];
    expect(runCli(args(seed), { env: server.env }).code).toBe(0);
    // 40 000 triples in chunks of 500: the server is killed after the first chunk has arrived.
    const big = path.join(tempDir(), 'big.nt');
    writeFileSync(big, Array.from({ length: 40_000 }, (_, i) => `<urn:s:${i}> <urn:p> "${i}" .`).join('\n') + '\n');
    const child = spawn(process.execPath, [CLI, ...args(big, '--chunk', '500')], { env: server.env });
    let stderr = '';
    let killed: Promise<void> | undefined;
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString();
      if (!killed && stderr.includes('PUT 500 triples')) killed = server!.stop({ keep: true, signal: 'SIGKILL' });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    await killed;
    expect(stderr).toContain('no answer from the store');
    expect(code).toBe(2);
    server = await startVirtuoso(server.dir);
    const target: GraphStoreTarget = { endpoint: server.gsp, sparql: server.sparql, graph, credentials: DBA };
    const url = `${server.gsp}?graph=${encodeURIComponent(graph)}`;
    const held = new Parser().parse(await new StoreHttp(DBA).send('GET', url, { Accept: 'text/turtle' })) as Quad[];
    expect(await countTriples(target)).toBe(held.length);
    expect(await canonical(held)).toBe(await canonical(new Parser().parse(readFileSync(path.join(seed, 'dump.nt'), 'utf8')) as Quad[]));
  }, 240_000);
});
