// Errors that say what is wrong, where, and what was expected, and map to the documented exit codes.

/** Exit codes of the CLI: 0 ok, 1 the data does not conform, 2 usage or runtime error. */
export const EXIT = { ok: 0, nonConforming: 1, usage: 2 } as const;

/** Where a problem is: a file and, when known, a 1-based line. */
export interface Location {
  file: string;
  line?: number;
}

/** `input`: the article or RDF data is bad (exit 1); `usage`: bad arguments, I/O or runtime (exit 2). */
export type ErrorKind = 'input' | 'usage';

/** An error with its location, the expectation it broke, and the raw text it was read from. */
export class OfficeLdError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly what: string,
    readonly where?: Location,
    readonly expected?: string,
    readonly raw?: string,
    /** `what` is already made of printable messages joined by newlines (the list of bad articles). */
    preformatted = false,
  ) {
    super(formatMessage(preformatted ? what : printable(what), where, expected, raw));
    this.name = 'OfficeLdError';
  }

  /** The process exit code this error calls for. */
  get exitCode(): number {
    return this.kind === 'input' ? EXIT.nonConforming : EXIT.usage;
  }
}

/** Shorthand for an error in an input article or data file (exit code 1). */
export function inputError(what: string, where: Location, expected?: string, raw?: string): OfficeLdError {
  return new OfficeLdError('input', what, where, expected, raw);
}

/**
 * One error for every bad article of a corpus (exit code 1): each article's own located message, so
 * that all of them are fixed in one round. A single error is returned as it is.
 */
export function allInputErrors(errors: OfficeLdError[], total: number): OfficeLdError {
  if (errors.length === 1) return errors[0];
  const list = errors.map((error) => error.message.replace(/^/gm, '  ')).join('\n');
  return new OfficeLdError('input',
    `${errors.length} of ${total} articles are bad; nothing was built (--skip-invalid builds the rest):\n${list}`,
    undefined, undefined, undefined, true);
}

/** Shorthand for a usage, I/O or runtime error (exit code 2). */
export function usageError(what: string, where?: Location, expected?: string): OfficeLdError {
  return new OfficeLdError('usage', what, where, expected);
}

/** Control characters that could forge a line or reach a terminal raw (C0 but tab, DEL, C1, bidi overrides). */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

/** Text made safe to print: each control character but tab written as an escape (`\n`, `\x1b`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100
    ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
    : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function formatMessage(what: string, where?: Location, expected?: string, raw?: string): string {
  const place = where ? `${printable(where.file)}${where.line ? `:${where.line}` : ''}: ` : '';
  const expectation = expected ? `; expected ${printable(expected)}` : '';
  const row = raw !== undefined ? `\n    ${printable(raw)}` : '';
  return `${place}${what}${expectation}${row}`;
}
