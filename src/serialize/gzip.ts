// gzip written in pieces, as pigz does: each piece deflated on its own (on any thread) and ended with a
// sync flush, so that the pieces joined make one deflate stream; header, final block and trailer added
// around them. The bytes depend only on the pieces, never on threads, time or platform.
import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * gzip level of the compressed dumps: 3 compresses N-Triples about 16:1 (level 9: 22:1) at four times
 * level 9's speed, which matters when a corpus of gigabytes is re-exported on every change.
 */
export const GZIP_LEVEL = 3;

/** A piece of a gzip stream: its deflated bytes, and the CRC-32 and length of what they hold. */
export interface GzipPiece {
  deflated: Uint8Array;
  crc: number;
  size: number;
}

/**
 * The gzip header (RFC 1952): no file name, no time, OS 255 ("unknown"), so reruns on any machine
 * give the same bytes.
 */
export const GZIP_HEADER = Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);

/** Deflates one piece, ending on a byte boundary (sync flush) so the next piece can follow it. */
export function deflatePiece(bytes: Uint8Array): GzipPiece {
  const deflated = deflateRawSync(bytes, { level: GZIP_LEVEL, finishFlush: constants.Z_SYNC_FLUSH });
  return { deflated: new Uint8Array(deflated), crc: crc32(bytes), size: bytes.length };
}

/** The end of a gzip stream: an empty final block, then the CRC-32 and length of everything. */
export function gzipTrailer(crc: number, size: number): Uint8Array {
  const out = new Uint8Array(10);
  out.set([0x03, 0x00]);
  const view = new DataView(out.buffer);
  view.setUint32(2, crc >>> 0, true);
  view.setUint32(6, size % 2 ** 32, true);
  return out;
}

/** Running CRC-32 and length over the pieces of one stream, in order. */
export class GzipTotals {
  crc = 0;
  size = 0;

  /** Adds a piece that follows those already added. */
  add(piece: GzipPiece): void {
    this.crc = crc32Combine(this.crc, piece.crc, piece.size);
    this.size += piece.size;
  }
}

/** A whole text as gzip, in one piece (the same bytes a one-piece stream would have). */
export function gzipText(text: string): Buffer {
  const piece = deflatePiece(Buffer.from(text, 'utf8'));
  return Buffer.concat([GZIP_HEADER, piece.deflated, gzipTrailer(piece.crc, piece.size)]);
}

/**
 * The CRC-32 of A followed by B, from the CRC-32 of A, that of B and B's length (zlib's crc32_combine,
 * by squaring the operator that appends one zero bit, over GF(2)).
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcA >>> 0;
  const odd = new Uint32Array(32);
  const even = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  square(even, odd);
  square(odd, even);
  let a = crcA >>> 0;
  let length = lengthB;
  do {
    square(even, odd);
    if (length & 1) a = times(even, a);
    length = Math.floor(length / 2);
    if (length === 0) break;
    square(odd, even);
    if (length & 1) a = times(odd, a);
    length = Math.floor(length / 2);
  } while (length !== 0);
  return (a ^ crcB) >>> 0;
}

function times(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let i = 0, v = vector >>> 0; v !== 0; i++, v >>>= 1) if (v & 1) sum ^= matrix[i];
  return sum >>> 0;
}

function square(out: Uint32Array, matrix: Uint32Array): void {
  for (let n = 0; n < 32; n++) out[n] = times(matrix, matrix[n]);
}
