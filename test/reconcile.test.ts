// reconcile against a test Wikibase on loopback: scoring, the links file across re-runs, the cache, back-off and failure.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseCache } from '../src/reconcile/cache.js';
import { retryAfter } from '../src/reconcile/http.js';
import { timeValue, WikibaseClient } from '../src/reconcile/wikibase.js';
import { englishKey, nativeKey } from '../src/reconcile/scoring.js';
import { FIXTURES, runCliAsync, tempDir } from './helpers.js';
import { startWikibase, type Misbehaviour, type TestWikibase } from './wikibase-server.js';

const ARTICLE = path.join(FIXTURES, 'reconcile/secretary-of-testland.txt');
const HEADER = 'entity\trelation\tqid\tscore\tstatus\tevidence';
const POST = 'post/party-secretary-of-testland\tsameAs\tQ900100\t-\taccepted\ttest instance item';
let server: TestWikibase | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Runs reconcile on the fixture article against a fresh test Wikibase; returns the run and the links file. */
async function reconcile(extra: string[] = [], misbehaviour: Misbehaviour = {}, dir = tempDir()) {
  server = await startWikibase(misbehaviour);
  const links = path.join(dir, 'links.tsv');
  if (extra.includes('--keep-links')) extra = extra.filter((a) => a !== '--keep-links');
  else copyFileSync(path.join(FIXTURES, 'reconcile/links.tsv'), links);
  const args = extra.map((a) => (a === 'SERVICE' ? server!.service : a));
  const run = await runCliAsync(['reconcile', ARTICLE, '--api', server.api, '--links', links,
    '--cache', path.join(dir, 'cache'), ...args]);
  return { run, dir, links, text: readFileSync(links, 'utf8'), requests: server.requests };
}

const ZHANG = 'person/zhang-qilong\tsameAs\tQ900001\t1.000';
const ZHANG_FEATURES = 'label="Zhang Qilong"; label-en=exact; native=exact; P31=Q5; P39=Q900100; P580/P582=agree; life=consistent';
const NAMESAKE = 'person/zhang-qilong\tsameAs\tQ900002\t0.450\tproposed\tlabel="Zhang Qilong"; label-en=exact; P31=Q5; life=consistent';
const XU = 'person/xu-qin\tsameAs\tQ900003\t0.900';
const XU_FEATURES = 'label="Xu Qing"; alias-en=exact; native=script-variant; P31=Q5; P39=Q900100; P580/P582=agree';
const BODY = 'org/testland-committee\tsameAs\tQ900004\t0.700\tproposed\tlabel="Testland Committee"; label-en=exact';
const PLACE = 'place/testland\tsameAs\tQ900400\t0.700\tproposed\tlabel="Testland"; label-en=exact';

describe('office-ld reconcile', () => {
  it('proposes scored candidates with their evidence: the office holder with native name and P39 beats a namesake; the post\'s place too', async () => {
    const { run, text } = await reconcile();
    expect(run.code, run.stderr).toBe(0);
    expect(text).toBe([HEADER, BODY, `${XU}\tproposed\t${XU_FEATURES}`, `${ZHANG}\tproposed\t${ZHANG_FEATURES}`, NAMESAKE, PLACE, POST, ''].join('\n'));
  });

  it('--accept-above accepts clear winners only; the namesake stays proposed', async () => {
    const { run, text } = await reconcile(['--accept-above', '0.8']);
    expect(run.code, run.stderr).toBe(0);
    expect(text).toBe([HEADER, BODY, `${XU}\taccepted\t${XU_FEATURES}; accepted-above=0.8`,
      `${ZHANG}\taccepted\t${ZHANG_FEATURES}; accepted-above=0.8`, NAMESAKE, PLACE, POST, ''].join('\n'));
  });

  it('re-runs keep accepted and rejected lines byte for byte and never re-propose a rejected item', async () => {
    const dir = tempDir();
    const reviewed = [HEADER, POST,
      'person/xu-qin\tsameAs\tQ900003\t0.9\taccepted\t  checked by hand,  2026 ',
      'person/zhang-qilong\tsameAs\tQ900002\t0.450\trejected\tborn 1890: not him', ''].join('\n');
    writeFileSync(path.join(dir, 'links.tsv'), reviewed);
    const { run, text, requests } = await reconcile(['--keep-links'], {}, dir);
    expect(run.code, run.stderr).toBe(0);
    expect(text).toBe([HEADER, BODY, 'person/xu-qin\tsameAs\tQ900003\t0.9\taccepted\t  checked by hand,  2026 ',
      `${ZHANG}\tproposed\t${ZHANG_FEATURES}`, 'person/zhang-qilong\tsameAs\tQ900002\t0.450\trejected\tborn 1890: not him', PLACE, POST, ''].join('\n'));
    const searched = requests.filter((r) => r.get('action') === 'wbsearchentities').map((r) => r.get('search'));
    expect(searched).not.toContain('Xu Qin');
    expect(searched).toContain('Zhang Qilong');
  });

  it('answers come from the cache on a re-run', async () => {
    const first = await reconcile();
    const asked = first.requests.length;
    expect(asked).toBeGreaterThan(0);
    const again = await runCliAsync(['reconcile', ARTICLE, '--api', server!.api, '--links', first.links,
      '--cache', path.join(first.dir, 'cache')]);
    expect(again.code, again.stderr).toBe(0);
    expect(first.requests).toHaveLength(asked);
    expect(readFileSync(first.links, 'utf8')).toBe(first.text);
  });

  it('waits as Retry-After says on HTTP 429, then goes on', async () => {
    const { run, text, requests } = await reconcile([], { rateLimited: 2, retryAfter: '1' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(': HTTP 429, waiting 1 s before trying again');
    expect(requests[0].toString()).toBe(requests[2].toString());
    expect(text).toContain(ZHANG);
  });

  it('backs off 1 s on HTTP 503 without Retry-After, then goes on', async () => {
    const { run, text } = await reconcile([], { rateLimited: 1, limitStatus: 503, retryAfter: '' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(': HTTP 503, waiting 1 s before trying again');
    expect(text).toContain(ZHANG);
  });

  it('gives up after the retries with exit 2 and what the server said; the links file is untouched', async () => {
    const { run, text } = await reconcile(['--max-retries', '1'], { rateLimited: 10, retryAfter: '1' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/HTTP 429 Too Many Requests after 2 attempts: Too many requests \(test instance\)\n$/);
    expect(text).toBe(`${HEADER}\n${POST}\n`);
  });

  it('fails cleanly on HTTP 500 with exit 2 and the server message', async () => {
    const { run, text } = await reconcile([], { fail500: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^office-ld: GET http:\/\/127\.0\.0\.1:\d+\/w\/api\.php\?action=wbsearchentities&\S+: HTTP 500 Internal Server Error: Internal error: the test instance is down\n$/);
    expect(text).toBe(`${HEADER}\n${POST}\n`);
  });
});

describe('reconcile options', () => {
  it.each([
    [['--accept-above', '2'], 'office-ld: --accept-above "2" is not a score; expected a number from 0 to 1\n'],
    [['--max-retries', 'x'], 'office-ld: --max-retries "x" is not a count; expected a whole number, e.g. 3\n'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const run = await runCliAsync(['reconcile', ARTICLE, '--api', 'http://127.0.0.1:9/', '--links', path.join(tempDir(), 'l.tsv'), ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
  });
});

describe('name keys', () => {
  it('simplified and traditional Chinese names match; English ignores case, accents and apostrophes', () => {
    expect(nativeKey('許勤')).toBe(nativeKey('许勤'));
    expect(nativeKey('張啟龍')).toBe('张启龙');
    expect(nativeKey('许勤')).not.toBe(nativeKey('许琴'));
    expect(englishKey("Li Li'an")).toBe(englishKey('Li Lian'));
    expect(englishKey('Zhāng Qǐlóng')).toBe(englishKey('zhang qilong'));
  });
});

describe('office-ld reconcile --service', () => {
  it('takes candidates from a reconciliation service (batched queries, people typed Q5, Lzh and P39), details from the API', async () => {
    const { run, text, requests } = await reconcile(['--service', 'SERVICE']);
    expect(run.code, run.stderr).toBe(0);
    expect(text).toBe([HEADER, BODY, `${XU}\tproposed\t${XU_FEATURES}`, `${ZHANG}\tproposed\t${ZHANG_FEATURES}`, NAMESAKE, PLACE, POST, ''].join('\n'));
    const posts = requests.filter((r) => r.has('queries')).map((r) => JSON.parse(r.get('queries')!));
    expect(posts).toHaveLength(1);
    expect(posts[0]).toEqual({
      q0: { query: 'Testland Committee', limit: 10 },
      q1: { query: 'Wang Jun', type: 'Q5', limit: 10, properties: [{ pid: 'Lzh', v: '王军' }, { pid: 'P39', v: 'Q900100' }] },
      q2: { query: 'Xu Qin', type: 'Q5', limit: 10, properties: [{ pid: 'Lzh', v: '许勤' }, { pid: 'P39', v: 'Q900100' }] },
      q3: { query: 'Zhang Qilong', type: 'Q5', limit: 10, properties: [{ pid: 'Lzh', v: '张启龙' }, { pid: 'P39', v: 'Q900100' }] },
      q4: { query: 'Testland', limit: 10 },
    });
    expect(requests.filter((r) => r.get('action') === 'wbsearchentities')).toHaveLength(0);
  });
});

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates; nothing readable means the default back-off', () => {
    expect(retryAfter('7')).toBe(7);
    expect(retryAfter(new Date(Date.now() + 30_000).toUTCString())).toBeGreaterThanOrEqual(29);
    expect(retryAfter(new Date(Date.now() + 30_000).toUTCString())).toBeLessThanOrEqual(30);
    expect(retryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBe(0);
    expect(retryAfter('soon')).toBeUndefined();
    expect(retryAfter(null)).toBeUndefined();
  });
});

describe('the Wikibase client (URLs and claims by wikibase-sdk)', () => {
  it('asks the API wbsearchentities and wbgetentities, and reads P39 with its qualifiers at their precisions', async () => {
    server = await startWikibase({}, 'wikidata/wikibase.json');
    const client = new WikibaseClient(server.api, new ResponseCache());
    expect(await client.search('Ann Agree', 'en')).toEqual(['Q900011']);
    const [ann] = await client.items(['Q900011', 'not an id']);
    expect(ann.instanceOf).toEqual(['Q5']);
    expect(ann.positions).toEqual([{ office: 'Q900300', start: { value: '1990-05-17', precision: 'day' },
      end: { value: '1994-03', precision: 'month' }, replaces: undefined, replacedBy: 'Q900012', nature: undefined }]);
    expect(server.requests.map((r) => [r.get('action'), r.get('search') ?? r.get('ids'), r.get('format')])).toEqual([
      ['wbsearchentities', 'Ann Agree', 'json'], ['wbgetentities', 'Q900011', 'json']]);
  });

  it.each(['http://127.0.0.1:9/', 'ftp://127.0.0.1/w/api.php', 'http://127.0.0.1/w/api.php?x=1', 'not a url'])(
    'refuses --api %j (exit 2)', (api) => {
      expect(() => new WikibaseClient(api, new ResponseCache())).toThrow(`--api ${JSON.stringify(api)} is not a Wikibase API endpoint`);
    });

  it.each([
    [{ time: '1949', precision: 9 }, { value: '1949', precision: 'year' }],
    [{ time: '1949-05', precision: 10 }, { value: '1949-05', precision: 'month' }],
    [{ time: '1949-05-12', precision: 11 }, { value: '1949-05-12', precision: 'day' }],
    [{ time: '1940', precision: 8 }, undefined],
    [{ time: '1949-05', precision: 9 }, undefined],
    ['1949', undefined],
  ])('reads the time %j as %j', (value, date) => {
    expect(timeValue(value)).toEqual(date);
  });
});
