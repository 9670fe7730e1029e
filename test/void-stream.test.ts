// void.ttl written a batch of inputs at a time (validated batch by batch, merged into canonical order
// from sorted parts): the same bytes as the whole description written at once, and its violations found.
import { expect, it } from 'vitest';
import { METADATA_SHAPES } from '../src/publish/assemble.js';
import type { GraphStats } from '../src/publish/stats.js';
import { describeDataset, metaIri, type DescribeInput } from '../src/publish/void.js';
import { streamVoid } from '../src/publish/void-stream.js';
import { FORMATS } from '../src/serialize/formats.js';
import { turtlePrefixes, writeTurtle } from '../src/serialize/writers.js';
import { loadShapes } from '../src/validate/shapes.js';
import { describeFinding, validateQuads } from '../src/validate/validate.js';
import { METADATA_PREFIXES } from '../src/vocab.js';

const BASE = 'https://example.org/office-ld/';
const PREFIXES = { ...turtlePrefixes(BASE), ...METADATA_PREFIXES, meta: metaIri(BASE, {}, '').value };

/** A description of `count` inputs whose names, source IRIs and checksum IRIs sort in different orders. */
function description(count: number, sha256 = (i: number) => (i * 7919).toString(16).padStart(64, '0')): DescribeInput {
  const names = Array.from({ length: count }, (_, i) => [`b/${i}.txt`, `a-${count - i}.txt`, `é ${i}.txt`, `Z_${i % 7}-${i}.txt`][i % 4]);
  const stats: GraphStats = {
    triples: 10, entities: 3, distinctSubjects: 4, distinctObjects: 5, properties: 1, classes: 1,
    classPartitions: [['http://www.w3.org/ns/org#Post', count]], propertyPartitions: [['http://schema.org/name', 10]],
    vocabularies: ['http://schema.org/', 'http://www.w3.org/ns/org#'], linksets: [],
    examples: names.map((_, i) => `${BASE}post/p${(i * 37) % count}`).sort(),
    sources: new Map(names.map((name, i) => [name, `${BASE}source/${(i * 13) % count}-s`])),
    newestDate: undefined,
  };
  return {
    base: BASE, stats, formats: FORMATS, options: {}, version: '0',
    files: [...FORMATS.map((f) => f.fileName), 'shapes.ttl', 'validation-report.ttl']
      .map((name, i) => ({ name, byteSize: 100 + i, sha256: 'ab'.repeat(32) })),
    inputs: names.map((name, i) => ({ name, byteSize: i, sha256: sha256(i) })),
  };
}

async function streamed(input: DescribeInput, batch: number): Promise<string> {
  const pieces: string[] = [];
  await streamVoid(input, await loadShapes(METADATA_SHAPES), PREFIXES, (text) => void pieces.push(text), batch);
  return pieces.join('');
}

it('writes the bytes the whole description gives, in batches of any size', async () => {
  for (const count of [1, 2, 30, 101]) {
    const input = description(count);
    const whole = await writeTurtle(describeDataset(input), PREFIXES);
    for (const batch of [1, 3, 2000]) expect(await streamed(input, batch), `${count} inputs, batches of ${batch}`).toBe(whole);
  }
});

it('finds a violation in an input of a later batch, as validating the whole description finds it', async () => {
  const input = description(30, (i) => (i === 25 ? 'not-a-sha' : 'cd'.repeat(32)));
  const whole = await validateQuads(describeDataset(input), await loadShapes(METADATA_SHAPES));
  expect(whole.findings).toHaveLength(1);
  await expect(streamed(input, 4)).rejects.toThrow(`void.ttl does not conform to its shapes:\n${describeFinding(whole.findings[0])}`);
});
