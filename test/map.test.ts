// Articles in → expected Turtle out, compared as graphs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/build.js';
import { createMapContext, mapArticle } from '../src/map/index.js';
import { canonicalOrder } from '../src/serialize/order.js';
import { opengov } from '../src/vocab.js';
import { canonical, FIXTURES, fixture, turtle } from './helpers.js';

const PARTY_AND_PLACE = new Set([opengov.onBehalfOf.value, opengov.area.value]);

function mapFixture(name: string, base = 'https://example.org/office-ld/') {
  const file = path.join(FIXTURES, name);
  const record = readArticle({ path: file, name: path.basename(name), bytes: readFileSync(file) });
  return canonicalOrder(mapArticle(record, createMapContext(base)));
}

describe('mapArticle', () => {
  it('maps the mayor fixture to exactly the expected graph', async () => {
    const actual = mapFixture('mayor.txt');
    const expected = turtle(fixture('mayor.expected.ttl'));
    expect(await canonical(actual)).toBe(await canonical(expected));
  });

  it('mints every IRI under the base it is given', () => {
    const base = 'http://data.example.com/x/';
    const subjects = new Set(mapFixture('mayor.txt', base).map((q) => q.subject.value));
    for (const subject of subjects) expect(subject.startsWith(base)).toBe(true);
  });

  it.each(['president-of-mongolia', 'list-of-prime-ministers-of-australia'])('%s: each party on its own term, the place on the post (real article → expected Turtle, as graphs)', async (name) => {
    const quads = mapFixture(`real/${name}.txt`);
    const linked = new Set(quads.filter((q) => PARTY_AND_PLACE.has(q.predicate.value)).map((q) => q.object.value));
    const slice = quads.filter((q) => PARTY_AND_PLACE.has(q.predicate.value) || linked.has(q.subject.value));
    expect(await canonical(slice)).toBe(await canonical(turtle(fixture(`map/${name}.parties.ttl`))));
    expect(quads.filter((q) => q.subject.value.includes('/person/') && !q.object.value.includes('/tenure/')
      && q.object.termType === 'NamedNode' && q.object.value.includes('/org/'))).toEqual([]);
  });

  it('uses no blank nodes', () => {
    const quads = mapFixture('mayor.txt');
    expect(quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(false);
  });
});
