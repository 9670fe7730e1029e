// CLI options defined once and shared by the commands that take them.
import { Option } from 'commander';
import { DEFAULT_BASE } from '../vocab.js';
import { FORMATS } from '../serialize/formats.js';

/** `-q, --quiet`: print only errors. */
export const quietOption = () => new Option('-q, --quiet', 'print only errors');

/** `--base IRI`: base for minted IRIs. */
export const baseOption = () => new Option('--base <iri>', 'base IRI for minted entities').default(DEFAULT_BASE);

/** `--shapes DIR`: SHACL shapes folder or file. */
export const shapesOption = () =>
  new Option('--shapes <dir>', 'SHACL shapes: a folder of .ttl files or one file (default: the shapes shipped with office-ld)');

/** `--report FILE`: where the Turtle validation report goes; `-` for stdout. */
export const reportOption = (where: string) =>
  new Option('--report <file>', `write the sh:ValidationReport as Turtle to FILE ('-' for stdout); ${where}`);

/** `--format LIST`: dump formats, comma-separated. */
export const formatOption = () =>
  new Option('--format <list>', `dump formats, comma-separated: ${FORMATS.map((f) => f.id).join(',')}`)
    .default(FORMATS.map((f) => f.id), FORMATS.map((f) => f.id).join(','))
    .argParser((value: string) => value.split(',').map((id) => id.trim()).filter(Boolean));

/** The help text section that lists the exit codes, shown by every command. */
export const EXIT_CODES_HELP = `
Exit codes:
  0  ok
  1  the data does not conform (bad article, or SHACL violations)
  2  usage or runtime error (bad option, missing file, cannot write)`;

/** `--data DIR`: the bundle to read, an output folder or one file; `reads` says which files. */
export const dataOption = (reads: string) => new Option('--data <dir>', `the bundle: ${reads}`).default('output');
