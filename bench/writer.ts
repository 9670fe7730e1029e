// The bench's floor: n3's bare Writer on the triples of a dump, read in batches so that a dump of any
// size (56 million triples at 100,000 articles) is measured without holding it in memory.
import { createReadStream } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { StreamParser, Writer } from 'n3';

/** Quads a batch: n3's Writer writes a batch into one string, and a V8 string stops at 512 MiB. */
const BATCH = 200_000;

/**
 * Seconds n3's Writer takes, in each of `runs` runs, to write the triples of the N-Triples file as
 * N-Triples into strings (reading is not timed), and the number of triples.
 */
export async function bareWriterSeconds(file: string, runs: number): Promise<{ seconds: number[]; triples: number }> {
  const seconds = Array.from({ length: runs }, () => 0);
  let triples = 0;
  let batch: Quad[] = [];
  const write = () => {
    for (let run = 0; run < runs; run++) seconds[run] += writeSeconds(batch);
    triples += batch.length;
    batch = [];
  };
  const parser = createReadStream(file).pipe(new StreamParser({ format: 'N-Triples' }));
  for await (const quad of parser) {
    batch.push(quad as Quad);
    if (batch.length === BATCH) write();
  }
  write();
  return { seconds, triples };
}

function writeSeconds(quads: Quad[]): number {
  const started = process.hrtime.bigint();
  const writer = new Writer({ format: 'N-Triples' });
  writer.addQuads(quads as never);
  let length = 0;
  writer.end((_error, text: string) => (length = text.length));
  if (length === 0 && quads.length > 0) throw new Error('the writer wrote nothing');
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Reads an N-Triples file into quads (for the whole-graph validation baseline, small corpora only). */
export async function readDump(file: string): Promise<Quad[]> {
  const quads: Quad[] = [];
  const parser = createReadStream(file).pipe(new StreamParser({ format: 'N-Triples' }));
  for await (const quad of parser) quads.push(quad as Quad);
  return quads;
}
