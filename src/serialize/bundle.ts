// The bundle's files and their digests; writing them as a folder that is all old or all new.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ioStep, openFreshFolder } from './folder.js';

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

/**
 * Writes the files as folder `dir`, all at once: into a fresh sibling folder that replaces `dir` whole
 * (other files of `dir` are kept). Returns the paths written.
 */
export async function writeBundle(dir: string, files: BundleFile[]): Promise<string[]> {
  const folder = await openFreshFolder(dir);
  try {
    await ioStep(dir, async () => {
      for (const file of files) await writeFile(path.join(folder.fresh, file.name), fileBytes(file), { flag: 'wx', flush: true });
    });
    await folder.commit();
  } catch (error) {
    await folder.abort();
    throw error;
  }
  return files.map((file) => path.join(folder.target, file.name));
}
