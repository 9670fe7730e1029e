// office-ld as a library: the package entry point (exports + .d.ts) runs the pipeline for embedders.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('the package entry point', () => {
  it('ships type declarations', () => {
    expect(existsSync(path.join(ROOT, 'dist/index.d.ts'))).toBe(true);
  });

  it('imports by its package name and builds, stage by stage and in one call, to the same graph', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import * as ld from 'office-ld';
      const one = await ld.buildFromPaths(['data/articles']);
      const text = readFileSync('data/articles/party-secretary-of-heilongjiang.txt', 'utf8');
      const record = ld.extractArticle(ld.parseArticle(text, 'party-secretary-of-heilongjiang.txt'));
      const quads = ld.canonicalOrder(ld.mapArticle(record, ld.createMapContext(ld.vocab.DEFAULT_BASE)));
      const outcome = await ld.validateQuads(quads, await ld.loadShapes());
      const nt = await ld.formatById('nt').write(quads, {});
      const oneNt = one.files.find((f) => f.name === 'dump.nt').content;
      const lines = (text) => text.split('\\n').filter(Boolean).sort().join('\\n');
      console.log(JSON.stringify({ passes: outcome.passes, tenures: record.tenures.length, same: lines(nt) === lines(oneNt) }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ passes: true, tenures: 18, same: true });
  });
});
