// Shapes of one's own with SPARQL-based constraints (sh:sparql): validated by shacl-engine's SPARQL support,
// reported like any other result (same report, same exit codes), never a stack trace.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShapes } from '../src/validate/shapes.js';
import { shaclResults } from '../src/validate/shacl.js';
import { GraphIndex } from '../src/validate/graph-index.js';
import { readRdf } from '../src/serialize/read.js';
import { ROOT, runCli, tempDir, turtle } from './helpers.js';

/** Every person needs an English name no longer than 12 characters: a SPARQL constraint (and a Core one beside it). */
const SHAPES = `@prefix sh: <http://www.w3.org/ns/shacl#>. @prefix schema: <http://schema.org/>.
@prefix ex: <https://example.org/shapes#>.
ex:ShortName a sh:NodeShape;
  sh:targetClass schema:Person;
  sh:property [ sh:path schema:name; sh:minCount 1 ];
  sh:sparql [
    a sh:SPARQLConstraint;
    sh:message "English name longer than 12 characters: {?value}";
    sh:select """
      PREFIX schema: <http://schema.org/>
      SELECT $this ?value WHERE { $this schema:name ?value . FILTER(LANGMATCHES(LANG(?value), "en") && STRLEN(?value) > 12) }
    """
  ].
`;

const dump = path.join(ROOT, 'output', 'dump.nt');

/** English person names of the committed dump longer than 12 characters. */
async function longNames(): Promise<string[]> {
  const quads = await readRdf(dump);
  const persons = new Set(quads.filter((q) => q.object.value === 'http://schema.org/Person').map((q) => q.subject.value));
  return quads.filter((q) => persons.has(q.subject.value) && q.predicate.value === 'http://schema.org/name'
    && q.object.termType === 'Literal' && q.object.language === 'en' && q.object.value.length > 12).map((q) => q.object.value);
}

describe('sh:sparql constraints', () => {
  it('are run by shacl-engine: one result per long name, with focus, value, message and component', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'short-names.ttl'), SHAPES);
    const shapes = await loadShapes(dir);
    const { engine, results } = await shaclResults(new GraphIndex(await readRdf(dump)), shapes);
    expect(engine).toBe('sparql');
    const expected = await longNames();
    expect(expected.length).toBeGreaterThan(0);
    expect(results.map((r) => r.value?.value).sort()).toEqual(expected.sort());
    for (const result of results) {
      expect(result.component.value).toBe('http://www.w3.org/ns/shacl#SPARQLConstraintComponent');
      expect(result.severity.value).toBe('http://www.w3.org/ns/shacl#Violation');
      expect(result.messages[0]).toContain('English name longer than 12 characters');
    }
  });

  it('validate: exit 1, the results printed and in the report, no stack trace; exit 0 when all names are short', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'short-names.ttl'), SHAPES);
    const report = path.join(dir, 'report.ttl');
    const run = runCli(['validate', dump, '--shapes', dir, '--report', report]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Violation:');
    expect(run.stderr).toContain('English name longer than 12 characters');
    expect(run.stderr).not.toMatch(/Cannot find validator|\n\s+at /);
    const graph = turtle(readFileSync(report, 'utf8'));
    expect(graph.filter((q) => q.object.value === 'http://www.w3.org/ns/shacl#SPARQLConstraintComponent').length).toBeGreaterThan(0);

    writeFileSync(path.join(dir, 'short-names.ttl'), SHAPES.replace('> 12', '> 200'));
    expect(runCli(['validate', dump, '--shapes', dir]).code).toBe(0);
  });
});
