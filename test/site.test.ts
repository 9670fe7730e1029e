// `office-ld publish` and the CLI of `serve`: the static site's files, graphs and rules; usage errors.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRdf } from '../src/serialize/read.js';
import { canonical, CLI, runCli, tempDir } from './helpers.js';
import { BASE, dumpQuads, expectedDescription, POST, tempBundle } from './serve-helpers.js';

const site = tempDir('office-ld-site-');
let result: ReturnType<typeof runCli>;

beforeAll(() => {
  result = runCli(['publish', '--data', tempBundle({ 'void.ttl': `<${BASE}void#d> a <http://rdfs.org/ns/void#Dataset>.\n` }), '--site', site]);
});

describe('office-ld publish', () => {
  it('writes a page and Turtle, JSON-LD and N-Triples for every entity, each the entity\'s description', async () => {
    expect(result.code).toBe(0);
    const entities = [...new Set(dumpQuads().map((q) => q.subject.value.split('#')[0]).filter((iri) => iri.startsWith(BASE)))];
    const pages = readdirSync(site, { recursive: true }).map(String).filter((f) => f.endsWith('.html') && f !== 'index.html');
    expect(pages.sort()).toEqual(entities.map((iri) => `${iri.slice(BASE.length)}.html`).sort());
    for (const format of ['ttl', 'jsonld', 'nt']) {
      expect(pages.every((page) => existsSync(path.join(site, page.replace(/\.html$/, `.${format}`))))).toBe(true);
    }
    const expected = await canonical(expectedDescription(dumpQuads(), POST));
    for (const format of ['ttl', 'jsonld', 'nt'] as const) {
      const file = path.join(site, `post/party-secretary-of-heilongjiang.${format}`);
      expect(await canonical(await parseRdf(readFileSync(file, 'utf8'), format, file))).toBe(expected);
    }
  });

  it('copies the bundle (dumps and void.ttl) and writes an index page', () => {
    for (const name of ['dump.ttl', 'dump.nt', 'dump.jsonld', 'context.jsonld', 'void.ttl', 'index.html']) {
      expect(existsSync(path.join(site, name)), name).toBe(true);
    }
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('href="post/party-secretary-of-heilongjiang"');
  });

  it('writes content-negotiation rules for nginx and Apache that map each media type to its file extension', () => {
    const nginx = readFileSync(path.join(site, 'nginx.conf'), 'utf8');
    expect(nginx).toContain('"~*application/ld\\+json" ".jsonld";');
    expect(nginx).toContain('"~*text/html" ".html";');
    expect(nginx).toContain('try_files $uri$office_ld_ext $uri =404;');
    expect(nginx).toContain('add_header Vary Accept always;');
    const apache = readFileSync(path.join(site, '.htaccess'), 'utf8');
    expect(apache).toContain('RewriteCond %{HTTP_ACCEPT} application/n-triples [NC]');
    expect(apache).toContain('RewriteRule ^(.+)$ $1.html [L]');
    expect(apache).toContain('Header append Vary Accept');
  });

  it('refuses an entity whose page would be written over a bundle file or the home page; the site stays as it was', () => {
    const data = tempDir();
    writeFileSync(path.join(data, 'dump.ttl'), `<${BASE}dump> <http://schema.org/name> "Dump".\n<${BASE}index> <http://schema.org/name> "Index".\n`);
    const before = tempDir();
    writeFileSync(path.join(before, 'index.html'), 'the old site');
    const run = runCli(['publish', '--data', data, '--site', before]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/two files of the site would be (dump\.ttl|index\.html)/);
    expect(readdirSync(before)).toEqual(['index.html']);
    expect(readFileSync(path.join(before, 'index.html'), 'utf8')).toBe('the old site');
    expect(readFileSync(path.join(data, 'dump.ttl'), 'utf8')).toContain('"Dump"');
  });

  it('fails with exit 2 and a clear message when the data folder has no dump', () => {
    const missing = runCli(['publish', '--data', tempDir(), '--site', tempDir()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no dump in the folder; expected dump.nt, /);
  });
});

describe('office-ld serve (CLI)', () => {
  it('fails with exit 2 when no entity is under the --base, naming the cause', () => {
    const wrong = runCli(['serve', '--data', tempBundle(), '--base', 'https://elsewhere.example/', '--port', '0']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/no entity of the data has an IRI under https:\/\/elsewhere\.example\//);
  });

  it('rejects a bad port with exit 2', () => {
    const bad = runCli(['serve', '--port', 'eighty']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--port must be an integer from 0 to 65535/);
  });

  it('serves on loopback, answers, and stops on SIGTERM with exit 0', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--data', tempBundle(), '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
        if (m) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error(stderr)));
    });
    const response = await fetch(new URL('person/xu-qin', url), { headers: { accept: 'text/turtle' } });
    expect(await response.text()).toContain('"许勤"@zh-hans');
    const code = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await code).toBe(0);
  });
});
