// A Wikibase API client: wbsearchentities for candidates, wbgetentities for what scoring needs, cached and batched.
import type { PartialDate, Precision } from '../extract/dates.js';
import { usageError } from '../errors.js';
import type { ResponseCache } from './cache.js';
import { fetchJson, type HttpOptions } from './http.js';

/** Wikidata's API endpoint, the default `--api`. */
export const WIKIDATA_API = 'https://www.wikidata.org/w/api.php';

/** A P39 (position held) statement with the qualifiers we compare. */
export interface PositionHeld {
  office: string;
  start?: PartialDate;
  end?: PartialDate;
  replaces?: string;
  replacedBy?: string;
  /** P5102 nature of statement (Q4676846 = acting). */
  nature?: string;
}

/** What we know of a candidate item. */
export interface Item {
  qid: string;
  /** Labels and aliases by language code, lower-case (en, zh, zh-hans, zh-hant…). */
  names: Map<string, string[]>;
  instanceOf: string[];
  positions: PositionHeld[];
  /** P1001 (applies to jurisdiction) of a post's item. */
  jurisdictions: string[];
  born?: PartialDate;
  died?: PartialDate;
}

const LANGUAGES = ['en', 'zh', 'zh-hans', 'zh-hant', 'zh-cn', 'zh-tw', 'zh-hk', 'zh-sg', 'zh-mo'];
const BATCH = 50;

/** A client for one Wikibase API endpoint. */
export class WikibaseClient {
  constructor(readonly api: string, private readonly cache: ResponseCache, private readonly http: HttpOptions = {}) {}

  /** Item ids whose label or alias matches `text` in `language` (wbsearchentities, up to 10). */
  async search(text: string, language: string): Promise<string[]> {
    const answer = await this.call({
      action: 'wbsearchentities', search: text, language, uselang: language, type: 'item', limit: '10', strictlanguage: '0',
    }) as { search?: { id: string }[] };
    return list(answer.search).map((hit) => (hit as { id?: unknown }).id).filter(isItemId);
  }

  /** The items with these ids (wbgetentities, 50 at a time); missing items are left out. */
  async items(ids: string[]): Promise<Item[]> {
    const out: Item[] = [];
    const sorted = [...new Set(ids)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    for (let i = 0; i < sorted.length; i += BATCH) {
      const answer = await this.call({
        action: 'wbgetentities', ids: sorted.slice(i, i + BATCH).join('|'), props: 'labels|aliases|claims',
        languages: LANGUAGES.join('|'),
      }) as { entities?: Record<string, RawEntity> };
      for (const entity of Object.values(answer.entities ?? {})) {
        if (entity && typeof entity === 'object' && !('missing' in entity) && isItemId(entity.id)) out.push(readItem(entity));
      }
    }
    return out;
  }

  private async call(params: Record<string, string>): Promise<unknown> {
    const url = `${this.api}?${new URLSearchParams({ ...params, format: 'json' })}`;
    const answer = await this.cache.get(url, () => fetchJson(url, this.http)) as { error?: { code?: string; info?: string } };
    if (answer.error) throw usageError(`GET ${url}: the API answered ${answer.error.code}: ${answer.error.info}`);
    return answer;
  }
}

interface RawSnak { snaktype: string; datavalue?: { type: string; value: unknown } }
interface RawStatement { mainsnak: RawSnak; rank?: string; qualifiers?: Record<string, RawSnak[]> }
interface RawEntity {
  id: string;
  labels?: Record<string, { language: string; value: string }>;
  aliases?: Record<string, { language: string; value: string }[]>;
  claims?: Record<string, RawStatement[]>;
}

function readItem(entity: RawEntity): Item {
  const names = new Map<string, string[]>();
  const add = (language: unknown, value: unknown) => {
    if (typeof language !== 'string' || typeof value !== 'string') return;
    const key = language.toLowerCase();
    names.set(key, [...(names.get(key) ?? []), value]);
  };
  for (const label of Object.values(entity.labels ?? {})) add(label?.language, label?.value);
  for (const aliases of Object.values(entity.aliases ?? {})) for (const alias of list(aliases)) add(alias?.language, alias?.value);
  const claims = (property: string) => list(entity.claims?.[property]).filter((s) => s?.mainsnak && s.rank !== 'deprecated');
  const qualifier = (s: RawStatement, p: string) => s.qualifiers?.[p]?.[0];
  return {
    qid: entity.id,
    names,
    instanceOf: claims('P31').map((s) => itemId(s.mainsnak)).filter((id): id is string => id !== undefined),
    positions: claims('P39').flatMap((s) => {
      const office = itemId(s.mainsnak);
      return office === undefined ? [] : [{
        office, start: timeValue(qualifier(s, 'P580')), end: timeValue(qualifier(s, 'P582')),
        replaces: itemId(qualifier(s, 'P1365')), replacedBy: itemId(qualifier(s, 'P1366')), nature: itemId(qualifier(s, 'P5102')),
      }];
    }),
    jurisdictions: claims('P1001').map((s) => itemId(s.mainsnak)).filter((id): id is string => id !== undefined),
    born: timeValue(claims('P569')[0]?.mainsnak),
    died: timeValue(claims('P570')[0]?.mainsnak),
  };
}

function itemId(snak: RawSnak | undefined): string | undefined {
  if (snak?.snaktype !== 'value' || snak.datavalue?.type !== 'wikibase-entityid') return undefined;
  const id = (snak.datavalue.value as { id?: unknown } | undefined)?.id;
  return isItemId(id) ? id : undefined;
}

/** Whether a value from the network is a Wikidata item id (`Q` and digits, no leading zero): nothing else is used. */
export function isItemId(value: unknown): value is string {
  return typeof value === 'string' && /^Q[1-9][0-9]{0,11}$/.test(value);
}

/** A value from the network that should be an array, as one (anything else: empty). */
function list<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** A Wikibase time value ("+1949-05-00T00:00:00Z", precision 10) at its precision; coarser than a year is dropped. */
export function timeValue(snak: RawSnak | undefined): PartialDate | undefined {
  if (snak?.snaktype !== 'value' || snak.datavalue?.type !== 'time') return undefined;
  const { time, precision } = (snak.datavalue.value ?? {}) as { time?: unknown; precision?: number };
  const m = typeof time === 'string' ? /^\+(\d{4,12})-(\d{2})-(\d{2})T/.exec(time) : null;
  const levels: Record<number, Precision> = { 9: 'year', 10: 'month', 11: 'day' };
  const level = typeof precision === 'number' ? levels[precision] : undefined;
  if (!m || !level) return undefined;
  const value = level === 'year' ? m[1] : level === 'month' ? `${m[1]}-${m[2]}` : `${m[1]}-${m[2]}-${m[3]}`;
  return { value, precision: level };
}
