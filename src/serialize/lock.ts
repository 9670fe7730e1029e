// The lock of an output folder: a sibling file `.<name>.lock` holding the builder's process id, created
// exclusively, so that a second build into the same folder refuses with a clear message; a lock whose
// process no longer runs (a build killed with -9) is broken at once.
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { usageError } from '../errors.js';

/** A held lock; `release()` removes it (only if it is still ours). */
export interface FolderLock {
  readonly file: string;
  release(): void;
}

/** The lock file of an output folder: `.<name>.lock` beside it. */
export function lockFileOf(dir: string): string {
  return path.join(path.dirname(dir), `.${path.basename(dir)}.lock`);
}

/**
 * Takes the lock of output folder `dir` or throws a usage error (exit 2) naming the process that holds
 * it. A lock left by a process that no longer runs is broken and taken.
 */
export function lockFolder(dir: string): FolderLock {
  const file = lockFileOf(dir);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (create(file)) return { file, release: () => release(file) };
    const holder = holderOf(file);
    if (holder !== undefined && isRunning(holder)) {
      throw usageError(`another office-ld process (pid ${holder}) is writing this folder`, { file: dir },
        `one build at a time into a folder: wait for it to end (if none runs, remove ${file})`);
    }
    breakStale(file, holder);
  }
  throw usageError('cannot take the lock of the output folder', { file: dir }, `a removable ${file}`);
}

function create(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw usageError(`cannot write the output: ${(error as Error).message}`, { file });
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function holderOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes a stale lock without removing a fresh one another process made meanwhile: the file is first
 * moved to a name of our own, then deleted only if it still names the dead holder (else put back).
 */
function breakStale(file: string, holder: number | undefined): void {
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // gone already: someone else broke it
  }
  if (holderOf(aside) === holder) {
    unlinkSync(aside);
    return;
  }
  try {
    linkSync(aside, file); // a live lock taken by mistake: back where it was
  } catch {
    // a third process took the lock meanwhile: it holds it now (the folder switch itself never mixes)
  }
  unlinkSync(aside);
}

function release(file: string): void {
  if (holderOf(file) === process.pid) unlinkSync(file);
}

/** Whether a process with this id runs (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
