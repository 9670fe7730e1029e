// SHACL: the seed conforms; hand-made broken graphs fail with the expected results and exit code 1.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromPaths } from '../src/build.js';
import { loadShapes } from '../src/validate/shapes.js';
import { validateQuads } from '../src/validate/validate.js';
import { fixture, runCli, SEED, tempDir, turtle } from './helpers.js';

const TENURE = 'https://example.org/office-ld/tenure/mayor-of-example/ann-smith-1990';
const PERSON = 'https://example.org/office-ld/person/ann-smith';
const GOOD = fixture('mayor.expected.ttl');

let shapes: Awaited<ReturnType<typeof loadShapes>>;
beforeAll(async () => {
  shapes = await loadShapes();
});

/** Swaps one exact line (or fragment) of the good graph for another. */
function broken(from: string, to: string): Quad[] {
  if (!GOOD.includes(from)) throw new Error(`fixture has no ${from}`);
  return turtle(GOOD.replace(from, to));
}

describe('conforming graphs', () => {
  it('the seed build conforms, with no result at all', async () => {
    const result = await buildFromPaths([SEED]);
    expect(result.validation.conforms).toBe(true);
    expect(result.validation.findings).toEqual([]);
  });

  it('the hand-written mayor graph conforms', async () => {
    expect((await validateQuads(turtle(GOOD), shapes)).findings).toEqual([]);
  });

  it.each(['1994-03-02', '1990-12-31'])('start 1990 (year) and end %s (day) conform', async (end) => {
    const mixed = broken('schema:endDate "1994-03"^^xsd:gYearMonth', `schema:endDate "${end}"^^xsd:date`);
    expect((await validateQuads(mixed, shapes)).findings).toEqual([]);
  });
});

describe('broken graphs fail with the expected result', () => {
  it.each([
    {
      name: 'two start dates (a tenure may have none, when the article does not give it, but not two)',
      graph: () => broken('schema:startDate "1990"^^xsd:gYear ;', 'schema:startDate "1990"^^xsd:gYear, "1991"^^xsd:gYear ;'),
      focus: TENURE, path: 'http://schema.org/startDate', constraint: 'MaxCountConstraintComponent',
      line: 12,
    },
    {
      name: 'end before start, same precision (SHACL Core)',
      graph: () => broken('schema:startDate "1990"^^xsd:gYear', 'schema:startDate "1995"^^xsd:gYear')
        .concat(turtle(`<${TENURE}> <http://schema.org/endDate> "1994"^^<http://www.w3.org/2001/XMLSchema#gYear> .`))
        .filter((q) => !(q.predicate.value === 'http://schema.org/endDate' && q.object.value === '1994-03')),
      focus: TENURE, path: undefined, constraint: 'OrConstraintComponent', line: 12,
      message: 'the term ends before it starts (schema:endDate is earlier than schema:startDate)',
    },
    {
      name: 'end before start, mixed precision (compared at the coarser one by the date-order check)',
      graph: () => broken('schema:endDate "1994-03"^^xsd:gYearMonth', 'schema:endDate "1989-03"^^xsd:gYearMonth'),
      focus: TENURE, path: 'http://schema.org/endDate', constraint: 'DateOrderComponent', line: 12,
      message: 'the term ends before it starts (schema:endDate is earlier than schema:startDate)',
    },
    {
      name: 'untagged name',
      graph: () => broken('schema:name "Ann Smith"@en', 'schema:name "Ann Smith"'),
      focus: PERSON, path: 'http://schema.org/name', constraint: 'DatatypeConstraintComponent', line: 12,
    },
    {
      name: 'wrong datatype for a date',
      graph: () => broken('schema:startDate "1990"^^xsd:gYear', 'schema:startDate "1990"^^xsd:string'),
      focus: TENURE, path: 'http://schema.org/startDate', constraint: 'NodeConstraintComponent', line: 12,
    },
    {
      name: 'a date that is not in the calendar',
      graph: () => broken('schema:startDate "1990"^^xsd:gYear', 'schema:startDate "1990-02-31"^^xsd:date'),
      focus: TENURE, path: 'http://schema.org/startDate', constraint: 'CalendarDateComponent', line: 12,
      message: '"1990-02-31" is not a valid xsd:date',
    },
    {
      name: 'two holders for one tenure',
      graph: () => broken('org:member person:ann-smith ;', 'org:member person:ann-smith, person:bob-jones ;'),
      focus: TENURE, path: 'http://www.w3.org/ns/org#member', constraint: 'MaxCountConstraintComponent', line: 12,
    },
  ])('$name', async ({ graph, focus, path: resultPath, constraint, line, message }) => {
    const outcome = await validateQuads(graph(), shapes);
    expect(outcome.passes).toBe(false);
    // Integrity warnings may come with a broken date (an overlap); exactly one violation is the break.
    const violations = outcome.findings.filter((f) => f.severity === 'Violation');
    expect(violations).toHaveLength(1);
    const [finding] = violations;
    expect(finding).toMatchObject({ severity: 'Violation', focus, constraint, file: 'mayor.txt', line });
    expect(finding.path).toBe(resultPath);
    if (message) expect(finding.message).toBe(message);
  });
});

describe('office-ld validate', () => {
  it('exits 0 on a conforming file and 1 on a broken one, naming entity, property and source line', () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.ttl');
    const bad = path.join(dir, 'bad.ttl');
    writeFileSync(good, GOOD);
    writeFileSync(bad, GOOD.replace('schema:startDate "1990"^^xsd:gYear ;', 'schema:startDate "1990"^^xsd:gYear, "1991"^^xsd:gYear ;'));
    expect(runCli(['validate', good]).code).toBe(0);
    const run = runCli(['validate', bad, '--report', path.join(dir, 'report.ttl')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`mayor.txt:12: Violation: <${TENURE}> http://schema.org/startDate: a tenure has at most one start date`);
    expect(run.stderr).toContain('does not conform');
    const report = turtle(readFileSync(path.join(dir, 'report.ttl'), 'utf8'));
    expect(report.some((q) => q.object.value === 'http://www.w3.org/ns/shacl#ValidationReport')).toBe(true);
    expect(report.some((q) => q.predicate.value.endsWith('#conforms') && q.object.value === 'false')).toBe(true);
  });

  it('exits 2 for a missing file or unknown extension', () => {
    expect(runCli(['validate', 'no-such-file.ttl']).code).toBe(2);
    expect(runCli(['validate', 'README.md']).stderr).toContain('unknown RDF file extension');
  });

  it('reads Turtle from stdin with -', () => {
    const run = runCli(['validate', '-'], { input: GOOD });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('conforms');
  });
});
