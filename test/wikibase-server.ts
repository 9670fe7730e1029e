// A test Wikibase on 127.0.0.1: wbsearchentities and wbgetentities in their real response shapes, from a test-instance fixture.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURES } from './helpers.js';

type Entity = { id: string; labels: Record<string, { value: string }>; aliases: Record<string, { value: string }[]> };

/** How the server misbehaves: the first `rateLimited` requests get 429 + Retry-After, or every request a 500. */
export interface Misbehaviour {
  rateLimited?: number;
  retryAfter?: string;
  fail500?: boolean;
}

/** A running test Wikibase: its API URL, the requests it answered, and how to stop it. */
export interface TestWikibase {
  api: string;
  requests: URLSearchParams[];
  close(): Promise<void>;
}

/** Starts the test Wikibase on a free loopback port, serving the entities of a fixture under test/fixtures. */
export async function startWikibase(misbehaviour: Misbehaviour = {}, fixture = 'reconcile/wikibase.json'): Promise<TestWikibase> {
  const { entities } = JSON.parse(readFileSync(path.join(FIXTURES, fixture), 'utf8')) as { entities: Record<string, Entity> };
  const requests: URLSearchParams[] = [];
  let limited = misbehaviour.rateLimited ?? 0;
  const server: Server = createServer((req, res) => {
    const params = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    requests.push(params);
    if (misbehaviour.fail500) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal error: the test instance is down');
      return;
    }
    if (limited > 0) {
      limited--;
      res.writeHead(429, { 'Content-Type': 'text/plain', 'Retry-After': misbehaviour.retryAfter ?? '1' }).end('Too many requests (test instance)');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer(params, entities)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/w/api.php`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function answer(params: URLSearchParams, entities: Record<string, Entity>): unknown {
  if (params.get('action') === 'wbsearchentities') {
    const search = params.get('search') ?? '';
    const hits = Object.values(entities).flatMap((e) => {
      const names = [
        ...Object.entries(e.labels).map(([language, l]) => ({ type: 'label', language, text: l.value })),
        ...Object.entries(e.aliases).flatMap(([language, list]) => list.map((a) => ({ type: 'alias', language, text: a.value }))),
      ];
      const match = names.find((n) => n.text.toLowerCase() === search.toLowerCase());
      return match ? [{
        id: e.id, title: e.id, pageid: Number(e.id.slice(1)), repository: 'local', url: `//test.invalid/wiki/${e.id}`,
        concepturi: `http://test.invalid/entity/${e.id}`, label: e.labels.en?.value, match,
        display: { label: { value: e.labels.en?.value, language: 'en' } },
      }] : [];
    });
    return { searchinfo: { search }, search: hits, success: 1 };
  }
  if (params.get('action') === 'wbgetentities') {
    const ids = (params.get('ids') ?? '').split('|');
    return { entities: Object.fromEntries(ids.map((id) => [id, entities[id] ?? { id, missing: '' }])), success: 1 };
  }
  return { error: { code: 'badvalue', info: `Unrecognized value for parameter "action": ${params.get('action')}.` } };
}
