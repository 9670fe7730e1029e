// The whole bundle in memory: dumps (gzip where the format says), context, report, shapes, then void.ttl.
import type { Quad } from '@rdfjs/types';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DatasetCore } from '@rdfjs/types';
import type { BundleFile } from '../serialize/bundle.js';
import { CONTEXT_FILE } from '../serialize/context.js';
import type { DumpFormat } from '../serialize/formats.js';
import { REPORT_FILE, writeCanonicalTurtle } from '../serialize/report.js';
import { turtlePrefixes, writeContext, writeTurtle } from '../serialize/writers.js';
import { DEFAULT_SHAPES_DIR, loadShapes } from '../validate/shapes.js';
import { describeFinding, validateQuads } from '../validate/validate.js';
import { VERSION } from '../version.js';
import { METADATA_PREFIXES } from '../vocab.js';
import type { PublishOptions } from './config.js';
import { SHAPES_FILE } from './supplements.js';
import { describeDataset, metaIri, VOID_FILE, type InputFile } from './void.js';

/** The shapes void.ttl must conform to. */
export const METADATA_SHAPES = path.join(DEFAULT_SHAPES_DIR, 'metadata', 'void.ttl');

/** What the bundle is made of. */
export interface BundleInput {
  base: string;
  /** The merged graph (default graph only). */
  quads: Quad[];
  /** The same data, one named graph per article, for the formats that carry graphs. */
  graphQuads: Quad[];
  formats: DumpFormat[];
  reportTurtle: string;
  /** The shapes graph the data was validated with. */
  shapes: DatasetCore;
  inputs: InputFile[];
  publish: PublishOptions;
}

/** Serializes every file of the bundle, then describes them all in void.ttl, which must meet its own shapes. */
export async function assembleBundle(input: BundleInput): Promise<BundleFile[]> {
  const prefixes = turtlePrefixes(input.base);
  const files: BundleFile[] = [];
  for (const format of input.formats) {
    const text = await format.write(format.graphs ? input.graphQuads : input.quads, prefixes);
    files.push({ name: format.fileName, content: format.compression === 'gzip' ? gzip(text) : text });
  }
  if (input.formats.some((format) => format.id === 'jsonld')) files.push({ name: CONTEXT_FILE, content: writeContext() });
  files.push({ name: REPORT_FILE, content: input.reportTurtle });
  files.push({ name: SHAPES_FILE, content: await writeCanonicalTurtle([...input.shapes] as Quad[]) });
  const description = describeDataset({
    base: input.base, quads: input.quads, files, formats: input.formats, inputs: input.inputs,
    options: input.publish, version: VERSION,
  });
  await checkDescription(description);
  const voidPrefixes = { ...prefixes, ...METADATA_PREFIXES, meta: metaIri(input.base, input.publish, '').value };
  files.push({ name: VOID_FILE, content: await writeTurtle(description, voidPrefixes) });
  return files;
}

/**
 * gzip with no file name and a zero timestamp in the header (node:zlib writes neither), so reruns match.
 * The header's OS byte, which zlib sets from the platform it was built for, is set to 255 ("unknown",
 * RFC 1952), so that the bytes do not depend on the machine either; no checksum covers that byte.
 */
export function gzip(text: string): Buffer {
  const bytes = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  bytes[GZIP_OS_BYTE] = 255;
  return bytes;
}

/** Offset of the OS field in a gzip header (RFC 1952, section 2.3). */
const GZIP_OS_BYTE = 9;

/** The description is generated, so a violation of its shapes is a bug in office-ld, not in the input. */
async function checkDescription(description: Quad[]): Promise<void> {
  const outcome = await validateQuads(description, await loadShapes(METADATA_SHAPES));
  if (!outcome.passes) {
    throw new Error(`${VOID_FILE} does not conform to its shapes:\n${outcome.findings.map(describeFinding).join('\n')}`);
  }
}
