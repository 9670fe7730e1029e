// Property-based tests (fast-check) on the in-process parse → extract → map path: over 10,000 articles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfficeLdError } from '../src/errors.js';
import { extractArticle } from '../src/extract/extract.js';
import type { ArticleRecord } from '../src/extract/records.js';
import { createMapContext, mapArticle } from '../src/map/index.js';
import { decodeArticle, parseArticle } from '../src/parse/parse.js';
import { org, rdf } from '../src/vocab.js';
import { corruptedArticle, validArticle } from './arbitraries.js';

const FILE = 'generated.txt';

/** Decode, parse and extract, as a build reads an article. */
function read(bytes: Uint8Array): ArticleRecord {
  return extractArticle(parseArticle(decodeArticle(bytes, FILE), FILE));
}

/** Runs `fn`; the only exception allowed is an input error located in the generated file. */
function onlyInputErrors(fn: () => void): OfficeLdError | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (!(error instanceof OfficeLdError)) throw error;
    expect(error.kind).toBe('input');
    expect(error.where?.file).toBe(FILE);
    expect(error.message.startsWith(`${FILE}`)).toBe(true);
    expect(error.message).toContain('; expected ');
    return error;
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('generated articles', () => {
  it('every valid article yields exactly its rows as tenures, with the generated dates (4,000 articles)', () => {
    fc.assert(fc.property(validArticle, (article) => {
      const record = read(utf8(article.lines.join('\n') + '\n'));
      const persons = new Map(record.persons.map((p) => [p.key, p]));
      expect(record.tenures.map((t, i) => ({
        english: persons.get(t.person)?.english, acting: t.acting, start: t.start, end: t.end, line: t.line,
        native: persons.get(t.person)?.natives.some((n) => n.value === article.rows[i].native) ? article.rows[i].native : undefined,
      }))).toEqual(article.rows.map((row) => ({
        english: row.english, native: row.native, acting: row.acting,
        start: { value: row.start.value, precision: row.start.precision },
        end: row.end && { value: row.end.value, precision: row.end.precision }, line: row.line,
      })));
      const quads = mapArticle(record, createMapContext('https://example.org/office-ld/'));
      const memberships = quads.filter((q) => q.predicate.equals(rdf.type) && q.object.equals(org.Membership));
      expect(memberships).toHaveLength(article.rows.length);
    }), { numRuns: 4000 });
  });

  it('every corrupted article gives an input error, or a warning, at the corrupted line, or is read by its cells (4,000 articles)', () => {
    fc.assert(fc.property(corruptedArticle, (bad) => {
      if (bad.expect === 'error') {
        const error = onlyInputErrors(() => read(utf8(bad.text)));
        expect(error, bad.kind).toBeDefined();
        expect(error!.where?.line, `${bad.kind}: ${error!.message}`).toBe(bad.line);
        return;
      }
      const record = read(utf8(bad.text));
      const warned = [...record.tenures.filter((t) => t.warnings.length > 0).map((t) => t.line), ...record.warnings.map((w) => w.line)];
      if (bad.expect === 'warning') {
        expect(warned, bad.kind).toContain(bad.line);
        if (bad.kind === 'table' || bad.kind === 'nonames') expect(record.tenures, bad.kind).toEqual([]);
      }
      else {
        expect(warned, bad.kind).toEqual([]);
        expect(record.tenures.map((t) => t.line), bad.kind).toEqual(bad.rows);
      }
    }), { numRuns: 4000 });
  });

  const PIECES = ['= Mayor =', '== Holders ==', 'Infobox', '- Incumbent: Ann', '- Incumbentsince: 1990', '- Formation: x',
    '| Name | Term start | Term end |', '| Ann | 1990 | 1994 |', '| Vacant | | |', '| | | |', '|', '||', '| (acting) | 1990 | |',
    '| Ann (安) | May 1990 | present |', '- Inaugural: Bob'];
  const noise = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 20 });

  it('arbitrary text and bytes never raise anything but a located input error (3,000 inputs)', () => {
    fc.assert(fc.property(noise, (lines) => {
      onlyInputErrors(() => {
        const record = read(utf8(lines.join('\n')));
        mapArticle(record, createMapContext('https://example.org/office-ld/'));
      });
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      onlyInputErrors(() => read(bytes));
    }), { numRuns: 1000 });
  });
});
