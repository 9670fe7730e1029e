// Progress of a long build on a terminal (stderr): articles done / total, triples, rate, ETA; silent elsewhere.
import type { BuildProgress } from '../build.js';

/** Where progress is drawn: a stream that may be a terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** The progress line for one event, e.g. "mapping 120/1000 articles (12%) · 64,210 triples · 350/s · ETA 3 s". */
export function formatProgress(event: BuildProgress, elapsedMs: number): string {
  const { stage, done, total, triples } = event;
  if (stage !== 'map') return `${stage === 'validate' ? 'validating' : 'writing'} ${triples.toLocaleString('en-US')} triples…`;
  const percent = total ? Math.floor((done / total) * 100) : 100;
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : undefined;
  return `mapping ${done}/${total} articles (${percent}%) · ${triples.toLocaleString('en-US')} triples · ` +
    `${Math.round(rate)}/s${eta === undefined ? '' : ` · ETA ${eta} s`}`;
}

/** A progress callback that redraws one line at most every `intervalMs`; `finish()` clears it. */
export function terminalProgress(stream: ProgressStream, enabled: boolean, intervalMs = 100) {
  const started = Date.now();
  let last = 0;
  let drawn = false;
  const active = enabled && Boolean(stream.isTTY);
  return {
    update(event: BuildProgress): void {
      if (!active) return;
      const now = Date.now();
      const final = event.done === event.total;
      if (!final && now - last < intervalMs) return;
      last = now;
      stream.write(`\r\x1b[K${formatProgress(event, now - started)}`);
      drawn = true;
    },
    finish(): void {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
