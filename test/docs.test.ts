// Every command line of README.md and docs/ (```sh and ```console blocks) is run on a copy of the repo, and
// what the docs say of its output holds; the few that cannot run here are listed with the reason.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonical, ROOT } from './helpers.js';
import { type DocCommand, docCommands, type Ran, sh, workingCopy } from './doc-commands.js';
import { dumpQuads, expectedDescription, POST, startTestServer, type TestServer } from './serve-helpers.js';
import { hasVirtuoso, startVirtuoso, type Virtuoso } from './virtuoso.js';

const inCi = process.env.CI === 'true';
const hasScript = existsSync('/usr/bin/script');
const NT = readFileSync(path.join(ROOT, 'output/dump.nt'), 'utf8');
const TRIPLES = NT.trim().split('\n').length;
const XU_QIN = 'https://example.org/office-ld/person/xu-qin';

/** The loopback servers some commands are pointed at instead of the ones the docs name. */
interface Servers {
  serve: TestServer;
  virtuoso?: Virtuoso;
}

/** How a command of the docs is checked: run (after `rewrite`) and its claims held, or not run and why. */
type Check =
  | { excluded: string }
  | { needs?: 'virtuoso'; rewrite?: (command: string, servers: Servers) => string; check(ran: Ran, dir: string): void | Promise<void> };

/** The rows of a TSV answer (header first). */
const tsv = (text: string) => text.trim().split('\n').map((line) => line.split('\t'));
/** The SELECT variables of a shipped query. */
const selected = (file: string) => /SELECT ([^{]+?) WHERE/.exec(readFileSync(path.join(ROOT, 'queries', file), 'utf8'))![1]!.split(' ');
/** Triples of the committed dump whose predicate ends in `local`. */
const countOf = (local: string) => NT.split('\n').filter((line) => line.split(' ')[1]?.endsWith(`${local}>`)).length;

const HOLDERS_IN_ORDER: Check = {
  check(ran) {
    const rows = tsv(ran.stdout);
    expect(rows[0]).toEqual(selected('holders-in-order.rq'));
    expect(rows.length - 1).toBe(countOf('#ordinal'));
  },
};
const TEST_SUITE = { excluded: 'it is this test suite (npm test builds, then runs vitest)' };

/** Every command line of the docs, by its text. */
const CHECKS: Record<string, Check> = {
  'npm install && npm start': {
    excluded: 'npm install reaches the npm registry and tests stay on loopback; what npm start runs is checked below',
  },
  'npm test': TEST_SUITE,
  'npm run bench:serve': { excluded: 'a benchmark: speed is measured by npm run bench, never by tests' },
  'node dist/cli/main.js query --file queries/holders-in-order.rq': HOLDERS_IN_ORDER,
  [`node dist/cli/main.js query -q --format table 'SELECT ?name ?start WHERE { ?t <http://www.w3.org/ns/opengov#post> ?post;
    <http://www.w3.org/ns/org#member> ?p; <http://schema.org/startDate> ?start; <https://example.org/office-ld/ns#current> true .
    ?p <http://schema.org/name> ?name FILTER(LANG(?name) = "en") }'`]: { check: () => undefined }, // the output shown is compared
  'office-ld query --file queries/holders-in-order.rq': {
    // the docs say: an aligned table on a terminal (piped, TSV)
    rewrite: (command) => (hasScript ? `script -qec ${JSON.stringify(command)} /dev/null` : command),
    check(ran) {
      if (!hasScript) return HOLDERS_IN_ORDER.check(ran, '');
      // stderr shares the terminal: `output/dump.nt: 612 triples loaded`, then the table
      const lines = ran.stdout.replace(/\r/g, '').trim().split('\n');
      expect(lines[0]).toBe(`output/dump.nt: ${TRIPLES} triples loaded`);
      expect(lines[1]!.split(/\s+│\s+/)).toEqual(selected('holders-in-order.rq'));
      expect(lines[2]).toMatch(/^─+┼─+/);
      expect(lines.at(-1)).toBe(`${countOf('#ordinal')} rows`);
    },
  },
  "office-ld query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'": {
    check: (ran) => expect(tsv(ran.stdout)).toEqual([['?n'], [String(TRIPLES)]]),
  },
  'office-ld query --file queries/vacancies.rq --format csv > gaps.csv': {
    check(ran, dir) {
      expect(ran.stdout).toBe('');
      const lines = readFileSync(path.join(dir, 'gaps.csv'), 'utf8').trim().split('\r\n');
      expect(lines[0]).toBe(selected('vacancies.rq').map((v) => v.slice(1)).join(','));
      expect(lines.length).toBeGreaterThan(1);
    },
  },
  "office-ld query --data output/dump.ttl 'DESCRIBE <https://example.org/office-ld/person/xu-qin>'": {
    async check(ran) {
      const own = dumpQuads().filter((q) => q.subject.value === XU_QIN);
      expect(await canonical(new Parser().parse(ran.stdout) as Quad[])).toBe(await canonical(own));
    },
  },
  'oxigraph load --location oxigraph-db --file output/dump.nt --graph https://example.org/office-ld/graph --lenient': {
    excluded: "the Oxigraph server CLI (Rust: cargo install oxigraph-cli) is not installed here or in CI; office-ld's own store is the npm oxigraph",
  },
  'oxigraph serve --location oxigraph-db --bind 127.0.0.1:7878': { excluded: 'the Oxigraph server CLI, as above' },
  'export OFFICE_LD_USER=dba OFFICE_LD_PASSWORD=…': { excluded: 'sets the account: run before the load below, which checks it' },
  'office-ld build --changes': { excluded: 'a step of keeping a store in sync (needs a previous bundle); test/changesets.test.ts runs the whole sequence on Virtuoso' },
  'office-ld load --data output --replace --endpoint …/sparql-graph-crud-auth --sparql …/sparql-auth': {
    excluded: 'the endpoint is elided (…); test/changesets.test.ts loads a bundle with --replace on a loopback Virtuoso',
  },
  'office-ld load --changes output --endpoint …/sparql-graph-crud-auth --sparql …/sparql-auth': {
    excluded: 'the endpoint is elided (…); test/changesets.test.ts applies changesets on a loopback Virtuoso and compares the graph with the new dump',
  },
  'office-ld load --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --sparql http://127.0.0.1:8890/sparql-auth': {
    needs: 'virtuoso',
    rewrite: (command, servers) => command.replace('OFFICE_LD_PASSWORD=…', 'OFFICE_LD_PASSWORD=dba')
      .replaceAll('http://127.0.0.1:8890', servers.virtuoso!.base),
    check: () => undefined, // the output shown is compared
  },
  "curl -H 'Accept: text/turtle' http://127.0.0.1:8080/post/party-secretary-of-heilongjiang": {
    rewrite: (command, servers) => command.replace('http://127.0.0.1:8080/', servers.serve.url),
    async check(ran) {
      expect(await canonical(new Parser().parse(ran.stdout) as Quad[])).toBe(await canonical(expectedDescription(dumpQuads(), POST)));
    },
  },
  "curl -H 'Accept: text/csv' http://127.0.0.1:8080/sparql \\\n  --data-urlencode 'query=SELECT ?name WHERE { ?p a <http://schema.org/Person>; <http://schema.org/name> ?name }'": {
    rewrite: (command, servers) => command.replace('http://127.0.0.1:8080/', servers.serve.url),
    check(ran) {
      const persons = new Set(dumpQuads().filter((q) => q.object.value === 'http://schema.org/Person').map((q) => q.subject.value));
      const names = dumpQuads().filter((q) => persons.has(q.subject.value) && q.predicate.value === 'http://schema.org/name');
      const lines = ran.stdout.trim().split('\r\n');
      expect(lines[0]).toBe('name');
      expect(lines.slice(1).sort()).toEqual(names.map((q) => q.object.value).sort());
    },
  },
};

const COMMANDS = docCommands();

describe('the command lines of the docs', () => {
  it('are each checked below or excluded with a reason, and every check is of a command the docs hold', () => {
    expect(COMMANDS.filter((c) => !Object.hasOwn(CHECKS, c.command)).map((c) => `${c.file}: ${c.command}`)).toEqual([]);
    expect(Object.keys(CHECKS).filter((command) => !COMMANDS.some((c) => c.command === command))).toEqual([]);
  });

  it('npm start runs `office-ld build data/articles --out output`, which gives the committed output/ byte for byte', async () => {
    const start = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start as string;
    expect(start).toBe('npm run build --silent && node dist/cli/main.js build data/articles --out output -q');
    const dir = workingCopy();
    const ran = await sh('office-ld build data/articles --out built -q', dir);
    expect(ran.code, ran.stderr).toBe(0);
    for (const name of readFileSync(path.join(ROOT, 'output/void.ttl'), 'utf8').match(/dcat:downloadURL <[^>]+\/([^/>]+)>/g)!
      .map((m) => m.split('/').at(-1)!.slice(0, -1))) {
      expect(readFileSync(path.join(dir, 'built', name)).equals(readFileSync(path.join(ROOT, 'output', name))), name).toBe(true);
    }
  }, 120_000);

  const servers = {} as Servers;
  const runnable = COMMANDS.filter((c) => !('excluded' in (CHECKS[c.command] ?? { excluded: '' })));
  const wanted = (c: DocCommand) => (CHECKS[c.command] as { needs?: string }).needs;
  beforeAll(async () => {
    servers.serve = await startTestServer(path.join(workingCopy(), 'output'));
    if (runnable.some((c) => wanted(c) === 'virtuoso') && (hasVirtuoso || inCi)) servers.virtuoso = await startVirtuoso();
  }, 180_000);
  afterAll(async () => {
    await servers.serve?.close();
    await servers.virtuoso?.stop();
  }, 30_000);

  it.each(runnable.map((c) => [`${c.file}: ${c.command.split('\n')[0]}`, c] as const))('%s', async (_name, doc) => {
    const check = CHECKS[doc.command] as Exclude<Check, { excluded: string }>;
    if (check.needs === 'virtuoso' && !servers.virtuoso) return; // not installed here (required in CI: beforeAll starts it)
    const dir = workingCopy();
    const script = [...doc.setup, doc.command].join('\n');
    const ran = await sh(check.rewrite ? check.rewrite(script, servers) : script, dir);
    expect(ran.code, ran.stderr).toBe(0);
    if (doc.output !== undefined) expect(ran.stdout).toBe(doc.output);
    await check.check(ran, dir);
  }, 120_000);
});
