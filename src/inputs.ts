// Finding and reading article files: files and folders given on the command line or to `build`.
import {
  closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats,
} from 'node:fs';
import path from 'node:path';
import { inputError, OfficeLdError, usageError } from './errors.js';
import { MAX_ARTICLE_BYTES } from './parse/parse.js';

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
      info = statSync(input);
    } catch {
      throw usageError('no such file or folder', { file: input }, 'an article file or a folder of .txt articles');
    }
    if (info.isDirectory()) {
      const root = realpathSync(input);
      for (const { file, name } of walk(input, root, '', [root])) {
        const real = realpathSync(file);
        if (!found.has(real)) found.set(real, { path: file, name }); // a link to a file already found: once
      }
    } else {
      refuseIrregular(input, info);
      found.set(realpathSync(input), { path: input, name: path.basename(input) });
    }
  }
  const articles = distinctNames([...found.values()]).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (articles.length === 0) throw usageError('no article files found', { file: inputs.join(', ') }, '.txt files');
  return articles;
}

/**
 * The `.txt` files below folder `dir` (real path `real`): symbolic links are followed only inside the
 * input folder `root`, a link back to a folder being walked (a cycle) is refused, and so is anything
 * that is not a regular file.
 */
function* walk(dir: string, root: string, prefix: string, open: string[]): Generator<{ file: string; name: string }> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    const name = prefix + entry.name;
    let info = entry.isSymbolicLink() ? undefined : lstatSync(file);
    if (!info) {
      const target = realTarget(file);
      if (target !== root && !target.startsWith(root + path.sep)) {
        throw usageError(`a symbolic link out of the input folder (to ${target})`, { file }, `links to files inside ${root}`);
      }
      if (open.includes(target)) throw usageError('a symbolic link cycle (a link to a folder that contains it)', { file }, 'a folder tree without loops');
      info = statSync(file);
    }
    if (info.isDirectory()) {
      yield* walk(file, root, `${name}/`, [...open, realpathSync(file)]);
    } else if (entry.name.endsWith('.txt')) {
      refuseIrregular(file, info);
      yield { file, name };
    }
  }
}

function realTarget(link: string): string {
  try {
    return realpathSync(link);
  } catch (error) {
    throw usageError(`a symbolic link that leads nowhere: ${(error as Error).message}`, { file: link });
  }
}

/** Refuses FIFOs, devices and sockets (which could hang a build or feed it without end). */
function refuseIrregular(file: string, info: Stats): void {
  if (info.isFile()) return;
  const kind = info.isFIFO() ? 'a FIFO' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a file';
  throw usageError(`not a regular file (${kind})`, { file }, 'an article file');
}

/** Reads an article's bytes (at most {@link MAX_ARTICLE_BYTES}: the size is checked before and while reading). */
export async function readInput(input: ArticleInput): Promise<ArticleSource> {
  return readInputSync(input);
}

/** Reads an article's bytes, blocking (for a worker thread that handles one article at a time). */
export function readInputSync(input: ArticleInput): ArticleSource {
  let fd: number;
  try {
    // non-blocking: a FIFO put in the file's place after the walk cannot hang the open
    fd = openSync(input.path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw cannotRead(input, error);
  }
  try {
    const info = fstatSync(fd);
    refuseIrregular(input.path, info);
    if (info.size > MAX_ARTICLE_BYTES) throw tooLarge(input, info.size);
    const buffer = Buffer.alloc(Math.min(info.size, MAX_ARTICLE_BYTES) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;) length += n;
    if (length > MAX_ARTICLE_BYTES) throw tooLarge(input);
    if (length === buffer.length) { // it grew since fstat: read on, within the limit
      const rest = Buffer.alloc(MAX_ARTICLE_BYTES + 1 - length);
      const more = readSync(fd, rest, 0, rest.length, null);
      if (length + more > MAX_ARTICLE_BYTES) throw tooLarge(input);
      return { ...input, bytes: Buffer.concat([buffer, rest.subarray(0, more)]) };
    }
    return { ...input, bytes: buffer.subarray(0, length) };
  } catch (error) {
    throw error instanceof OfficeLdError ? error : cannotRead(input, error);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(input: ArticleInput, size?: number): OfficeLdError {
  return inputError(`the file is ${size ?? `over ${MAX_ARTICLE_BYTES}`} bytes`, { file: input.path },
    `an article of at most ${MAX_ARTICLE_BYTES} bytes`);
}

function cannotRead(input: ArticleInput, error: unknown): OfficeLdError {
  return usageError(`cannot read the file: ${(error as Error).message}`, { file: input.path });
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
