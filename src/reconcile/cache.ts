// An on-disk cache of API answers, one JSON file per request URL, so that re-runs do not ask again.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** Answers stored under `dir` by the SHA-256 of their request URL; no dir = no cache. */
export class ResponseCache {
  constructor(private readonly dir?: string) {}

  /** The cached answer for `url`, or what `fetch` gives (then stored). */
  async get(url: string, fetch: () => Promise<unknown>): Promise<unknown> {
    if (!this.dir) return fetch();
    const file = path.join(this.dir, `${createHash('sha256').update(url).digest('hex')}.json`);
    try {
      return (JSON.parse(await readFile(file, 'utf8')) as { answer: unknown }).answer;
    } catch {
      const answer = await fetch();
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ url, answer }) + '\n');
      return answer;
    }
  }
}
