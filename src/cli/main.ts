#!/usr/bin/env node
// The office-ld command line: `build`, `validate`, `reconcile` and `wikidata-diff`, with documented exit codes.
import { Command, CommanderError } from 'commander';
import { EXIT, OfficeLdError } from '../errors.js';
import { buildCommand } from './build-command.js';
import { reconcileCommand } from './reconcile-command.js';
import { validateCommand } from './validate-command.js';
import { wikidataDiffCommand } from './wikidata-diff-command.js';
import { EXIT_CODES_HELP } from './options.js';
import { VERSION } from '../version.js';

/** Runs the CLI with the given arguments (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('office-ld')
    .description('Turn articles about a public office into a validated schema.org + W3C ORG knowledge graph.')
    .version(VERSION)
    .addCommand(buildCommand())
    .addCommand(validateCommand())
    .addCommand(reconcileCommand())
    .addCommand(wikidataDiffCommand())
    .addHelpText('after', `
Examples:
  $ office-ld build                        # data/articles → output/ (Turtle, N-Triples, JSON-LD)
  $ office-ld validate output/dump.ttl     # check a graph against the shapes
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
    process.stderr.write(`office-ld: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.usage;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
