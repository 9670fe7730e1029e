// IRI minting: readable, stable slugs under the base IRI; a collision gets a deterministic suffix.
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import { IriValidationStrategy, validateIri } from 'validate-iri';
import { usageError } from '../errors.js';
import { remembered } from '../extract/memo.js';
import { murmur3 } from '../text-hash.js';

/** The kinds of entity the project mints IRIs for, with their path segment. */
export const IRI_PATHS = {
  post: 'post',
  body: 'org',
  person: 'person',
  role: 'role',
  concept: 'concept',
  place: 'place',
  source: 'source',
  tenure: 'tenure',
  gap: 'gap',
  graph: 'graph',
} as const;

export type IriKind = keyof typeof IRI_PATHS;

/** Longest slug, in characters: a longer one is cut and ends in a hash of the whole text. */
export const MAX_SLUG_CHARS = 100;

/**
 * Lower-case, hyphenated slug; apostrophes vanish ("Li Li'an" → "li-lian"), other scripts are kept.
 * Over {@link MAX_SLUG_CHARS} characters it is cut and given `-<hash>`, so IRIs stay short (stores
 * refuse long ones) and still tell apart texts that begin alike.
 */
export const slug: (text: string) => string = remembered((text) => slugOf(text));

function slugOf(text: string): string {
  const full = fullSlug(text);
  const chars = Array.from(full);
  if (chars.length <= MAX_SLUG_CHARS) return full;
  return `${chars.slice(0, MAX_SLUG_CHARS - 7).join('').replace(/-+$/, '')}-${shortHash(text)}`;
}

function fullSlug(text: string): string {
  const latin = slugify(text, { customReplacements: [["'", ''], ['’', ''], ['&', ' and ']] });
  if (latin) return latin;
  // a text with no letter or digit (punctuation only) is `unnamed-<hash>`: never one shared, invisible slug
  return text.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || `unnamed-${shortHash(text)}`;
}

/** Short, stable hash of an identity, used to tell apart entities whose slugs collide. */
export function shortHash(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 6);
}

/**
 * Mints IRIs under a base. The first identity to claim a slug keeps it; a different identity with
 * the same slug gets `-<hash of its identity>`, so the suffix depends only on who it is.
 */
export class IriMinter {
  private readonly claimed = new Map<string, string>();
  private readonly minted = new Map<string, NamedNode>();
  /** Every identity minted, in order: its slug path before any suffix, and its key (what a {@link ClaimTable} reads). */
  readonly log: MintClaim[] = [];
  /** The keys this minter gave a suffix, in order (with no `suffixed` given: those that met an earlier owner here). */
  readonly lost: string[] = [];

  /**
   * `suffixed`, when given, decides collisions instead of this minter's own memory: the keys (of
   * {@link MintClaim}) that lose their slug to an earlier identity of the corpus, as a ClaimTable found.
   * Without it, a slug is lost to its owner in `owners` (what this thread has heard of the corpus's:
   * {@link OwnerHints}) or else to an earlier identity of this minter.
   */
  constructor(readonly base: string, private readonly suffixed?: ReadonlySet<string>, private readonly owners?: OwnerHints) {}

  /** The IRI of an entity of `kind`, named by `label`, whose identity is `identity`. */
  mint(kind: IriKind, label: string, identity = label): NamedNode {
    const id = `${kind}\u0000${identity}`;
    const known = this.minted.get(id);
    if (known) return known;
    const slugPath = `${IRI_PATHS[kind]}/${slug(label)}`;
    let path = slugPath;
    const hinted = this.owners?.get(murmur3(path));
    const owner = this.claimed.get(path);
    const loses = this.suffixed ? this.suffixed.has(id)
      : hinted !== undefined ? hinted !== murmur3(id) : owner !== undefined && owner !== id;
    if (loses) {
      path += `-${shortHash(identity)}`;
      this.lost.push(id);
    }
    this.claimed.set(path, id);
    this.log.push({ path: slugPath, id });
    const iri = DataFactory.namedNode(this.base + path);
    this.minted.set(id, iri);
    return iri;
  }

  /** A tenure's IRI: post slug, person slug and start date; a duplicate gets -2, -3… in row order. */
  tenure(post: NamedNode, person: NamedNode, start: string): NamedNode {
    return this.numbered(`${IRI_PATHS.tenure}/${lastSegment(post)}/${lastSegment(person)}-${start}`);
  }

  /** A gap's IRI: post slug and its start (or end) date; a duplicate gets -2, -3… in row order. */
  gap(post: NamedNode, date: string): NamedNode {
    return this.numbered(`${IRI_PATHS.gap}/${lastSegment(post)}/${date}`);
  }

  private numbered(path: string): NamedNode {
    let candidate = path;
    for (let n = 2; this.claimed.has(candidate); n++) candidate = `${path}-${n}`;
    this.claimed.set(candidate, candidate);
    return DataFactory.namedNode(this.base + candidate);
  }
}

/**
 * Slug owners a thread has heard of, as 32-bit hashes (path → owner's key), to mint with before the
 * claim table has the final word: small whatever the corpus, and a rare wrong hint (two hashes alike)
 * only sends an article back.
 */
export interface OwnerHints {
  get(pathHash: number): number | undefined;
}

/** Claims that became owners as hint pairs (path hash, key hash, …), to send to a thread. */
export function hintPairs(owners: readonly MintClaim[]): number[] {
  return owners.flatMap(({ path, id }) => [murmur3(path), murmur3(id)]);
}

/** Adds hint pairs to a thread's hints. */
export function addHintPairs(hints: { set(pathHash: number, keyHash: number): unknown }, pairs: readonly number[]): void {
  for (let i = 0; i < pairs.length; i += 2) hints.set(pairs[i], pairs[i + 1]);
}

/** One identity's claim on a slug path: the path before any suffix, and the identity's key. */
export interface MintClaim {
  path: string;
  id: string;
}

function lastSegment(iri: NamedNode): string {
  return iri.value.slice(iri.value.lastIndexOf('/') + 1);
}

/** An IRI with a fragment: `#interval`, `#start`, `#end`, `#field-…`. */
export function fragment(iri: NamedNode, name: string): NamedNode {
  return DataFactory.namedNode(`${iri.value}#${name}`);
}

/** The Wikimedia Commons file IRI for an image file name, as Wikidata writes it. */
export function commonsFile(fileName: string): NamedNode {
  const name = fileName.trim().replace(/^(file|image):/i, '').replace(/_/g, ' ');
  return DataFactory.namedNode(`http://commons.wikimedia.org/wiki/Special:FilePath/${encodeURIComponent(name)}`);
}

/** Throws a usage error (exit 2) unless `base` is an absolute http(s) IRI (RFC 3987) ending in "/", without query or fragment. */
export function checkBase(base: string): void {
  const problem = baseProblem(base);
  if (problem) {
    throw usageError(`--base ${JSON.stringify(base)} ${problem}`, undefined,
      'an absolute http(s) IRI ending in "/", such as https://example.org/office-ld/');
  }
}

function baseProblem(base: string): string | undefined {
  if (validateIri(base, IriValidationStrategy.Strict)) return 'is not an IRI (RFC 3987 allows no spaces, control characters, noncharacters, brackets outside the host, or "%" without two hex digits)';
  if (!/^https?:\/\/[^/?#]/i.test(base)) return 'is not an absolute http(s) IRI';
  if (/[?#]/.test(base)) return 'has a query or a fragment (minted IRIs add their own "#" fragments)';
  if (!base.endsWith('/')) return 'does not end in "/"';
  return undefined;
}
