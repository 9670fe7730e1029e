// The published site behind a real nginx (Debian's, on loopback) with the generated rules: negotiation works.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';
import { BASE, expectDescription, tempBundle } from './serve-helpers.js';

const NGINX = '/usr/sbin/nginx';
/** nginx is optional on a developer's machine and required in CI (`.ci/run` installs it). */
const RUN = existsSync(NGINX) || process.env.CI === 'true';
const PERSON = `${BASE}person/xu-qin`;
let nginx: ChildProcess | undefined;
let url = '';
let errorLog = '';

/** A port free on loopback just now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  if (!RUN) return;
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is required when CI=true (Debian package nginx)`);
  const site = tempDir('office-ld-nginx-site-');
  const prefix = tempDir('office-ld-nginx-');
  const extra = { 'void.ttl': `<${BASE}void#d> a <http://rdfs.org/ns/void#Dataset>.\n`, 'dump.trig': '', 'dump.nq.gz': '' };
  expect(runCli(['publish', '--data', tempBundle(extra), '--site', site, '-q']).code).toBe(0);
  const port = await freePort();
  const rules = readFileSync(path.join(site, 'nginx.conf'), 'utf8').replace('listen 80;', `listen 127.0.0.1:${port};`);
  writeFileSync(path.join(prefix, 'site.conf'), rules);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/${t};`).join(' ');
  writeFileSync(path.join(prefix, 'main.conf'), `user root; worker_processes 1; daemon off; pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log; events { worker_connections 64; }
http { access_log off; ${temp} include ${prefix}/site.conf; }\n`);
  nginx = spawn(NGINX, ['-p', prefix, '-e', `${prefix}/error.log`, '-c', `${prefix}/main.conf`], { stdio: 'ignore' });
  url = `http://127.0.0.1:${port}/`;
  errorLog = path.join(prefix, 'error.log');
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not start: ${readFileSync(path.join(prefix, 'error.log'), 'utf8')}`);
});
afterAll(() => {
  nginx?.kill('SIGTERM');
});

describe.runIf(RUN)('the nginx rules of publish, in nginx', () => {
  const cases: [string | undefined, string, 'ttl' | 'jsonld' | 'nt' | 'rdf'][] = [
    ['application/rdf+xml', 'application/rdf+xml', 'rdf'],
    ['text/turtle', 'text/turtle', 'ttl'],
    ['application/ld+json', 'application/ld+json', 'jsonld'],
    ['application/n-triples', 'application/n-triples', 'nt'],
    [undefined, 'text/turtle', 'ttl'],
  ];
  for (const [accept, type, format] of cases) {
    it(`Accept ${accept ?? '(none)'} → ${type} with charset and Vary, the entity's description`, async () => {
      await expectDescription(await fetch(new URL('person/xu-qin', url), { headers: accept ? { accept } : {} }), type, format, PERSON);
    });
  }

  it('gives a browser the page, serves VoID and the dumps, and hides the rule files', async () => {
    const html = await fetch(new URL('person/xu-qin', url), { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain('<h1>Xu Qin</h1>');
    const voidDoc = await fetch(new URL('.well-known/void', url));
    expect(voidDoc.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(await voidDoc.text()).toContain('void#Dataset');
    expect((await fetch(new URL('dump.nt', url))).headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
    expect((await fetch(new URL('dump.trig', url))).headers.get('content-type')).toBe('application/trig; charset=utf-8');
    expect((await fetch(new URL('dump.nq.gz', url))).headers.get('content-type')).toBe('application/gzip');
    expect((await fetch(new URL('nginx.conf', url))).status).toBe(404);
    expect((await fetch(new URL('.htaccess', url))).status).toBe(404);
    expect((await fetch(new URL('person/nobody', url))).status).toBe(404);
  });

  it('nginx reads the rules without a warning (no duplicate MIME type)', () => {
    expect(readFileSync(errorLog, 'utf8')).not.toMatch(/\[warn\]|\[emerg\]/);
  });
});
