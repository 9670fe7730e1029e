// Pipe tables → tenure rows, gaps and reading warnings: columns by header and content, rows by kind.
import type { Table } from '../parse/document.js';
import { ACTING_IN_ANY_CELL as ACTING_WORD } from './acting-words.js';
import { isItalicNote, normalizeCell } from './cells.js';
import { assignColumns, profileColumns, type ColumnMap } from './columns.js';
import { headerParts, headerRole } from './header-words.js';
import { withLifeTermsEnded } from './lifespan-columns.js';
import { parseName } from './names.js';
import type { GapRecord, ReadingWarning } from './records.js';
import { footnoteFor, footnotesOf, isHeaderRow, isTermOnlyRow, labelsActing, losesName, noPersonScore, numbersNextTerm, spanningText, VACANCY_WORDS } from './row-kinds.js';
import { cellsOf, hasDate, missesDates, readByContent, readRegular, type RowReading } from './row-reading.js';
import { coveredByRowAbove, endSpannedByStart, fillsOnlyLaterColumns, lacksSpannedDates, portraitPutBack, readShortRow, slidLeft, spannedCells } from './row-repairs.js';
import { actsForPartOnly, gapOf, pushGap, readLabel, tenureRow, type TenureRow } from './table-records.js';
import { alignedHeader, groupedHeader, headerOf, headerWordTest, leavesOutOneCell } from './header-rows.js';
import { commonTitle, isLegend, modalWidth, namesThePost, tableShape } from './table-layout.js';
import { inRunOfBareNames, isSectionRow } from './section-rows.js';
import { countsOfficeTerms } from './ordinal-cells.js';
import { readLongRow, withoutSpanningCells } from './long-rows.js';
import { withoutLifeDates } from './life-columns.js';
import { withCenturies } from './two-digit-years.js';
import { settleSlidEnds, slidIntoEnd, type SlidEnd } from './slid-cells.js';

export type { TenureRow } from './table-records.js';

/** The rows of one table, or why it is no table of holders. */
export type TableReading =
  | { tenures: TenureRow[]; gaps: GapRecord[]; warnings: ReadingWarning[]; dated: boolean; line: number; raw: string }
  | { refused: string; line: number; raw: string; nothingLost?: true };

/** The header of a table whose first row is already a holder's ("| 1 | 1538–1539 | Gonzalo Jiménez de Quesada |"). */
const NO_HEADER: readonly string[] = [];

/** Reads every row of a holder table; `officeWords` are the words of the post's title ("governor"). */
export function readTable(table: Table, officeWords: ReadonlySet<string>): TableReading {
  const isHeaderWord = headerWordTest(officeWords);
  const footnotes = footnotesOf(table.rows);
  const all = [table.header, ...table.rows].filter((row) => !footnotes.rows.has(row)).map((row) => ({ row, cells: cellsOf(row) }));
  const first = headerOf(all.map((r) => r.cells), isHeaderWord);
  const top = !first.some(isHeaderWord) && first.some(hasDate) ? NO_HEADER.slice() : first;
  const rows = all.filter(({ cells }) => cells !== top && !isHeaderRow(cells, top, isHeaderWord) && cells.some(Boolean));
  const at = all.findIndex((r) => r.cells === top);
  const headerAt = (i: number) => (all[i] && i !== at && isHeaderRow(all[i].cells, top, isHeaderWord) ? all[i].cells : undefined);
  const roleOf = (cell: string) => headerRole(cell, officeWords).role;
  const partsOf = (cell: string) => headerParts(cell, officeWords);
  if (isLegend(all.map((r) => r.cells), roleOf)) return { refused: 'a table of one column not headed as holders\' names is a legend', line: table.header.line, raw: table.header.raw };
  /** The table's rows of `width` cells, its header over them, and the columns they make. */
  const layout = (width: number) => {
    const regular = rows.filter((r) => r.cells.length === width && spanningText(r.cells, width) === undefined && !isTermOnlyRow(r.cells));
    const grid = regular.map((r) => r.cells);
    const profiles = profileColumns([], sample(grid));
    const longer = rows.some((r) => r.cells.length === width + 1);
    const aligned = (cells: string[]) => alignedHeader(cells, profiles, roleOf, grid.length, partsOf, longer);
    const above = headerAt(at - 1);
    const grouped = above && groupedHeader(above, top, grid, roleOf, aligned);
    const header = aligned(grouped && grouped !== above ? grouped : groupedHeader(top, headerAt(at + 1), grid, roleOf, aligned));
    const named = width < header.length ? profiles
      : grid.length ? profiles.map((p) => ({ ...p, header: header[p.index] ?? '' })) : profileColumns(header, []);
    const assigned = assignColumns(named, officeWords);
    // a post held for life: the Death column ends the terms where no column does
    const columns = 'reasons' in assigned ? assigned : withLifeTermsEnded(assigned, header, grid);
    return { width, regular, header, profiles, columns };
  };
  // Most rows' width; else the header's, when rows under a holder's (a term each, its name cell spanning them) outnumber the holders'.
  let read = layout(modalWidth(rows.filter((r) => r.cells.filter(Boolean).length > 1).map((r) => r.cells.length), top.length));
  if ('reasons' in read.columns && read.width !== top.length) {
    const wide = layout(top.length);
    if (!('reasons' in wide.columns)) read = wide;
  }
  const { width, regular, header, profiles, columns } = read;
  if ('reasons' in columns) {
    return { refused: `no column holds people's names (columns: ${columns.reasons.join('; ')})`, line: table.header.line, raw: table.header.raw };
  }
  if (namesThePost(regular.map((r) => r.cells[columns.name] ?? ''), officeWords)) {
    return { refused: 'its name cells are the post\'s own titles ("Mayor of …"), not its holders', line: table.header.line, raw: table.header.raw, nothingLost: true };
  }
  const shape = tableShape(regular.map((r) => r.cells), columns);
  const title = commonTitle(regular.map((r) => r.cells[columns.name] ?? ''));
  const roleAt = (role: string) => header.findIndex((cell) => headerRole(cell, officeWords).role === role);
  const dateColumns = [columns.start, columns.end, columns.term, roleAt('start'), roleAt('end'), roleAt('term')]
    .filter((i): i is number => i !== undefined && i >= 0);
  const namesFirst = columns.name < Math.min(Infinity, ...dateColumns);
  const endFirst = roleAt('end') >= 0 && roleAt('start') > roleAt('end');
  const dated = columns.start !== undefined || columns.end !== undefined || columns.term !== undefined;
  const out = { tenures: [] as TenureRow[], gaps: [] as GapRecord[], warnings: [] as ReadingWarning[], dated, line: table.header.line, raw: table.header.raw };
  const unslid = spannedCells(columns);
  const slid = slidIntoEnd(regular.map((r) => r.cells), columns, width);
  const slidEnds = new Map<number, SlidEnd>();
  const parties = partiesOf(regular.map((r) => r.cells), columns);
  const withPortrait = portraitPutBack(roleAt('image'), columns.name, width);
  const putBack = slidLeft(columns, header, width);
  const covered = coveredByRowAbove(regular.map((r) => r.cells), columns, profiles, width);
  // the header lined up without a cell over a column only rows a cell longer carry: those read without their spanning cell
  const spannedLeftOut = leavesOutOneCell(top, header);
  let above: RowReading | undefined;
  let underActingLabel = false;
  const centuried = withCenturies(rows, [columns.start, columns.end]);
  const grid = centuried.map((r) => r.cells);
  for (const [index, { row, cells }] of centuried.entries()) {
    const aboveTerm = above?.term;
    above = undefined;
    const label = inRunOfBareNames(grid, index, columns.name) ? undefined : spanningText(cells, width, columns.name);
    if (label !== undefined) {
      underActingLabel = labelsActing(label);
      readLabel(label, row, table, out);
      continue;
    }
    if (isTermOnlyRow(cells, parties)) continue;
    if (out.tenures.length > 0 && fillsOnlyLaterColumns(cells, width, columns, profiles)) continue;
    const portrait = withPortrait(cells);
    const slide = portrait ? undefined : slid(cells);
    if (slide) slidEnds.set(row.line, slide.end);
    const uncovered = portrait || slide ? undefined : covered(cells);
    const repaired = portrait ?? slide?.cells ?? uncovered ?? putBack(row, cells)
      ?? (spannedLeftOut && cells.length === width + 1 ? withoutSpanningCells(cells, width, columns, profiles) : undefined) ?? cells;
    const laid = repaired.length === width ? unslid(repaired) ?? repaired : undefined;
    const byColumn = laid ? readRegular(row, laid, columns, header) : readShortRow(row, repaired, width, columns, header) ?? readLongRow(row, repaired, width, columns, header, profiles);
    let reading = byColumn;
    const termCells = withoutLifeDates(cells, header);
    if (!reading || hasDate(reading.nameCell) || missesDates(reading, termCells)) reading = readByContent(termCells, namesFirst, endFirst);
    // the row above's date cells span this one ("| 5 | Gawata (joint ruler with twin brother Nawata) |")
    else if (aboveTerm && (uncovered ? reading.term.start.kind === 'blank' && reading.term.end.kind === 'blank' : !laid && lacksSpannedDates(repaired, columns))) {
      reading = { ...reading, term: aboveTerm };
    }
    else if (!laid && reading.term.end.kind === 'blank') {
      const end = endSpannedByStart(repaired, centuried[index + 1]?.cells, columns);
      if (end) reading = { ...reading, term: { ...reading.term, end } };
    }
    above = reading;
    // a row under its holder's that names a party the Party column names elsewhere: a new term, a new party
    if (reading !== byColumn && parties.has(reading.nameCell)) reading = { ...reading, nameCell: '', party: reading.nameCell };
    if (title && reading.nameCell.endsWith(`, ${title}`)) reading.nameCell = reading.nameCell.slice(0, -title.length - 2);
    const previous = out.tenures[out.tenures.length - 1];
    const dated = reading.term.start.kind === 'date' || reading.term.end.kind === 'date';
    const acting = underActingLabel || cells.some((c, i) => i !== columns.name && ACTING_WORD.test(c) && !actsForPartOnly(c, reading.term));
    if (reading === byColumn && !uncovered && losesName(reading.nameCell, reading.ordinal, previous?.ordinal)) {
      out.warnings.push({ line: row.line, raw: row.raw, message: `the name cell beside the number ${reading.ordinal} is empty: the holder's name is lost; the row is left out` });
      continue;
    }
    if (reading.nameCell === '') {
      if (previous && dated) {
        // a number first in a row its holder's cells covered may count his terms: his own only as the next holder's would be
        const aligned = reading === byColumn && !uncovered;
        // "(3)" in the No. column of a row under its holder's is the holder's number again; a bare "2" there counts terms.
        const numbered = (columns.ordinal === 0 && reading.ordinal === cells[0] && /^\(\d+\)$/.test(cells[0]))
          || numbersNextTerm(reading.ordinal, previous.ordinal, [...out.tenures].reverse().find((t) => PLAIN_NUMBER.test(t.ordinal ?? ''))?.ordinal)
          || countsOfficeTerms(reading.ordinal);
        out.tenures.push(tenureRow(reading, { ...previous.name, acting: false }, row, table, !aligned && !numbered, acting));
      }
      else pushGap(out, gapOf('', reading.term, row, table));
      continue;
    }
    if (NO_ONE.test(reading.nameCell)) {
      // "| Jan 1693 – Jul 1693 | n/a | Vacant |": the row says who held it elsewhere, if anyone
      const vacancy = cells.find((c) => VACANCY_WORDS.test(c));
      if (vacancy) pushGap(out, gapOf(normalizeCell(vacancy), reading.term, row, table));
      else out.warnings.push({ line: row.line, raw: row.raw, message: `the name cell "${reading.nameCell}" names no one; the row is left out` });
      continue;
    }
    if (!/\p{L}/u.test(reading.nameCell)) {
      out.warnings.push({ line: row.line, raw: row.raw,
        message: `the name cell "${reading.nameCell}" names no one; the row is left out` });
      continue;
    }
    const numbered = columns.ordinal === undefined ? undefined : reading.ordinal !== undefined;
    const rawName = row.cells[columns.name] ?? '';
    if (isItalicNote(rawName) || noPersonScore(reading.nameCell, shape, numbered) >= 2) {
      pushGap(out, gapOf(reading.nameCell, reading.term, row, table));
      continue;
    }
    if (isSectionRow(repaired, columns.name, reading.term, out.dated)) continue;
    const footnote = footnoteFor(rawName, footnotes);
    if (footnote) reading.notes.push(footnote);
    const actingNote = footnote !== undefined && ACTING_WORD.test(footnote);
    out.tenures.push(tenureRow(reading, parseName(reading.nameCell), row, table, false, acting || actingNote));
  }
  settleSlidEnds(out.tenures, out.gaps, slidEnds);
  // a table of starts only has no end cell to leave empty: the end of its last term is not written, not open
  if (dateColumns.every((i) => i === columns.start)) for (const tenure of out.tenures) if (tenure.endKind === 'blank') tenure.endKind = 'none';
  return out;
}

/** A number as a No. column counts holders: not a returning holder's "(2)". */
const PLAIN_NUMBER = /^\d+$/;

/** A name cell that says no one held the post ("n/a", "none"). */
const NO_ONE = /^(?:n\/a|none|nobody|no one)$/i;

/** The parties the table's Party column names (in its rows that line up with the header). */
function partiesOf(grid: string[][], columns: ColumnMap): Set<string> {
  if (columns.party === undefined) return new Set();
  return new Set(grid.map((cells) => normalizeCell(cells[columns.party!] ?? '')).filter(Boolean));
}

/** Rows enough to tell what each column holds: all of a short table, an even spread of a long one. */
const PROFILED_ROWS = 16;

function sample<T>(rows: T[]): T[] {
  if (rows.length <= PROFILED_ROWS) return rows;
  return Array.from({ length: PROFILED_ROWS }, (_, i) => rows[Math.floor((i * rows.length) / PROFILED_ROWS)]);
}
