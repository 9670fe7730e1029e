// gzip written in pieces: the CRC-32 combination against zlib's CRC of the joined bytes, and pieces
// joined into one stream that gunzip reads back whole.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32, gunzipSync } from 'node:zlib';
import { crc32Combine, deflatePiece, GZIP_HEADER, gzipTrailer, GzipTotals } from '../src/serialize/gzip.js';

describe('gzip in pieces', () => {
  it('combines CRC-32s as zlib computes the CRC of the joined bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) => {
      const joined = Buffer.concat([a, b]);
      expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(joined));
    }));
  });

  it('combines across long lengths (bit patterns of the length beyond one byte)', () => {
    const a = Buffer.from('office-ld ');
    for (const size of [255, 256, 65_537, 1_000_003]) {
      const b = Buffer.alloc(size, 0x41);
      expect(crc32Combine(crc32(a), crc32(b), size)).toBe(crc32(Buffer.concat([a, b])));
    }
  });

  it('joins pieces into one gzip stream that gunzips to the pieces in order', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { minLength: 1, maxLength: 6 }), (texts) => {
      const pieces = texts.map((text) => deflatePiece(Buffer.from(text, 'utf8')));
      const totals = new GzipTotals();
      for (const piece of pieces) totals.add(piece);
      const stream = Buffer.concat([GZIP_HEADER, ...pieces.map((p) => p.deflated), gzipTrailer(totals.crc, totals.size)]);
      expect(gunzipSync(stream).toString('utf8')).toBe(texts.join(''));
    }));
  });
});
