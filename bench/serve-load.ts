// Load benchmark of `office-ld serve`: a bounded burst of requests on loopback, time per request reported.
// Run with `npm run bench:serve` (it builds first; the server runs from dist/, its SPARQL worker too); options: --requests N --concurrency N.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../dist/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { requests: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '50' } } });
const total = Number(values.requests);
const concurrency = Number(values.concurrency);

/** The request mix: entity IRIs in each representation, conditional GETs, the dump, and SPARQL. */
const MIX: [kind: string, target: string, headers: Record<string, string>][] = [
  ['page', 'post/party-secretary-of-heilongjiang', { accept: 'text/html' }],
  ['rdf', 'post/party-secretary-of-heilongjiang', { accept: 'text/turtle' }],
  ['rdf', 'person/xu-qin', { accept: 'application/ld+json' }],
  ['rdf', 'person/zhang-qilong', { accept: 'application/n-triples' }],
  ['page', 'person/xu-qin', { accept: 'text/html' }],
  ['dump', 'dump.nt', {}],
  ['sparql', 'sparql?query=' + encodeURIComponent('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'), { accept: 'text/csv' }],
  ['404', 'person/nobody', {}],
];

const server = await startServer({
  dataDir: path.join(ROOT, 'output'), base: 'https://example.org/office-ld/', host: '127.0.0.1', port: 0, queryTimeoutMs: 10_000,
});
const latencies: number[] = [];
const byKind = new Map<string, number[]>();
const statuses = new Map<number, number>();
let errors = 0;
let next = 0;

async function worker(): Promise<void> {
  while (next < total) {
    const [kind, target, headers] = MIX[next++ % MIX.length];
    const started = performance.now();
    try {
      const response = await fetch(new URL(target, server.url), { headers });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    } catch {
      errors++;
    }
    const latency = performance.now() - started;
    latencies.push(latency);
    byKind.set(kind, [...(byKind.get(kind) ?? []), latency]);
  }
}

// Warm-up, not counted: each target once (renders and caches each representation, starts the SPARQL worker).
for (const [, target, headers] of MIX) await (await fetch(new URL(target, server.url), { headers })).arrayBuffer();

const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = performance.now() - started;
await server.close();

/** The q-quantile of a list of latencies, in ms. */
function quantile(values: number[], q: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2);
}
const at = (q: number) => quantile(latencies, q);
console.log(`serve load: ${total} requests, ${concurrency} concurrent, loopback, ${elapsed.toFixed(0)} ms in all`);
console.log(`  ${(elapsed / total).toFixed(3)} ms per request (wall / requests), ${(total / (elapsed / 1000)).toFixed(0)} requests/s`);
console.log(`  latency ms: p50 ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)}, max ${at(1)}`);
for (const [kind, values] of byKind) {
  console.log(`  ${kind.padEnd(6)} ${String(values.length).padStart(5)} requests: p50 ${quantile(values, 0.5)} ms, p99 ${quantile(values, 0.99)} ms`);
}
console.log(`  statuses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}; transport errors: ${errors}`);
if (errors > 0 || [...statuses.keys()].some((s) => s >= 500)) process.exitCode = 1;
