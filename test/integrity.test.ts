// Integrity checks: a fixture per check with its result and severity; --fail-on sets the exit code.
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDates, type PartialDate } from '../src/extract/dates.js';
import { overlaps, type Tenure } from '../src/validate/integrity.js';
import { buildFromPaths } from '../src/build.js';
import { loadShapes } from '../src/validate/shapes.js';
import { summarize } from '../src/validate/summary.js';
import { validateQuads } from '../src/validate/validate.js';
import { FIXTURES, fixture, ROOT, runCli, tempDir, turtle } from './helpers.js';

const BASE = 'https://example.org/office-ld/';
const POST = `${BASE}post/mayor-of-example`;
const OL = `${BASE}ns#`;
const at = (name: string) => path.join(FIXTURES, 'integrity', name);

async function findings(name: string) {
  const result = await buildFromPaths([at(name)]);
  return result.validation.findings.map((f) => [f.severity, f.focus, f.path, f.line, f.constraint]);
}

describe('a fixture per check: its result and severity', () => {
  it.each([
    ['two-open.txt', ['Warning', POST, 'http://www.w3.org/ns/opengov#post', 1, 'OneOpenTenureComponent']],
    ['overlap.txt', ['Warning', `${BASE}tenure/mayor-of-example/bob-jones-1995-03`, 'http://schema.org/startDate', 11, 'OverlapComponent']],
    ['incumbent.txt', ['Warning', POST, 'http://www.w3.org/ns/org#heldBy', 1, 'InfoboxAgreementComponent']],
    ['inaugural.txt', ['Warning', POST, `${OL}inauguralHolder`, 1, 'InfoboxAgreementComponent']],
    ['incumbent-since.txt', ['Warning', POST, `${OL}incumbentSince`, 1, 'InfoboxAgreementComponent']],
  ])('%s', async (name, expected) => {
    expect(await findings(name)).toContainEqual(expected);
  });

  it('two open tenures are also an overlap, and nothing else is reported', async () => {
    expect((await findings('two-open.txt')).map((f) => f[4]).sort()).toEqual(['OneOpenTenureComponent', 'OverlapComponent']);
  });

  it.each(['overlap-acting.txt', '../mayor.txt'])('%s: an acting overlap and a handover within the month are fine', async (name) => {
    expect(await findings(name)).toEqual([]);
  });

  it('the real fixture articles and the seed pass every check', async () => {
    const dir = path.join(FIXTURES, 'articles');
    const result = await buildFromPaths([dir, path.join(ROOT, 'data/articles'), path.join(FIXTURES, 'corpus')]);
    expect(result.validation.findings).toEqual([]);
  });
});

describe('checks on hand-made graphs', () => {
  let shapes: Awaited<ReturnType<typeof loadShapes>>;
  beforeAll(async () => {
    shapes = await loadShapes();
  });
  const GOOD = fixture('mayor.expected.ttl');
  const ANN = `${BASE}tenure/mayor-of-example/ann-smith-1990`;
  const BOB = `${BASE}tenure/mayor-of-example/bob-jones-1994-03-02`;

  it('previous/next links that are not symmetric are a violation', async () => {
    expect(GOOD).toContain('ol:previousTenure');
    const graph = turtle(GOOD).filter((q) => q.predicate.value !== `${OL}previousTenure`);
    const outcome = await validateQuads(graph, shapes);
    expect(outcome.passes).toBe(false);
    expect(outcome.findings.map((f) => [f.severity, f.focus, f.path, f.value, f.constraint])).toEqual([
      ['Violation', ANN, `${OL}nextTenure`, `<${BOB}>`, 'SymmetricLinksComponent'],
    ]);
  });

  it('an end before the start is a violation', async () => {
    const graph = turtle(GOOD.replace('schema:endDate "1994-03"^^xsd:gYearMonth', 'schema:endDate "1989-03"^^xsd:gYearMonth'));
    const outcome = await validateQuads(graph, shapes);
    expect(outcome.findings.map((f) => [f.severity, f.focus, f.constraint])).toContainEqual(
      ['Violation', ANN, 'DateOrderComponent']);
  });

  it('--fail-on decides which severity fails: a warning passes by default, fails at warning and info', async () => {
    const graph = turtle(GOOD.replace('org:heldBy person:bob-jones', 'org:heldBy person:ann-smith'));
    expect(GOOD).toContain('org:heldBy person:bob-jones');
    const severities = (await validateQuads(graph, shapes)).findings.map((f) => f.severity);
    expect(severities).toEqual(['Warning']);
    expect((await validateQuads(graph, shapes)).passes).toBe(true);
    expect((await validateQuads(graph, shapes, 'Warning')).passes).toBe(false);
    expect((await validateQuads(graph, shapes, 'Info')).passes).toBe(false);
  });
});

describe('the CLI: --fail-on and the grouped summary', () => {
  const snapshot = (dir: string) => (existsSync(dir)
    ? Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(path.join(dir, n), 'latin1')])) : {});

  it.each([
    [[], 0], [['--fail-on', 'violation'], 0], [['--fail-on', 'warning'], 1], [['--fail-on', 'info'], 1],
  ])('build overlap.txt %j exits %i; a failed build leaves the output folder as it was', (flags, code) => {
    const out = path.join(tempDir(), 'out');
    cpSync(path.join(ROOT, 'output'), out, { recursive: true });
    const before = snapshot(out);
    const run = runCli(['build', at('overlap.txt'), '--out', out, ...flags]);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain('overlap.txt: 1 warning\n  line 11: | Bob Jones | March 1995 | Incumbent |\n' +
      '    overlap.txt:11: Warning: <https://example.org/office-ld/tenure/mayor-of-example/bob-jones-1995-03>');
    if (code === 1) expect(snapshot(out)).toEqual(before);
    else expect(snapshot(out)).not.toEqual(before);
  });

  it('validate --fail-on warning exits 1 on a dump with a warning; a bad level is a usage error', () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    expect(runCli(['build', at('incumbent.txt'), '--out', out, '-q']).code).toBe(0);
    expect(runCli(['validate', path.join(out, 'dump.ttl'), '-q']).code).toBe(0);
    expect(runCli(['validate', path.join(out, 'dump.ttl'), '--fail-on', 'warning', '-q']).code).toBe(1);
    const bad = runCli(['validate', path.join(out, 'dump.ttl'), '--fail-on', 'sometimes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('sometimes');
  });

  it('summarize groups by article, then by row', () => {
    const lines = summarize([
      { severity: 'Warning', focus: 'a', message: 'm1', constraint: 'C', file: 'a.txt', line: 5, row: '| A | 1990 | |' },
      { severity: 'Violation', focus: 'b', message: 'm2', constraint: 'C', file: 'a.txt', line: 5, row: '| A | 1990 | |' },
      { severity: 'Warning', focus: 'c', message: 'm3', constraint: 'C', file: 'b.txt', line: 1 },
    ]);
    expect(lines).toEqual([
      'a.txt: 1 violation, 1 warning',
      '  line 5: | A | 1990 | |',
      '    a.txt:5: Warning: <a>: m1',
      '    a.txt:5: Violation: <b>: m2',
      'b.txt: 1 warning',
      '    b.txt:1: Warning: <c>: m3',
    ]);
  });
});

describe('the overlap check on long lists', () => {
  /** The definition: each term against the first earlier, non-acting term that is open (current, no end) or ends after it starts. */
  function reference(terms: Tenure[]): string[] {
    const out: string[] = [];
    terms.forEach((later, i) => {
      if (later.acting) return;
      const earlier = terms.slice(0, i).find((t) => !t.acting && t.iri.value !== later.iri.value
        && ((!t.hasEnd && t.current) || (t.end !== undefined && compareDates(monthOf(t.end), monthOf(later.start)) > 0)));
      if (earlier) out.push(`${later.iri.value} after ${earlier.iri.value}`);
    });
    return out;
  }
  const monthOf = (d: PartialDate): PartialDate => (d.precision === 'day' ? { value: d.value.slice(0, 7), precision: 'month' } : d);
  const date = fc.oneof(
    fc.tuple(fc.integer({ min: 1990, max: 1995 })).map(([y]) => ({ value: `${y}`, precision: 'year' as const })),
    fc.tuple(fc.integer({ min: 1990, max: 1995 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => ({ value: `${y}-${String(m).padStart(2, '0')}`, precision: 'month' as const })),
    fc.tuple(fc.integer({ min: 1990, max: 1995 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => ({ value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision: 'day' as const })),
  );
  const term = fc.record({ start: date, end: fc.option(date), open: fc.boolean(), unknownEnd: fc.boolean(), acting: fc.boolean() });

  it('reports exactly what comparing each term with every earlier one reports (fast-check)', () => {
    fc.assert(fc.property(fc.array(term, { maxLength: 40 }), (drawn) => {
      const terms: Tenure[] = drawn.map((t, i) => ({
        iri: DataFactory.namedNode(`https://example.org/t${i}`), start: t.start, startTerm: DataFactory.literal(t.start.value),
        end: t.open || t.unknownEnd ? undefined : t.end ?? undefined, hasEnd: !t.open && !t.unknownEnd, current: t.open, acting: t.acting, ordinal: i + 1,
      }));
      const fast = overlaps(terms).map((r) => `${r.focus.value} after ${r.messages[0].match(/<([^>]+)>/)![1]}`);
      expect(fast).toEqual(reference(terms));
    }), { numRuns: 3000 });
  });
});
