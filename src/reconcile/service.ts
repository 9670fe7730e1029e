// A W3C Reconciliation Service API (v0.2, as OpenRefine speaks it) client: batched `queries` for candidate ids.
import type { ResponseCache } from './cache.js';
import { fetchJson, type HttpOptions } from './http.js';
import type { Target } from './targets.js';
import { isItemId } from './wikibase.js';

/** Queries sent per request (OpenRefine's batch size). */
export const SERVICE_BATCH = 10;

/** One reconciliation query. */
export interface ServiceQuery {
  query: string;
  type?: string;
  limit: number;
  properties?: { pid: string; v: string }[];
}

/** The query for a target: people typed Q5, with their Chinese label (`Lzh`) and P39 office when known. */
export function serviceQuery(target: Target, offices: ReadonlyMap<string, string>): ServiceQuery | undefined {
  const query = target.english ?? target.native;
  if (!query) return undefined;
  if (target.kind !== 'person') return { query, limit: 10 };
  const properties = [
    ...(target.native && target.english ? [{ pid: 'Lzh', v: target.native }] : []),
    ...[...new Set(target.tenures.map((t) => offices.get(t.post)).filter((q): q is string => !!q))].map((v) => ({ pid: 'P39', v })),
  ];
  return { query, type: 'Q5', limit: 10, ...(properties.length ? { properties } : {}) };
}

/** A reconciliation endpoint; answers are cached by URL and request body. */
export class ReconciliationService {
  constructor(readonly url: string, private readonly cache: ResponseCache, private readonly http: HttpOptions = {}) {}

  /** The candidate ids for each query, in order (POST `queries=…`, {@link SERVICE_BATCH} queries a request). */
  async candidates(queries: ServiceQuery[]): Promise<string[][]> {
    const out: string[][] = [];
    for (let i = 0; i < queries.length; i += SERVICE_BATCH) {
      const batch = Object.fromEntries(queries.slice(i, i + SERVICE_BATCH).map((q, j) => [`q${j}`, q]));
      const form = new URLSearchParams({ queries: JSON.stringify(batch) });
      const answer = await this.cache.get(`${this.url}\n${form}`, () => fetchJson(this.url, this.http, form)) as
        Record<string, { result?: { id: string }[] }>;
      for (const key of Object.keys(batch)) {
        const result = answer?.[key]?.result;
        out.push((Array.isArray(result) ? result : []).map((r) => (r as { id?: unknown })?.id).filter(isItemId));
      }
    }
    return out;
  }
}
