// The diff as a readable table and as TSV: one row per tenure and difference.
import type { DiffRow } from './diff.js';

/** The columns of the diff, in order. */
export const DIFF_COLUMNS = ['person', 'person_qid', 'post_qid', 'tenure', 'kind', 'ours', 'wikidata'] as const;

function cells(row: DiffRow, base: string): string[] {
  const person = row.person.startsWith(base) ? row.person.slice(base.length) : row.person;
  const tenure = row.tenure ? `${row.tenure.start?.value ?? '?'}–${row.tenure.end?.value ?? ''}` : '';
  return [person, row.personQid, row.postQid, tenure, row.kind, row.ours, row.wikidata];
}

/** TSV with a header line; entities relative to `base`. */
export function diffTsv(rows: DiffRow[], base: string): string {
  return [DIFF_COLUMNS.join('\t'), ...rows.map((row) => cells(row, base).join('\t'))].join('\n') + '\n';
}

/** A plain-text table with aligned columns, for the terminal. */
export function diffTable(rows: DiffRow[], base: string): string {
  const table = [[...DIFF_COLUMNS], ...rows.map((row) => cells(row, base))];
  const widths = DIFF_COLUMNS.map((_, i) => Math.max(...table.map((r) => [...r[i]].length)));
  return table.map((r) => r.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join('  ').trimEnd()).join('\n') + '\n';
}
