// Numeric dates with two-digit years ("1.7.65", "31.3.08"): the century the list's own order and four-digit years give.

/** A day, a month and a two-digit year, written in numbers with dots: "1.7.65", "31.3.08". */
const SHORT_YEAR_DATE = /^(\d{1,2}\.\d{1,2}\.)(\d{2})$/;
/** A four-digit year anywhere in a cell: "31.3.2000", "1 April 2000". */
const FULL_YEAR = /(?<!\d)(\d{4})(?!\d)/;

/** A year a cell gives for ordering: its four-digit year, or undefined. */
function fullYear(cell: string): number | undefined {
  const m = FULL_YEAR.exec(cell);
  return m ? Number(m[1]) : undefined;
}

/**
 * The rows with each two-digit year of their date columns (`columns`, read in row order, start before end) written
 * out in the century that keeps the list in order: the earliest year not before the date above it and not after the
 * next four-digit year below it ("1.7.65" above "31.3.2000" is 1965; "31.3.08" under it is 2008). Done only where
 * the columns hold a four-digit year to anchor them, and only if every such date fits so (else the rows are in another
 * order, newest first, and all are left as written).
 */
export function withCenturies<T extends { cells: string[] }>(rows: T[], columns: readonly (number | undefined)[]): T[] {
  const at = columns.filter((i): i is number => i !== undefined);
  const cells = rows.flatMap((r, row) => at.map((column) => ({ row, column, text: r.cells[column] ?? '' })));
  if (!cells.some((c) => SHORT_YEAR_DATE.test(c.text)) || !cells.some((c) => fullYear(c.text) !== undefined)) return rows;
  const written = new Map<number, Map<number, string>>();
  // the next four-digit year below each cell, found once from the bottom up
  const next: (number | undefined)[] = [];
  for (let i = cells.length - 1; i >= 0; i--) next[i] = i + 1 < cells.length ? fullYear(cells[i + 1].text) ?? next[i + 1] : undefined;
  let last: number | undefined;
  for (const [i, cell] of cells.entries()) {
    const short = SHORT_YEAR_DATE.exec(cell.text);
    if (!short) {
      last = fullYear(cell.text) ?? last;
      continue;
    }
    const year = centuryBetween(Number(short[2]), last, next[i]);
    // a date no century fits: the rows are not in the order assumed (newest first?), so none is written out
    if (year === undefined) return rows;
    last = year;
    if (!written.has(cell.row)) written.set(cell.row, new Map());
    written.get(cell.row)!.set(cell.column, `${short[1]}${year}`);
  }
  return rows.map((r, row) => {
    const changed = written.get(row);
    return changed ? { ...r, cells: r.cells.map((c, column) => changed.get(column) ?? c) } : r;
  });
}

/** The earliest year ending in `yy` not before `after` and not after `before`; undefined if none, or if neither bound is known. */
function centuryBetween(yy: number, after: number | undefined, before: number | undefined): number | undefined {
  if (after === undefined && before === undefined) return undefined;
  if (after !== undefined) {
    const year = Math.floor(after / 100) * 100 + yy;
    const earliest = year >= after ? year : year + 100;
    return before === undefined || earliest <= before ? earliest : undefined;
  }
  const year = Math.floor(before! / 100) * 100 + yy;
  return year <= before! ? year : year - 100;
}
