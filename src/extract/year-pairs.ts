// Two years run together in a term cell, the dash between them lost by the renderer: "19291943" is 1929–1943.

/** Eight digits and nothing else: two four-digit years with no separator. */
const EIGHT_DIGITS = /^(\d{4})(\d{4})$/;
/** The years a holder's term can plausibly start in (a four-digit year with no leading zero) and last at most. */
const EARLIEST_YEAR = 1000;
const LATEST_YEAR = 2100;
const LONGEST_TERM = 100;

/**
 * The two years of a term cell written as eight digits, its dash lost ("19291943", "19852007"), where both halves are
 * plausible years and the second is not before the first nor a century after it; undefined otherwise (a date written
 * as "20170312" reads 2017 and 0312: no pair).
 */
export function yearsRunTogether(text: string): { start: string; end: string } | undefined {
  const m = EIGHT_DIGITS.exec(text);
  if (!m) return undefined;
  const [start, end] = [Number(m[1]), Number(m[2])];
  if (start < EARLIEST_YEAR || end > LATEST_YEAR || end < start || end - start > LONGEST_TERM) return undefined;
  return { start: m[1], end: m[2] };
}
