// A Wikibase API client: wbsearchentities for candidates, wbgetentities for what scoring needs, cached and batched;
// wikibase-sdk builds the URLs and simplifies the claims, everything from the network is still checked here.
import { simplifyPropertyClaims, WBK, type ItemId, type Statement, type Wbk } from 'wikibase-sdk';
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

/** A client for one Wikibase API endpoint: wikibase-sdk builds the request URLs and simplifies the claims. */
export class WikibaseClient {
  private readonly wbk: Wbk;

  constructor(readonly api: string, private readonly cache: ResponseCache, private readonly http: HttpOptions = {}) {
    this.wbk = wikibaseFor(api);
  }

  /** Item ids whose label or alias matches `text` in `language` (wbsearchentities, up to 10). */
  async search(text: string, language: string): Promise<string[]> {
    const answer = await this.call(this.wbk.searchEntities({ search: text, language, uselang: language, type: 'item', limit: 10 })) as
      { search?: { id: string }[] };
    return list(answer.search).map((hit) => (hit as { id?: unknown }).id).filter(isItemId);
  }

  /** The items with these ids (wbgetentities, 50 at a time); missing items are left out. */
  async items(ids: string[]): Promise<Item[]> {
    const out: Item[] = [];
    const sorted = [...new Set(ids)].filter(isItemId).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    for (let i = 0; i < sorted.length; i += BATCH) {
      const url = this.wbk.getEntities({ ids: sorted.slice(i, i + BATCH) as ItemId[], props: ['labels', 'aliases', 'claims'], languages: LANGUAGES });
      const answer = await this.call(url) as { entities?: Record<string, RawEntity> };
      for (const entity of Object.values(answer.entities ?? {})) {
        if (entity && typeof entity === 'object' && !('missing' in entity) && isItemId(entity.id)) out.push(readItem(entity));
      }
    }
    return out;
  }

  private async call(url: string): Promise<unknown> {
    const answer = await this.cache.get(url, () => fetchJson(url, this.http)) as { error?: { code?: string; info?: string } };
    if (answer.error) throw usageError(`GET ${url}: the API answered ${answer.error.code}: ${answer.error.info}`);
    return answer;
  }
}

/** wikibase-sdk for an API endpoint URL (`https://www.wikidata.org/w/api.php`); anything else is a usage error. */
function wikibaseFor(api: string): Wbk {
  const url = URL.canParse(api) ? new URL(api) : undefined;
  const path = url && !url.search && !url.hash ? /^(.*)\/api\.php$/.exec(url.pathname) : null;
  if (!url || !/^https?:$/.test(url.protocol) || !path) {
    throw usageError(`--api ${JSON.stringify(api)} is not a Wikibase API endpoint`, undefined,
      'an http(s) URL ending in /api.php, such as https://www.wikidata.org/w/api.php');
  }
  return WBK({ instance: url.origin, wgScriptPath: path[1] });
}

interface RawEntity {
  id: string;
  labels?: Record<string, { language: string; value: string }>;
  aliases?: Record<string, { language: string; value: string }[]>;
  claims?: Record<string, unknown>;
}

/** A simplified statement: its value, and its qualifiers' values (times as `{ time, precision }`). */
interface Simplified { value: unknown; qualifiers?: Record<string, unknown[]> }

const SIMPLIFY = { keepQualifiers: true, keepNonDeprecated: true, keepRichValues: true, timeConverter: 'simple-day' } as const;

function readItem(entity: RawEntity): Item {
  const names = new Map<string, string[]>();
  const add = (language: unknown, value: unknown) => {
    if (typeof language !== 'string' || typeof value !== 'string') return;
    const key = language.toLowerCase();
    names.set(key, [...(names.get(key) ?? []), value]);
  };
  for (const label of Object.values(entity.labels ?? {})) add(label?.language, label?.value);
  for (const aliases of Object.values(entity.aliases ?? {})) for (const alias of list(aliases)) add(alias?.language, alias?.value);
  const claims = (property: string) => statements(entity.claims?.[property]);
  const qualifier = (s: Simplified, p: string) => s.qualifiers?.[p]?.[0];
  const items = (property: string) => claims(property).map((s) => s.value).filter(isItemId);
  return {
    qid: entity.id,
    names,
    instanceOf: items('P31'),
    positions: claims('P39').flatMap((s) => (isItemId(s.value) ? [{
      office: s.value, start: timeValue(qualifier(s, 'P580')), end: timeValue(qualifier(s, 'P582')),
      replaces: itemId(qualifier(s, 'P1365')), replacedBy: itemId(qualifier(s, 'P1366')), nature: itemId(qualifier(s, 'P5102')),
    }] : [])),
    jurisdictions: items('P1001'),
    born: timeValue(claims('P569')[0]?.value),
    died: timeValue(claims('P570')[0]?.value),
  };
}

/** One property's non-deprecated statements, simplified by wikibase-sdk; what is not statements from the network gives none. */
function statements(raw: unknown): Simplified[] {
  const claims = list(raw as unknown[]).filter((s) => typeof (s as { mainsnak?: unknown })?.mainsnak === 'object');
  try {
    return simplifyPropertyClaims(claims as Statement[], SIMPLIFY) as Simplified[];
  } catch {
    return [];
  }
}

function itemId(value: unknown): string | undefined {
  return isItemId(value) ? value : undefined;
}

/** Whether a value from the network is a Wikidata item id (`Q` and digits, no leading zero): nothing else is used. */
export function isItemId(value: unknown): value is string {
  return typeof value === 'string' && /^Q[1-9][0-9]{0,11}$/.test(value);
}

/** A value from the network that should be an array, as one (anything else: empty). */
function list<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** A time as wikibase-sdk simplifies it (`{ time: "1949-05", precision: 10 }`) at its precision; coarser than a year is dropped. */
export function timeValue(value: unknown): PartialDate | undefined {
  const { time, precision } = (value ?? {}) as { time?: unknown; precision?: unknown };
  const levels: Record<number, Precision> = { 9: 'year', 10: 'month', 11: 'day' };
  const level = typeof precision === 'number' ? levels[precision] : undefined;
  const pattern = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ };
  if (!level || typeof time !== 'string' || !pattern[level].test(time)) return undefined;
  return { value: time, precision: level };
}
