// bench/results.md by sections: `npm run bench` writes the build table first, then each later benchmark
// its own "## …" section, replaced in place when run again alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bench/results.md');

/** Writes `text` (which starts with its `## heading` line) into bench/results.md in place of that section, or at the end. */
export function writeSection(text: string): void {
  const heading = text.split('\n')[0];
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
  const start = previous.indexOf(`\n${heading}\n`);
  if (start < 0) {
    writeFileSync(RESULTS, `${previous.trimEnd()}\n\n${text.trimEnd()}\n`);
    return;
  }
  const next = previous.indexOf('\n## ', start + heading.length + 1);
  const rest = next < 0 ? '' : previous.slice(next + 1);
  writeFileSync(RESULTS, `${previous.slice(0, start).trimEnd()}\n\n${text.trimEnd()}\n${rest ? `\n${rest}` : ''}`);
}

/** Writes the head of bench/results.md (the build table), keeping the later benchmarks' sections until they run again. */
export function writeHead(text: string): void {
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
  const sections = previous.indexOf('\n## ');
  writeFileSync(RESULTS, `${text.trimEnd()}\n${sections < 0 ? '' : `\n${previous.slice(sections + 1)}`}`);
}
