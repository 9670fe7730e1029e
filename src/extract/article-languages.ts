// The languages of an article's post: its jurisdiction's, from the title and the infobox's body, department and post.
import type { ArticleDocument } from '../parse/document.js';
import { INFOBOX_FIELDS, normalizeKey, type FieldKind } from './infobox.js';
import { jurisdictionIn } from './languages.js';

/** The infobox fields that say where the post is, after the title, in the order the article's language context weighs them. */
const PLACE_FIELDS: readonly FieldKind[] = ['body', 'department', 'roleName'];

/**
 * The texts that say where the post is, in the order they are weighed: the title, the infobox's body, department and
 * post. Not the description: it names other places too ("Mayor of Kaohsiung": "…the mayors appointed under Japanese rule").
 */
export function placeTexts(doc: ArticleDocument): string[] {
  const field = (kind: FieldKind) => doc.infobox.find((entry) => INFOBOX_FIELDS[normalizeKey(entry.key)] === kind && entry.value.trim())?.value ?? '';
  return [doc.title.value, ...PLACE_FIELDS.map(field)];
}

/** The languages of the post's jurisdiction ("pl" for a post in Poland, "ru" in Russia): its dates' language, then its scripts'. */
export function jurisdictionLanguages(doc: ArticleDocument): string[] {
  const [, scripts = {}, dates] = jurisdictionIn(placeTexts(doc)) ?? [];
  return [...new Set([...(dates ? [dates] : []), ...Object.values(scripts)])];
}
