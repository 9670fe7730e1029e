// The cross-article index of shared subjects: lines merged without repeats (also for a subject
// thousands of articles name), batches in IRI order with their lines, and what the index answers after;
// the same batches when the lines are written out to sorted runs on disk and merged back.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SharedIndex } from '../src/pipeline/shared.js';
import { mergeRuns, readRun, RunFolder } from '../src/pipeline/shared-runs.js';
import { SubjectLines } from '../src/pipeline/subject-lines.js';

const TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
const line = (p: string, o: string) => `<http://ex.org/${p}> ${o} .\n`;

describe('SubjectLines', () => {
  it('holds each distinct line once, in the order first given, across many merges', () => {
    const ascii = fc.stringMatching(/^[a-z0-9 "<>:\/#.-]{1,40}$/).map((text) => `${text}\n`);
    fc.assert(fc.property(fc.array(fc.array(ascii, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 60 }), (parts) => {
      const lines = new SubjectLines(parts[0].join(''));
      for (const part of parts.slice(1)) lines.merge(part.join(''));
      const expected = [...new Set(parts.flat())];
      // the first part may hold repeats: it is taken as given
      const firstSeen = new Set<string>();
      const text = lines.text();
      for (const l of text.split(/(?<=\n)/)) firstSeen.add(l);
      expect([...firstSeen]).toEqual(expected);
      expect(lines.length).toBe(text.length);
    }));
  });

  it('keeps merging exactly once it is too long to search (a body with a line per article)', () => {
    const lines = new SubjectLines(line('name', '"Party"'));
    for (let i = 0; i < 3000; i++) lines.merge(line('name', '"Party"') + line('source', `<http://ex.org/a${i % 1500}>`));
    const text = lines.text();
    expect(text.split('\n').length - 1).toBe(1501);
    expect(text.startsWith(line('name', '"Party"') + line('source', '<http://ex.org/a0>'))).toBe(true);
  });

  it('takes a new line once even when the merged text repeats it', () => {
    const lines = new SubjectLines(line('name', '"a"'));
    lines.merge(line('source', '<http://ex.org/1>') + line('source', '<http://ex.org/1>'));
    expect(lines.text()).toBe(line('name', '"a"') + line('source', '<http://ex.org/1>'));
  });

  it('does not take a line for one that only ends the same way', () => {
    const lines = new SubjectLines(line('note', '"x <http://ex.org/name> \\"a\\""'));
    lines.merge(line('name', '"a"'));
    expect(lines.text()).toBe(line('note', '"x <http://ex.org/name> \\"a\\""') + line('name', '"a"'));
  });

  it('finds the lines that start with a prefix', () => {
    const lines = new SubjectLines(`${TYPE} <http://ex.org/A> .\n${line('name', '"a"')}`);
    lines.merge(`${TYPE} <http://ex.org/B> .\n`);
    expect(lines.linesStartingWith(TYPE)).toEqual([`${TYPE} <http://ex.org/A> .\n`, `${TYPE} <http://ex.org/B> .\n`]);
  });
});

describe('SharedIndex', () => {
  it('merges subjects across articles and batches them in IRI order with their lines and types', () => {
    const index = new SharedIndex();
    const party = 'http://ex.org/org/party';
    const person = (n: number) => `http://ex.org/person/p${n}`;
    for (let article = 0; article < 50; article++) {
      index.add([
        { iri: party, rest: `${TYPE} <http://ex.org/Org> .\n${line('source', `<http://ex.org/source/${article}>`)}` },
        { iri: person(article % 7), rest: `${TYPE} <http://ex.org/Person> .\n${line('memberOf', `<${party}>`)}` },
      ], 49 - article);
    }
    expect(index.isMerged(party)).toBe(true);
    expect(index.firstArticle(party)).toBe(0);
    const batches = [...index.batches(3)];
    const subjects = batches.flatMap((b) => b.subjects);
    expect(subjects.map((s) => s.iri)).toEqual([party, ...[0, 1, 2, 3, 4, 5, 6].map(person)]);
    expect(subjects[0].rest.split('\n').filter(Boolean)).toHaveLength(51);
    expect(batches[0].context).toContain(`<${party}> ${TYPE} <http://ex.org/Org> .\n`);
    expect(index.has(party)).toBe(true); // still answered after batching
  });
});

describe('sorted runs on disk', () => {
  it('read back exactly what was written: non-ASCII IRIs, empty lines, an entry larger than a read', () => {
    const runs = new RunFolder();
    const entries = [
      { iri: 'http://ex.org/person/li-ming', lines: line('name', '"Li Ming"') },
      { iri: 'http://ex.org/person/m\u00fcller', lines: '' },
      { iri: 'http://ex.org/person/z\u00f6e', lines: line('note', `"${'x'.repeat(3 << 20)}"`) },
      { iri: 'http://ex.org/person/\u674e\u660e', lines: line('name', '"\\u674E\\u660E"') },
    ];
    const file = runs.write(entries);
    expect([...readRun(file)]).toEqual(entries);
    runs.remove();
    expect(existsSync(path.dirname(file))).toBe(false);
  });

  it('merge into one stream in IRI order, a subject in several runs with each of its lines once', () => {
    const a = [{ iri: 'a', lines: 'x\ny\n' }, { iri: 'c', lines: 'z\n' }];
    const b = [{ iri: 'b', lines: 'q\n' }, { iri: 'c', lines: 'y\nz\nw\n' }];
    expect([...mergeRuns([a.values(), b.values(), [].values()])]).toEqual([
      { iri: 'a', lines: 'x\ny\n' }, { iri: 'b', lines: 'q\n' }, { iri: 'c', lines: 'z\ny\nw\n' },
    ]);
  });
});

describe('SharedIndex written out to runs', () => {
  const subject = fc.record({
    iri: fc.constantFrom(...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => `http://ex.org/person/${n}`)),
    lines: fc.array(fc.oneof(
      fc.constantFrom(`${TYPE} <http://ex.org/Person> .\n`, `${TYPE} <http://ex.org/Agent> .\n`),
      fc.constantFrom('a', 'b', 'c').map((o) => line('knows', `<http://ex.org/person/${o}>`)),
      fc.integer({ min: 0, max: 30 }).map((n) => line('source', `<http://ex.org/source/${n}>`)),
    ), { minLength: 1, maxLength: 6 }),
  });
  const articles = fc.array(fc.uniqueArray(subject, { selector: (s) => s.iri, maxLength: 5 }), { minLength: 1, maxLength: 40 });
  const build = (parts: { iri: string; lines: string[] }[][], limit?: number) => {
    const index = new SharedIndex(limit);
    parts.forEach((part, article) => index.add(part.map(({ iri, lines }) => ({ iri, rest: [...new Set(lines)].join('') })), article));
    return index;
  };
  const asSets = (index: SharedIndex) => [...index.batches(3, 200)].map((batch) => ({
    iris: batch.subjects.map((s) => s.iri),
    lines: batch.subjects.map((s) => s.rest.split(/(?<=\n)/).sort()),
    context: batch.context.split(/(?<=\n)/).sort(),
    focus: batch.focus,
  }));

  it('gives the batches of an index held in memory (the same subjects, lines, boundaries, context and focus)', () => {
    fc.assert(fc.property(articles, (parts) => {
      const spilled = build(parts, 50);
      const held = build(parts);
      expect(held.runCount).toBe(0);
      if (parts.flat().length > 3) expect(spilled.runCount).toBeGreaterThan(0);
      for (const { iri } of parts.flat()) {
        expect(spilled.isMerged(iri)).toBe(held.isMerged(iri));
        expect(spilled.firstArticle(iri)).toBe(held.firstArticle(iri));
      }
      expect(asSets(spilled)).toEqual(asSets(held));
      expect(spilled.runCount).toBe(0); // the runs are removed once batched
    }), { numRuns: 150 });
  });

  it('leaves no run behind when disposed of before batching (a build that fails)', () => {
    const index = build([[{ iri: 'http://ex.org/person/a', lines: [line('name', '"A"')] }], [{ iri: 'http://ex.org/person/b', lines: [line('name', '"B"')] }]], 1);
    expect(index.runCount).toBe(2);
    const folder = index.runFolder!;
    expect(readdirSync(folder)).toEqual(['run-0', 'run-1']);
    index.dispose();
    expect(existsSync(folder)).toBe(false);
  });
});
