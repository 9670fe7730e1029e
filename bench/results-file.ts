// bench/results.md holds the latest run of the default sizes and, below it, the latest run of each
// on-demand size set (`BENCH_SIZES=100000`) and other measured sections, each between markers
// (`<!-- bench NAME -->` … `<!-- /bench -->`), so one run does not erase another.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bench/results.md');

/** The sizes `npm run bench` runs when `BENCH_SIZES` is not set. */
export const DEFAULT_SIZES = [100, 1000, 10000];

const SECTION = /<!-- bench ([^\n>]+?) -->\n[\s\S]*?<!-- \/bench -->\n?/g;

/**
 * Writes `text`, the report of a run of `sizes`, into the results file: the default sizes replace
 * the head of the file, other sizes their own marked section (`sizes=…`); every other section is kept.
 */
export function writeResults(file: string, sizes: number[], text: string): void {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const sections = new Map<string, string>();
  for (const match of old.matchAll(SECTION)) sections.set(match[1], match[0].replace(/\n?$/, '\n'));
  const head = old.replace(SECTION, '').trimEnd();
  const key = `sizes=${sizes.join(',')}`;
  const isDefault = sizes.join(',') === DEFAULT_SIZES.join(',');
  if (!isDefault) sections.set(key, `<!-- bench ${key} -->\n${text.trimEnd()}\n<!-- /bench -->\n`);
  const parts = [isDefault ? text.trimEnd() : head, ...sections.values()].filter((part) => part !== '');
  writeFileSync(file, parts.join('\n\n').trimEnd() + '\n');
}

/**
 * Writes `text` (which starts with its `## heading` line: a later benchmark's report, the serve load
 * test or the crash test) as its own marked section, replacing the one of the same heading.
 */
export function writeSection(text: string, file = RESULTS): void {
  const heading = text.split('\n')[0].replace(/^#+\s*/, '');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const marked = `<!-- bench ${heading} -->\n${text.trimEnd()}\n<!-- /bench -->\n`;
  const kept = old.replace(SECTION, (section, name: string) => (name === heading ? '' : section)).trimEnd();
  writeFileSync(file, `${kept}\n\n${marked}`);
}
