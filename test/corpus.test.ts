// Corpus builds: many articles, one dataset; the same person or body named in several articles is one IRI.
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromPaths, type BuildResult } from '../src/build.js';
import { opengov, org, rdf, schema, skos } from '../src/vocab.js';
import { FIXTURES, SEED } from './helpers.js';

const { namedNode, literal } = DataFactory;
const BASE = 'https://example.org/office-ld/';

let result: BuildResult;
let store: Store;
beforeAll(async () => {
  result = await buildFromPaths([SEED, path.join(FIXTURES, 'corpus')]);
  store = new Store(result.quads as Quad[]);
});

/** The posts a person held, by their tenures. */
const postsOf = (person: string) => [...new Set(store.getSubjects(org.member, namedNode(person), null)
  .flatMap((t) => store.getObjects(t, opengov.post, null)).map((p) => p.value))].sort();

describe('a corpus of four articles', () => {
  it('builds one conforming dataset', () => {
    expect(result.records.map((r) => r.source.file)).toEqual([
      'commissioner-of-the-state-taxation-administration.txt', 'governor-of-hebei.txt',
      'party-secretary-of-heilongjiang.txt', 'party-secretary-of-inner-mongolia.txt']);
    expect(result.validation.findings).toEqual([]);
    expect(store.getSubjects(rdf.type, org.Post, null)).toHaveLength(4);
  });

  it('gives Xu Qin (许勤), governor of Hebei and later party secretary of Heilongjiang, one IRI with tenures in both posts', () => {
    const xuQin = `${BASE}person/xu-qin`;
    expect(postsOf(xuQin)).toEqual([`${BASE}post/governor-of-hebei`, `${BASE}post/party-secretary-of-heilongjiang`]);
    expect(store.getSubjects(org.member, namedNode(xuQin), null)).toHaveLength(3);
    expect(store.getObjects(namedNode(xuQin), schema.name, null).map((n) => n.value).sort()).toEqual(['Xu Qin', '许勤']);
    expect(postsOf(`${BASE}person/zhang-qingwei`)).toEqual([`${BASE}post/governor-of-hebei`, `${BASE}post/party-secretary-of-heilongjiang`]);
  });

  it('keeps Wang Jun (王君) and Wang Jun (王军) apart: same English name, different native names', () => {
    const wangs = store.getSubjects(schema.name, literal('Wang Jun', 'en'), null).map((p) => p.value).sort();
    expect(wangs).toHaveLength(2);
    const byNative = Object.fromEntries(wangs.map((w) => [
      store.getObjects(namedNode(w), schema.name, null).find((n) => n.value !== 'Wang Jun')!.value, postsOf(w)]));
    expect(byNative).toEqual({
      王君: [`${BASE}post/party-secretary-of-inner-mongolia`],
      王军: [`${BASE}post/commissioner-of-the-state-taxation-administration`],
    });
  });

  it('gives the Chinese Communist Party, named in two articles, one IRI that both committees belong to', () => {
    const ccp = store.getSubjects(skos.prefLabel, literal('Chinese Communist Party', 'en'), null);
    expect(ccp).toEqual([namedNode(`${BASE}org/chinese-communist-party`)]);
    expect(store.getSubjects(org.subOrganizationOf, ccp[0], null).map((b) => b.value).sort()).toEqual([
      `${BASE}org/central-committee-of-the-chinese-communist-party`,
      `${BASE}org/heilongjiang-provincial-committee-of-the-chinese-communist-party`,
      `${BASE}org/heilongjiang-provincial-standing-committee-of-the-chinese-communist-party`,
      `${BASE}org/inner-mongolia-autonomous-regional-committee-of-the-chinese-communist-party`,
    ]);
    const sources = store.getObjects(ccp[0], DataFactory.namedNode('http://www.w3.org/ns/prov#wasDerivedFrom'), null);
    expect(sources.map((s) => s.value).sort()).toEqual([
      `${BASE}source/party-secretary-of-heilongjiang`, `${BASE}source/party-secretary-of-inner-mongolia`]);
  });

  it('every body is one IRI: no two bodies share a label', () => {
    const labels = store.getSubjects(rdf.type, org.FormalOrganization, null)
      .map((b) => store.getObjects(b, skos.prefLabel, null).map((l) => l.value).join('|'));
    expect(new Set(labels).size).toBe(labels.length);
  });
});
