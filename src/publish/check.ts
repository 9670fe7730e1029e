// `build --check`: compares the bundle a build would write with the files on disk, byte for byte.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileBytes, type BundleFile } from '../serialize/bundle.js';

/** A file of the bundle that is not on disk exactly as the build would write it. */
export interface Difference {
  name: string;
  problem: 'missing' | 'differs';
}

/** Compares each file with `dir/<name>`; returns the files that are missing or differ (none: reproducible). */
export async function checkBundle(dir: string, files: BundleFile[]): Promise<Difference[]> {
  const differences: Difference[] = [];
  for (const file of files) {
    let onDisk: Buffer;
    try {
      onDisk = await readFile(path.join(dir, file.name));
    } catch {
      differences.push({ name: file.name, problem: 'missing' });
      continue;
    }
    if (!onDisk.equals(fileBytes(file))) differences.push({ name: file.name, problem: 'differs' });
  }
  return differences;
}
