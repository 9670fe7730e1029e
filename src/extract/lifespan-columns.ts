// Birth and death columns: a holder's lifespan, never his term — but where holders die in office, the death ends the term.
import type { ColumnMap } from './columns.js';
import { readDateInColumn } from './date-cells.js';

/** Header words of a birth, in English and the languages header-words.ts knows ("Birth", "Born", "Place and year of birth", "Geboren"). */
const BIRTH_HEADER = /\bborn\b|\bbirth\b|^(?:nascita|nacimiento|nascimento|naissance|geboren|geburt|född)$/i;
/** Header words of a death ("Death", "Died", "Place and year of death", "Gestorben", "Décès"). */
const DEATH_HEADER = /\bdied\b|\bdeath\b|^(?:morte|muerte|fallecimiento|falecimento|décès|mort|gestorben|tod|overleden|död)$/i;

/** Header words of a whole lifespan ("Lifespan", "Life years", "Lebensdaten"). */
const LIFESPAN_HEADER = /\blife ?span\b|\blife\b|^lebensdaten$/i;

/** A header's words, without what its parentheses hold ("Name (Birth–Death)" heads names). */
function withoutParentheses(header: string): string {
  return header.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

/** True for a header of a lifespan or its ends ("Birth", "Death", "Born–died", "Lebensdaten"): its dates are no term's. */
export function headsLifespan(header: string): boolean {
  const words = withoutParentheses(header);
  return BIRTH_HEADER.test(words) || DEATH_HEADER.test(words) || LIFESPAN_HEADER.test(words);
}

/** The share of holders who must have died in office (and how many at least) for a Death column to end their terms. */
const DIED_IN_OFFICE_SHARE = 0.8;
const FEWEST_HOLDERS = 3;

/**
 * A table's columns with its Death column ("| President of the Church | Birth | Ordination | Death |") as the end column,
 * where the table has a start column and no end or term column and the holders died in office: nearly every death falls
 * between the holder's start and the next row's start (a post held for life). Any other table's columns as they are
 * (its deaths are lifespans only).
 */
export function withLifeTermsEnded(columns: ColumnMap, header: readonly string[], grid: readonly string[][]): ColumnMap {
  const death = deathEndingTerms(columns, header, grid);
  return death === undefined ? columns : { ...columns, end: death, extra: columns.extra.filter((i) => i !== death) };
}

function deathEndingTerms(columns: ColumnMap, header: readonly string[], grid: readonly string[][]): number | undefined {
  const { start } = columns;
  if (start === undefined || columns.end !== undefined || columns.term !== undefined) return undefined;
  const headsDeath = (cell: string) => DEATH_HEADER.test(withoutParentheses(cell)) && !BIRTH_HEADER.test(withoutParentheses(cell));
  const death = header.findIndex((cell, i) => i !== columns.name && headsDeath(cell));
  if (death < 0) return undefined;
  const value = (cell: string | undefined) => {
    const date = readDateInColumn(cell ?? '');
    return date.kind === 'date' ? date.date.value : undefined;
  };
  const starts = grid.map((cells) => value(cells[start]));
  let dated = 0, inOffice = 0;
  for (const [i, cells] of grid.entries()) {
    const [from, died, next] = [starts[i], value(cells[death]), starts[i + 1]];
    if (from === undefined || died === undefined) continue;
    dated++;
    if (died >= from && (next === undefined || died.slice(0, next.length) <= next)) inOffice++;
  }
  return dated >= FEWEST_HOLDERS && inOffice >= DIED_IN_OFFICE_SHARE * dated ? death : undefined;
}
