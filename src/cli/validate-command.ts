// `office-ld validate`: check RDF files or stdin in any syntax office-ld reads against the shapes.
import { Command } from 'commander';
import { Store } from 'n3';
import writeFileAtomic from 'write-file-atomic';
import { EXIT } from '../errors.js';
import { readRdf } from '../serialize/read.js';
import { writeReport } from '../serialize/report.js';
import { loadShapes } from '../validate/shapes.js';
import { summarize } from '../validate/summary.js';
import { validateQuads } from '../validate/validate.js';
import { consoleLog } from './log.js';
import { EXIT_CODES_HELP, failOnOption, inputFormatOption, quietOption, reportOption, severityOf, shapesOption } from './options.js';

interface ValidateFlags {
  shapes?: string;
  report?: string;
  failOn: string;
  inputFormat?: string;
  quiet?: boolean;
}

/** The `validate` command. */
export function validateCommand(): Command {
  return new Command('validate')
    .description('validate RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML, gzipped or not; - for stdin) against the SHACL shapes, as one graph')
    .argument('<file...>', 'RDF files to validate together (named graphs merged)')
    .addOption(inputFormatOption())
    .addOption(shapesOption())
    .addOption(failOnOption())
    .addOption(reportOption('not written by default'))
    .addOption(quietOption())
    .addHelpText('after', `
Examples:
  $ office-ld validate output/dump.ttl
  $ office-ld validate output/dump.jsonld --shapes my-shapes/ --report report.ttl
  $ cat graph.ttl | office-ld validate -
  $ gunzip -c dump.nq.gz | office-ld validate --input-format nquads -
${EXIT_CODES_HELP}`)
    .action(async (files: string[], flags: ValidateFlags) => {
      process.exitCode = await runValidate(files, flags);
    });
}

async function runValidate(files: string[], flags: ValidateFlags): Promise<number> {
  const log = consoleLog(Boolean(flags.quiet));
  const store = new Store();
  for (const file of files) store.addQuads(await readRdf(file, { inputFormat: flags.inputFormat }));
  const shapes = await loadShapes(flags.shapes);
  const outcome = await validateQuads(store, shapes, severityOf(flags.failOn));
  for (const line of summarize(outcome.findings)) (outcome.passes ? log.info : log.error)(line);
  if (flags.report) {
    const turtle = await writeReport(outcome.report);
    if (flags.report === '-') process.stdout.write(turtle);
    else await writeFileAtomic(flags.report, turtle);
  }
  const summary = `${files.join(', ')}: ${store.size} distinct triples, ${outcome.findings.length} results`;
  if (!outcome.passes) {
    log.error(`${summary}: does not conform`);
    return EXIT.nonConforming;
  }
  log.info(`${summary}: conforms`);
  return EXIT.ok;
}
