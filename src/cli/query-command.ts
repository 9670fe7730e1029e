// `office-ld query`: SPARQL over a bundle, in an embedded Oxigraph store; results as a table or SPARQL formats.
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { EXIT, usageError } from '../errors.js';
import { openBundleStore, queryForm, runQuery } from '../store/oxigraph.js';
import { renderTable, type JsonResults } from '../store/table.js';
import { consoleLog } from './log.js';
import { dataFilesOption, EXIT_CODES_HELP, inputFormatOption, quietOption } from './options.js';

/** `--format` values and the SPARQL results media type each asks Oxigraph for. */
const RESULT_FORMATS = {
  table: 'application/sparql-results+json',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/sparql-results+json',
} as const;
type ResultFormat = keyof typeof RESULT_FORMATS;

interface QueryFlags {
  data: string[];
  inputFormat?: string;
  file?: string;
  format?: ResultFormat;
  quiet?: boolean;
}

/** The `query` command. */
export function queryCommand(): Command {
  return new Command('query')
    .description('run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a bundle in an embedded Oxigraph store')
    .argument('[sparql]', 'the query text (or use --file)')
    .option('-f, --file <file>', 'read the query from a file (such as queries/holder-on-date.rq)')
    .addOption(dataFilesOption())
    .addOption(inputFormatOption())
    .addOption(new Option('--format <format>', 'SELECT/ASK results: table, or SPARQL 1.1 csv, tsv, json (default: table on a terminal, else tsv); CONSTRUCT/DESCRIBE always print Turtle')
      .choices(Object.keys(RESULT_FORMATS)))
    .addOption(quietOption())
    .addHelpText('after', `
Examples:
  $ office-ld query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
  $ office-ld query --file queries/holders-in-order.rq --format csv > holders.csv
  $ office-ld query --data my-output/ 'DESCRIBE <https://example.org/office-ld/person/xu-qin>'
  $ office-ld query --data output/dump.trig --data extra.rdf 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'
${EXIT_CODES_HELP}`)
    .action(async (text: string | undefined, flags: QueryFlags) => {
      process.exitCode = await runQueryCommand(text, flags);
    });
}

async function runQueryCommand(text: string | undefined, flags: QueryFlags): Promise<number> {
  const log = consoleLog(Boolean(flags.quiet));
  if ((text === undefined) === (flags.file === undefined)) {
    throw usageError('give the query either as an argument or with --file, not both', undefined, "office-ld query 'SELECT …' or office-ld query --file Q.rq");
  }
  const query = flags.file === undefined ? text! : await readFile(flags.file, 'utf8').catch((error: Error) => {
    throw usageError(`cannot read the query: ${error.message}`, { file: flags.file! });
  });
  const { store, files, triples } = await openBundleStore(flags.data, { inputFormat: flags.inputFormat });
  log.info(`${files.join(', ')}: ${triples} triples loaded`);
  const format: ResultFormat = flags.format ?? (process.stdout.isTTY ? 'table' : 'tsv');
  const answer = runQuery(store, query, RESULT_FORMATS[format], flags.file ?? 'query');
  const graph = ['CONSTRUCT', 'DESCRIBE'].includes(queryForm(query) ?? '');
  process.stdout.write(format === 'table' && !graph ? renderTable(JSON.parse(answer) as JsonResults) : withNewline(answer));
  return EXIT.ok;
}

function withNewline(text: string): string {
  return text.endsWith('\n') || text === '' ? text : `${text}\n`;
}
