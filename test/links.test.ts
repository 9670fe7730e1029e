// The links file: strict reading with file:line errors, and owl:sameAs in the dumps only for accepted lines.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLinks, LINKS_HEADER, parseLinks } from '../src/reconcile/links-file.js';
import { FIXTURES, ROOT, runCli, SEED, tempDir } from './helpers.js';

const B = 'https://example.org/office-ld/';
const file = (lines: string[]) => [LINKS_HEADER, ...lines].join('\n') + '\n';

describe('reading the links file', () => {
  it('reads relative and absolute entities, scores and "-"', () => {
    const links = parseLinks(file([
      'org/chinese-communist-party\tsameAs\tQ17427\t-\taccepted\tseed',
      `${B}person/xu-qin\tsameAs\tQ900001\t0.950\tproposed\tlabel-en=1`,
    ]), 'links.tsv');
    expect(links.map(({ entity, score, status }) => [entity, score, status])).toEqual([
      ['org/chinese-communist-party', undefined, 'accepted'], [`${B}person/xu-qin`, 0.95, 'proposed']]);
  });

  it.each([
    ['org/x\tsameAs\tQ1\t-\taccepted', '2 : 5 tab-separated cells; expected 6: entity, relation, qid, score, status, evidence'],
    ['org/x\tsameAs\tP39\t-\taccepted\te', '2 : "P39" is not a Wikidata item id; expected Q followed by digits, e.g. Q17427'],
    ['org/x\tsameAs\tQ1\t1.5\taccepted\te', '2 : score "1.5" is not a number from 0 to 1; expected a number from 0 to 1, or "-" for a link written by hand'],
    ['org/x\tsameAs\tQ1\t-\tok\te', '2 : unknown status "ok"; expected one of proposed, accepted, rejected'],
    ['org/x\tequals\tQ1\t-\taccepted\te', '2 : unknown relation "equals"; expected one of sameAs, exactMatch, closeMatch, broadMatch, narrowMatch'],
  ])('rejects %j', (line, message) => {
    expect(() => parseLinks(file([line]), 'links.tsv')).toThrow(`links.tsv:${message.replace('2 : ', '2: ')}\n    ${line}`);
  });

  it('needs the header', () => {
    expect(() => parseLinks('entity\tqid\n', 'l.tsv')).toThrow('l.tsv:1: the first line is not the header; expected the columns entity, relation, qid, score, status, evidence separated by tabs');
  });

  it('writes sorted lines, keeping accepted and rejected lines as they were read', () => {
    const text = file([
      'person/b\tsameAs\tQ2\t0.5\tproposed\tx',
      'person/a\tsameAs\tQ1\t-\taccepted\t  kept   as is ',
    ]);
    expect(formatLinks(parseLinks(text, 'l.tsv'))).toBe(file([
      'person/a\tsameAs\tQ1\t-\taccepted\t  kept   as is ',
      'person/b\tsameAs\tQ2\t0.500\tproposed\tx',
    ]));
  });
});

describe('build --links', () => {
  const build = (links: string | undefined) => {
    const dir = tempDir();
    const args = ['build', SEED, '--out', path.join(dir, 'out'), '--format', 'nt', '-q'];
    if (links !== undefined) writeFileSync(path.join(dir, 'links.tsv'), links);
    const run = runCli([...args, '--links', path.join(dir, 'links.tsv')]);
    const nt = run.code === 0 ? readFileSync(path.join(dir, 'out', 'dump.nt'), 'utf8') : '';
    return { run, wikidata: nt.split('\n').filter((l) => l.includes('wikidata.org')), dir };
  };

  it('adds owl:sameAs and schema:sameAs for accepted lines only, skos mappings by relation', () => {
    const { run, wikidata } = build(file([
      'org/chinese-communist-party\tsameAs\tQ17427\t-\taccepted\tseed',
      'person/xu-qin\tsameAs\tQ900001\t0.9\tproposed\tlabel',
      'person/zhang-qilong\tsameAs\tQ900002\t0.9\trejected\tlabel',
      'person/not-in-this-graph\tsameAs\tQ900003\t-\taccepted\tnot ours',
      'role/secretary\tbroadMatch\tQ836971\t-\taccepted\tseed',
    ]));
    expect(run.code, run.stderr).toBe(0);
    expect(wikidata).toEqual([
      `<${B}org/chinese-communist-party> <http://schema.org/sameAs> <http://www.wikidata.org/entity/Q17427> .`,
      `<${B}org/chinese-communist-party> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q17427> .`,
      `<${B}role/secretary> <http://www.w3.org/2004/02/skos/core#broadMatch> <http://www.wikidata.org/entity/Q836971> .`,
    ]);
  });

  it('a missing links file means no links', () => {
    const { run, wikidata } = build(undefined);
    expect(run.code, run.stderr).toBe(0);
    expect(wikidata).toEqual([]);
  });

  it('a malformed line fails the build with file:line (exit 1)', () => {
    const { run, dir } = build(file(['org/chinese-communist-party\tsameAs\tQ17427\t-\taccepted\tseed', 'org/x\tsameAs\tQ17427\taccepted\tseed']));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path.join(dir, 'links.tsv')}:3: 5 tab-separated cells; expected 6: entity, relation, qid, score, status, evidence`);
  });

  it('the committed data/links.tsv is in the committed output: the party, and the province the post applies to', () => {
    const nt = readFileSync(path.join(import.meta.dirname, '..', 'output', 'dump.nt'), 'utf8');
    expect(nt).toContain(`<${B}org/chinese-communist-party> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q17427> .`);
    expect(nt).toContain(`<${B}post/party-secretary-of-heilongjiang> <http://www.w3.org/ns/opengov#area> <${B}place/heilongjiang> .`);
    expect(nt).toContain(`<${B}place/heilongjiang> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q19206> .`);
  });
});

describe('the jurisdiction across articles', () => {
  it('a party secretary and a governor of one province share one place, linked once', () => {
    const dir = tempDir();
    const governor = path.join(FIXTURES, 'jurisdiction/governor-of-heilongjiang.txt');
    const run = runCli(['build', SEED, governor, '--out', path.join(dir, 'out'), '--format', 'nt', '-q',
      '--links', path.join(ROOT, 'data/links.tsv')]);
    expect(run.code, run.stderr).toBe(0);
    const nt = readFileSync(path.join(dir, 'out', 'dump.nt'), 'utf8').split('\n');
    const area = nt.filter((l) => l.includes('<http://www.w3.org/ns/opengov#area>'));
    expect(area).toEqual([
      `<${B}post/governor-of-heilongjiang> <http://www.w3.org/ns/opengov#area> <${B}place/heilongjiang> .`,
      `<${B}post/party-secretary-of-heilongjiang> <http://www.w3.org/ns/opengov#area> <${B}place/heilongjiang> .`,
    ]);
    expect(nt.filter((l) => l.startsWith(`<${B}place/`))).toEqual([
      `<${B}place/heilongjiang> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/AdministrativeArea> .`,
      `<${B}place/heilongjiang> <http://schema.org/name> "Heilongjiang"@en .`,
      `<${B}place/heilongjiang> <http://schema.org/sameAs> <http://www.wikidata.org/entity/Q19206> .`,
      `<${B}place/heilongjiang> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q19206> .`,
      `<${B}place/heilongjiang> <http://www.w3.org/2004/02/skos/core#prefLabel> "Heilongjiang"@en .`,
      `<${B}place/heilongjiang> <http://www.w3.org/ns/prov#wasDerivedFrom> <${B}source/governor-of-heilongjiang> .`,
      `<${B}place/heilongjiang> <http://www.w3.org/ns/prov#wasDerivedFrom> <${B}source/party-secretary-of-heilongjiang> .`,
    ]);
  });
});
