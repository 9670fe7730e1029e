// Acting markers in the languages lists are written in: "(interino)", "(и. о.)" after a name say the holder acted.
/**
 * Words that, alone in parentheses after a name, mark an acting holder in other languages than English:
 * Spanish and Portuguese "interino/interina", "en funciones", "em exercício"; French "par intérim",
 * "intérimaire"; German "kommissarisch"; Italian "facente funzioni" and its "f.f."; Latin "a. i." (ad interim); Polish "p. o." (pełniący obowiązki);
 * Russian "и. о." and "врио" (исполняющий обязанности, временно…); Ukrainian "в. о." (виконувач
 * обов'язків); Bulgarian "и. д." (изпълняващ длъжността); Serbian "в. д." (вршилац дужности).
 */
const ACTING_IN_OTHER_LANGUAGES = new RegExp(`^(?:${[
  'interin[oa]s?', 'en funciones', 'em exercício', 'par intérim', 'intérimaire', 'kommissarisch', 'facent[ei] funzion[ei]', 'f\\. ?f\\.', 'a\\. ?i\\.', 'p\\. ?o\\.',
  'и\\. ?о\\.', 'вр\\. ?и\\. ?о\\.', 'врио', 'исполняющий обязанности', 'в\\. ?о\\.', 'и\\. ?д\\.', 'в\\. ?д\\.',
].join('|')})$`, 'iu');

/** True when the words in a parenthesis after a name say, in another language, that the holder was acting. */
export function isActingInOtherLanguage(words: string): boolean {
  return ACTING_IN_OTHER_LANGUAGES.test(words.trim());
}
