// void.ttl made and written as it goes: its own few hundred quads, then each input article's part,
// validated a batch of inputs at a time and written in canonical order from sorted parts (what a
// corpus of 100,000 articles would otherwise hold at once: a million quads, their order and their text).
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { CHUNK_WRITERS } from '../serialize/chunks.js';
import { canonicalOrder, compareEntries, orderEntry, type OrderEntry } from '../serialize/order.js';
import { TurtleWriter, type TurtleBlock } from '../serialize/turtle.js';
import { PrefixUse } from '../serialize/writers.js';
import { describeFinding, validateQuads } from '../validate/validate.js';
import { voidNs } from '../vocab.js';
import { describeCore, describedNodes, metaIri, VOID_FILE, type DescribeInput } from './void.js';
import { inputLinks, inputNodes, inputParts, type InputPart } from './void-inputs.js';

const { namedNode, quad } = DataFactory;

/** Input articles validated together (and posts' void:exampleResource with them). */
export const VOID_BATCH = 2000;
/** Characters of Turtle gathered before they are written. */
const PIECE_CHARS = 1 << 16;
/** Quads written before the writer forgets the terms it has seen. */
const FORGET_EVERY = 50_000;

/**
 * Writes void.ttl through `write`, piece by piece: the same bytes as the whole description written
 * by `writeTurtle`. Throws when it does not conform to `shapes` (a bug in office-ld). Each batch of
 * `batch` inputs is validated apart from the others, the first with the description's own quads:
 * the inputs' nodes refer to nothing of another batch's, and the shapes bound the lists that grow with
 * the corpus (dcterms:source, prov:used, void:exampleResource) from below only, which the first batch meets.
 */
export async function streamVoid(
  input: DescribeInput, shapes: DatasetCore, prefixes: Record<string, string>, write: (text: string) => void, batch = VOID_BATCH,
): Promise<void> {
  const core = describeCore(input);
  const parts = inputParts(input.inputs, input.stats.sources, (local) => metaIri(input.base, input.options, local));
  const used = new PrefixUse(prefixes);
  await validateInBatches(input, core, parts, shapes, used, batch);
  write(CHUNK_WRITERS.turtle.head(used.used()));
  writeBlocks(orderedQuads(input, core, parts), new TurtleWriter(prefixes), write);
}

async function validateInBatches(
  input: DescribeInput, core: Quad[], parts: InputPart[], shapes: DatasetCore, used: PrefixUse, batch: number,
): Promise<void> {
  const { dataset, build } = describedNodes(input);
  const examples = input.stats.examples;
  for (let start = 0; start === 0 || start < Math.max(parts.length, examples.length); start += batch) {
    const quads = start === 0 ? core.slice() : [];
    for (const part of parts.slice(start, start + batch)) quads.push(...inputLinks(part, dataset, build), ...inputNodes(part));
    for (const iri of examples.slice(start, start + batch)) quads.push(quad(dataset, voidNs.exampleResource, namedNode(iri)));
    used.note(quads);
    const outcome = await validateQuads(quads, shapes);
    if (!outcome.passes) {
      throw new Error(`${VOID_FILE} does not conform to its shapes:\n${outcome.findings.map(describeFinding).join('\n')}`);
    }
  }
}

/** Every quad of the description in canonical order, duplicates dropped: a merge of parts each already in that order. */
function* orderedQuads(input: DescribeInput, core: Quad[], parts: InputPart[]): Generator<Quad> {
  const { dataset, build } = describedNodes(input);
  const bySource = [...parts].sort((a, b) => compareText(a.source.value, b.source.value));
  const byChecksum = [...parts].sort((a, b) => compareText(a.checksum.value, b.checksum.value));
  const of = (subject: Term, quads: Quad[]) => canonicalOrder(quads.filter((q) => q.subject.equals(subject)));
  const streams: Iterator<Quad>[] = [
    canonicalOrder(core)[Symbol.iterator](),
    map([...input.stats.examples].sort(), (iri) => [quad(dataset, voidNs.exampleResource, namedNode(iri))]),
    map(bySource, (part) => of(dataset, inputLinks(part, dataset, build))),
    map(bySource, (part) => of(build, inputLinks(part, dataset, build))),
    map(bySource, (part) => of(part.source, inputNodes(part))),
    map(byChecksum, (part) => of(part.checksum, inputNodes(part))),
  ];
  const heads = streams.map((stream) => next(stream));
  let last: OrderEntry | undefined;
  for (;;) {
    let min = -1;
    heads.forEach((head, i) => {
      if (head && (min < 0 || compareEntries(head, heads[min]!) < 0)) min = i;
    });
    if (min < 0) return;
    const entry = heads[min]!;
    heads[min] = next(streams[min]);
    if (heads[min] && compareEntries(heads[min]!, entry) < 0) throw new Error(`${VOID_FILE}: a part is out of order`);
    if (last && compareEntries(last, entry) === 0) continue;
    last = entry;
    yield entry.quad;
  }
}

/** Writes quads in canonical order as Turtle blocks, a blank line between, in pieces. */
function writeBlocks(quads: Iterable<Quad>, writer: TurtleWriter, write: (text: string) => void): void {
  let block: TurtleBlock | undefined;
  let subject: Term | undefined;
  let pending = '';
  let count = 0;
  for (const q of quads) {
    if (!subject || !q.subject.equals(subject)) {
      if (block) pending += block.end() + '\n';
      subject = q.subject;
      block = writer.startBlock(subject);
    }
    block!.add(q);
    if (++count % FORGET_EVERY === 0) writer.clear();
    if (count % 1024 === 0) pending += block!.take();
    if (pending.length >= PIECE_CHARS) {
      write(pending);
      pending = '';
    }
  }
  if (block) pending += block.end();
  write(pending);
}

function* map<T>(items: readonly T[], quads: (item: T) => Quad[]): Generator<Quad> {
  for (const item of items) yield* quads(item);
}

function next(stream: Iterator<Quad>): OrderEntry | undefined {
  const step = stream.next();
  return step.done ? undefined : orderEntry(step.value);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
