// The post's jurisdiction: the place named by the title's "of X" or, failing that, by its body's name, read by small tables.

/** Names after "of" that name an organisation, not a place (the post is in it, it governs nowhere). */
export const NOT_PLACES: readonly string[] = ['NATO', 'United Nations', 'European Union', 'Commonwealth of Nations', 'African Union'];

/** Words that make a name an organisation's ("the State Taxation Administration", "the Chinese Communist Party"). */
export const ORGANISATION_WORDS = /\b(?:Administration|Agency|Assembly|Authority|Bank|Board|Bureau|Cabinet|Chamber|Commission|Committee|Congress|Council|Court|Department|Executive|Government|League|Ministry|Office|Organi[sz]ation|Parliament|Party|Senate|Service|Yuan)\b/;

/** Heads of a state's own name: the "of" inside it is part of the name ("Republic of China", "Isle of Man"). */
export const STATE_NAMES = /^(?:[\p{Lu}][\p{L}'’-]* )*(?:Republic|Kingdom|Commonwealth|Principality|Grand Duchy|Duchy|Sultanate|Emirate|Federation|Union|Isle|United States|Federated States|Territory|Islands)(?: of)? /u;

/** Words before an inner "of" that only lead to the place: "heads of government of Bulgaria", "the Yoruba state of Oyo". */
const LEADS_TO_PLACE = /^(?:.* )?(?:government|state|city|province|county|municipality|prefecture|region|district)$/i;

/** Body names that begin with their place: "the Hebei Provincial People's Government", "Example City Council". */
const BODY_PLACE = /^(?:the )?([\p{Lu}][\p{L}'’ -]*?) (?:Provincial|Municipal|Autonomous Regional|Prefectural|Metropolitan|City|County|Regional) /u;

/** Body names that end with their place: "the Government of Hong Kong". */
const BODY_OF_PLACE = /^(?:the )?(?:Government|Administration|City|Province|State) of (.+)$/;

/** The place a post applies to (Wikidata P1001), from its title, else from its body's name; undefined when neither names one. */
export function jurisdictionOf(title: string, body?: string): string | undefined {
  return placeInTitle(title) ?? (body === undefined ? undefined : placeInBody(body));
}

/** The place after the title's first "of", through any "government of", "National Assembly of" that only lead to it. */
export function placeInTitle(title: string): string | undefined {
  const words = title.replace(/\s*\([^)]*\)\s*$/, '').replace(/^lists? of /i, '');
  const at = words.indexOf(' of ');
  return at < 0 ? undefined : placeIn(words.slice(at + 4));
}

function placeIn(text: string): string | undefined {
  const name = text.trim().replace(/^the /i, '');
  if (STATE_NAMES.test(name + ' ')) return name;
  const at = name.indexOf(' of ');
  if (at >= 0) {
    const head = name.slice(0, at);
    if (LEADS_TO_PLACE.test(head) || ORGANISATION_WORDS.test(head)) return placeIn(name.slice(at + 4));
    return undefined;
  }
  if (NOT_PLACES.includes(name) || ORGANISATION_WORDS.test(name) || !/^\p{Lu}/u.test(name)) return undefined;
  return name;
}

/** The place a body's name begins or ends with, if it follows one of the patterns above. */
export function placeInBody(body: string): string | undefined {
  const leading = BODY_PLACE.exec(body.trim());
  if (leading) return leading[1];
  const trailing = BODY_OF_PLACE.exec(body.trim());
  return trailing ? placeIn(trailing[1]) : undefined;
}
