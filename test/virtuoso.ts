// Test helper: a private Virtuoso (Debian's virtuoso-opensource) in its own temp folder, on free loopback ports.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { tempDir } from './helpers.js';

/** Whether `virtuoso-t` is installed (CI installs it; there the tests are required). */
export const hasVirtuoso = spawnSync('virtuoso-t', ['-?']).error === undefined;

/** A running Virtuoso: its HTTP base, Graph Store Protocol and SPARQL endpoints (with auth), and how to stop it. */
export interface Virtuoso {
  base: string;
  gsp: string;
  sparql: string;
  /** Its folder (database, virtuoso.ini, logs). */
  dir: string;
  /** The account of a new database. */
  env: NodeJS.ProcessEnv;
  /** Runs SQL by `isql-vt` on its SQL port as dba; throws with Virtuoso's message when the statement fails. */
  isql(sql: string): string;
  /** Stops it by PID (SIGTERM, or `signal`); removes its folder unless `keep`. */
  stop(options?: { keep?: boolean; signal?: NodeJS.Signals }): Promise<void>;
}

/** A TCP port free on 127.0.0.1 right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function ini(dir: string, sqlPort: number, httpPort: number): string {
  const file = (name: string) => path.join(dir, name);
  return `[Database]
DatabaseFile = ${file('virtuoso.db')}
ErrorLogFile = ${file('virtuoso.log')}
LockFile = ${file('virtuoso.lck')}
TransactionFile = ${file('virtuoso.trx')}
xa_persistent_file = ${file('virtuoso.pxa')}
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = ${file('virtuoso-temp.db')}
TransactionFile = ${file('virtuoso-temp.trx')}
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
DirsAllowed = ., ${dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
`;
}

/**
 * Starts Virtuoso and waits (up to two minutes) until its SPARQL endpoint answers; killed on process exit
 * too. With `dir`, restarts the database a stopped server left there (`stop({ keep: true })`).
 */
export async function startVirtuoso(dir = tempDir('office-ld-virtuoso-')): Promise<Virtuoso> {
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const config = path.join(dir, 'virtuoso.ini');
  writeFileSync(config, ini(dir, sqlPort, httpPort));
  const log = openSync(path.join(dir, 'console.log'), 'w');
  const child: ChildProcess = spawn('virtuoso-t', ['+foreground', '+configfile', config], { cwd: dir, stdio: ['ignore', log, log] });
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const base = `http://127.0.0.1:${httpPort}`;
  const stop = async ({ keep = false, signal = 'SIGTERM' as NodeJS.Signals } = {}) => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      const tail = readFileSync(path.join(dir, 'console.log'), 'utf8').slice(-2000);
      await stop();
      throw new Error(`virtuoso-t exited with ${child.exitCode} before answering:\n${tail}`);
    }
    const ready = await fetch(`${base}/sparql?query=${encodeURIComponent('ASK {}')}`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error('virtuoso-t did not answer within 120 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    base,
    dir,
    gsp: `${base}/sparql-graph-crud-auth`,
    sparql: `${base}/sparql-auth`,
    env: { ...process.env, OFFICE_LD_USER: 'dba', OFFICE_LD_PASSWORD: 'dba', OFFICE_LD_AUTH: 'digest' },
    isql: (sql) => {
      const run = spawnSync('isql-vt', [`127.0.0.1:${sqlPort}`, 'dba', 'dba', `exec=${sql}`], { encoding: 'utf8', timeout: 120_000 });
      if (run.status !== 0 || /\*\*\* Error/.test(run.stdout + run.stderr)) throw new Error(`isql-vt: ${run.stdout}${run.stderr}`);
      return run.stdout;
    },
    stop,
  };
}

/**
 * A private Virtuoso for the tests of the enclosing `describe`: started before them, stopped after.
 * Returns a getter (the server exists once `beforeAll` has run).
 */
export function privateVirtuoso(): () => Virtuoso {
  let server: Virtuoso | undefined;
  beforeAll(async () => {
    server = await startVirtuoso();
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);
  return () => server!;
}
