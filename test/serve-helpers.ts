// Helpers for the serve tests: a temp bundle, a server on loopback from the built code, raw HTTP, expected graphs.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { expect } from 'vitest';
import { parseRdf } from '../src/serialize/read.js';
import type { ServerLimits } from '../src/serve/server.js';
import { canonical, ROOT, tempDir } from './helpers.js';

export const BASE = 'https://example.org/office-ld/';
export const POST = `${BASE}post/party-secretary-of-heilongjiang`;
export const LABELS = ['http://schema.org/name', 'http://www.w3.org/2004/02/skos/core#prefLabel',
  'http://www.w3.org/2000/01/rdf-schema#label', 'http://purl.org/dc/terms/title'];

/** A server running from dist/ (the code `npm test` just built). */
export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** A temp copy of the committed bundle (without void.ttl), plus any extra files given. */
export function tempBundle(extra: Record<string, string> = {}): string {
  const dir = tempDir('office-ld-serve-');
  for (const name of ['dump.ttl', 'dump.nt', 'dump.jsonld', 'context.jsonld', 'validation-report.ttl']) {
    copyFileSync(path.join(ROOT, 'output', name), path.join(dir, name));
  }
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Starts a server on 127.0.0.1 with a free port (connection limits other than the defaults if given). */
export async function startTestServer(dataDir: string, queryTimeoutMs = 10_000, limits: Partial<ServerLimits> = {}): Promise<TestServer> {
  const { startServer } = await import(path.join(ROOT, 'dist/serve/server.js')) as typeof import('../src/serve/server.js');
  return startServer({
    dataDir, base: BASE, host: '127.0.0.1', port: 0, queryTimeoutMs, now: new Date('2025-06-01T00:00:00Z'), limits,
  });
}

/**
 * A slow client: sends `head`, then `drip` every `everyMs` for at most `forMs`; resolves when the server
 * closes the connection (or the client gives up), with what the server sent and when.
 */
export function trickle(url: string, head: string, drip: string, everyMs: number, forMs: number):
  Promise<{ status: number; elapsedMs: number; closedByServer: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    let gaveUp = false;
    const socket = connect(Number(port), hostname, () => {
      socket.write(head);
      timer = setInterval(() => {
        if (performance.now() - started > forMs) {
          gaveUp = true;
          socket.destroy();
        } else if (socket.writable) socket.write(drip);
      }, everyMs);
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined); // a reset after the server's answer
    socket.on('close', () => {
      clearInterval(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), elapsedMs: performance.now() - started, closedByServer: !gaveUp });
    });
  });
}

/** The committed dump as quads. */
export function dumpQuads(): Quad[] {
  return new Parser({ format: 'N-Triples' }).parse(readFileSync(path.join(ROOT, 'output/dump.nt'), 'utf8')) as Quad[];
}

/** What an entity's description must be: its own and its #fragments' triples, plus labels of what they link to. */
export function expectedDescription(quads: Quad[], iri: string): Quad[] {
  const own = quads.filter((q) => q.subject.value === iri || q.subject.value.startsWith(`${iri}#`));
  const subjects = new Set(own.map((q) => q.subject.value));
  const linked = new Set(own.filter((q) => q.object.termType === 'NamedNode' && !subjects.has(q.object.value))
    .map((q) => q.object.value));
  return [...own, ...quads.filter((q) => linked.has(q.subject.value) && LABELS.includes(q.predicate.value))];
}

/** Asserts a negotiated 200 response: media type with charset, `Vary: Accept`, and the entity's description as a graph. */
export async function expectDescription(response: Response, type: string, format: 'ttl' | 'jsonld' | 'nt' | 'rdf', iri: string) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
  expect(response.headers.get('vary')).toBe('Accept');
  const quads = await parseRdf(await response.text(), format, 'entity');
  expect(await canonical(quads)).toBe(await canonical(expectedDescription(dumpQuads(), iri)));
}

/** Sends a request line as written (no client-side path normalisation); resolves to status and body. */
export function rawGet(url: string, target: string, headers: string[] = []): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
  });
}
