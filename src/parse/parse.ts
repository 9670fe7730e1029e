// Text → ArticleDocument: title, infobox, sections, paragraphs and pipe tables with line numbers.
import { inputError } from '../errors.js';
import type { ArticleDocument, InfoboxEntry, Paragraph, Section, Table, TableRow } from './document.js';

/** Largest article accepted, in bytes: a guard against feeding the tool a dump or a binary. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const TITLE = /^=(?!=)\s*(.*?)\s*=$/;
const HEADING = /^(={2,})\s*(.*?)\s*\1$/;
const INFOBOX = /^infobox(?:\s+[\p{L}\p{N} _-]*)?$/iu;
const FIELD = /^[-*]\s*([^:]+?)\s*:\s*(.*)$/;

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

  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const text = rawLine.trim();
    if (!text.startsWith('|')) table = undefined;
    if (text === '' || text.startsWith('|') || HEADING.test(text) || TITLE.test(text)) paragraph = undefined;
    if (text === '') {
      inInfobox = false;
      return;
    }
    const heading = HEADING.exec(text);
    if (heading) {
      section = { title: heading[2], level: heading[1].length, line };
      doc.sections.push(section);
      inInfobox = false;
      return;
    }
    const title = TITLE.exec(text);
    if (title && !doc.title) {
      if (!title[1]) throw inputError('the title is empty', { file, line }, 'a title like "= Name of the office ="', rawLine);
      doc.title = { value: title[1], line };
      return;
    }
    if (INFOBOX.test(text) && doc.infobox.length === 0 && !section) {
      inInfobox = true;
      return;
    }
    const field = inInfobox ? FIELD.exec(text) : null;
    if (field) {
      doc.infobox.push({ key: field[1], value: field[2], line } satisfies InfoboxEntry);
      return;
    }
    inInfobox = false;
    if (text.startsWith('|')) {
      const row: TableRow = { cells: splitCells(text), raw: rawLine, line };
      if (isSeparatorRow(row)) return;
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
