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
 * The CRC-32 of A followed by B, from the CRC-32 of A, that of B and B's length: A's CRC times
 * x^(8·length) modulo the CRC polynomial, plus B's (zlib 1.2.12's crc32_combine).
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcA >>> 0;
  return (multiplyModP(xPower8n(lengthB), crcA >>> 0) ^ crcB) >>> 0;
}

const POLY = 0xedb88320;

/** a·b modulo the CRC polynomial, in the CRC's reflected bit order. */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let m = 0x80000000; ; m >>>= 1) {
    if (a & m) {
      product ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) modulo the polynomial, k = 0…31. */
const X_POWERS: number[] = [];
for (let k = 0, p = 1 << 30; k < 32; k++, p = multiplyModP(p, p)) X_POWERS.push(p >>> 0);

/** x^(8·n) modulo the polynomial: the operator that appends n zero bytes. */
function xPower8n(n: number): number {
  let p = 0x80000000;
  for (let k = 3; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) p = multiplyModP(X_POWERS[k % 32], p);
  return p;
}
