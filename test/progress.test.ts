// Build progress: drawn on a terminal only, one line redrawn in place, cleared at the end.
import { describe, expect, it } from 'vitest';
import { buildFromPaths, type BuildProgress } from '../src/build.js';
import { formatProgress, terminalProgress } from '../src/cli/progress.js';
import { runCli, SEED } from './helpers.js';

describe('formatProgress', () => {
  it.each([
    [{ stage: 'map', done: 120, total: 1000, triples: 64210 }, 2000, 'mapping 120/1000 articles (12%) · 64,210 triples · 60/s · ETA 15 s'],
    [{ stage: 'map', done: 0, total: 10, triples: 0 }, 0, 'mapping 0/10 articles (0%) · 0 triples · 0/s'],
    [{ stage: 'validate', done: 10, total: 10, triples: 5000 }, 900, 'validating 5,000 triples…'],
    [{ stage: 'write', done: 10, total: 10, triples: 5000 }, 900, 'writing 5,000 triples…'],
  ] as [BuildProgress, number, string][])('%j after %i ms', (event, elapsed, line) => {
    expect(formatProgress(event, elapsed)).toBe(line);
  });
});

describe('terminalProgress', () => {
  function stream(isTTY: boolean) {
    const writes: string[] = [];
    return { isTTY, writes, write: (text: string) => writes.push(text) };
  }

  it('on a terminal, redraws one line per stage of a real build and clears it at the end', async () => {
    const tty = stream(true);
    const progress = terminalProgress(tty, true, 0);
    await buildFromPaths([SEED], { onProgress: progress.update });
    progress.finish();
    expect(tty.writes.length).toBeGreaterThanOrEqual(4);
    expect(tty.writes.every((w) => w.startsWith('\r\x1b[K'))).toBe(true);
    expect(tty.writes.some((w) => w.includes('mapping 1/1 articles (100%)'))).toBe(true);
    expect(tty.writes.some((w) => w.includes('validating'))).toBe(true);
    expect(tty.writes.at(-1)).toBe('\r\x1b[K');
  });

  it('writes nothing when stderr is not a terminal, or when quiet', async () => {
    for (const [isTTY, enabled] of [[false, true], [true, false]]) {
      const s = stream(isTTY);
      const progress = terminalProgress(s, enabled, 0);
      await buildFromPaths([SEED], { onProgress: progress.update });
      progress.finish();
      expect(s.writes).toEqual([]);
    }
  });

  it('the CLI prints no progress when its stderr is a pipe', () => {
    const run = runCli(['build', SEED, '--format', 'nt', '--out', '-']);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('articles (');
    expect(run.stderr).not.toContain('\x1b[K');
  });
});
