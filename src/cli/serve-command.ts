// `office-ld serve`: the bundle as dereferenceable linked data over HTTP, until interrupted.
import { Command, Option } from 'commander';
import { usageError } from '../errors.js';
import { startServer } from '../serve/server.js';
import { consoleLog } from './log.js';
import { baseOption, dataOption, EXIT_CODES_HELP, inputFormatOption, quietOption } from './options.js';

interface ServeFlags {
  data: string;
  inputFormat?: string;
  port: string;
  host: string;
  base: string;
  queryTimeout: string;
  quiet?: boolean;
}

/** The `serve` command. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the bundle: entity pages and RDF by content negotiation, the dumps, VoID, and a read-only SPARQL endpoint')
    .addOption(dataOption('the bundle folder (dumps, optional void.ttl), or one RDF file in any syntax, gzipped or not'))
    .addOption(inputFormatOption())
    .option('--port <n>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .addOption(baseOption())
    .addOption(new Option('--query-timeout <ms>', 'time limit of one SPARQL query, in milliseconds').default('10000'))
    .addOption(quietOption())
    .addHelpText('after', `
Examples:
  $ office-ld serve                                 # output/ at http://127.0.0.1:8080/
  $ office-ld serve --data output/dump.nq.gz --port 0   # one dump, on a free port
  $ curl -H 'Accept: text/turtle' http://127.0.0.1:8080/post/<slug>   # a post as Turtle
  $ curl 'http://127.0.0.1:8080/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%205'
${EXIT_CODES_HELP}`)
    .action(async (flags: ServeFlags) => {
      const log = consoleLog(Boolean(flags.quiet));
      const port = integer(flags.port, '--port', 0, 65535);
      const queryTimeoutMs = integer(flags.queryTimeout, '--query-timeout', 1, 3_600_000);
      const running = await startServer({ dataDir: flags.data, inputFormat: flags.inputFormat, base: flags.base, host: flags.host, port, queryTimeoutMs })
        .catch((error: NodeJS.ErrnoException) => {
          if (error.code) throw usageError(`cannot listen on ${flags.host}:${port}: ${error.message}`);
          throw error;
        });
      log.info(`serving ${flags.data} at ${running.url} (SPARQL at ${running.url}sparql); Ctrl-C stops`);
      await new Promise<void>((resolve) => {
        const stop = () => void running.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

/** Parses an integer option within bounds, or fails with a usage error. */
export function integer(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw usageError(`${name} must be an integer from ${min} to ${max}`, undefined, `not "${value}"`);
  return n;
}
