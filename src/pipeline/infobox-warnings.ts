// Warnings about an article that do not stop its build: an infobox that states one field twice
// (the same key, or two names of one field such as Inaugural and First holder).
import { printable } from '../errors.js';
import { INFOBOX_FIELDS, normalizeKey } from '../extract/infobox.js';
import type { ArticleDocument } from '../parse/document.js';

/** One `file:line: Warning: …` line per infobox field stated again, naming where it was first stated. */
export function infoboxWarnings(doc: ArticleDocument, file: string): string[] {
  const first = new Map<string, number>();
  const warnings: string[] = [];
  for (const entry of doc.infobox) {
    if (entry.value.trim() === '') continue;
    const key = normalizeKey(entry.key);
    const field = INFOBOX_FIELDS[key] ?? key;
    const earlier = first.get(field);
    if (earlier === undefined) first.set(field, entry.line);
    else {
      warnings.push(`${printable(file)}:${entry.line}: Warning: the infobox states "${printable(entry.key)}" again ` +
        `(first on line ${earlier}); one field, one line: only one of the values is kept`);
    }
  }
  return warnings;
}
