// An output folder that is all old or all new: a build writes into a fresh sibling folder, and the
// folders (never the files) are switched by two renames under the folder's lock; a switch cut short
// by a kill is finished by the next one (see README "Output folder"). Refuses `/`, the home folder,
// and folders holding the inputs or the current folder.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, realpathSync } from 'node:fs';
import { cp, link, lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { OfficeLdError, usageError } from '../errors.js';
import { isRunning, lockFolder } from './lock.js';

/** The steps of a switch, for tests that kill a process at each one. */
export type SwitchStep = 'carried' | 'aside' | 'switched' | 'done';

/** A fresh folder to write a bundle into, and how to make it the output folder (or drop it). */
export interface FreshFolder {
  /** The output folder (resolved). */
  readonly target: string;
  /** The fresh sibling folder the files are written into. */
  readonly fresh: string;
  /** Makes the fresh folder the output folder; user files of the old one are kept in it. */
  commit(): Promise<void>;
  /** Drops the fresh folder: the output folder stays as it was. */
  abort(): Promise<void>;
}

/**
 * Locks output folder `out`, finishes a switch a killed build left, and makes a fresh sibling folder.
 * `inputs` are refused as being inside it. `onStep` is called after each step of `commit`.
 */
export async function openFreshFolder(
  out: string, inputs: readonly string[] = [], onStep: (step: SwitchStep) => void = () => undefined,
): Promise<FreshFolder> {
  const target = resolveOutput(out, inputs);
  await ioStep(target, () => mkdir(path.dirname(target), { recursive: true }));
  const lock = lockFolder(target);
  try {
    await ioStep(target, () => recover(target));
    const token = `${process.pid}-${randomBytes(4).toString('hex')}`;
    const fresh = siblingName(target, 'new', token);
    await ioStep(target, () => mkdir(fresh));
    return {
      target, fresh,
      commit: () => ioStep(target, () => switchTo(target, token, onStep))
        .catch(async (error: unknown) => {
          await drop(fresh);
          throw error;
        })
        .finally(() => lock.release()),
      abort: async () => {
        await drop(fresh);
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** The output folder as an absolute path (a symlink's target), refused where a switch would do harm. */
export function resolveOutput(out: string, inputs: readonly string[]): string {
  const target = realOrResolved(out);
  const refuse = (why: string) => {
    throw usageError(`refusing to use this output folder: ${why}`, { file: out }, 'a folder of its own for the bundle, e.g. output');
  };
  if (path.parse(target).root === target) refuse('it is the root of the file system');
  if (target === realOrResolved(homedir())) refuse('it is the home folder');
  const inside = (other: string) => other === target || other.startsWith(target + path.sep);
  const input = inputs.find((file) => inside(realOrResolved(file)));
  if (input !== undefined) refuse(`it contains the input ${input}`);
  if (inside(realOrResolved(process.cwd()))) refuse('it contains the current folder');
  return target;
}

function realOrResolved(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    const parent = path.dirname(path.resolve(file));
    return parent === path.resolve(file) ? parent : path.join(realOrResolved(parent), path.basename(file));
  }
}

function siblingName(target: string, kind: 'new' | 'old', token: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${token}`);
}

/** The switch: user files carried over, old folder aside, fresh folder in, the rest of the old one merged, old removed. */
async function switchTo(target: string, token: string, onStep: (step: SwitchStep) => void): Promise<void> {
  const fresh = siblingName(target, 'new', token);
  const old = siblingName(target, 'old', token);
  const hadOld = await exists(target);
  if (hadOld) await carryOver(target, fresh);
  syncFolder(fresh);
  onStep('carried');
  if (hadOld) await rename(target, old);
  onStep('aside');
  await rename(fresh, target).catch(async (error: unknown) => {
    if (hadOld) await rename(old, target); // the old folder back: still all old
    throw error;
  });
  syncFolder(path.dirname(target));
  onStep('switched');
  if (hadOld) await finish(old, target);
  onStep('done');
}

/**
 * Finishes what a killed build left beside `target`: a switch cut between its renames is completed
 * (the fresh folder was whole before the old one moved aside), an old folder left after the switch is
 * merged and removed, and fresh folders of dead builds are removed.
 */
async function recover(target: string): Promise<void> {
  const parent = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const left = (await readdir(parent)).flatMap((name) => {
    const match = name.startsWith(prefix) ? /^(new|old)-((\d+)-[0-9a-f]{8})$/.exec(name.slice(prefix.length)) : null;
    return match ? [{ kind: match[1], token: match[2], pid: Number(match[3]) }] : [];
  });
  for (const { token } of left.filter((entry) => entry.kind === 'old')) {
    const old = siblingName(target, 'old', token);
    const fresh = siblingName(target, 'new', token);
    if (!(await exists(target))) await rename((await exists(fresh)) ? fresh : old, target);
    if (await exists(old)) await finish(old, target);
  }
  for (const { token } of left.filter((entry) => entry.kind === 'new' && !isRunning(entry.pid))) {
    await rm(siblingName(target, 'new', token), { recursive: true, force: true });
  }
}

/** Links (or copies) into `fresh` every entry of `old` the build did not write: nothing of the user's is lost. */
async function carryOver(old: string, fresh: string): Promise<void> {
  const written = new Set(await readdir(fresh));
  for (const name of await readdir(old)) {
    if (written.has(name)) continue;
    const from = path.join(old, name);
    const to = path.join(fresh, name);
    if ((await lstat(from)).isFile()) await link(from, to).catch(() => cp(from, to));
    else await cp(from, to, { recursive: true, verbatimSymlinks: true });
  }
}

/** Moves into `target` what appeared in `old` after the carry-over, then removes `old`. */
async function finish(old: string, target: string): Promise<void> {
  const present = new Set(await readdir(target));
  for (const name of await readdir(old)) {
    if (!present.has(name)) await rename(path.join(old, name), path.join(target, name));
  }
  await rm(old, { recursive: true, force: true });
}

async function drop(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true }).catch(() => undefined);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Runs a step that writes; a system error (full disk, failed rename…) becomes a one-line usage error (exit 2). */
export async function ioStep<T>(folder: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof OfficeLdError || !isSystemError(error)) throw error;
    throw usageError(`cannot write the output: ${(error as Error).message}`, { file: folder });
  }
}

/** Whether an error is the operating system's (ENOSPC, EACCES, EXDEV…), not a bug. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}
