// Loading SHACL shapes: the project's own shapes/ folder or a user's folder of Turtle files.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { BlankNode, Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import { usageError } from '../errors.js';

/** The shapes folder shipped with office-ld. */
export const DEFAULT_SHAPES_DIR = fileURLToPath(new URL('../../shapes/', import.meta.url));

/**
 * Reads every `.ttl` file of a folder (or one file) into a shapes graph. Blank nodes are labelled by
 * order of appearance, so every thread that loads the same shapes names them alike.
 */
export async function loadShapes(location: string = DEFAULT_SHAPES_DIR): Promise<Store> {
  const files = await shapeFiles(location);
  const store = new Store();
  const labels = new Map<string, BlankNode>();
  for (const [index, file] of files.entries()) {
    const text = await readFile(file, 'utf8');
    let quads: Quad[];
    try {
      quads = new Parser({ format: 'text/turtle', baseIRI: 'file://' + file }).parse(text) as Quad[];
    } catch (error) {
      throw usageError(`the shapes file does not parse: ${(error as Error).message}`, { file });
    }
    const relabel = <T extends Term>(term: T): T => {
      if (term.termType !== 'BlankNode') return term;
      const key = `${index}/${term.value}`;
      let label = labels.get(key);
      if (!label) labels.set(key, (label = DataFactory.blankNode(`shape${labels.size}`)));
      return label as unknown as T;
    };
    for (const q of quads) store.addQuad(relabel(q.subject), q.predicate, relabel(q.object), q.graph);
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
