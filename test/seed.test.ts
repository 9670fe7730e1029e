// The seed article, end to end through extract and map: the facts issue 2 names.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromPaths, type BuildResult } from '../src/build.js';
import { opengov, org, ol, rdf, schema, time, xsd } from '../src/vocab.js';
import { ROOT, SEED } from './helpers.js';

const { namedNode, literal } = DataFactory;
const BASE = 'https://example.org/office-ld/';
const POST = namedNode(`${BASE}post/party-secretary-of-heilongjiang`);

let result: BuildResult;
let store: Store;
beforeAll(async () => {
  result = await buildFromPaths([SEED]);
  store = new Store(result.quads as Quad[]);
});

const objects = (s: string | ReturnType<typeof namedNode>, p: ReturnType<typeof namedNode>) =>
  store.getObjects(typeof s === 'string' ? namedNode(s) : s, p, null);

describe('the seed: Party Secretary of Heilongjiang', () => {
  it('has exactly 18 tenures and 18 persons', () => {
    expect(result.records[0].tenures).toHaveLength(18);
    expect(store.getSubjects(rdf.type, org.Membership, null)).toHaveLength(18);
    expect(store.getSubjects(rdf.type, schema.Person, null)).toHaveLength(18);
    for (const tenure of store.getSubjects(rdf.type, org.Membership, null)) {
      expect(store.has(DataFactory.quad(tenure, rdf.type, schema.OrganizationRole))).toBe(true);
      expect(objects(tenure, opengov.post)).toEqual([POST]);
    }
  });

  it("Zhang Qilong's tenure runs from 1949-05 to 1950-03 as xsd:gYearMonth, in the interval too", () => {
    const tenure = `${BASE}tenure/party-secretary-of-heilongjiang/zhang-qilong-1949-05`;
    expect(objects(tenure, schema.startDate)).toEqual([literal('1949-05', xsd.gYearMonth)]);
    expect(objects(tenure, schema.endDate)).toEqual([literal('1950-03', xsd.gYearMonth)]);
    expect(objects(tenure, org.member)).toEqual([namedNode(`${BASE}person/zhang-qilong`)]);
    const [interval] = objects(tenure, org.memberDuring);
    const [start] = store.getObjects(interval, time.hasBeginning, null);
    const [end] = store.getObjects(interval, time.hasEnd, null);
    expect(store.getObjects(start, time.inXSDgYearMonth, null)).toEqual([literal('1949-05', xsd.gYearMonth)]);
    expect(store.getObjects(end, time.inXSDgYearMonth, null)).toEqual([literal('1950-03', xsd.gYearMonth)]);
    expect(objects(tenure, ol.ordinal)).toEqual([literal('1', xsd.integer)]);
    expect(objects(tenure, ol.sourceLine)).toEqual([literal('32', xsd.integer)]);
    expect(objects(tenure, ol.sourceRow)[0].value).toBe('| | Zhang Qilong (张启龙) | May 1949 | March 1950 | |');
  });

  it("Xu Qin's tenure has no end, and Xu Qin alone is the post's org:heldBy", () => {
    const xuQin = namedNode(`${BASE}person/xu-qin`);
    const [tenure] = store.getSubjects(org.member, xuQin, null);
    expect(objects(tenure, schema.endDate)).toEqual([]);
    const [interval] = objects(tenure, org.memberDuring);
    expect(store.getObjects(interval, time.hasEnd, null)).toEqual([]);
    expect(objects(tenure, ol.current)).toEqual([literal('true', xsd.boolean)]);
    expect(objects(POST, org.heldBy)).toEqual([xuQin]);
  });

  it('tags 许勤 as zh-Hans (tags compare case-insensitively) and names Xu Qin in English', () => {
    const names = objects(`${BASE}person/xu-qin`, schema.name) as ReturnType<typeof literal>[];
    expect(names.map((n) => [n.value, n.language.toLowerCase()]).sort()).toEqual([
      ['Xu Qin', 'en'], ['许勤', 'zh-hans'],
    ]);
    expect(result.records[0].persons.find((p) => p.english === 'Xu Qin')?.natives[0]?.tag).toBe('zh-Hans');
  });

  it('links post → body → party', () => {
    const body = namedNode(`${BASE}org/heilongjiang-provincial-committee-of-the-chinese-communist-party`);
    const party = namedNode(`${BASE}org/chinese-communist-party`);
    expect(objects(POST, org.postIn)).toEqual([body]);
    expect(objects(body, org.subOrganizationOf)).toEqual([party]);
    expect(store.getObjects(party, rdf.type, null)).toContainEqual(schema.PoliticalParty);
    expect(store.getObjects(body, rdf.type, null)).toContainEqual(schema.GovernmentOrganization);
  });

  it('keeps every infobox fact: appointer, nominator, standing committee, deputies, inaugural, formation, images', () => {
    const ccpOrgan = (name: string) => namedNode(`${BASE}org/${name}-of-the-chinese-communist-party`);
    expect(objects(POST, ol.appointedBy)).toEqual(expect.arrayContaining([
      ccpOrgan('central-committee'), ccpOrgan('heilongjiang-provincial-committee'),
    ]));
    expect(objects(POST, ol.nominatedBy)).toEqual([ccpOrgan('central-committee')]);
    expect(objects(POST, ol.sitsIn)).toEqual([ccpOrgan('heilongjiang-provincial-standing-committee')]);
    expect(objects(POST, ol.deputy).map((r) => r.value).sort()).toEqual([
      `${BASE}role/deputy-secretary`, `${BASE}role/secretary-general`,
    ]);
    expect(objects(POST, ol.inauguralHolder)).toEqual([namedNode(`${BASE}person/zhang-qilong`)]);
    expect(objects(POST, ol.inception)).toEqual([literal('1949-05', xsd.gYearMonth)]);
    expect(objects(POST, ol.incumbentSince)).toEqual([literal('2021-10-18', xsd.date)]);
    const flag = namedNode('http://commons.wikimedia.org/wiki/Special:FilePath/Flag%20of%20the%20Chinese%20Communist%20Party.svg');
    expect(objects(POST, ol.flag)).toEqual([flag]);
    expect(store.getObjects(flag, schema.caption, null)).toEqual([literal('Flag of the Chinese Communist Party', 'en')]);
    expect(objects(POST, ol.insignia)).toEqual([namedNode('http://commons.wikimedia.org/wiki/Special:FilePath/Danghui.svg')]);
    const sizes = result.quads.filter((q) => /100px|125px/.test(q.object.value));
    expect(sizes).toEqual([]);
  });

  it('chains the tenures in order with previous/next links, first to last', () => {
    const tenures = store.getSubjects(rdf.type, org.Membership, null);
    const byOrdinal = new Map(tenures.map((t) => [Number(objects(t, ol.ordinal)[0].value), t]));
    expect([...byOrdinal.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    for (let i = 1; i < 18; i++) {
      expect(objects(byOrdinal.get(i)!, ol.nextTenure)).toEqual([byOrdinal.get(i + 1)]);
      expect(objects(byOrdinal.get(i + 1)!, ol.previousTenure)).toEqual([byOrdinal.get(i)]);
    }
    expect(objects(byOrdinal.get(18)!, org.member)).toEqual([namedNode(`${BASE}person/xu-qin`)]);
  });

  it('comes from generic code: no word of the seed article in src/', () => {
    const files = readdirSync(path.join(ROOT, 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(readFileSync(path.join(ROOT, 'src', file), 'utf8')).not.toMatch(/heilongjiang|zhang qilong|xu qin/i);
    }
  });
});
