// Console output of the CLI: progress to stderr unless quiet, results to stdout, errors always.

/** Where the CLI prints: `info` is silenced by -q, `error` never is. */
export interface Log {
  info(message: string): void;
  error(message: string): void;
}

/** A log on the process's streams. */
export function consoleLog(quiet: boolean): Log {
  return {
    info: (message) => {
      if (!quiet) process.stderr.write(message + '\n');
    },
    error: (message) => process.stderr.write(message + '\n'),
  };
}
