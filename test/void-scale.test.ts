// void.ttl of a corpus of 150,000 articles: lists that long once overflowed the stack (a spread of every
// source into one call), found by the 100,000-article bench after its dumps were written.
import { expect, it } from 'vitest';
import { describeDataset } from '../src/publish/void.js';
import type { GraphStats } from '../src/publish/stats.js';
import { dcterms, voidNs } from '../src/vocab.js';

it('describes 150,000 input articles and posts: one dcterms:source and one void:exampleResource each', () => {
  const count = 150_000;
  const names = Array.from({ length: count }, (_, i) => `article-${i}.txt`);
  const stats: GraphStats = {
    triples: 1, entities: 1, distinctSubjects: 1, distinctObjects: 1, properties: 1, classes: 1,
    classPartitions: [], propertyPartitions: [], vocabularies: [], linksets: [],
    examples: names.map((_, i) => `https://example.org/office-ld/post/p${i}`),
    sources: new Map(names.map((name, i) => [name, `https://example.org/office-ld/source/s${i}`])),
  };
  const quads = describeDataset({
    base: 'https://example.org/office-ld/', stats, files: [], formats: [], options: {}, version: '0',
    inputs: names.map((name) => ({ name, byteSize: 1, sha256: '0'.repeat(64) })),
  });
  expect(quads.filter((q) => q.predicate.equals(dcterms.source))).toHaveLength(count);
  expect(quads.filter((q) => q.predicate.equals(voidNs.exampleResource))).toHaveLength(count);
});
