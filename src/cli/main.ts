#!/usr/bin/env node
// The office-ld command line: build, validate, serve, publish, query, load, reconcile, wikidata-diff.
import { Command, CommanderError } from 'commander';
import { EXIT, OfficeLdError, printable } from '../errors.js';
import { buildCommand } from './build-command.js';
import { reconcileCommand } from './reconcile-command.js';
import { validateCommand } from './validate-command.js';
import { publishCommand } from './publish-command.js';
import { serveCommand } from './serve-command.js';
import { queryCommand } from './query-command.js';
import { loadCommand } from './load-command.js';
import { wikidataDiffCommand } from './wikidata-diff-command.js';
import { EXIT_CODES_HELP } from './options.js';
import { isSystemError } from '../serialize/folder.js';
import { VERSION } from '../version.js';

/** Runs the CLI with the given arguments (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('office-ld')
    .description('Turn articles about a public office into a validated schema.org + W3C ORG knowledge graph.')
    .version(VERSION)
    .addCommand(buildCommand())
    .addCommand(validateCommand())
    .addCommand(serveCommand())
    .addCommand(publishCommand())
    .addCommand(queryCommand())
    .addCommand(loadCommand())
    .addCommand(reconcileCommand())
    .addCommand(wikidataDiffCommand())
    .addHelpText('after', `
Examples:
  $ office-ld build                        # data/articles → output/ (Turtle, N-Triples, JSON-LD)
  $ office-ld validate output/dump.ttl     # check a graph against the shapes
  $ office-ld serve                        # output/ as linked data at http://127.0.0.1:8080/
  $ office-ld publish --site site          # output/ as a static site
  $ office-ld query --file queries/holders-in-order.rq   # SPARQL over output/ (embedded Oxigraph)
  $ office-ld load --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --sparql http://127.0.0.1:8890/sparql-auth
  $ office-ld reconcile                    # propose Wikidata links into data/links.tsv for review
  $ office-ld wikidata-diff --quickstatements add.qs   # our tenures vs Wikidata's P39 statements
  $ office-ld build --help
${EXIT_CODES_HELP}`)
    .showHelpAfterError('(add --help for usage and examples)');
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  try {
    process.exitCode = EXIT.ok;
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof OfficeLdError) {
      process.stderr.write(`office-ld: ${error.message}\n`);
      return error.exitCode;
    }
    if (isSystemError(error)) {
      process.stderr.write(`office-ld: ${printable(error.message)}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`office-ld: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.usage;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
