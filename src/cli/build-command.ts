// `office-ld build`: articles → validated dumps in the output folder (or one format to stdout).
import { Command } from 'commander';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { buildFromPaths, REPORT_FILE } from '../build.js';
import { EXIT, usageError } from '../errors.js';
import { writeBundle } from '../serialize/bundle.js';
import type { FormatId } from '../serialize/formats.js';
import { summarize } from '../validate/summary.js';
import { consoleLog } from './log.js';
import {
  baseOption, EXIT_CODES_HELP, failOnOption, formatOption, quietOption, reportOption, severityOf, shapesOption,
} from './options.js';

interface BuildFlags {
  out: string;
  base: string;
  format: string[];
  shapes?: string;
  report?: string;
  failOn: string;
  skipInvalid?: boolean;
  quiet?: boolean;
}

/** The `build` command. */
export function buildCommand(): Command {
  return new Command('build')
    .description('read office articles, build the graph, validate it with SHACL, and write the dumps')
    .argument('[input...]', 'article files or folders of .txt articles', ['data/articles'])
    .option('-o, --out <dir>', "output folder ('-' prints the one chosen --format to stdout)", 'output')
    .addOption(baseOption())
    .addOption(formatOption())
    .addOption(shapesOption())
    .addOption(failOnOption())
    .option('--skip-invalid', 'build from the good articles and list the bad ones, instead of failing')
    .addOption(reportOption(`default ${REPORT_FILE} in the output folder, or <out>.report.ttl beside it when the build fails`))
    .addOption(quietOption())
    .addHelpText('after', `
Examples:
  $ office-ld build                                  # data/articles → output/
  $ office-ld build my-articles/ --out dist --base https://data.example.org/
  $ office-ld build article.txt --format ttl --out -  # Turtle to stdout
  $ office-ld build corpus/ --skip-invalid --fail-on warning
${EXIT_CODES_HELP}`)
    .action(async (inputs: string[], flags: BuildFlags) => {
      process.exitCode = await runBuild(inputs, flags);
    });
}

async function runBuild(inputs: string[], flags: BuildFlags): Promise<number> {
  const log = consoleLog(Boolean(flags.quiet));
  const toStdout = flags.out === '-';
  if (toStdout && flags.format.length !== 1) {
    throw usageError('--out - prints one format', undefined, 'exactly one --format, e.g. --format ttl');
  }
  const result = await buildFromPaths(inputs, {
    base: flags.base, formats: flags.format as FormatId[], shapes: flags.shapes, failOn: severityOf(flags.failOn),
    skipInvalid: Boolean(flags.skipInvalid),
  });
  if (result.skipped.length > 0) {
    log.error(`skipped ${result.skipped.length} bad article(s):`);
    for (const error of result.skipped) log.error(error.message.replace(/^/gm, '  '));
  }
  const { validation } = result;
  for (const line of summarize(validation.findings)) (validation.passes ? log.info : log.error)(line);
  if (!validation.passes) {
    const report = flags.report ?? `${path.resolve(flags.out === '-' ? 'output' : flags.out)}.report.ttl`;
    await writeReportFile(report, result.reportTurtle);
    log.error(`the graph does not conform: ${validation.findings.length} results; no dumps written` +
      (report === '-' ? '' : `; report in ${report}`));
    return EXIT.nonConforming;
  }
  if (toStdout) {
    process.stdout.write(result.files[0].content);
    return EXIT.ok;
  }
  const written = await writeBundle(flags.out, result.files);
  if (flags.report) await writeReportFile(flags.report, result.reportTurtle);
  const tenures = result.records.reduce((n, r) => n + r.tenures.length, 0);
  log.info(`built ${result.records.length} article(s)${result.skipped.length ? ` (${result.skipped.length} skipped)` : ''}, ${tenures} tenures, ${result.quads.length} triples; ` +
    `conforms; wrote ${written.map((file) => path.basename(file)).join(', ')} to ${flags.out}`);
  return EXIT.ok;
}

async function writeReportFile(file: string, turtle: string): Promise<void> {
  if (file === '-') process.stdout.write(turtle);
  else await writeFileAtomic(file, turtle);
}
