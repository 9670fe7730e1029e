// Sorted runs of shared subjects on disk, and their merge: what lets the shared index of a corpus far
// larger than memory be written in IRI order (an external merge sort, each run a file in a temp folder).
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A subject's lines as a run holds them: its IRI, then its distinct `<predicate> object .` lines (ASCII). */
export interface RunEntry {
  iri: string;
  lines: string;
}

/** Bytes read from a run at a time. */
const READ_SIZE = 1 << 20;

/** The runs of one index, in a temp folder of their own (removed by `remove`). */
export class RunFolder {
  private folder?: string;
  private count = 0;

  /** The temp folder, once a run is written. */
  get path(): string | undefined {
    return this.folder;
  }

  /** Writes entries (sorted by IRI, each IRI once) as a new run; the run's file. */
  write(entries: Iterable<RunEntry>): string {
    this.folder ??= mkdtempSync(path.join(tmpdir(), 'office-ld-shared-'));
    const file = path.join(this.folder, `run-${this.count++}`);
    const fd = openSync(file, 'w');
    try {
      let chunk: Buffer[] = [];
      let size = 0;
      for (const { iri, lines } of entries) {
        const head = Buffer.allocUnsafe(8);
        const iriBytes = Buffer.from(iri, 'utf8');
        head.writeUInt32LE(iriBytes.length, 0);
        head.writeUInt32LE(lines.length, 4);
        chunk.push(head, iriBytes, Buffer.from(lines, 'latin1'));
        size += 8 + iriBytes.length + lines.length;
        if (size >= READ_SIZE) {
          writeSync(fd, Buffer.concat(chunk));
          chunk = [];
          size = 0;
        }
      }
      if (size > 0) writeSync(fd, Buffer.concat(chunk));
    } finally {
      closeSync(fd);
    }
    return file;
  }

  /** Removes every run. */
  remove(): void {
    if (this.folder) rmSync(this.folder, { recursive: true, force: true });
    this.folder = undefined;
  }
}

/** The entries of a run file, in the order written. */
export function* readRun(file: string): Generator<RunEntry> {
  const fd = openSync(file, 'r');
  try {
    let buffer = Buffer.alloc(READ_SIZE);
    let start = 0;
    let end = 0;
    const fill = (need: number): boolean => {
      if (end - start >= need) return true;
      if (need > buffer.length) {
        const grown = Buffer.alloc(need);
        buffer.copy(grown, 0, start, end);
        buffer = grown;
      } else buffer.copy(buffer, 0, start, end);
      end -= start;
      start = 0;
      while (end < need) {
        const read = readSync(fd, buffer, end, buffer.length - end, null);
        if (read === 0) return false;
        end += read;
      }
      return true;
    };
    while (fill(8)) {
      const iriLength = buffer.readUInt32LE(start);
      const linesLength = buffer.readUInt32LE(start + 4);
      if (!fill(8 + iriLength + linesLength)) throw new Error(`${file}: a run ends inside an entry`);
      const iri = buffer.toString('utf8', start + 8, start + 8 + iriLength);
      const lines = buffer.toString('latin1', start + 8 + iriLength, start + 8 + iriLength + linesLength);
      start += 8 + iriLength + linesLength;
      yield { iri, lines };
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Merges sorted sources (each IRI at most once in each) into one sorted stream: a subject in several
 * sources gets the union of their lines, each line once (in the order first met).
 */
export function* mergeRuns(sources: Iterator<RunEntry>[]): Generator<RunEntry> {
  const heads = sources.map((source) => source.next());
  for (;;) {
    let iri: string | undefined;
    for (const head of heads) if (!head.done && (iri === undefined || head.value.iri < iri)) iri = head.value.iri;
    if (iri === undefined) return;
    const parts: string[] = [];
    heads.forEach((head, i) => {
      if (head.done || head.value.iri !== iri) return;
      parts.push(head.value.lines);
      heads[i] = sources[i].next();
    });
    yield { iri, lines: parts.length === 1 ? parts[0] : unionOfLines(parts) };
  }
}

/** The distinct lines of several texts of lines, in the order first met. */
function unionOfLines(parts: string[]): string {
  const seen = new Set<string>();
  for (const part of parts) {
    for (let start = 0; start < part.length;) {
      const end = part.indexOf('\n', start) + 1 || part.length;
      seen.add(part.slice(start, end));
      start = end;
    }
  }
  return [...seen].join('');
}
