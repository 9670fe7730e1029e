// QuickStatements v1 lines that add what Wikidata lacks, never changing what it has; the rest are conflicts.
import type { PartialDate } from '../extract/dates.js';
import { holderNumber } from '../extract/ordinal-cells.js';
import { ACTING, UNKNOWN_HERE, type DiffRow } from './diff.js';

/** English Wikipedia (S143, imported from Wikimedia project). */
export const ENGLISH_WIKIPEDIA = 'Q328';

/** Wikidata's "circa" (P1480, sourcing circumstances), for a date the article writes as approximate. */
export const CIRCA = 'Q5727902';

/** QuickStatements lines, and the rows a person must look at instead. */
export interface QuickStatements {
  lines: string[];
  conflicts: DiffRow[];
}

const ADDABLE = new Set(['start-missing', 'end-missing', 'replaces-missing', 'replaced-by-missing', 'acting-not-marked']);
const APPROXIMATE = ['P1480', CIRCA];

/**
 * Lines for the diff rows: a whole P39 statement for a tenure missing in Wikidata; for an existing
 * statement, only the qualifiers it lacks, and only when it is the one statement for that post (else it
 * is a conflict, as is an acting mark where Wikidata has another P5102); a post's missing P1001. A date
 * keeps its precision, an approximate one adds P1480 = Q5727902 (circa), an unknown start is never
 * written; P1545 is the No. column's number as written, a returning holder's "(2)" as "2". Every line carries the references S143 Q328, S4656 the source article, S813 `retrieved`.
 * Differences and statements missing here are conflicts; what we know only approximately or not at all is neither.
 */
export function quickStatements(rows: DiffRow[], retrieved: PartialDate): QuickStatements {
  const lines: string[] = [];
  const conflicts: DiffRow[] = [];
  const additions = new Map<string, { row: DiffRow; qualifiers: string[][] }>();
  for (const row of rows) {
    const t = row.tenure;
    if (row.kind === 'agrees' || UNKNOWN_HERE.has(row.kind)) continue;
    if (row.kind === 'jurisdiction-missing') {
      lines.push(line(row, [], retrieved, 'P1001', row.ours));
      continue;
    }
    if (row.kind === 'missing-in-wikidata' && t) {
      lines.push(line(row, [
        ...(t.start ? [['P580', quickTime(t.start)]] : []), ...(t.end ? [['P582', quickTime(t.end)]] : []),
        ...(row.replaces ? [['P1365', row.replaces]] : []), ...(row.replacedBy ? [['P1366', row.replacedBy]] : []),
        ...(t.seriesOrdinal ? [['P1545', `"${holderNumber(t.seriesOrdinal)}"`]] : []), ...(t.acting ? [['P5102', ACTING]] : []),
        ...(t.start?.approximate || t.end?.approximate ? [APPROXIMATE] : []),
      ], retrieved));
      continue;
    }
    if (!ADDABLE.has(row.kind) || !t || row.statements.length !== 1 || row.wikidata !== '') {
      conflicts.push(row);
      continue;
    }
    const key = `${row.person} ${row.postQid} ${t.start?.value ?? '?'}`;
    const entry = additions.get(key) ?? additions.set(key, { row, qualifiers: [] }).get(key)!;
    entry.qualifiers.push(qualifier(row));
    const date = row.kind === 'start-missing' ? t.start : row.kind === 'end-missing' ? t.end : undefined;
    if (date?.approximate && !entry.qualifiers.includes(APPROXIMATE)) entry.qualifiers.push(APPROXIMATE);
  }
  for (const { row, qualifiers } of additions.values()) {
    lines.push(line(row, qualifiers, retrieved));
  }
  return { lines, conflicts };
}

function qualifier(row: DiffRow): string[] {
  const t = row.tenure!;
  switch (row.kind) {
    case 'start-missing': return ['P580', quickTime(t.start!)];
    case 'end-missing': return ['P582', quickTime(t.end!)];
    case 'replaces-missing': return ['P1365', row.ours];
    case 'replaced-by-missing': return ['P1366', row.ours];
    default: return ['P5102', ACTING];
  }
}

function line(row: DiffRow, qualifiers: string[][], retrieved: PartialDate, property = 'P39', value = row.postQid): string {
  const cells = [row.personQid, property, value, ...qualifiers.flat()];
  cells.push('S143', ENGLISH_WIKIPEDIA, 'S4656', `"${row.tenure?.sourceUrl ?? row.sourceUrl}"`, 'S813', quickTime(retrieved));
  return cells.join('\t');
}

/** A date as QuickStatements writes it, at its precision: /9 year, /10 month, /11 day (never the default). */
export function quickTime(date: PartialDate): string {
  const [year, month = '00', day = '00'] = date.value.split('-');
  const precision = date.precision === 'day' ? 11 : date.precision === 'month' ? 10 : 9;
  return `+${year}-${month}-${day}T00:00:00Z/${precision}`;
}
