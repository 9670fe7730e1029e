// Bytes made fast: appended into one reused scratch buffer and copied out once, or a string encoded
// into scratch space (TextEncoder.encode allocates for every call and is slower on large strings).

/** Bytes appended into one reused scratch buffer (one body at a time per thread), copied out when done. */
export class ByteBuffer {
  private static scratch = new Uint8Array(1 << 20);
  private length = 0;

  /** Appends bytes. */
  add(bytes: Uint8Array): void {
    if (this.length + bytes.length > ByteBuffer.scratch.length) this.grow(bytes.length);
    ByteBuffer.scratch.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends one byte. */
  byte(value: number): void {
    if (this.length + 1 > ByteBuffer.scratch.length) this.grow(1);
    ByteBuffer.scratch[this.length++] = value;
  }

  /** The bytes appended, in a buffer of their own. */
  done(): Uint8Array {
    return ByteBuffer.scratch.slice(0, this.length);
  }

  private grow(more: number): void {
    const grown = new Uint8Array(Math.max(2 * ByteBuffer.scratch.length, this.length + more));
    grown.set(ByteBuffer.scratch.subarray(0, this.length));
    ByteBuffer.scratch = grown;
  }
}

/** A string's UTF-8 bytes in a buffer of their own, encoded into scratch space first. */
export function utf8(text: string): Uint8Array {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  return scratch.slice(0, ENCODER.encodeInto(text, scratch).written);
}

const ENCODER = new TextEncoder();
let scratch = new Uint8Array(1 << 20);
