// CLI options defined once and shared by the commands that take them.
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_BASE } from '../vocab.js';
import { FORMATS, SYNTAXES } from '../serialize/formats.js';
import type { Severity } from '../validate/validate.js';
import { DEFAULT_LINKS_FILE } from '../reconcile/links-file.js';

/** `-q, --quiet`: print only errors. */
export const quietOption = () => new Option('-q, --quiet', 'print only errors');

/** `--base IRI`: base for minted IRIs. */
export const baseOption = () => new Option('--base <iri>', 'base IRI for minted entities').default(DEFAULT_BASE);

const DEFAULT_DATA = ['output'];

/** `--data DIR`: the bundle folder that `build` wrote; `what` says what a command reads from it. */
export const dataOption = (what = 'the bundle folder (dumps, optional void.ttl)') =>
  new Option('--data <dir>', what).default('output');

/** `--input-format SYNTAX`: the syntax of the RDF read, when the file name does not tell it (stdin: Turtle). */
export const inputFormatOption = () =>
  new Option('--input-format <syntax>', `syntax of the RDF read, overriding the file extension: ${SYNTAXES.map((s) => s.id).join(', ')}, or a media type (stdin defaults to turtle); gzip is recognised by its bytes`);

/** `--data PATH`, repeatable: an output folder (its first dump) or RDF files in any syntax, read into one store. */
export const dataFilesOption = () =>
  new Option('--data <path>', 'an output folder (its dump.nt, else another dump) or an RDF file in any syntax, gzipped or not, - for stdin; repeat for several')
    .default(DEFAULT_DATA, 'output')
    .argParser((value: string, previous: string[] | undefined) => (previous && previous !== DEFAULT_DATA ? [...previous, value] : [value]));

/** `--links FILE`: the reviewed links file (a missing file means no links). */
export const linksOption = () =>
  new Option('--links <file>', 'the reviewed links to Wikidata (TSV); a missing file means no links').default(DEFAULT_LINKS_FILE);

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

/** `-j, --jobs N`: threads for the articles. */
export const jobsOption = () =>
  new Option('-j, --jobs <n>', 'threads for parsing, mapping and validating articles (default: one per 250 articles, at most one per core)')
    .argParser((value: string) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more');
      return n;
    });

/** `--fail-on LEVEL`: the least serious validation result that makes the exit code 1. */
export const failOnOption = () =>
  new Option('--fail-on <level>', 'fail (exit 1, no dumps) on results of this severity or worse')
    .choices(['violation', 'warning', 'info']).default('violation');

/** The severity a `--fail-on` level names. */
export function severityOf(level: string): Severity {
  return (level[0].toUpperCase() + level.slice(1)) as Severity;
}

/** The options that describe the dataset in void.ttl (each overrides the same key of `--config`). */
export const publishOptions = () => [
  new Option('--config <file>', 'JSON file of dataset settings: title, description, license, creator, publisher, sparqlEndpoint, downloadBase'),
  new Option('--license <iri>', 'dcterms:license of the dataset (default CC BY-SA 4.0, the licence of Wikipedia text)'),
  new Option('--creator <agent>', "dcterms:creator: a name, or 'Name <https://…>'"),
  new Option('--publisher <agent>', "dcterms:publisher: a name, or 'Name <https://…>'"),
  new Option('--sparql-endpoint <url>', 'void:sparqlEndpoint, when a SPARQL server serves the data'),
  new Option('--download-base <url>', 'folder URL the files are published under (default: the base IRI up to its last "/")'),
];

/** The help text section that lists the exit codes, shown by every command. */
export const EXIT_CODES_HELP = `
Exit codes:
  0  ok
  1  the data does not conform (bad article, or validation results at the --fail-on severity)
  2  usage or runtime error (bad option, missing file, cannot write)`;
