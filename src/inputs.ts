// Finding and reading article files: files and folders given on the command line or to `build`.
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { usageError, type OfficeLdError } from './errors.js';

/** An article to build: where it is (for messages) and its stable name (for provenance and IRIs). */
export interface ArticleInput {
  path: string;
  name: string;
}

/** An article's bytes with its names. */
export interface ArticleSource extends ArticleInput {
  bytes: Uint8Array;
}

/** Expands files and folders (recursively, `*.txt`) into articles, sorted by name, without duplicates. */
export async function collectInputs(inputs: string[]): Promise<ArticleInput[]> {
  const found = new Map<string, ArticleInput>();
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw usageError('no such file or folder', { file: input }, 'an article file or a folder of .txt articles');
    }
    if (info.isDirectory()) {
      const names = (await readdir(input, { recursive: true })).filter((n) => n.endsWith('.txt'));
      for (const name of names) {
        const file = path.join(input, name);
        found.set(path.resolve(file), { path: file, name: name.split(path.sep).join('/') });
      }
    } else {
      found.set(path.resolve(input), { path: input, name: path.basename(input) });
    }
  }
  const articles = distinctNames([...found.values()]).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (articles.length === 0) throw usageError('no article files found', { file: inputs.join(', ') }, '.txt files');
  return articles;
}

/**
 * Articles named alike (`d1/x.txt` and `d2/x.txt` given as files, or the same relative name in two
 * folders) are each named by their path below the deepest folder the alike ones share, so every name,
 * and so every source and graph IRI, is distinct; other names stay as they are.
 */
function distinctNames(articles: ArticleInput[]): ArticleInput[] {
  const byName = new Map<string, ArticleInput[]>();
  for (const article of articles) byName.set(article.name, [...(byName.get(article.name) ?? []), article]);
  return [...byName.values()].flatMap((alike) => {
    if (alike.length === 1) return alike;
    const absolute = alike.map((article) => path.resolve(article.path));
    const shared = absolute.map(path.dirname).reduce(commonFolder);
    return alike.map((article, i) => ({ ...article, name: path.relative(shared, absolute[i]!).split(path.sep).join('/') }));
  });
}

/** The deepest folder that holds both folders. */
function commonFolder(a: string, b: string): string {
  while (a !== b && path.relative(a, b).startsWith('..')) a = path.dirname(a);
  return a;
}

/** Reads an article's bytes. */
export async function readInput(input: ArticleInput): Promise<ArticleSource> {
  try {
    return { ...input, bytes: await readFile(input.path) };
  } catch (error) {
    throw cannotRead(input, error);
  }
}

/** Reads an article's bytes, blocking (for a worker thread that handles one article at a time). */
export function readInputSync(input: ArticleInput): ArticleSource {
  try {
    return { ...input, bytes: readFileSync(input.path) };
  } catch (error) {
    throw cannotRead(input, error);
  }
}

function cannotRead(input: ArticleInput, error: unknown): OfficeLdError {
  return usageError(`cannot read the file: ${(error as Error).message}`, { file: input.path });
}
