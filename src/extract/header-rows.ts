// A table's header: which leading row it is, its group cells over a second header row, lined up with the rows' cells.
import type { ColumnProfile } from './columns.js';
import { headerRole, type ColumnRole } from './header-words.js';
import { YEARISH } from './row-kinds.js';

/** A test of header words for one article (`officeWords`): a short cell with no year whose words point to a role. */
export function headerWordTest(officeWords: ReadonlySet<string>): (cell: string) => boolean {
  const known = new Map<string, boolean>();
  return (cell) => {
    let word = known.get(cell);
    if (word === undefined) {
      word = !YEARISH.test(cell) && cell.replace(/\([^()]*\)/g, '').trim().split(' ').length <= 5 && headerRole(cell, officeWords).role !== undefined;
      known.set(cell, word);
    }
    return word;
  };
}

/**
 * The header among the leading rows whose cells are all header words: the one that names the most columns.
 * A caption above it (one cell over a wider row: "| Bürgermeister der Stadt Wien seit 1945 |") is passed over.
 */
export function headerOf(rows: string[][], isHeaderWord: (cell: string) => boolean): string[] {
  const isCaption = (cells: string[], i: number) => cells.length === 1 && (rows[i + 1]?.length ?? 0) > 1;
  let best = rows[0];
  for (const [i, cells] of rows.entries()) {
    const filled = cells.filter(Boolean);
    if (isCaption(cells, i) && best === rows[i]) best = rows[i + 1];
    if (filled.length === 0 || (filled.length === 1 && cells.length > 1) || isCaption(cells, i)) continue;
    if (!filled.every(isHeaderWord)) break;
    if (filled.length > best.filter(Boolean).length || best.filter(Boolean).length <= 1) best = cells;
  }
  return best;
}

/**
 * A header whose cell groups the columns the next row names, as a cell spanning them is rendered:
 * "| Name | Term of office | Life years |" over "| Start | End |", or "| Portrait | Name of Patriarch | Dates |"
 * over "| English | Georgian |" (a name cell over the languages it is written in). The group cell gives way
 * to the sub-header's cells. Kept only when the header then has as many cells as the rows (its portrait
 * columns left out when the rows hold text where the portrait would be: they have no cell for it); else `header`.
 */
export function groupedHeader(
  header: string[], next: string[] | undefined, rows: string[][], roleOf: (cell: string) => ColumnRole | undefined,
  aligned: (header: string[]) => string[] = (h) => h,
): string[] {
  const sub = next?.filter(Boolean) ?? [];
  const inLanguages = sub.every((cell) => NAME_ROLES.has(roleOf(cell))) && sub.some((cell) => roleOf(cell) === 'native');
  const groupRole = inLanguages ? 'name' : 'term';
  const group = header.findIndex((cell) => cell !== '' && roleOf(cell) === groupRole);
  if (group < 0 || sub.length < 2 || next!.slice(0, sub.length).some((cell) => cell === '')) return header;
  const top = header.slice(0, lastFilled([header]));
  const merged = [...top.slice(0, group), ...sub, ...top.slice(group + 1)];
  const filledAt = (i: number) => rows.filter((cells) => (cells[i] ?? '') !== '').length / Math.max(rows.length, 1);
  const isImage = (cell: string) => roleOf(cell) === 'image';
  const shifted = merged.some((cell, i) => isImage(cell) && filledAt(i) >= 0.5);
  const candidate = shifted ? merged.filter((cell) => !isImage(cell)) : merged;
  const fits = (cells: string[]) => cells.length === lastFilled(rows) || cells.length === rows[0]?.length;
  return [candidate, aligned(candidate)].find(fits) ?? header;
}

/** The most cells the rows may carry that the header has none for (colour swatches beside a party or a name). */
const UNNAMED_CELLS = 2;

/**
 * The header lined up with the rows by what their cells hold: where the rows carry cells the header has
 * none for (an empty party-colour cell before the name: "| 1 | | | Tögs-Ochiryn Namnansüren | February 1914 |"
 * under "| | Portrait | Name | Took office |"), empty header cells go in over those always-empty columns,
 * where they make the header's words name the columns best (a name over names, dates over dates). Where the
 * renderer dropped every row's portrait cell, the header's Portrait cell over text goes out the same way; where the
 * header's name cell spans the number column too (the header a cell short), an empty cell goes in over the numbers; where
 * the header is a cell longer than the rows, some row as long as it (`longer`), the cell over a column only such a row
 * carries (its cell spanning the rows under it) goes out. Else `header`.
 */
export function alignedHeader(
  header: string[], profiles: ColumnProfile[], roleOf: (cell: string) => ColumnRole | undefined, rows: number,
  parts: (cell: string) => [string, string] | undefined = () => undefined, longer = false,
): string[] {
  let best = header;
  let bestFit = -Infinity;
  let filledColumns = profiles.length;
  while (filledColumns > 0 && profiles[filledColumns - 1].filled === 0) filledColumns--;
  // the header one cell short of the filled columns, or its last cell over a column the shift leaves empty ("Coalition")
  const roomToShift = lastFilled([header]) === filledColumns - 1 || profiles[lastFilled([header])]?.filled === 0;
  // the header one cell longer than the rows, and a row (`longer`) as long as it: one of its cells may head a column the
  // others lack
  const oneCellLong = longer && lastFilled([header]) === profiles.length + 1;
  for (let at = 0; at < header.length; at++) {
    // one row is no evidence that a cell is always empty ("| Ann Smith |  | 1 January 1800 | extra |" alone)
    for (let k = 1; rows >= 2 && k <= UNNAMED_CELLS && profiles[at + k - 1]?.filled === 0; k++) {
      const candidate = [...header.slice(0, at), ...Array<string>(k).fill(''), ...header.slice(at)];
      const fit = headerFit(candidate, profiles, roleOf);
      if (fit > bestFit) [best, bestFit] = [candidate, fit];
    }
    // a header cell spanning the number and name columns ("| Mayor | Term start |" over "| 20 | Raghib al-Nashashibi | 1920 |"):
    // the number column has no header cell of its own
    if (roomToShift && (profiles[at]?.numbers ?? 0) >= 0.5 && (roleOf(header[at]) === 'name' || overNoDates(roleOf(header[at]), profiles[at]))) {
      const candidate = [...header.slice(0, at), '', ...header.slice(at)];
      if (candidate.length > profiles.length && candidate[candidate.length - 1] === '') candidate.pop();
      const fit = headerFit(candidate, profiles, roleOf);
      if (fit > bestFit) [best, bestFit] = [candidate, fit];
    }
    // one header cell spanning two columns: a whole term over its start and end ("| Term of office |" over "| December 2000 |
    // November 2001 |"), or a cell naming two roles over one column each ("| Order and term |" over "| 1st | 1875 – 1879 |")
    const spanned = roomToShift ? spannedCells(header[at], profiles[at], profiles[at + 1], roleOf, parts) : undefined;
    if (spanned) {
      const candidate = [...header.slice(0, at), ...spanned, ...header.slice(at + 1)];
      if (candidate.length > profiles.length && candidate[candidate.length - 1] === '') candidate.pop();
      const fit = headerFit(candidate, profiles, roleOf);
      if (fit > bestFit) [best, bestFit] = [candidate, fit];
    }
    // a portrait cell the renderer dropped from every row: the header's Portrait cell stands over text; or the cell over a
    // column only a row as long as the header carries, its cell spanning the rows under it: "| 선출 방식 | 대수 | 이름 |"
    // over "| 2대 | 장현식(張賢植) |" (the first row's "관선", appointed, is said once for all)
    if ((roleOf(header[at]) === 'image' && (profiles[at]?.filled ?? 0) > 0) || (oneCellLong && roleOf(header[at]) !== 'name')) {
      const candidate = [...header.slice(0, at), ...header.slice(at + 1)];
      const fit = headerFit(candidate, profiles, roleOf);
      if (fit > bestFit) [best, bestFit] = [candidate, fit];
    }
  }
  return bestFit >= headerFit(header, profiles, roleOf) + CLEARLY_BETTER ? best : header;
}

/**
 * True when `header` is `top` without one of its cells (the aligned header left out a cell over a column the rows lack:
 * a first row's cell spanning the rows under it, or a portrait the renderer dropped).
 */
export function leavesOutOneCell(top: readonly string[], header: readonly string[]): boolean {
  if (header.length !== top.length - 1) return false;
  let at = 0;
  while (at < header.length && header[at] === top[at]) at++;
  return header.every((cell, i) => i < at || cell === top[i + 1]);
}

/** A column most of whose cells are dates. */
const isDateColumn = (p: ColumnProfile | undefined) => p !== undefined && p.dates * p.filled >= 0.4;

/**
 * The two cells a header cell spanning two columns stands for: a whole term's cell over two columns of single dates
 * (its start and its end: the cell over each), or the two parts of a cell naming two roles (`parts`); else undefined.
 */
function spannedCells(
  cell: string | undefined, left: ColumnProfile | undefined, right: ColumnProfile | undefined,
  roleOf: (cell: string) => ColumnRole | undefined, parts: (cell: string) => [string, string] | undefined,
): string[] | undefined {
  if (!cell || !right || right.filled === 0) return undefined;
  if (roleOf(cell) === 'term' && isDateColumn(left) && isDateColumn(right) && left!.terms < MOSTLY_RANGES && right.terms < MOSTLY_RANGES) return [cell, cell];
  return parts(cell);
}

/** A column of ranges ("1919–1933") holds whole terms: no single end of one. */
const MOSTLY_RANGES = 0.5;

/** A header cell naming dates ("Amtsperiode") over a column that holds none (its numbers: "| 1 | 1784–1788 |"): a cell to its left is missing. */
function overNoDates(role: ColumnRole | undefined, profile: ColumnProfile): boolean {
  return (role === 'term' || role === 'start' || role === 'end') && profile.dates === 0;
}

/** How much better a header must name the columns to be shifted: one column lining up can be chance (a span misread). */
const CLEARLY_BETTER = 2;

/**
 * How well a header's words name the columns under it (a name over names, a portrait over empty cells);
 * a column holding cells past the header's end counts twice against it: no header leaves a column unnamed.
 */
function headerFit(header: string[], profiles: ColumnProfile[], roleOf: (cell: string) => ColumnRole | undefined): number {
  let fit = 0;
  for (const p of profiles) {
    if (p.index >= header.length) {
      if (p.filled > 0) fit -= 2;
      continue;
    }
    const role = roleOf(header[p.index]);
    if (role === 'name') fit += p.names >= 0.25 ? 2 : p.filled === 0 ? -1 : 0;
    else if (role === 'start' || role === 'end' || role === 'term') fit += p.dates * p.filled >= 0.4 ? 1 : 0;
    else if (role === 'ordinal') fit += p.numbers >= 0.5 ? 1 : 0;
    else if (role === 'image') fit += p.filled === 0 ? 1 : 0;
    else if (role === 'party') fit += p.filled > 0 && p.dates < 0.5 && p.numbers < 0.5 ? 1 : 0;
  }
  return fit;
}

/** Roles of sub-header cells under a name cell: the languages its names are written in. */
const NAME_ROLES: ReadonlySet<ColumnRole | undefined> = new Set(['name', 'native']);

/** One past the last column any of the rows fills. */
function lastFilled(rows: string[][]): number {
  let width = 0;
  for (const cells of rows) {
    for (let i = cells.length - 1; i >= width; i--) {
      if (cells[i] !== '') {
        width = i + 1;
        break;
      }
    }
  }
  return width;
}
