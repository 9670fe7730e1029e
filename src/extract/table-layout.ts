// A table's layout: its usual width, its shape, the title its name cells end in, whether it lists holders at all.
import type { ColumnMap } from './columns.js';
import { isOrdinalCell } from './ordinal-cells.js';
import type { ColumnRole } from './header-words.js';
import { parseName } from './names.js';
import type { TableShape } from './row-kinds.js';

/**
 * The title most name cells end in ("Diogo Afonso, Captain", "Oranyan, Alaafin"): the office, not
 * part of anyone's name. Undefined unless at least 40% of three or more name cells share it.
 */
export function commonTitle(nameCells: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const cell of nameCells) {
    const title = /, (\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2})$/u.exec(cell)?.[1];
    if (title) counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  const [title, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return title !== undefined && count! >= 3 && count! >= 0.4 * nameCells.filter(Boolean).length ? title : undefined;
}

/** The words of a key to a table's colours or marks. */
const KEY_WORDS = /\b(?:key|legend)\b/i;

/**
 * True for a table of one column headed by another column's words or a key's ("| Political parties |"
 * over "| Status |", "| Colour key |"): a legend of the rows' colours, no list of holders. One headed by a
 * holder's word, or by no header word at all (its first row a name), is still read.
 */
export function isLegend(rows: string[][], roleOf: (cell: string) => ColumnRole | undefined): boolean {
  if (!rows.every((cells) => cells.length <= 1)) return false;
  const header = rows[0]?.[0] ?? '';
  const role = roleOf(header);
  return KEY_WORDS.test(header) || (role !== undefined && role !== 'name');
}

/** Words joining a post to its place in its title ("Mayor of Taichung", "Maire de Lyon", "Bürgermeister von Wien"). */
const TITLE_LINKS = new Set(['of', 'de', 'du', 'des', 'del', 'della', 'di', 'do', 'da', 'von', 'van', 'für']);

/**
 * True when at least half of two or more name cells are the post's own title, its word and a link to a
 * place ("Mayor of Taichū", "Mayor of Taichung"): the table lists the post's names over time, not its holders.
 */
export function namesThePost(nameCells: string[], officeWords: ReadonlySet<string>): boolean {
  const filled = nameCells.filter(Boolean);
  const titles = filled.filter((cell) => {
    const [post, link] = cell.toLowerCase().split(' ', 2);
    return officeWords.has(post) && TITLE_LINKS.has(link);
  });
  return filled.length >= 2 && titles.length * 2 >= filled.length;
}

/** How often the table's name cells carry a native form, and its rows a number. */
export function tableShape(rows: string[][], columns: ColumnMap): TableShape {
  const names = rows.map((r) => r[columns.name] ?? '').filter((c) => c !== '');
  const nativeShare = names.length ? names.filter((c) => parseName(c).natives.length > 0).length / names.length : 0;
  const numbers = columns.ordinal === undefined ? [] : rows.map((r) => isOrdinalCell(r[columns.ordinal!] ?? ''));
  return { nativeShare, numberedShare: numbers.length ? numbers.filter(Boolean).length / numbers.length : 0 };
}

/** The number of cells most rows have (the header's on a tie). */
export function modalWidth(widths: number[], fallback: number): number {
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = fallback;
  let most = 0;
  for (const [w, n] of counts) if (n > most || (n === most && w === fallback)) [best, most] = [w, n];
  return best;
}
