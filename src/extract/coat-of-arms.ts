// A Polish noble's coat of arms after his name ("Beniamin Zaremba herbu Zaremba"): part of the name, which a row may leave out.

/** "herbu" (of the coat of arms) and the arms' name, ending a name. */
const ARMS = /\s+herbu\s+\S+$/iu;

/** The name without the coat of arms it ends in ("beniamin zaremba herbu zaremba" → "beniamin zaremba"). */
export function withoutArms(name: string): string {
  return name.replace(ARMS, '');
}

/**
 * True when two names are one, or one is the other with its coat of arms left out ("Beniamin Zaremba herbu Zaremba"
 * and "Beniamin Zaremba", a row saying "po raz kolejny": once more); two different arms tell two people apart.
 */
export function sameUpToArms(a: string, b: string): boolean {
  if (a === b) return true;
  return (!ARMS.test(a) || !ARMS.test(b)) && withoutArms(a) === withoutArms(b);
}
