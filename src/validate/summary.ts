// The human summary of a validation: results grouped by article, then by row, each with file:line.
import { printable } from '../errors.js';
import { describeFinding, SEVERITIES, type Finding } from './validate.js';

/**
 * Lines of the summary: a heading per article with its counts, then per source line the raw row (when
 * there is one) and each result at that line as `file:line: Severity: <focus> path: message`, control
 * characters escaped.
 */
export function summarize(findings: Finding[]): string[] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.file ?? '(no source article)';
    byFile.set(key, [...(byFile.get(key) ?? []), finding]);
  }
  const lines: string[] = [];
  for (const [file, group] of byFile) {
    const counts = [...SEVERITIES].reverse()
      .map((s) => [s, group.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s.toLowerCase()}${n === 1 ? '' : s === 'Info' ? '' : 's'}`);
    lines.push(`${printable(file)}: ${counts.join(', ')}`);
    let row: string | undefined;
    let line: number | undefined;
    for (const finding of group) {
      if (finding.row !== undefined && (finding.line !== line || finding.row !== row)) {
        lines.push(`  line ${finding.line}: ${printable(finding.row.trim())}`);
      }
      row = finding.row;
      line = finding.line;
      lines.push(`    ${printable(describeFinding(finding))}`);
    }
  }
  return lines;
}
