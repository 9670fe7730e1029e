// JSON from a Wikibase or reconciliation endpoint (GET, or POST of a form): a real User-Agent, bounded back-off on 429/503, clean failures.
import { usageError } from '../errors.js';
import { boundedFetch, type NetLimits } from '../net.js';
import { VERSION } from '../version.js';

/** The User-Agent office-ld sends (Wikimedia's policy asks for a tool name, version and where to find it). */
export const USER_AGENT =
  `office-ld/${VERSION} (reconciliation of public-office holders; https://example.org/office-ld/) node/${process.versions.node}`;

/** How the client behaves; the defaults suit Wikidata. */
export interface HttpOptions {
  /** Retries after a 429 or 503 before giving up (default 3). */
  maxRetries?: number;
  /** The longest wait honoured from Retry-After, in seconds (default 60). */
  maxWaitSeconds?: number;
  /** Called before each wait, e.g. to tell the user. */
  onWait?: (seconds: number, status: number, url: string) => void;
  /** Time and size limits of each request (default {@link DEFAULT_NET_LIMITS}). */
  limits?: NetLimits;
}

const RETRYABLE = new Set([429, 503]);

/**
 * GETs `url` (or POSTs `form` to it) and parses its JSON. On 429/503 it waits as Retry-After says (seconds or an HTTP date;
 * else 1, 2, 4 … s) and tries again, at most `maxRetries` times. Any other failure, or running out of
 * retries, throws a usage error (exit 2) with the status and what the server said.
 */
export async function fetchJson(url: string, options: HttpOptions = {}, form?: URLSearchParams): Promise<unknown> {
  const maxRetries = options.maxRetries ?? 3;
  for (let attempt = 0; ; attempt++) {
    const response = await boundedFetch(url, {
      method: form ? 'POST' : 'GET', body: form, headers: { 'User-Agent': USER_AGENT, Accept: 'application/json' },
    }, options.limits);
    const body = await response.text();
    if (RETRYABLE.has(response.status) && attempt < maxRetries) {
      const seconds = Math.min(retryAfter(response.headers.get('retry-after')) ?? 2 ** attempt, options.maxWaitSeconds ?? 60);
      options.onWait?.(seconds, response.status, url);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      continue;
    }
    if (!response.ok) {
      const tries = RETRYABLE.has(response.status) ? ` after ${attempt + 1} attempts` : '';
      throw usageError(`${form ? 'POST' : 'GET'} ${url}: HTTP ${response.status} ${response.statusText}${tries}: ${summary(body)}`);
    }
    try {
      return JSON.parse(body);
    } catch {
      throw usageError(`${form ? 'POST' : 'GET'} ${url}: the answer is not JSON: ${summary(body)}`, undefined, 'a JSON response');
    }
  }
}

/** Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function summary(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text || '(empty body)';
}
