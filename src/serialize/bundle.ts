// Writing the output folder: every file written atomically (temp file + rename), nothing half-written.
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { usageError } from '../errors.js';

/** A file of the bundle: its name inside the output folder and its text (or bytes, when compressed). */
export interface BundleFile {
  name: string;
  content: string | Uint8Array;
}

/** What void.ttl states about a file: its name, size and SHA-256, computed from the bytes written. */
export interface FileDigest {
  name: string;
  byteSize: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
}

/** The digest of some bytes under a name. */
export function digestBytes(name: string, bytes: Uint8Array): FileDigest {
  return { name, byteSize: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The digest of a bundle file's bytes. */
export function digestOf(file: BundleFile): FileDigest {
  return digestBytes(file.name, fileBytes(file));
}

/** The bytes a bundle file is written as (text as UTF-8). */
export function fileBytes(file: BundleFile): Buffer {
  return typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
}

/** Writes each file into `dir` atomically; an earlier file stays intact until its replacement is whole. */
export async function writeBundle(dir: string, files: BundleFile[]): Promise<string[]> {
  try {
    await mkdir(dir, { recursive: true });
    const written: string[] = [];
    for (const file of files) {
      const target = path.join(dir, file.name);
      await writeFileAtomic(target, fileBytes(file));
      written.push(target);
    }
    return written;
  } catch (error) {
    throw usageError(`cannot write the output: ${(error as Error).message}`, { file: dir });
  }
}
