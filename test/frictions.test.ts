// Small frictions a new user met, each fixed: a store wanting credentials says which variables to set;
// wikidata-diff says when it compared nothing; query tables show dates bare; --store names a real section.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINKS_HEADER } from '../src/reconcile/links-file.js';
import { displayTerm } from '../src/store/table.js';
import { ROOT, runCli, runCliAsync, SEED, tempDir } from './helpers.js';

const anonymous = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('OFFICE_LD_')));

describe('load against a store that wants an account', () => {
  it.each([401, 403])('HTTP %i without OFFICE_LD_USER: exit 2, naming the variables to set', async (status) => {
    const server = createServer((_request, response) => response.writeHead(status).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), 'load', '--data', path.join(ROOT, 'output'),
        '--endpoint', `${url}/gsp`, '--sparql', `${url}/sparql`], { env: anonymous }, (error, _stdout, stderr) =>
        resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stderr }));
    });
    server.close();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the store answered HTTP ${status}`);
    expect(run.stderr).toContain('set OFFICE_LD_USER and OFFICE_LD_PASSWORD');
  });
});

describe('wikidata-diff with no accepted person', () => {
  it('says that nothing was compared (exit 0), asking nothing of the network', async () => {
    const links = path.join(tempDir(), 'links.tsv');
    writeFileSync(links, `${LINKS_HEADER}\n`);
    const run = await runCliAsync(['wikidata-diff', SEED, '--links', links, '--cache', '', '--api', 'http://127.0.0.1:9/w/api.php']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`nothing compared: no person of the 1 articles has an accepted sameAs line in ${links}`);
  });
});

describe('query tables show values as a person reads them', () => {
  it.each([
    [{ type: 'literal', value: '1977-12', datatype: 'http://www.w3.org/2001/XMLSchema#gYearMonth' }, '1977-12'],
    [{ type: 'literal', value: '1977', datatype: 'http://www.w3.org/2001/XMLSchema#gYear' }, '1977'],
    [{ type: 'literal', value: '2021-10-18', datatype: 'http://www.w3.org/2001/XMLSchema#date' }, '2021-10-18'],
    [{ type: 'literal', value: '12', datatype: 'http://www.w3.org/2001/XMLSchema#integer' }, '12'],
    [{ type: 'literal', value: 'P1Y', datatype: 'http://www.w3.org/2001/XMLSchema#duration' }, 'P1Y^^xsd:duration'],
  ] as const)('%j → %s', (term, shown) => {
    expect(displayTerm(term)).toBe(shown);
  });

  it('office-ld query --format table prints a start date bare', () => {
    const run = runCli(['query', '--format', 'table',
      'SELECT ?start WHERE { <https://example.org/office-ld/tenure/party-secretary-of-heilongjiang/zhang-qilong-1949-05> <http://schema.org/startDate> ?start }']);
    expect(run.stdout.split('\n')[2]?.trim()).toBe('1949-05');
  });
});

describe('load --store', () => {
  it('points to a section of the docs that exists under that name', () => {
    const run = runCli(['load', '--store', tempDir()]);
    expect(run.code).toBe(2);
    const [, file, section] = /see (docs\/[\w-]+\.md), "([^"]+)"/.exec(run.stderr) ?? [];
    expect(section).toBeDefined();
    expect(readFileSync(path.join(ROOT, file!), 'utf8')).toContain(`## ${section}\n`);
  });
});
