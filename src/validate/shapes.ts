// Loading SHACL shapes: the project's own shapes/ folder or a user's folder of Turtle files.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Parser, Store } from 'n3';
import { usageError } from '../errors.js';

/** The shapes folder shipped with office-ld. */
export const DEFAULT_SHAPES_DIR = fileURLToPath(new URL('../../shapes/', import.meta.url));

/** Reads every `.ttl` file of a folder (or one file) into a shapes graph. */
export async function loadShapes(location: string = DEFAULT_SHAPES_DIR): Promise<Store> {
  const files = await shapeFiles(location);
  const store = new Store();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    try {
      store.addQuads(new Parser({ format: 'text/turtle', baseIRI: 'file://' + file }).parse(text));
    } catch (error) {
      throw usageError(`the shapes file does not parse: ${(error as Error).message}`, { file });
    }
  }
  return store;
}

/** The shape files of a folder, sorted, or the one file given. */
export async function shapeFiles(location: string = DEFAULT_SHAPES_DIR): Promise<string[]> {
  try {
    if (location.endsWith('.ttl')) return [path.resolve(location)];
    const names = (await readdir(location)).filter((name) => name.endsWith('.ttl')).sort();
    if (names.length === 0) throw usageError('the shapes folder holds no .ttl file', { file: location });
    return names.map((name) => path.resolve(location, name));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      throw usageError('no such shapes folder or file', { file: location }, 'a folder of SHACL Turtle files');
    }
    throw error;
  }
}
