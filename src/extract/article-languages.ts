// The languages of an article's post: its jurisdiction's, from the title and the infobox's body, department and post.
import type { ArticleDocument } from '../parse/document.js';
import { INFOBOX_FIELDS, normalizeKey, type FieldKind } from './infobox.js';
import { languageContext } from './languages.js';

/** The infobox fields that say where the post is, after the title, in the order the article's language context weighs them. */
const PLACE_FIELDS: readonly FieldKind[] = ['body', 'department', 'roleName'];

/**
 * Where a post is, by the words of its title or body, for languages of Latin script that the table of
 * native names' languages leaves out: those whose month names others give another month ("listopad",
 * November in Polish and Czech, October in Croatian). The first text with a row's words decides.
 */
export const DATE_LANGUAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:poland|polish|polska|polski|polskiej|warsaw|warszawa|cracow|krak[oó]w)\b/i, 'pl'],
  [/\b(?:czechia|czech|czechoslovakia|czechoslovak|praha|prague|bohemia|moravia)\b/i, 'cs'],
  [/\b(?:croatia|croatian|hrvatska|hrvatske|hrvatski|zagreb|dalmatia|slavonia)\b/i, 'hr'],
];

/** The languages of the post's jurisdiction ("pl" for a post in Poland, "ru" in Russia), from the texts that say where the post is. */
export function jurisdictionLanguages(doc: ArticleDocument): string[] {
  const field = (kind: FieldKind) => doc.infobox.find((entry) => INFOBOX_FIELDS[normalizeKey(entry.key)] === kind && entry.value.trim())?.value ?? '';
  const texts = [doc.title.value, ...PLACE_FIELDS.map(field)];
  const dates = texts.map((text) => DATE_LANGUAGES.find(([words]) => words.test(text))?.[1]).find((found) => found !== undefined);
  return [...new Set([...(dates ? [dates] : []), ...Object.values(languageContext(texts, []).jurisdiction)])];
}
