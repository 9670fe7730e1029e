// Who is who in an article: one person per holder, namesakes told apart by their lifespans, native forms tagged.
import { sameUpToArms, withoutArms } from './coat-of-arms.js';
import { labelledTag } from './language-labels.js';
import { languageTag, predominantChineseTag, type LanguageContext } from './languages.js';
import { remembered } from './memo.js';
import { folded as foldedSpelling } from './spelling-folds.js';
import type { PersonName } from './names.js';
import type { NativeName, PersonRecord } from './records.js';

/** Identity key of a person: English name and first native form; "|born" added to tell namesakes apart. */
export function personKey(english: string | undefined, natives: readonly { value: string }[], born?: string): string {
  const key = `${english ?? ''}|${natives[0]?.value ?? ''}`;
  return born === undefined ? key : `${key}|${born}`;
}

/** The native forms of a name with their BCP 47 tags in this article. */
export function taggedNatives(name: PersonName, context: LanguageContext): NativeName[] {
  return name.natives.map((form) => ({
    value: form.text,
    tag: form.language ? labelledTag(form.language, form.text, form.script) : languageTag(form.text, form.script, name.cellScripts, context),
  }));
}

/** Years between two terms of one name beyond which, with no lifespans, they are two people. */
export const NAMESAKE_YEARS = 50;

/**
 * Resolves the names of an article's rows to persons: rows with the same English name and a common
 * native form (or none) are one person, unless their years of birth or uncertain regnal numbers differ.
 * Han names whose script alone cannot be told take the script of the article's other Chinese names.
 */
export class PersonResolver {
  private readonly persons: PersonRecord[] = [];
  /** The persons of each English name, lower-cased. */
  private readonly byName = new Map<string, PersonRecord[]>();
  /** The uncertain regnal number of each person's name: one name with another number, or none, is another person. */
  private readonly regnals = new Map<PersonRecord, string | undefined>();
  /** The year each person's first resolved row starts. */
  private readonly firstYear = new Map<PersonRecord, number>();
  private readonly namesakes = new Map<string, Set<string>>();

  constructor(private readonly context: LanguageContext, names: readonly PersonName[]) {
    for (const name of names) {
      const born = name.lifespan?.born;
      if (born === undefined) continue;
      const base = nameKey(name);
      this.namesakes.set(base, (this.namesakes.get(base) ?? new Set()).add(born));
    }
  }

  /**
   * The person key of a row's name, making a new person when no earlier one matches. Without
   * lifespans, the same name starting a term over {@link NAMESAKE_YEARS} years after the first is a namesake,
   * unless the row says it is a later term of the same holder ("(2nd term)", "(restored)"). `context` is the
   * row's table's, where its headings tell more than the article.
   */
  resolve(name: PersonName, startYear?: number, context = this.context): string {
    const natives = taggedNatives(name, context);
    const born = name.lifespan?.born;
    const lower = withoutArms(folded(name.english));
    const namesakes = this.byName.get(lower) ?? [];
    const found = namesakes.find((p) => sameName(p, name.english, natives) && this.regnals.get(p) === name.regnal
      && (p.born === undefined || born === undefined ? name.termMarker !== undefined || !this.tooFarApart(p, startYear) : p.born === born));
    if (found) {
      for (const native of natives) if (!found.natives.some((n) => n.tag === native.tag)) found.natives.push(native);
      found.born ??= born;
      found.died ??= name.lifespan?.died;
      return found.key;
    }
    const earlier = namesakes.filter((p) => sameName(p, name.english, natives)).length;
    const needsBorn = (this.namesakes.get(nameKey(name))?.size ?? 0) > 1;
    const suffix = needsBorn ? born : earlier > 0 ? name.regnal ?? `${startYear ?? ''}` : undefined;
    const person: PersonRecord = {
      key: personKey(name.english, natives, suffix), english: name.english,
      natives: onePerTag(natives), born, died: name.lifespan?.died,
    };
    this.persons.push(person);
    this.byName.set(lower, [...namesakes, person]);
    this.regnals.set(person, name.regnal);
    if (startYear !== undefined) this.firstYear.set(person, startYear);
    return person.key;
  }

  private tooFarApart(person: PersonRecord, startYear?: number): boolean {
    const first = this.firstYear.get(person);
    return first !== undefined && startYear !== undefined && Math.abs(startYear - first) > NAMESAKE_YEARS;
  }

  /** Every person resolved so far; Chinese forms whose script cannot be told take the article's. */
  records(): PersonRecord[] {
    const fallback = predominantChineseTag(this.persons.flatMap((p) => p.natives.map((n) => n.tag)));
    if (fallback) {
      for (const p of this.persons) {
        for (const n of p.natives) if (n.tag === 'zh') n.tag = fallback;
        p.natives = onePerTag(p.natives);
      }
    }
    return this.persons;
  }
}

function nameKey(name: PersonName): string {
  return `${folded(name.english)}|${name.natives[0]?.text ?? ''}`;
}

/** A native form in the one spelling of the marks writers swap, remembered: each row's forms are compared with every earlier person's. */
const spellingFolded = remembered(foldedSpelling);

/** True when a row's name is a person's: the same Latin name, and a native form the same up to the marks writers swap ("દેસાઇ", "દેસાઈ"). */
function sameName(person: PersonRecord, english: string | undefined, natives: NativeName[]): boolean {
  if (!sameUpToArms(folded(person.english), folded(english))) return false;
  if (person.natives.length === 0 || natives.length === 0) return person.english !== undefined || natives.length === 0;
  return natives.some((n) => person.natives.some((p) => p.value === n.value || spellingFolded(p.value) === spellingFolded(n.value)));
}

/**
 * A Latin name as rows of one article compare it: lower case, accents dropped ("André Brué" and "André
 * Brue", one governor the list spells two ways), without the Spanish "y" a writer may put between two surnames or
 * leave out ("Blas de la Garza y Falcón", "Blas de la Garza Falcón": one governor).
 */
function folded(english: string | undefined): string {
  return english === undefined ? '' : foldedLatin(english);
}

/** `folded` of a name, remembered: each row's name is compared with every earlier person's of the same name. */
const foldedLatin = remembered((english: string): string => {
  const lower = english.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  return lower.includes(' y ') ? lower.replace(BETWEEN_SURNAMES, ' ') : lower;
});

/** The conjunction between two surnames, after a given name. */
const BETWEEN_SURNAMES = /(?<=\S) y (?=\S)/g;

/** The first native form of each language tag: a person has one name in a language (the shapes' sh:uniqueLang). */
export function onePerTag<T extends { tag: string }>(natives: T[]): T[] {
  return natives.filter((n, i) => natives.findIndex((m) => m.tag === n.tag) === i);
}
