// `office-ld load`: push a bundle (or any RDF file, as N-Triples) into a triple store by the SPARQL 1.1 Graph Store Protocol.
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT, usageError } from '../errors.js';
import { mergedGraph, parseRdf, rdfSourceFile, readRdfText } from '../serialize/read.js';
import { writeNTriples } from '../serialize/writers.js';
import { statedChangeset } from '../publish/changes.js';
import { applyChangesets, setStoredChangeset, storedChangeset, UPDATE_CHUNK } from '../store/changes.js';
import { countTriples, graphUrl, loadNTriples } from '../store/gsp.js';
import { credentialsFromEnv, CREDENTIAL_ENV, StoreHttp } from '../store/http.js';
import { DEFAULT_BASE } from '../vocab.js';
import { consoleLog } from './log.js';
import { dataOption, EXIT_CODES_HELP, inputFormatOption, quietOption } from './options.js';

/** The graph a dump goes into when `--graph` is not given. */
export const DEFAULT_GRAPH = `${DEFAULT_BASE}graph`;

/** Why `--store DIR` writes nothing: the npm package of Oxigraph keeps its data in memory only. */
export const NO_PERSISTENT_STORE = 'the oxigraph npm package (WASM) keeps its store in memory only: it has no on-disk storage '
  + '(RocksDB is not built into WASM). `office-ld query --data DIR` loads the dump in-process in about 5 s per million '
  + 'triples; for a persistent store, load dump.nt with the Oxigraph server (`oxigraph load --location DIR --file dump.nt`) '
  + 'or into any store with `office-ld load --endpoint` (see docs/stores.md, "A persistent embedded store: not from npm")';

interface LoadFlags {
  data: string;
  inputFormat?: string;
  store?: string;
  endpoint?: string;
  sparql?: string;
  update?: string;
  graph: string;
  replace?: boolean;
  append?: boolean;
  chunk: number;
  changes?: string;
  quiet?: boolean;
}

/** The `load` command. */
export function loadCommand(): Command {
  return new Command('load')
    .description('load a bundle into a triple store by the SPARQL 1.1 Graph Store Protocol (safe --replace, chunked)')
    .addOption(dataOption('the bundle: an output folder (its dump.nt, else another dump) or one RDF file in any syntax, gzipped or not (named graphs merged)'))
    .addOption(inputFormatOption())
    .option('--endpoint <url>', 'Graph Store Protocol endpoint (Virtuoso: http://HOST:8890/sparql-graph-crud-auth)')
    .option('--sparql <url>', 'SPARQL endpoint of the same store, for the count (Virtuoso: http://HOST:8890/sparql-auth)')
    .option('--update <url>', 'SPARQL Update endpoint, for moving the loaded graph into place (default: the --sparql URL)')
    .option('--graph <iri>', 'the target graph', DEFAULT_GRAPH)
    .addOption(new Option('--replace', "replace the graph's content (the default)").conflicts('append'))
    .addOption(new Option('--append', 'add to the graph instead of replacing it').conflicts('replace'))
    .addOption(new Option('--chunk <n>', 'triples per request; a larger dump goes through a temporary graph').default(250_000).argParser(positiveInt))
    .option('--changes <folder>', "apply the changesets of a bundle folder that follow the one the graph holds, as SPARQL Update (instead of sending a dump); --chunk is then triples per update, default " + UPDATE_CHUNK)
    .option('--store <dir>', 'a persistent embedded Oxigraph store: not available from the npm package (says why)')
    .addOption(quietOption())
    .addHelpText('after', `
Credentials come from the environment only: ${CREDENTIAL_ENV.user}, ${CREDENTIAL_ENV.password},
${CREDENTIAL_ENV.scheme}=digest|basic (default digest).

Examples:
  $ export ${CREDENTIAL_ENV.user}=dba ${CREDENTIAL_ENV.password}=dba
  $ office-ld load --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --sparql http://127.0.0.1:8890/sparql-auth
  $ office-ld load --endpoint http://localhost:7878/store --sparql http://localhost:7878/query --update http://localhost:7878/update --append
  $ office-ld load --changes output --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --sparql http://127.0.0.1:8890/sparql-auth
${EXIT_CODES_HELP}`)
    .action(async (flags: LoadFlags, command: Command) => {
      process.exitCode = await (flags.changes === undefined ? runLoad(flags) : runChanges(flags, command.getOptionValueSource('chunk') === 'default'));
    });
}

async function runLoad(flags: LoadFlags): Promise<number> {
  const log = consoleLog(Boolean(flags.quiet));
  if (flags.store !== undefined) throw usageError(`--store ${flags.store}: ${NO_PERSISTENT_STORE}`);
  if (!flags.endpoint || !flags.sparql) {
    throw usageError('say where to load', undefined, '--endpoint URL and --sparql URL (or see --store)');
  }
  const file = await rdfSourceFile(flags.data);
  const folder = file === flags.data ? undefined : flags.data;
  const { text, syntax } = await readRdfText(file, { inputFormat: flags.inputFormat });
  const ntriples = syntax.id === 'ntriples' ? text : await writeNTriples(mergedGraph(await parseRdf(text, syntax.id, file)));
  const target = {
    endpoint: flags.endpoint, sparql: flags.sparql, update: flags.update, graph: flags.graph, credentials: credentialsFromEnv(),
  };
  const mode = flags.append ? 'append' : 'replace';
  graphUrl(target.endpoint, target.graph); // a bad endpoint URL or graph IRI fails before any request
  const http = new StoreHttp(target.credentials);
  // The graph's changeset state: cleared before the load, set after it to the state the bundle states (if any).
  if (await storedChangeset(target, http) !== undefined) await setStoredChangeset(target, http, undefined);
  const report = await loadNTriples(ntriples, target, { mode, chunkTriples: flags.chunk, progress: log.info });
  const state = mode === 'replace' && folder !== undefined ? statedChangeset(folder) : undefined;
  if (state !== undefined) await setStoredChangeset(target, http, state);
  process.stdout.write(`${file} → <${flags.graph}> (${mode}): sent ${report.sent} triples in ${report.requests} `
    + `request${report.requests === 1 ? '' : 's'}; the graph held ${report.before} triples before, ${report.after} now`
    + `${state === undefined ? '' : `; it holds changeset ${state}`}\n`);
  return EXIT.ok;
}

async function runChanges(flags: LoadFlags, defaultChunk: boolean): Promise<number> {
  const log = consoleLog(Boolean(flags.quiet));
  if (!flags.endpoint || !flags.sparql) throw usageError('say where to apply the changes', undefined, '--endpoint URL and --sparql URL');
  if (flags.append) throw usageError('--changes applies changesets; it takes no --append', undefined, 'load --changes FOLDER alone');
  const target = {
    endpoint: flags.endpoint, sparql: flags.sparql, update: flags.update, graph: flags.graph, credentials: credentialsFromEnv(),
  };
  const before = await countTriples(target);
  const report = await applyChangesets(flags.changes!, target, { chunkTriples: defaultChunk ? UPDATE_CHUNK : flags.chunk, progress: log.info });
  const after = await countTriples(target);
  const applied = report.applied.length === 0 ? `nothing to apply: the graph holds changeset ${report.from}, the folder's last`
    : `applied changeset${report.applied.length === 1 ? '' : 's'} ${report.applied.join(', ')}: removed ${report.removed} and added `
      + `${report.added} triples in ${report.requests} update${report.requests === 1 ? '' : 's'}`;
  process.stdout.write(`${flags.changes} → <${flags.graph}>: ${applied}; the graph held ${before} triples before, ${after} now; `
    + `it holds changeset ${report.to}\n`);
  return EXIT.ok;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number above 0');
  return n;
}
