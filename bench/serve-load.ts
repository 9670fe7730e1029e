// Load benchmark of `office-ld serve` (run last by `npm run bench`, alone by `npm run bench:serve`): a generated
// bundle served by the CLI in its own process, loaded by autocannon on loopback — entity, home page and SPARQL
// under 200 connections; entities while 50 clients hit `/` and 5 run expensive queries; the nested query; RSS
// around large results. Figures go into bench/results.md (its "serve under load" section).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSection } from './results-file.js';
import { backgroundLoad, buildBundle, load, startServe, type LoadFigures } from './serve-process.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli/main.js');
const SECTION = '## serve under load';
const ARTICLES = Number(process.env.BENCH_SERVE_ARTICLES ?? 1000);
/** Seconds of each 200-connection run; the mixed run lasts three times as long. */
const SECONDS = Number(process.env.BENCH_SERVE_SECONDS ?? 5);
/** The server's query time limit: long enough for the large results below to be answered. */
const QUERY_TIMEOUT_MS = 60_000;
const SPARQL_JSON = { accept: 'application/sparql-results+json' };
const TURTLE = { accept: 'text/turtle' };
const CHEAP = 'SELECT ?name WHERE { ?post a <http://www.w3.org/ns/org#Post>; <http://schema.org/name> ?name } LIMIT 5';
/** A scan of every triple with a regular expression: seconds per query on 1,000 articles. */
const EXPENSIVE = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), "a.*e.*i.*o")) }';
const LARGE = 'SELECT * WHERE { ?s ?p ?o } LIMIT 200000';
const sparqlPath = (query: string) => `/sparql?query=${encodeURIComponent(query)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const loadAtStart = os.loadavg()[0];
const dir = mkdtempSync(path.join(os.tmpdir(), 'office-ld-serve-bench-'));
process.stderr.write(`bench serve: building ${ARTICLES} articles…\n`);
const bundle = buildBundle(CLI, dir, ARTICLES, 20261125);
const triples = readFileSync(path.join(bundle, 'dump.nt'), 'utf8').split('\n').length - 1;
const loadStarted = performance.now();
const server = await startServe(CLI, bundle, QUERY_TIMEOUT_MS);
const loadS = (performance.now() - loadStarted) / 1000;
const afterLoad = server.rss();
const homePage = await (await fetch(server.url)).text();
const linked = (kind: string) => [...new Set([...homePage.matchAll(new RegExp(`href="(${kind}/[^"#]+)"`, 'g'))].map((m) => `/${m[1]}`))].slice(0, 10);
const entities = [...linked('post'), ...linked('person')];
if (entities.length < 10) throw new Error('the home page links too few entities');

process.stderr.write('bench serve: 200 connections on entities, the home page, SPARQL…\n');
const entity200 = await load(server.url, entities, 200, SECONDS, TURTLE);
const home200 = await load(server.url, ['/'], 200, SECONDS);
const sparql200 = await load(server.url, [sparqlPath(CHEAP)], 200, SECONDS, SPARQL_JSON);
await sleep(2_000); // the queue drains

process.stderr.write('bench serve: entities while 50 clients hit / and 5 run expensive queries…\n');
const mixedS = SECONDS * 3;
const background = Promise.all([backgroundLoad(server.url, 50, mixedS), backgroundLoad(server.url + sparqlPath(EXPENSIVE).slice(1), 5, mixedS)]);
await sleep(1_000);
const entityMixed = await load(server.url, entities, 10, mixedS - 2, TURTLE);
const [homeMixed, expensiveMixed] = await background;

const nestedQuery = `SELECT * WHERE ${'{ '.repeat(700)}?s ?p ?o ${'}'.repeat(700)}`;
const nested = await fetch(`${server.url}sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: nestedQuery });
const askStarted = performance.now();
const askAfter = await fetch(server.url + sparqlPath('ASK { ?s ?p ?o }').slice(1), { headers: SPARQL_JSON });
const askAfterS = (performance.now() - askStarted) / 1000; // includes the expensive queries still queued
const entityAfter = await fetch(server.url + entities[0].slice(1), { headers: TURTLE });

process.stderr.write('bench serve: memory around large results…\n');
await sleep(3_000);
const beforeLarge = server.rss();
const largeBytes: number[] = [];
let peakDuring = 0;
const poll = setInterval(() => (peakDuring = Math.max(peakDuring, server.rss().nowMiB)), 100);
for (let i = 0; i < 3; i++) {
  const answer = await fetch(server.url + sparqlPath(LARGE).slice(1), { headers: SPARQL_JSON });
  largeBytes.push((await answer.arrayBuffer()).byteLength);
  if (answer.status !== 200) throw new Error(`a large result answered ${answer.status}`);
}
clearInterval(poll);
await sleep(10_000);
const afterLarge = server.rss();
await server.stop();
rmSync(dir, { recursive: true, force: true });

const ms = (n: number) => `${n.toFixed(0)}`;
const counts = (f: LoadFigures) => Object.entries(f.statuses).map(([code, n]) => `${code}×${n}`).join(', ') +
  (f.errors ? `; ${f.errors} errors (${f.timeouts} timeouts)` : '');
const row = (what: string, connections: number, f: LoadFigures) =>
  `| ${what} | ${connections} | ${f.requestsPerS.toFixed(0)} | ${ms(f.p50)} | ${ms(f.p99)} | ${ms(f.max)} | ${counts(f)} |`;
const mib = (n: number) => n.toFixed(0);
const section = [
  SECTION, '',
  `\`office-ld serve\` in its own process on a bundle of ${ARTICLES} generated articles (${triples} triples; loaded and the SPARQL ` +
    `worker ready in ${loadS.toFixed(1)} s), loaded by [autocannon](https://github.com/mcollina/autocannon) on loopback ` +
    `(\`bench/serve-load.ts\`; \`--query-timeout ${QUERY_TIMEOUT_MS}\`). Latencies in ms; answers by status. The machine's load ` +
    `average (1 min) was ${loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end, on ${os.cpus().length} cores.`, '',
  '| load | connections | requests/s | p50 | p99 | max | answers |', '|---|---:|---:|---:|---:|---:|---|',
  row(`entities (${entities.length} posts and persons, Turtle), ${SECONDS} s`, 200, entity200),
  row(`home page, ${SECONDS} s`, 200, home200),
  row(`SPARQL, a small SELECT, ${SECONDS} s (the queue holds 8: the rest answered 503 at once)`, 200, sparql200),
  row(`**entities, while the two rows below run** (${mixedS - 2} s)`, 10, entityMixed),
  row(`home page, beside (${mixedS} s)`, 50, homeMixed),
  row(`SPARQL, an expensive query (a regex over every triple), beside (${mixedS} s)`, 5, expensiveMixed),
  '',
  `Entities under the mixed load: p99 ${ms(entityMixed.p99)} ms (the bound: 100 ms). After it, the query of 700 nested groups ` +
    `answered ${nested.status}; then an ASK ${askAfter.status} (in ${askAfterS.toFixed(1)} s, behind the expensive queries still queued) ` +
    `and an entity ${entityAfter.status}.`, '',
  `Memory (RSS of the serve process, MiB): ${mib(afterLoad.nowMiB)} after the load; ${mib(beforeLarge.nowMiB)} before the large results; ` +
    `up to ${mib(peakDuring)} while three results of ${(largeBytes[0] / 2 ** 20).toFixed(0)} MiB each (\`${LARGE}\`, JSON) were made and sent; ` +
    `${mib(afterLarge.nowMiB)} 10 s after (the worker that made each was replaced, its WebAssembly memory returned); highest ever ${mib(afterLarge.peakMiB)}.`,
  '',
].join('\n');
writeSection(section);
process.stdout.write(`\n${section}`);
const failed = entityMixed.p99 > 100 || nested.status !== 400 || askAfter.status !== 200 || entityAfter.status !== 200;
if (failed) process.stderr.write('bench serve: a done-when figure is not met (see above)\n');
