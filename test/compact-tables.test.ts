// The flat tables a corpus build keeps instead of Maps: they must answer as a Map of the same entries.
import { describe, expect, it } from 'vitest';
import type { MintClaim } from '../src/map/iri.js';
import { ClaimTable } from '../src/pipeline/claim-table.js';
import { SubjectTable } from '../src/pipeline/subject-table.js';
import { Uint32Map } from '../src/pipeline/uint32-map.js';
import { HashCounter } from '../src/publish/term-hashes.js';

/** Deterministic pseudo-random 32-bit numbers (xorshift). */
function numbers(count: number, seed: number): number[] {
  const out: number[] = [];
  for (let x = seed, i = 0; i < count; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out.push(x >>> 0);
  }
  return out;
}

describe('Uint32Map', () => {
  const rows: [string, [number, number][], [number, number | undefined][]][] = [
    ['a key and a missing one', [[7, 70]], [[7, 70], [8, undefined]]],
    ['a key set again keeps the last value', [[7, 70], [7, 71]], [[7, 71]]],
    ['the key 0 and the value 0', [[0, 5], [9, 0]], [[0, 5], [9, 0], [1, undefined]]],
    ['keys and values above 2^31', [[0xffffffff, 0x80000000], [0x80000001, 3]], [[0xffffffff, 0x80000000], [0x80000001, 3], [-1, 0x80000000]]],
  ];
  it.each(rows)('%s', (_, sets, gets) => {
    const map = new Uint32Map();
    for (const [key, value] of sets) map.set(key, value);
    for (const [key, value] of gets) expect(map.get(key)).toBe(value);
  });

  it('answers as a Map through many growths', () => {
    const map = new Uint32Map();
    const reference = new Map<number, number>();
    const keys = numbers(20_000, 12345);
    keys.forEach((key, i) => { map.set(key % 8000, i); reference.set(key % 8000, i); });
    expect(map.size).toBe(reference.size);
    for (const key of [...reference.keys(), ...numbers(1000, 999).map((n) => n + 8000)]) expect(map.get(key)).toBe(reference.get(key));
  });
});

describe('ClaimTable', () => {
  const claim = (path: string, id: string): MintClaim => ({ path, id });
  const rows: [string, MintClaim[][], string[][]][] = [
    ['the first identity owns a path; another loses it', [[claim('person/a', 'person\u0000A|甲')], [claim('person/a', 'person\u0000A|乙')]],
      [[], ['person\u0000A|乙']]],
    ['the owner claiming again does not lose', [[claim('person/a', 'k1')], [claim('person/a', 'k1'), claim('body/b', 'k2')]], [[], []]],
    ['within one article, the second identity loses', [[claim('role/r', 'x'), claim('role/r', 'y')]], [['y']]],
  ];
  it.each(rows)('%s', (_, articles, losers) => {
    const table = new ClaimTable();
    expect(articles.map((claims) => table.resolve(claims))).toEqual(losers);
  });

  it('gives the won claims, and answers as a Map of paths to owners through many growths', () => {
    const table = new ClaimTable();
    const owners = new Map<string, string>();
    const keys = numbers(12_000, 777);
    for (let i = 0; i < keys.length; i += 3) {
      const claims = keys.slice(i, i + 3).map((n) => claim(`person/p${n % 4000}`, `person\u0000${n % 11}`));
      const want: string[] = [];
      const wantWon: MintClaim[] = [];
      for (const c of claims) {
        const owner = owners.get(c.path);
        if (owner === undefined) { owners.set(c.path, c.id); wantWon.push(c); }
        else if (owner !== c.id) want.push(c.id);
      }
      const won: MintClaim[] = [];
      expect(table.resolve(claims, won)).toEqual(want);
      expect(won).toEqual(wantWon);
    }
  });
});

describe('HashCounter', () => {
  it('counts distinct 64-bit pairs through many growths', () => {
    const counter = new HashCounter();
    const high = numbers(40_000, 42), low = numbers(40_000, 43);
    const pairs = new Uint32Array(2 * 60_000);
    for (let i = 0; i < 60_000; i++) { pairs[2 * i] = high[i % 40_000]; pairs[2 * i + 1] = low[i % 40_000]; }
    counter.addAll(pairs);
    counter.addAll(new Uint32Array([0, 0, 0, 1]));
    expect(counter.size).toBe(new Set(high.map((h, i) => `${h}/${low[i]}`)).size + 1); // (0, 0) is counted as (0, 1)
  });
});

describe('SubjectTable', () => {
  const T1 = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .\n';
  const T2 = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Role> .\n';
  const rows: [string, [string, number, string][], [string, number, number | undefined, string | undefined][]][] = [
    ['a subject stated once', [['p/a', 4, T1]], [['p/a', 1, 4, T1], ['p/b', 0, undefined, undefined]]],
    ['stated by three articles out of order: the first is the least', [['p/a', 9, ''], ['p/a', 2, T1], ['p/a', 5, '']], [['p/a', 3, 2, T1]]],
    ['types are the union, sorted', [['p/a', 1, T2], ['p/a', 2, T1], ['p/a', 3, T1 + T2]], [['p/a', 3, 1, T2 + T1]]],
  ];
  it.each(rows)('%s', (_, notes, answers) => {
    const table = new SubjectTable();
    for (const [iri, article, types] of notes) table.note(iri, article, types);
    for (const [iri, articles, first, types] of answers) {
      expect([table.articles(iri), table.first(iri), table.types(iri)]).toEqual([articles, first, types]);
    }
  });

  it('answers as a Map of subjects through many growths', () => {
    const table = new SubjectTable();
    const reference = new Map<string, { articles: number; first: number }>();
    numbers(12_000, 4242).forEach((n, article) => {
      const iri = `https://example.org/office-ld/person/p${n % 5000}`;
      table.note(iri, article, '');
      const known = reference.get(iri);
      reference.set(iri, { articles: (known?.articles ?? 0) + 1, first: Math.min(known?.first ?? article, article) });
    });
    expect(table.size).toBe(reference.size);
    for (const [iri, { articles, first }] of reference) expect([table.articles(iri), table.first(iri)]).toEqual([articles, first]);
  });
});
