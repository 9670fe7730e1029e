// IRI minting: readable, stable slugs under the base IRI; a collision gets a deterministic suffix.
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';

/** The kinds of entity the project mints IRIs for, with their path segment. */
export const IRI_PATHS = {
  post: 'post',
  body: 'org',
  person: 'person',
  role: 'role',
  concept: 'concept',
  source: 'source',
  tenure: 'tenure',
  graph: 'graph',
} as const;

export type IriKind = keyof typeof IRI_PATHS;

/** Lower-case, hyphenated slug; apostrophes vanish ("Li Li'an" → "li-lian"), other scripts are kept. */
export function slug(text: string): string {
  const latin = slugify(text, { customReplacements: [["'", ''], ['’', ''], ['&', ' and ']] });
  if (latin) return latin;
  return text.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'unnamed';
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

  constructor(readonly base: string) {}

  /** The IRI of an entity of `kind`, named by `label`, whose identity is `identity`. */
  mint(kind: IriKind, label: string, identity = label): NamedNode {
    const id = `${kind}\u0000${identity}`;
    const known = this.minted.get(id);
    if (known) return known;
    let path = `${IRI_PATHS[kind]}/${slug(label)}`;
    const owner = this.claimed.get(path);
    if (owner !== undefined && owner !== id) path += `-${shortHash(identity)}`;
    this.claimed.set(path, id);
    const iri = DataFactory.namedNode(this.base + path);
    this.minted.set(id, iri);
    return iri;
  }

  /** A tenure's IRI: post slug, person slug and start date; a duplicate gets -2, -3… in row order. */
  tenure(post: NamedNode, person: NamedNode, start: string): NamedNode {
    const postSlug = post.value.slice(post.value.lastIndexOf('/') + 1);
    const personSlug = person.value.slice(person.value.lastIndexOf('/') + 1);
    const path = `${IRI_PATHS.tenure}/${postSlug}/${personSlug}-${start}`;
    let candidate = path;
    for (let n = 2; this.claimed.has(candidate); n++) candidate = `${path}-${n}`;
    this.claimed.set(candidate, candidate);
    return DataFactory.namedNode(this.base + candidate);
  }
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

/** Checks a base IRI: absolute http(s), ending in "/" or "#". */
export function isValidBase(base: string): boolean {
  return /^https?:\/\/[^\s<>"{}|\\^`]+[/#]$/.test(base);
}
