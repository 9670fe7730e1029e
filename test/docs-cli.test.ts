// The synopses of the docs (`office-ld COMMAND [--option …]` lines of ```text blocks) against each command's
// --help: docs/cli.md names every option of every command, and no doc names an option a command lacks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_FILES } from './doc-commands.js';
import { ROOT, runCli } from './helpers.js';

const COMMANDS = ['build', 'validate', 'serve', 'publish', 'query', 'load', 'reconcile', 'wikidata-diff'];

/** The long options of a command's --help (but --help itself). */
function helpOptions(command: string): string[] {
  const help = runCli([command, '--help']).stdout;
  return [...new Set([...help.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!))].filter((o) => o !== '--help').sort();
}

/** The options each doc's synopses give a command: `office-ld COMMAND …` lines with their indented continuations. */
function synopsisOptions(file: string, command: string): string[] | undefined {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const blocks = [...text.matchAll(/^```text\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  const synopses = blocks.flatMap((block) => [...block.matchAll(new RegExp(`^office-ld ${command} .*(?:\\n {2,}.*)*`, 'gm'))].map((m) => m[0]));
  if (synopses.length === 0) return undefined;
  const options = synopses.join(' ').replace(/\s+#.*$/gm, '').match(/--[a-z-]+/g) ?? [];
  return [...new Set(options.map((o) => (o === '-q' ? '--quiet' : o)).concat(/\[-q\]/.test(synopses.join(' ')) ? ['--quiet'] : []))].sort();
}

describe('the synopses of the docs', () => {
  it.each(COMMANDS)('docs/cli.md gives every option of %s', (command) => {
    expect(synopsisOptions('docs/cli.md', command)).toEqual(helpOptions(command));
  });

  it.each(COMMANDS)('no doc gives %s an option it does not have', (command) => {
    const help = helpOptions(command);
    for (const file of DOC_FILES) {
      const options = synopsisOptions(file, command) ?? [];
      expect(options.filter((o) => !help.includes(o)), `${file}`).toEqual([]);
    }
  });
});
