// The answers format of test/fixtures/real (see its README): what a record says, in that format, to compare.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PartialDate } from '../src/extract/dates.js';
import type { ArticleRecord } from '../src/extract/records.js';
import { FIXTURES } from './helpers.js';

/** The real-article fixtures folder. */
export const REAL = path.join(FIXTURES, 'real');

/** One tenure as an answers file states it. */
export interface TenureAnswer {
  line: number;
  person: string;
  name: string | null;
  native: [string, string][];
  start: string | null;
  end: string | null;
  startCirca?: true;
  endCirca?: true;
  acting: boolean;
  ordinal: string | null;
}

/** An answers file. */
export interface Answers {
  sources: string[];
  jurisdiction?: string;
  scripts: string[];
  unconfirmed: string;
  tenures: TenureAnswer[];
  gaps: { line: number; text: string; start: string | null; end: string | null }[];
  warnings: { line: number; field: string }[];
}

/** The fixture names (without extension), in order. */
export function realFixtures(): string[] {
  return readdirSync(REAL).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

/** Reads a fixture's answers file. */
export function readAnswers(name: string): Answers {
  return JSON.parse(readFileSync(path.join(REAL, `${name}.answers.json`), 'utf8')) as Answers;
}

/** Person ids renamed p1, p2… in order of first appearance, so two partitions compare as arrays. */
export function canonicalPersons(ids: string[]): string[] {
  const seen = new Map<string, string>();
  return ids.map((id) => seen.get(id) ?? seen.set(id, `p${seen.size + 1}`).get(id)!);
}

/** A record's tenures, gaps and warnings in the answers format (person ids canonical). */
export function answersOf(record: ArticleRecord): Pick<Answers, 'tenures' | 'gaps' | 'warnings'> {
  const persons = new Map(record.persons.map((p) => [p.key, p]));
  const ids = canonicalPersons(record.tenures.map((t) => t.person));
  const tenures = record.tenures.map((t, i): TenureAnswer => {
    const person = persons.get(t.person);
    return {
      line: t.line, person: ids[i], name: person?.english ?? null,
      native: (person?.natives ?? []).map((n) => [n.value, n.tag]),
      start: t.start?.value ?? null, end: t.end?.value ?? (t.current ? 'open' : null),
      ...(t.start?.approximate ? { startCirca: true as const } : {}), ...(t.end?.approximate ? { endCirca: true as const } : {}),
      acting: t.acting, ordinal: t.seriesOrdinal ?? null,
    };
  });
  const value = (d?: PartialDate) => d?.value ?? null;
  const gaps = record.gaps.map((g) => ({ line: g.line, text: g.text, start: value(g.start), end: value(g.end) }));
  const warnings = [
    ...record.tenures.flatMap((t) => t.warnings.map((w) => ({ line: t.line, field: fieldOf(w) }))),
    ...record.warnings.map((w) => ({ line: w.line, field: fieldOf(w.message) })),
  ].sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
  return { tenures, gaps, warnings };
}

/** An answers file's tenures, gaps and warnings, with person ids canonical and warnings sorted. */
export function expectedOf(answers: Answers): Pick<Answers, 'tenures' | 'gaps' | 'warnings'> {
  const ids = canonicalPersons(answers.tenures.map((t) => t.person));
  return {
    tenures: answers.tenures.map((t, i) => ({ ...t, person: ids[i] })),
    gaps: answers.gaps,
    warnings: [...answers.warnings].sort((a, b) => a.line - b.line || a.field.localeCompare(b.field)),
  };
}

function fieldOf(message: string): string {
  if (/^Term start/.test(message)) return 'start';
  if (/^Term end|ends .* before it starts|repeats this term/.test(message)) return 'end';
  if (/the name cell/.test(message)) return 'name';
  return 'other';
}
