// `npm run bench` (last step): the time bound on parsing pathological lines — the lines that took minutes
// with backtracking patterns (issue 17) — each 100,000 characters, read by parseArticle; written to
// bench/parse-lines.md. The bound: under 50 ms a line (linear: about 0.1 µs a character).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../dist/parse/parse.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = 100_000;
const BOUND_MS = 50;
const CASES: [string, string][] = [
  ['infobox field of spaces, no colon', `= T =\nInfobox\n- ${' '.repeat(N)}x\n`],
  ['infobox field of spaces before a colon', `= T =\nInfobox\n- k${' '.repeat(N)}: v\n`],
  ['infobox heading of spaces', `= T =\nInfobox${' '.repeat(N)}!\n`],
  ['a line of "="', `= T =\n${'='.repeat(N)}x\n`],
  ['a heading of "=" and spaces', `= T =\n==${' ='.repeat(N / 2)} x\n`],
  ['a title of spaces', `=${' '.repeat(N)}x\n`],
];

const rows = CASES.map(([what, text]) => {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    try {
      parseArticle(text, 'bench.txt');
    } catch {
      // a located input error is an answer too
    }
    times.push(performance.now() - started);
  }
  const median = times.sort((a, b) => a - b)[2];
  return { what, median, ok: median < BOUND_MS };
});
const table = rows.map((r) => `| ${r.what} | ${r.median.toFixed(2)} | ${r.ok ? 'yes' : '**no**'} |`).join('\n');
const text = `# Parsing pathological lines (${N.toLocaleString('en')} characters each)

${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; median of 5 runs of \`parseArticle\`.

| Line | ms | under ${BOUND_MS} ms |
|---|---|---|
${table}
`;
writeFileSync(path.join(ROOT, 'bench/parse-lines.md'), text);
process.stdout.write(text);
if (rows.some((r) => !r.ok)) process.exitCode = 1;
