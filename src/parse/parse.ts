// Text → ArticleDocument: title, infobox, sections, paragraphs and pipe tables with line numbers.
import { inputError } from '../errors.js';
import type { ArticleDocument, InfoboxEntry, Paragraph, Section, Table, TableRow } from './document.js';

/** Largest article accepted, in bytes: a guard against feeding the tool a dump or a binary. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Most table rows an article may have, cells a row may have, and characters a cell may hold. */
export const MAX_TABLE_ROWS = 10_000;
export const MAX_ROW_CELLS = 100;
export const MAX_CELL_CHARS = 4_096;

// Linear-time patterns (lines are trimmed, so no pattern needs to skip spaces at either end): no two
// quantifiers that can match the same characters next to each other; the captured text is trimmed after.
const TITLE = /^=(?!=)(.*)=$/;
const INFOBOX = /^infobox(?:\s+(?:[\p{L}\p{N}_-][\p{L}\p{N} _-]*)?)?$/iu;
const FIELD = /^[-*]([^:]*):(.*)$/s;

/** A `== Heading ==` line (as many `=` at each end, at least two), read without backtracking. */
function headingOf(text: string): { level: number; title: string } | undefined {
  const run = (from: number, step: number) => {
    let n = 0;
    for (let i = from; i >= 0 && i < text.length && text[i] === '='; i += step) n++;
    return n;
  };
  const level = Math.min(run(0, 1), run(text.length - 1, -1), Math.floor(text.length / 2));
  return level >= 2 ? { level, title: text.slice(level, text.length - level).trim() } : undefined;
}

/** Format, space and control characters: a title of these alone shows nothing. */
const INVISIBLE = /^[\p{Cf}\p{Z}\p{Cc}]+$/u;

/** The code points of a text made only of invisible characters ("U+200B"), or undefined when some show. */
function invisibleOnly(text: string): string | undefined {
  if (!INVISIBLE.test(text)) return undefined;
  const points = Array.from(text, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return points.length > 8 ? `${points.slice(0, 8).join(' ')} …` : points.join(' ');
}

/** A `- Key: Value` infobox line (the key up to the first colon, not empty), or undefined. */
function fieldOf(text: string): { key: string; value: string } | undefined {
  const match = FIELD.exec(text);
  const key = match?.[1].trim();
  return key ? { key, value: match![2].trim() } : undefined;
}

/** Decodes raw bytes as UTF-8 text, refusing empty, binary, oversized and non-UTF-8 input. */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw inputError('the file is empty', { file }, 'an article starting with "= Title ="');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw inputError(`the file is ${bytes.length} bytes`, { file }, `an article of at most ${MAX_ARTICLE_BYTES} bytes`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw inputError(`binary data (a NUL byte at offset ${nul})`, { file, line: lineAt(bytes, nul) }, 'UTF-8 text');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw inputError('the text is not valid UTF-8', { file, line: lineAt(bytes, bad) }, 'UTF-8 text');
  }
}

/** Parses article text into a document; throws a located error when it has no title. */
export function parseArticle(text: string, file: string): ArticleDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const doc: Omit<ArticleDocument, 'title'> & { title?: ArticleDocument['title'] } = {
    file, infobox: [], sections: [], paragraphs: [], tables: [],
  };
  let section: Section | undefined;
  let inInfobox = false;
  let table: Table | undefined;
  let paragraph: Paragraph | undefined;
  let rows = 0;

  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const text = rawLine.trim();
    if (!text.startsWith('|')) table = undefined;
    const heading = headingOf(text);
    if (text === '' || text.startsWith('|') || heading || TITLE.test(text)) paragraph = undefined;
    if (text === '') {
      inInfobox = false;
      return;
    }
    if (heading) {
      section = { title: heading.title, level: heading.level, line };
      doc.sections.push(section);
      inInfobox = false;
      return;
    }
    const title = TITLE.exec(text);
    if (title && !doc.title) {
      const value = title[1].trim();
      if (!value) throw inputError('the title is empty', { file, line }, 'a title like "= Name of the office ="', rawLine);
      const unseen = invisibleOnly(value);
      if (unseen) throw inputError(`the title has only invisible characters (${unseen})`, { file, line }, 'a title like "= Name of the office ="', rawLine);
      doc.title = { value, line };
      return;
    }
    if (INFOBOX.test(text) && doc.infobox.length === 0 && !section) {
      inInfobox = true;
      return;
    }
    const field = inInfobox ? fieldOf(text) : undefined;
    if (field) {
      doc.infobox.push({ ...field, line } satisfies InfoboxEntry);
      return;
    }
    inInfobox = false;
    if (text.startsWith('|')) {
      const row: TableRow = { cells: boundedCells(splitCells(text), file, line, rawLine), raw: rawLine, line };
      if (isSeparatorRow(row)) return;
      if (++rows > MAX_TABLE_ROWS) {
        throw inputError(`more than ${MAX_TABLE_ROWS} table rows`, { file, line }, `at most ${MAX_TABLE_ROWS} rows in an article's tables`);
      }
      if (table) table.rows.push(row);
      else {
        table = { header: row, rows: [], line, section: section?.title };
        doc.tables.push(table);
      }
      return;
    }
    if (paragraph) paragraph.text += ' ' + text;
    else {
      paragraph = { text, line, section: section?.title };
      doc.paragraphs.push(paragraph);
    }
  });

  if (!doc.title) {
    throw inputError('the article has no title', { file, line: 1 }, 'a first line like "= Name of the office ="');
  }
  return doc as ArticleDocument;
}

/**
 * Splits `| a | b |` into trimmed cells; the outer pipes are optional. A pipe inside a wiki link or a
 * template left in the text (`[[Target|label]]`, `{{lang|ko|…}}`) does not split a cell.
 */
export function splitCells(text: string): string[] {
  let body = text.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  if (!body.includes('[[') && !body.includes('{{')) return body.split('|').map((cell) => cell.trim());
  const cells: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const pair = body.slice(i, i + 2);
    if (pair === '[[' || pair === '{{') {
      depth++;
      i++;
    } else if ((pair === ']]' || pair === '}}') && depth > 0) {
      depth--;
      i++;
    } else if (body[i] === '|' && depth === 0) {
      cells.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  cells.push(body.slice(start).trim());
  return cells;
}

/** A row's cells, refused when there are too many or one is too long (a guard against a dump as a table). */
function boundedCells(cells: string[], file: string, line: number, raw: string): string[] {
  if (cells.length > MAX_ROW_CELLS) {
    throw inputError(`a row of ${cells.length} cells`, { file, line }, `at most ${MAX_ROW_CELLS} cells a row`, raw.slice(0, 200));
  }
  const long = cells.findIndex((cell) => cell.length > MAX_CELL_CHARS);
  if (long >= 0) {
    throw inputError(`cell ${long + 1} holds ${cells[long].length} characters`, { file, line },
      `at most ${MAX_CELL_CHARS} characters a cell`, raw.slice(0, 200));
  }
  return cells;
}

function isSeparatorRow(row: TableRow): boolean {
  return row.cells.length > 0 && row.cells.every((cell) => /^:?-{3,}:?$/.test(cell));
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
