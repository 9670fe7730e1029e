// The bundle's small files, after the dumps: JSON-LD context, report, shapes, then void.ttl describing them all.
import path from 'node:path';
import type { DatasetCore, Quad } from '@rdfjs/types';
import type { BundleFile, FileDigest } from '../serialize/bundle.js';
import { CONTEXT_FILE } from '../serialize/context.js';
import type { DumpFormat } from '../serialize/formats.js';
import { REPORT_FILE, writeCanonicalTurtle } from '../serialize/report.js';
import { turtlePrefixes, writeContext } from '../serialize/writers.js';
import { DEFAULT_SHAPES_DIR, loadShapes } from '../validate/shapes.js';
import { VERSION } from '../version.js';
import { METADATA_PREFIXES } from '../vocab.js';
import type { PublishOptions } from './config.js';
import type { GraphStats } from './stats.js';
import { SHAPES_FILE } from './supplements.js';
import { metaIri, VOID_FILE, type DescribeInput, type InputFile } from './void.js';
import { streamVoid } from './void-stream.js';

/** The shapes void.ttl must conform to. */
export const METADATA_SHAPES = path.join(DEFAULT_SHAPES_DIR, 'metadata', 'void.ttl');

/** The files beside the dumps, before void.ttl: the JSON-LD context (with a JSON-LD dump), the report, the shapes. */
export async function supplementFiles(formats: DumpFormat[], reportTurtle: string, shapes: DatasetCore): Promise<BundleFile[]> {
  const files: BundleFile[] = [];
  if (formats.some((format) => format.id === 'jsonld')) files.push({ name: CONTEXT_FILE, content: writeContext() });
  files.push({ name: REPORT_FILE, content: reportTurtle });
  files.push({ name: SHAPES_FILE, content: await writeCanonicalTurtle([...shapes] as Quad[]) });
  return files;
}

/** What void.ttl is computed from. */
export interface VoidInput {
  base: string;
  stats: GraphStats;
  /** Every file written before void.ttl, with its digest. */
  files: FileDigest[];
  formats: DumpFormat[];
  inputs: InputFile[];
  publish: PublishOptions;
  /** The changeset state the bundle holds (builds with changesets only). */
  changeset?: number;
}

/** void.ttl, which must meet its own shapes (a violation is a bug in office-ld, not in the input). */
export async function voidFile(input: VoidInput): Promise<BundleFile> {
  const pieces: string[] = [];
  await writeVoid(input, (text) => void pieces.push(text));
  return { name: VOID_FILE, content: pieces.join('') };
}

/** Writes void.ttl through `write` a piece at a time, never held whole (see {@link streamVoid}). */
export async function writeVoid(input: VoidInput, write: (text: string) => void): Promise<void> {
  const description: DescribeInput = {
    base: input.base, stats: input.stats, files: input.files, formats: input.formats, inputs: input.inputs,
    options: input.publish, version: VERSION, changeset: input.changeset,
  };
  const prefixes = { ...turtlePrefixes(input.base), ...METADATA_PREFIXES, meta: metaIri(input.base, input.publish, '').value };
  await streamVoid(description, await loadShapes(METADATA_SHAPES), prefixes, write);
}
