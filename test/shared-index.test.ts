// The cross-article index of shared subjects: lines merged without repeats (also for a subject
// thousands of articles name), batches in IRI order with their lines, and what the index answers after.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SharedIndex } from '../src/pipeline/shared.js';
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
