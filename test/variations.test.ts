// Real articles vary: one fixture article per variation, each with its tenures asserted as facts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NamedNode, Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildFromSources, readArticle } from '../src/build.js';
import type { ArticleRecord } from '../src/extract/records.js';
import { opengov, org, ol, rdf, schema, skos, xsd } from '../src/vocab.js';
import { FIXTURES } from './helpers.js';

const { namedNode, literal } = DataFactory;
const BASE = 'https://example.org/office-ld/';

function source(name: string, text?: string) {
  const file = path.join(FIXTURES, 'articles', name);
  return { path: file, name, bytes: text === undefined ? readFileSync(file) : new TextEncoder().encode(text) };
}

function record(name: string, text?: string): ArticleRecord {
  return readArticle(source(name, text));
}

async function graph(name: string): Promise<Store> {
  const result = await buildFromSources([source(name)]);
  expect(result.validation.findings.filter((f) => f.severity === 'Violation')).toEqual([]);
  return new Store(result.quads as Quad[]);
}

/** Each tenure as [English name, native name, start, end, acting] in row order. */
function rows(r: ArticleRecord) {
  const persons = new Map(r.persons.map((p) => [p.key, p]));
  return r.tenures.map((t) => [
    persons.get(t.person)?.english, persons.get(t.person)?.natives[0]?.value, t.start?.value, t.end?.value ?? null, t.acting,
  ]);
}

const one = (store: Store, s: Term, p: Term) => store.getObjects(s as never, p as never, null);

describe('acting holders, a person holding the post twice, traditional characters (Hong Kong)', () => {
  const r = record('chief-executive-of-hong-kong.txt');

  it('reads every row as a tenure, the (acting) marker dropped from the name', () => {
    expect(rows(r)).toEqual([
      ['Tung Chee-hwa', '董建華', '1997-07-01', '2005-03-12', false],
      ['Donald Tsang', '曾蔭權', '2005-03-12', '2005-05-25', true],
      ['Henry Tang', '唐英年', '2005-05-25', '2005-06-21', true],
      ['Donald Tsang', '曾蔭權', '2005-06-21', '2012-06-30', false],
      ['Leung Chun-ying', '梁振英', '2012-07-01', '2017-06-30', false],
      ['Carrie Lam', '林鄭月娥', '2017-07-01', '2022-06-30', false],
      ['John Lee', '李家超', '2022-07-01', null, false],
    ]);
  });

  it('tags traditional names zh-Hant, also those whose characters alone cannot tell', () => {
    expect(new Set(r.persons.flatMap((p) => p.natives.map((n) => n.tag)))).toEqual(new Set(['zh-Hant']));
  });

  it('gives Donald Tsang one IRI with two tenures, the first marked ol:acting', async () => {
    const store = await graph('chief-executive-of-hong-kong.txt');
    const tsang = namedNode(`${BASE}person/donald-tsang`);
    const tenures = store.getSubjects(org.member, tsang, null).map((t) => t.value).sort();
    expect(tenures).toEqual([
      `${BASE}tenure/chief-executive-of-hong-kong/donald-tsang-2005-03-12`,
      `${BASE}tenure/chief-executive-of-hong-kong/donald-tsang-2005-06-21`,
    ]);
    expect(one(store, namedNode(tenures[0]), ol.acting)).toEqual([literal('true', xsd.boolean)]);
    expect(one(store, namedNode(tenures[1]), ol.acting)).toEqual([]);
    expect(one(store, tsang, schema.name).map((n) => n.value).sort()).toEqual(['Donald Tsang', '曾蔭權']);
    expect(store.getSubjects(rdf.type, schema.Person, null)).toHaveLength(6);
  });

  it('reads the infobox in any order with other key names (Organisation, First holder)', async () => {
    const store = await graph('chief-executive-of-hong-kong.txt');
    const post = namedNode(`${BASE}post/chief-executive-of-hong-kong`);
    expect(one(store, post, org.postIn)).toEqual([namedNode(`${BASE}org/government-of-hong-kong`)]);
    expect(one(store, post, ol.inauguralHolder)).toEqual([namedNode(`${BASE}person/tung-chee-hwa`)]);
    expect(one(store, post, org.heldBy)).toEqual([namedNode(`${BASE}person/john-lee`)]);
    expect(one(store, post, ol.inception)).toEqual([literal('1997-07-01', xsd.date)]);
    expect(r.office.otherFields.map((f) => [f.key, f.value])).toEqual([['Term length', 'Five years']]);
  });
});

describe('day, month and year precision in one table; a "Post abolished" row (CCP chairman)', () => {
  it('keeps each date at its written precision and datatype', async () => {
    const store = await graph('chairman-of-the-chinese-communist-party.txt');
    const tenure = (slug: string) => namedNode(`${BASE}tenure/chairman-of-the-chinese-communist-party/${slug}`);
    const dates = (slug: string) => [...one(store, tenure(slug), schema.startDate), ...one(store, tenure(slug), schema.endDate)];
    expect(dates('mao-zedong-1945')).toEqual([literal('1945', xsd.gYear), literal('1976-09-09', xsd.date)]);
    expect(dates('hua-guofeng-1976-10')).toEqual([literal('1976-10', xsd.gYearMonth), literal('1981-06', xsd.gYearMonth)]);
    expect(dates('hu-yaobang-1981-06-29')).toEqual([literal('1981-06-29', xsd.date), literal('1982-09', xsd.gYearMonth)]);
  });

  it('records the abolition row and the vacancy as gaps with their dates, not as persons or tenures', async () => {
    const r = record('chairman-of-the-chinese-communist-party.txt');
    expect(r.tenures).toHaveLength(3);
    expect(r.persons.map((p) => p.english)).toEqual(['Mao Zedong', 'Hua Guofeng', 'Hu Yaobang']);
    expect(r.office.incumbent).toBeUndefined();
    expect(r.gaps.map((g) => [g.text, g.start?.value, g.end?.value, g.line])).toEqual([
      ['Vacant', '1976-09-09', '1976-10', 12], ['Post abolished', '1982-09', undefined, 15]]);
    const store = await graph('chairman-of-the-chinese-communist-party.txt');
    const gap = namedNode(`${BASE}gap/chairman-of-the-chinese-communist-party/1982-09`);
    expect(store.getSubjects(rdf.type, ol.Gap, null).map((g) => g.value).sort()).toEqual([
      `${BASE}gap/chairman-of-the-chinese-communist-party/1976-09-09`, gap.value]);
    expect(one(store, gap, ol.gapIn)).toEqual([namedNode(`${BASE}post/chairman-of-the-chinese-communist-party`)]);
    expect(one(store, gap, schema.startDate)).toEqual([literal('1982-09', xsd.gYearMonth)]);
    expect(one(store, gap, schema.endDate)).toEqual([]);
    expect(one(store, gap, schema.description)).toEqual([literal('Post abolished', 'en')]);
    expect(one(store, gap, ol.sourceLine)).toEqual([literal('15', xsd.integer)]);
  });
});

describe('several tables in different sections, a vacancy, a note row (Premier of China)', () => {
  const r = record('premier-of-the-state-council.txt');

  it('reads both tables as tenures of the one post, each with its section', () => {
    expect(r.tenures).toHaveLength(11);
    expect(r.tenures.map((t) => [t.ordinal, t.section === r.tenures[0].section])).toEqual(
      r.tenures.map((_, i) => [i + 1, i === 0]));
    expect(r.tenures[0].section).toBe('Premier of the Government Administration Council (1949–1954)');
    expect(r.tenures[1].section).toBe('Premier of the State Council (1954–present)');
  });

  it('gives Zhou Enlai one IRI with a tenure in each section', async () => {
    const store = await graph('premier-of-the-state-council.txt');
    const zhou = namedNode(`${BASE}person/zhou-enlai`);
    const sections = store.getSubjects(org.member, zhou, null).flatMap((t) => one(store, t, ol.section)).map((s) => s.value);
    expect(sections.sort()).toEqual([
      'Premier of the Government Administration Council (1949–1954)', 'Premier of the State Council (1954–present)']);
    expect(store.getSubjects(rdf.type, schema.Person, null)).toHaveLength(8);
    expect(store.getSubjects(opengov.post, null, null)).toHaveLength(11);
  });

  it('records the vacancy as a gap and drops the note row that has no dates', () => {
    expect(r.gaps.map((g) => [g.text, g.start?.value, g.end?.value, g.line])).toEqual([
      ['Vacant', '1976-01-08', '1976-02-03', 20],
    ]);
    expect(r.tenures.some((t) => t.raw.includes("''"))).toBe(false);
  });
});

describe('names with diacritics, particles and apostrophes; a Party column (President of France)', () => {
  const r = record('president-of-france.txt');

  it('keeps the names as written and gives them readable IRIs', async () => {
    expect(r.persons.map((p) => [p.english, p.natives[0]?.value])).toEqual([
      ['Charles de Gaulle', undefined], ['Alain Poher', undefined], ['Georges Pompidou', undefined],
      ["Valéry Giscard d'Estaing", undefined], ['François Mitterrand', undefined], ['Jacques Chirac', undefined],
      ['Nicolas Sarkozy', undefined], ['François Hollande', undefined], ['Emmanuel Macron', undefined],
    ]);
    const store = await graph('president-of-france.txt');
    expect(one(store, namedNode(`${BASE}person/valery-giscard-d-estaing`), schema.name))
      .toEqual([literal("Valéry Giscard d'Estaing", 'en')]);
    expect(store.getSubjects(org.member, namedNode(`${BASE}person/alain-poher`), null)).toHaveLength(2);
  });

  it('makes the Party cell the party of that term (opengov:onBehalfOf on the tenure), a political party', async () => {
    const store = await graph('president-of-france.txt');
    const socialist = namedNode(`${BASE}org/socialist-party`);
    const holders = (party: NamedNode) => store.getSubjects(opengov.onBehalfOf, party, null)
      .flatMap((t) => one(store, t, org.member)).map((p) => p.value).sort();
    expect(holders(socialist)).toEqual([`${BASE}person/francois-hollande`, `${BASE}person/francois-mitterrand`]);
    expect(store.has(DataFactory.quad(socialist, rdf.type, schema.PoliticalParty))).toBe(true);
    expect(holders(namedNode(`${BASE}org/renaissance`))).toEqual([`${BASE}person/emmanuel-macron`]);
    expect(store.getQuads(namedNode(`${BASE}person/emmanuel-macron`), null, namedNode(`${BASE}org/renaissance`), null)).toEqual([]);
  });

  it('reads the infobox aliases Inaugural holder, Established, Organization and keeps Style', () => {
    expect(r.office.inaugural).toBe('Charles de Gaulle|');
    expect(r.office.inception).toEqual({ value: '1959-01-08', precision: 'day' });
    expect(r.office.body).toBe('French Republic');
    expect(r.office.otherFields.map((f) => f.key)).toEqual(['Term length', 'Style']);
  });
});

describe('extra columns by header: number, party, notes, references; hyphenated names (Premier of the ROC)', () => {
  const r = record('premier-of-the-republic-of-china.txt');

  it('finds the name and date columns wherever they are, reads the # column as written, and keeps notes on the tenure', async () => {
    expect(r.tenures).toHaveLength(12);
    expect(r.tenures.map((t) => t.notes[0] ?? null)).toEqual([
      'First term', null, null, null, 'Second term', null, null, null, null, 'Second term', null, null]);
    expect(r.tenures[0].extra).toEqual([{ header: 'Refs', value: '[1]' }]);
    expect(r.tenures.map((t) => t.seriesOrdinal)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    const store = await graph('premier-of-the-republic-of-china.txt');
    const chang = namedNode(`${BASE}person/chang-chun-hsiung`);
    const notes = store.getSubjects(org.member, chang, null).flatMap((t) => one(store, t, skos.note)).map((n) => n.value);
    expect(notes.sort()).toEqual(['First term', 'Second term']);
  });

  it('puts each term\'s party on its tenure, and "Independent" gives none', async () => {
    const store = await graph('premier-of-the-republic-of-china.txt');
    const partiesOf = (person: string) => store.getSubjects(org.member, namedNode(`${BASE}person/${person}`), null)
      .flatMap((t) => one(store, t, opengov.onBehalfOf));
    expect(partiesOf('liu-chao-shiuan')).toEqual([namedNode(`${BASE}org/kuomintang`)]);
    expect(store.has(DataFactory.quad(namedNode(`${BASE}org/kuomintang`), rdf.type, schema.PoliticalParty))).toBe(true);
    expect(partiesOf('lin-chuan')).toEqual([]);
    expect(store.getSubjects(rdf.type, schema.Person, null)).toHaveLength(10);
  });

  it('a gap between terms (2009 to 2016) is no error', () => {
    expect(r.tenures[5].end?.value).toBe('2009-09-10');
    expect(r.tenures[6].start.value).toBe('2016-02-01');
  });
});

describe('the incumbent\'s end cell, however it is written, leaves the term open', () => {
  const text = readFileSync(path.join(FIXTURES, 'articles', 'premier-of-the-state-council.txt'), 'utf8');
  it.each(['Incumbent', 'present', '—', '–', '', 'in office'])('"%s"', (end) => {
    const r = record('premier-of-the-state-council.txt',
      text.replace('| 11 March 2023 | Incumbent |', `| 11 March 2023 | ${end} |`));
    const last = r.tenures.at(-1)!;
    expect([last.end, last.current]).toEqual([undefined, true]);
    expect(r.tenures.filter((t) => t.current)).toHaveLength(1);
  });
});

describe('an infobox name with a year after it, no comma (Ohio State Treasurer, "Inaugural: William McFarland 1803")', () => {
  it('is the first holder of the table, not another person', () => {
    const text = ['= Ohio State Treasurer =', '', 'Infobox', '- Post: State Treasurer', '- Body: Ohio', '- Inaugural: William McFarland 1803', '',
      '== List of Ohio state treasurers ==', '| # | Image | Name | Term of office | Party |',
      '| 1 | | William McFarland | 1803–1816 | |', '| 2 | | Hiram M. Curry | 1816–1820 | |', ''].join('\n');
    const record = readArticle({ name: 'ohio.txt', path: 'ohio.txt', bytes: Buffer.from(text) });
    expect(record.persons.map((p) => p.english)).toEqual(['William McFarland', 'Hiram M. Curry']);
    expect(record.office.inaugural).toBe(record.tenures[0].person);
  });
});

describe('an infobox name with a second form of one language after it (Tokyo governors, ko.wikipedia: "Inaugural: 야스이 세이이치로(민선 도지사)")', () => {
  it('gives a person one name in that language: the build has no sh:uniqueLang violation', async () => {
    const text = ['= 도쿄도지사 =', '', 'Infobox', '- Post: 도쿄도지사', '- Body: 도쿄도', '- Inaugural: 야스이 세이이치로(민선 도지사)', '',
      '== 역대 도지사 ==', '| 대수 | 이름 | 임기 |',
      '| 초대 | 가라스마루 미쓰에 (烏丸光徳) | 1868년 7월 13일~1868년 12월 20일 |', ''].join('\n');
    const source = { name: 'tokyo.txt', path: 'tokyo.txt', bytes: Buffer.from(text) };
    const record = readArticle(source);
    for (const person of record.persons) expect(new Set(person.natives.map((n) => n.tag)).size).toBe(person.natives.length);
    const built = await buildFromSources([source]);
    expect(built.validation.findings.filter((f) => f.severity === 'Violation')).toEqual([]);
  });
});
