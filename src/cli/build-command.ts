// `office-ld build`: articles → validated dumps and their description in the output folder (or one format to stdout).
import { Command } from 'commander';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { buildFromPaths, buildToFolder, REPORT_FILE, type BuildOptions, type BuildResult, type BuildSummary } from '../build.js';
import { EXIT, usageError } from '../errors.js';
import { checkBundle } from '../publish/check.js';
import { checkPublishOptions, loadPublishConfig, parseAgent, type PublishOptions } from '../publish/config.js';
import type { FormatId } from '../serialize/formats.js';
import { summarize } from '../validate/summary.js';
import { consoleLog, type Log } from './log.js';
import { terminalProgress } from './progress.js';
import {
  baseOption, EXIT_CODES_HELP, failOnOption, formatOption, jobsOption, linksOption, publishOptions, quietOption, reportOption,
  severityOf, shapesOption,
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
  check?: boolean;
  config?: string;
  license?: string;
  creator?: string;
  publisher?: string;
  sparqlEndpoint?: string;
  downloadBase?: string;
  links: string;
  jobs?: number;
  timings?: boolean;
  changes?: boolean;
}

/** The `build` command. */
export function buildCommand(): Command {
  const command = new Command('build')
    .description('read office articles, build the graph, validate it with SHACL, and write the dumps with their VoID/DCAT description')
    .argument('[input...]', 'article files or folders of .txt articles', ['data/articles'])
    .option('-o, --out <dir>', "output folder ('-' prints the one chosen --format to stdout)", 'output')
    .addOption(baseOption())
    .addOption(formatOption())
    .addOption(shapesOption())
    .addOption(failOnOption())
    .option('--skip-invalid', 'build from the good articles and list the bad ones, instead of failing')
    .addOption(linksOption())
    .addOption(jobsOption())
    .option('--changes', 'also write what changed since the bundle in --out as the next changeset, changes/<n>.added.nt.gz and changes/<n>.removed.nt.gz (for load --changes)')
    .option('--timings', 'print the seconds each stage took, and the thread time validation took, as JSON on stderr')
    .addOption(reportOption(`default ${REPORT_FILE} in the output folder, or <out>.report.ttl beside it when the build fails`))
    .option('--check', 'write nothing: rebuild in memory and exit 1, listing the files that differ, unless the output folder is exactly what the inputs produce');
  for (const option of publishOptions()) command.addOption(option);
  return command
    .addOption(quietOption())
    .addHelpText('after', `
Examples:
  $ office-ld build                                  # data/articles → output/
  $ office-ld build my-articles/ --out dist --base https://data.example.org/
  $ office-ld build article.txt --format ttl --out -  # Turtle to stdout
  $ office-ld build corpus/ --skip-invalid --fail-on warning
  $ office-ld build --check                          # is output/ exactly what data/articles gives?
  $ office-ld build --changes                        # and output/changes/<n>.*.nt.gz: what changed since the last build
  $ office-ld build corpus/ --jobs 2 --out dumps     # two threads; the same bytes as --jobs 1
  $ office-ld build --links reviewed.tsv             # owl:sameAs from the accepted lines of reviewed.tsv
  $ office-ld build --config dataset.json --publisher 'Example Org <https://example.org/>'
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
  if (flags.changes && (toStdout || flags.check)) {
    throw usageError('--changes compares with the bundle in an output folder and writes into it', undefined, 'an --out folder, and no --check');
  }
  if (toStdout && flags.check) throw usageError('--check compares with an output folder', undefined, 'an --out folder, not -');
  const progress = terminalProgress(process.stderr, !flags.quiet);
  const options: BuildOptions & { linksFile?: string } = {
    base: flags.base, formats: flags.format as FormatId[], shapes: flags.shapes, publish: await publishSettings(flags),
    failOn: severityOf(flags.failOn), skipInvalid: Boolean(flags.skipInvalid), onProgress: progress.update,
    linksFile: flags.links, jobs: flags.jobs, changes: Boolean(flags.changes),
  };
  const inMemory = toStdout || flags.check;
  const result = await (inMemory ? buildFromPaths(inputs, options) : buildToFolder(inputs, flags.out, options))
    .finally(progress.finish);
  if (flags.timings) process.stderr.write(`${JSON.stringify({ timings: result.timings })}\n`);
  if (result.skipped.length > 0) {
    log.error(`skipped ${result.skipped.length} bad article(s):`);
    for (const error of result.skipped) log.error(error.message.replace(/^/gm, '  '));
  }
  for (const warning of result.warnings) log.info(warning);
  const { validation } = result;
  for (const line of summarize(validation.findings)) (validation.passes ? log.info : log.error)(line);
  if (!validation.passes) {
    if (flags.check) {
      log.error(`the graph does not conform: ${validation.findings.length} results; ${flags.out} cannot be what the inputs produce`);
      return EXIT.nonConforming;
    }
    const report = flags.report ?? `${path.resolve(flags.out === '-' ? 'output' : flags.out)}.report.ttl`;
    await writeReportFile(report, result.reportTurtle);
    log.error(`the graph does not conform: ${validation.findings.length} results; no dumps written` +
      (report === '-' ? '' : `; report in ${report}`));
    return EXIT.nonConforming;
  }
  if (flags.check) return runCheck(flags.out, result as BuildResult, log);
  if (toStdout) {
    process.stdout.write((result as BuildResult).files[0].content);
    return EXIT.ok;
  }
  if (flags.report) await writeReportFile(flags.report, result.reportTurtle);
  log.info(builtMessage(result, flags.out));
  return EXIT.ok;
}

function builtMessage(result: BuildSummary, out: string): string {
  const skipped = result.skipped.length ? ` (${result.skipped.length} skipped)` : '';
  return `built ${result.articles} article(s)${skipped}, ${result.tenures} tenures, ${result.stats.triples} triples; ` +
    `conforms; wrote ${result.written.join(', ')} to ${out}`;
}

/** `--check`: exit 0 when every file on disk is byte-identical to the rebuilt one, else 1 with the list. */
async function runCheck(dir: string, result: BuildResult, log: Log): Promise<number> {
  const differences = await checkBundle(dir, result.files);
  if (differences.length === 0) {
    log.info(`${dir}: all ${result.files.length} files are exactly what the inputs produce`);
    return EXIT.ok;
  }
  log.error(`${dir}: ${differences.length} of ${result.files.length} files are not what the inputs produce:`);
  for (const difference of differences) log.error(`  ${difference.name}: ${difference.problem}`);
  return EXIT.nonConforming;
}

/** The dataset settings: the config file's, overridden by the command-line options. */
async function publishSettings(flags: BuildFlags): Promise<PublishOptions> {
  const config = flags.config ? await loadPublishConfig(flags.config) : {};
  const cli: PublishOptions = {
    license: flags.license,
    creator: flags.creator === undefined ? undefined : parseAgent(flags.creator),
    publisher: flags.publisher === undefined ? undefined : parseAgent(flags.publisher),
    sparqlEndpoint: flags.sparqlEndpoint,
    downloadBase: flags.downloadBase,
  };
  const defined = Object.fromEntries(Object.entries(cli).filter(([, value]) => value !== undefined));
  return checkPublishOptions({ ...config, ...defined }, 'command line');
}

async function writeReportFile(file: string, turtle: string): Promise<void> {
  if (file === '-') process.stdout.write(turtle);
  else await writeFileAtomic(file, turtle);
}
