// A file of the bundle written as it is produced: text or bytes in, gzip where its format says, size
// and SHA-256 of the bytes written, into memory or into a temporary file that replaces the target only
// when the whole build is good (so an earlier good output stays intact until then).
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FileDigest } from './bundle.js';
import { deflatePiece, GZIP_HEADER, gzipTrailer, GzipTotals, type GzipPiece } from './gzip.js';

/** Where a sink's bytes end up. */
export interface SinkTarget {
  write(bytes: Uint8Array): void;
  close(): void;
  /** Makes the written file the real one (rename into place); nothing for memory. */
  commit(): Promise<void>;
  /** Drops what was written. */
  abort(): Promise<void>;
}

/** A piece of a dump ready to write: bytes of text, or a deflated piece for a gzip dump. */
export type DumpPiece = Uint8Array | GzipPiece;

/** A dump being written: pieces in, bytes out to its target, digest at the end. */
export class DumpSink {
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private readonly totals?: GzipTotals;
  private ended?: FileDigest;

  constructor(readonly name: string, readonly target: SinkTarget, readonly gzip: boolean) {
    if (gzip) {
      this.totals = new GzipTotals();
      this.out(GZIP_HEADER);
    }
  }

  /** Writes text (deflated first when the dump is gzip). */
  writeText(text: string): void {
    if (text === '') return;
    const bytes = Buffer.from(text, 'utf8');
    this.write(this.gzip ? deflatePiece(bytes) : bytes);
  }

  /** Writes a piece prepared elsewhere (a worker): bytes for a plain dump, a deflated piece for gzip. */
  write(piece: DumpPiece): void {
    if (piece instanceof Uint8Array) {
      if (this.gzip) throw new Error(`${this.name} is gzip: it takes deflated pieces`);
      this.out(piece);
      return;
    }
    if (!this.totals) throw new Error(`${this.name} is not gzip: it takes bytes`);
    this.totals.add(piece);
    this.out(piece.deflated);
  }

  /** Ends the dump (the gzip trailer) and returns the digest of the bytes written. */
  end(): FileDigest {
    if (this.ended) return this.ended;
    if (this.totals) this.out(gzipTrailer(this.totals.crc, this.totals.size));
    this.target.close();
    this.ended = { name: this.name, byteSize: this.bytes, sha256: this.hash.digest('hex') };
    return this.ended;
  }

  private out(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.hash.update(bytes);
    this.bytes += bytes.length;
    this.target.write(bytes);
  }
}

/** A target collecting the bytes in memory; `bytes()` gives them. */
export function memoryTarget(): SinkTarget & { bytes(): Buffer } {
  const parts: Uint8Array[] = [];
  return {
    write: (bytes) => void parts.push(bytes),
    close: () => undefined,
    commit: async () => undefined,
    abort: async () => undefined,
    bytes: () => Buffer.concat(parts),
  };
}

/**
 * Removes the temporary files that builds killed mid-way left in `dir` (`.name.<pid>.tmp` of a process
 * that no longer runs); a build still running keeps its own. Returns the names removed.
 */
export async function removeStaleTemporaries(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = /^\..+\.(\d+)\.tmp$/.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
  for (const name of stale) await rm(path.join(dir, name), { force: true });
  return stale;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** A target writing `dir/.name.<pid>.tmp`, renamed to `dir/name` on commit, removed on abort. */
export function fileTarget(dir: string, name: string): SinkTarget {
  const final = path.join(dir, name);
  const temporary = path.join(dir, `.${name}.${process.pid}.tmp`);
  let fd: number | undefined = openSync(temporary, 'w');
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    write(bytes) {
      for (let offset = 0; offset < bytes.length;) offset += writeSync(fd!, bytes, offset);
    },
    close,
    commit: () => rename(temporary, final),
    abort: async () => {
      close();
      await rm(temporary, { force: true });
    },
  };
}
