// The vocabulary table is the one source: shapes, the JSON-LD context and the README draw from it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METADATA_SHAPES } from '../src/publish/assemble.js';
import { buildContext } from '../src/serialize/context.js';
import { loadShapes } from '../src/validate/shapes.js';
import * as vocab from '../src/vocab.js';
import { ROOT } from './helpers.js';

/** Every term IRI the vocabulary table declares. */
function declaredTerms(): Set<string> {
  const terms = new Set<string>();
  for (const value of Object.values(vocab)) {
    if (value && typeof value === 'object' && 'iri' in value) {
      for (const term of Object.values(value)) if (typeof term === 'object') terms.add((term as { value: string }).value);
    }
  }
  return terms;
}

describe('the vocabulary table', () => {
  it('declares every class and property the shapes use (outside SHACL itself)', async () => {
    const shapes = await loadShapes();
    const declared = declaredTerms();
    const namespaces = Object.entries(vocab.PREFIXES).filter(([p]) => p !== 'sh' && p !== 'olsh').map(([, ns]) => ns);
    const listSyntax = new Set(['first', 'rest', 'nil'].map((t) => vocab.PREFIXES.rdf + t));
    const used = new Set<string>();
    for (const q of shapes) {
      for (const term of [q.predicate, q.object]) {
        if (term.termType === 'NamedNode' && namespaces.some((ns) => term.value.startsWith(ns)) && !listSyntax.has(term.value)) {
          used.add(term.value);
        }
      }
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((iri) => !declared.has(iri))).toEqual([]);
  });

  it('declares every class and property the metadata shapes (for void.ttl) use', async () => {
    const shapes = await loadShapes(METADATA_SHAPES);
    const declared = declaredTerms();
    const namespaces = Object.entries({ ...vocab.PREFIXES, ...vocab.METADATA_PREFIXES })
      .filter(([p]) => p !== 'sh' && p !== 'olsh').map(([, ns]) => ns);
    const listSyntax = new Set(['first', 'rest', 'nil'].map((t) => vocab.PREFIXES.rdf + t));
    const used = [...shapes].flatMap((q) => [q.predicate, q.object])
      .filter((t) => t.termType === 'NamedNode' && namespaces.some((ns) => t.value.startsWith(ns)) && !listSyntax.has(t.value))
      .map((t) => t.value);
    expect(used.length).toBeGreaterThan(30);
    expect([...new Set(used)].filter((iri) => !declared.has(iri))).toEqual([]);
  });

  it('is what the JSON-LD context is made of', () => {
    const context = buildContext()['@context'];
    expect(context.org).toBe('http://www.w3.org/ns/org#');
    expect(context['org:postIn']).toEqual({ '@type': '@id' });
    expect(context['schema:name']).toEqual({ '@container': '@language' });
    expect(context.sh).toBeUndefined();
  });

  it('every project term is documented in docs/data-model.md', () => {
    const readme = readFileSync(path.join(ROOT, 'docs/data-model.md'), 'utf8');
    for (const term of Object.keys(vocab.PROJECT_TERMS)) expect(readme).toContain(`ol:${term}`);
  });

  it('the project namespace stays fixed under the default base', () => {
    expect(vocab.ol.ordinal.value).toBe('https://example.org/office-ld/ns#ordinal');
  });
});
