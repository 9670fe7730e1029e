// Hostile peers on loopback: a Wikibase whose answers try to write accepted lines into the links file,
// servers that never answer, never end, send too much, or redirect a load to another server.
import { copyFileSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { boundedFetch, DEFAULT_NET_LIMITS } from '../src/net.js';
import { parseLinks } from '../src/reconcile/links-file.js';
import { StoreHttp } from '../src/store/http.js';
import { ROOT, runCliAsync, SEED, tempDir } from './helpers.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A loopback server answering with `handler`; its base URL and the requests it got. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const requests: { method?: string; url?: string; body: string }[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += (chunk as Buffer).toString('utf8');
    requests.push({ method: req.method, url: req.url, body });
    handler(req, res, body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const INJECTED = 'Q1\tsameAs\tQ666\t-\taccepted\tforged\nperson/xu-qin\tsameAs\tQ666\t-\taccepted\tforged';

describe('a hostile Wikibase', () => {
  it('cannot add an accepted line to the links file: ids are checked, text from it is escaped', async () => {
    const label = (value: string) => ({ en: { language: 'en', value } });
    const item = (id: string) => ({ mainsnak: { snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { id } } } });
    const wikibase = await serve((req, res) => {
      const params = new URL(req.url ?? '/', 'http://x').searchParams;
      const answer = params.get('action') === 'wbsearchentities'
        ? { search: [{ id: INJECTED }, { id: 'Q0042' }, { id: 'Q42' }, { id: 42 }] }
        : { entities: {
          [INJECTED]: { id: INJECTED, labels: label('Xu Qin') },
          Q42: { id: 'Q42', labels: label(`Xu Qin\nperson/xu-qin\tsameAs\tQ666\t-\taccepted\tforged`),
            aliases: { en: [{ language: 'en', value: 'Xu Qin' }] },
            claims: { P31: [item('Q5'), item(INJECTED)], P39: [item(INJECTED)] } },
        } };
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
    });
    const links = path.join(tempDir(), 'links.tsv');
    copyFileSync(path.join(ROOT, 'data/links.tsv'), links);
    const before = parseLinks(readFileSync(links, 'utf8'), links).filter((l) => l.status === 'accepted');
    const run = await runCliAsync(['reconcile', SEED, '--api', `${wikibase.url}/w/api.php`, '--links', links, '--cache', '']);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(links, 'utf8');
    const after = parseLinks(text, links);
    expect(after.filter((l) => l.status === 'accepted')).toEqual(before);
    expect(after.every((l) => /^Q[1-9]\d*$/.test(l.qid))).toBe(true);
    for (const line of text.trimEnd().split('\n')) expect(line.split('\t')).toHaveLength(6); // no forged line or cell
    expect(after.some((l) => l.qid === 'Q666')).toBe(false);
    expect(after.some((l) => l.qid === 'Q42' && l.status === 'proposed')).toBe(true);
  });
});

describe('bounded HTTP', () => {
  const small = { ...DEFAULT_NET_LIMITS, idleMs: 300, totalMs: 1_000, maxBytes: 10_000 };

  it('gives up on a server that never answers, after the idle limit', async () => {
    const { url } = await serve(() => undefined);
    await expect(boundedFetch(url, {}, { ...small, totalMs: 10_000 })).rejects.toThrow(`GET ${url}: the server was silent for 0.3 s`);
  });

  it('gives up on a body that never ends, after the total limit', async () => {
    const { url } = await serve((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      const timer = setInterval(() => res.write('x'), 20);
      res.on('close', () => clearInterval(timer));
    });
    await expect(boundedFetch(url, {}, small)).rejects.toThrow(`GET ${url}: no whole answer within 1 s`);
  });

  it('drops an answer larger than the limit, announced or not', async () => {
    const { url } = await serve((req, res) => {
      if (req.url === '/announced') res.writeHead(200, { 'Content-Length': '20000' }).end('x'.repeat(20_000));
      else {
        res.writeHead(200);
        for (let i = 0; i < 20; i++) res.write('x'.repeat(1000));
        res.end();
      }
    });
    for (const route of ['/announced', '/chunked']) {
      await expect(boundedFetch(url + route, {}, small)).rejects.toThrow('the answer is larger than 10000 bytes');
    }
  });

  it('follows a redirect within the origin, re-sending a 307\'s body there, and no redirect elsewhere', async () => {
    const other = await serve((_, res) => void res.writeHead(201).end('taken'));
    const store = await serve((req, res) => {
      if (req.url === '/moved') res.writeHead(307, { Location: '/here' }).end();
      else if (req.url === '/here') res.writeHead(200).end('stored');
      else res.writeHead(307, { Location: `${other.url}/steal` }).end();
    });
    expect(await new StoreHttp().send('PUT', `${store.url}/moved`, {}, 'the dump')).toBe('stored');
    expect(store.requests.map((r) => [r.url, r.body])).toEqual([['/moved', 'the dump'], ['/here', 'the dump']]);
    const credentials = { user: 'dba', password: 'secret', scheme: 'basic' as const };
    await expect(new StoreHttp(credentials).send('PUT', `${store.url}/gsp`, {}, 'the dump'))
      .rejects.toThrow(`redirected to another origin (${other.url})`);
    expect(other.requests).toEqual([]);
  });
});
