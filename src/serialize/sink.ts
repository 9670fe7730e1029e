// A file of the bundle written as it is produced: text or bytes in, gzip where its format says, size
// and SHA-256 of the bytes written, into memory or into a file of the build's fresh folder.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
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
 * A target writing `dir/name` (in a fresh folder of the build's own, see folder.ts), flushed to disk
 * when closed; the folder switch commits it, and dropping the folder aborts it.
 */
export function fileTarget(dir: string, name: string): SinkTarget {
  let fd: number | undefined = openSync(path.join(dir, name), 'wx');
  const close = () => {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    try {
      fsyncSync(open);
    } finally {
      closeSync(open);
    }
  };
  return {
    write(bytes) {
      for (let offset = 0; offset < bytes.length;) offset += writeSync(fd!, bytes, offset);
    },
    close,
    commit: async () => undefined,
    abort: async () => {
      try {
        close();
      } catch {
        // the folder is dropped whole
      }
    },
  };
}
