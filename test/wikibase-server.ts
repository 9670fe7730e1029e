// A test Wikibase on 127.0.0.1: wbsearchentities, wbgetentities and a reconciliation service (POST /reconcile) in their real response shapes.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURES } from './helpers.js';

type Entity = {
  id: string; labels: Record<string, { value: string }>; aliases: Record<string, { value: string }[]>;
  claims: Record<string, { mainsnak: { datavalue?: { value: { id?: string } } } }[]>;
};

/** How the server misbehaves: the first `rateLimited` requests get 429 + Retry-After, or every request a 500. */
export interface Misbehaviour {
  rateLimited?: number;
  /** The status of the rate-limited answers (default 429). */
  limitStatus?: number;
  /** Retry-After of the rate-limited answers ('' for none; default '1'). */
  retryAfter?: string;
  fail500?: boolean;
}

/** A running test Wikibase: its API URL, the requests it answered, and how to stop it. */
export interface TestWikibase {
  api: string;
  service: string;
  requests: URLSearchParams[];
  close(): Promise<void>;
}

/** Starts the test Wikibase on a free loopback port, serving the entities of a fixture under test/fixtures. */
export async function startWikibase(misbehaviour: Misbehaviour = {}, fixture = 'reconcile/wikibase.json'): Promise<TestWikibase> {
  const { entities } = JSON.parse(readFileSync(path.join(FIXTURES, fixture), 'utf8')) as { entities: Record<string, Entity> };
  const requests: URLSearchParams[] = [];
  let limited = misbehaviour.rateLimited ?? 0;
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += (chunk as Buffer).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const params = req.method === 'POST' ? new URLSearchParams(body) : url.searchParams;
    requests.push(params);
    if (misbehaviour.fail500) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal error: the test instance is down');
      return;
    }
    if (limited > 0) {
      limited--;
      const retry = misbehaviour.retryAfter ?? '1';
      res.writeHead(misbehaviour.limitStatus ?? 429, { 'Content-Type': 'text/plain', ...(retry ? { 'Retry-After': retry } : {}) })
        .end('Too many requests (test instance)');
      return;
    }
    const json = url.pathname === '/reconcile' ? reconcile(params, entities) : answer(params, entities);
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/w/api.php`,
    service: `http://127.0.0.1:${port}/reconcile`,
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

/** The reconciliation API: each query matched on English labels and aliases, filtered by P31 = type. */
function reconcile(params: URLSearchParams, entities: Record<string, Entity>): unknown {
  const queries = JSON.parse(params.get('queries') ?? '{}') as Record<string, { query: string; type?: string }>;
  return Object.fromEntries(Object.entries(queries).map(([key, q]) => {
    const result = Object.values(entities).flatMap((e) => {
      const label = e.labels.en?.value ?? '';
      const isLabel = label.toLowerCase() === q.query.toLowerCase();
      const isAlias = (e.aliases.en ?? []).some((a) => a.value.toLowerCase() === q.query.toLowerCase());
      const types = (e.claims.P31 ?? []).map((s) => s.mainsnak.datavalue?.value.id ?? '');
      if (!(isLabel || isAlias) || (q.type && !types.includes(q.type))) return [];
      return [{ id: e.id, name: label, description: '', score: isLabel ? 100 : 90, match: false, type: types.map((id) => ({ id, name: id })) }];
    });
    return [key, { result }];
  }));
}
