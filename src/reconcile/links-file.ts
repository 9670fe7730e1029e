// The reviewed links file (data/links.tsv): one candidate link a line, read strictly and written diff-friendly.
import { readFile } from 'node:fs/promises';
import { inputError, usageError } from '../errors.js';

/** The columns of the links file, in order; the first line of the file is exactly these, tab-separated. */
export const LINK_COLUMNS = ['entity', 'relation', 'qid', 'score', 'status', 'evidence'] as const;
/** The header line of the links file. */
export const LINKS_HEADER = LINK_COLUMNS.join('\t');

/** How our entity relates to the Wikidata item: the same thing, or a SKOS mapping between concepts. */
export const RELATIONS = ['sameAs', 'exactMatch', 'closeMatch', 'broadMatch', 'narrowMatch'] as const;
export type Relation = (typeof RELATIONS)[number];

/** Where a link stands in review: proposed by the tool, accepted or rejected by a person. */
export const STATUSES = ['proposed', 'accepted', 'rejected'] as const;
export type LinkStatus = (typeof STATUSES)[number];

/** One line of the links file. */
export interface Link {
  /** Our entity: an absolute IRI, or a path relative to the base IRI (`org/chinese-communist-party`). */
  entity: string;
  relation: Relation;
  qid: string;
  /** 0–1, or undefined for a link a person wrote ("-"). */
  score?: number;
  status: LinkStatus;
  evidence: string;
  /** The line as read, written back unchanged when the link is accepted or rejected. */
  raw?: string;
}

/** The default place of the links file. */
export const DEFAULT_LINKS_FILE = 'data/links.tsv';

/** Parses the links file; a bad line throws `file:line: what is wrong; expected …` (exit 1). */
export function parseLinks(text: string, file: string): Link[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines[0]?.replace(/\r$/, '') !== LINKS_HEADER) {
    const expected = `the columns ${LINK_COLUMNS.join(', ')} separated by tabs`;
    throw inputError('the first line is not the header', { file, line: 1 }, expected, lines[0]);
  }
  const links: Link[] = [];
  lines.slice(1).forEach((raw, i) => {
    if (raw.trim() !== '') links.push(parseLine(raw.replace(/\r$/, ''), { file, line: i + 2 }));
  });
  return links;
}

function parseLine(raw: string, where: { file: string; line: number }): Link {
  const cells = raw.split('\t');
  const fail = (what: string, expected: string) => inputError(what, where, expected, raw);
  if (cells.length !== LINK_COLUMNS.length) {
    throw fail(`${cells.length} tab-separated cells`, `${LINK_COLUMNS.length}: ${LINK_COLUMNS.join(', ')}`);
  }
  const [entity, relation, qid, score, status, evidence] = cells.map((c) => c.trim());
  if (!/^(https?:\/\/)?[^\s<>"{}|\\^`]+$/.test(entity) || entity.startsWith('/')) {
    throw fail(`"${entity}" is not an entity IRI`,
      'an absolute http(s) IRI or a path under the base IRI such as org/chinese-communist-party');
  }
  if (!(RELATIONS as readonly string[]).includes(relation)) throw fail(`unknown relation "${relation}"`, `one of ${RELATIONS.join(', ')}`);
  if (!/^Q[1-9]\d*$/.test(qid)) throw fail(`"${qid}" is not a Wikidata item id`, 'Q followed by digits, e.g. Q17427');
  const value = score === '-' ? undefined : Number(score);
  if (value !== undefined && (score === '' || !Number.isFinite(value) || value < 0 || value > 1)) {
    throw fail(`score "${score}" is not a number from 0 to 1`, 'a number from 0 to 1, or "-" for a link written by hand');
  }
  if (!(STATUSES as readonly string[]).includes(status)) throw fail(`unknown status "${status}"`, `one of ${STATUSES.join(', ')}`);
  return { entity, relation: relation as Relation, qid, score: value, status: status as LinkStatus, evidence, raw };
}

/** Reads the links file; a missing file means no links. */
export async function readLinks(file: string): Promise<Link[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw usageError(`cannot read the links file: ${(error as Error).message}`, { file });
  }
  return parseLinks(text, file);
}

/** The absolute IRI of a link's entity under `base`. */
export function entityIri(link: Pick<Link, 'entity'>, base: string): string {
  return /^https?:\/\//.test(link.entity) ? link.entity : base + link.entity;
}

/** One line of the file: accepted and rejected lines exactly as they were read. */
export function formatLink(link: Link): string {
  if (link.raw !== undefined && link.status !== 'proposed') return link.raw;
  if (!/^Q[1-9]\d*$/.test(link.qid) || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(link.entity)) {
    throw usageError(`refusing to write a link line for "${link.entity}" to "${link.qid}"`, undefined, 'a Wikidata item id and an entity path');
  }
  const score = link.score === undefined ? '-' : link.score.toFixed(3);
  // text from the network: no tab, line break or other control character reaches the file
  const evidence = link.evidence.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return [link.entity, link.relation, link.qid, score, link.status, evidence].join('\t');
}

/** The whole file: header, then the lines sorted by entity, relation, score (highest first) and QID. */
export function formatLinks(links: Link[]): string {
  const sorted = [...links].sort((a, b) =>
    compare(a.entity, b.entity) || compare(a.relation, b.relation) ||
    (b.score ?? 2) - (a.score ?? 2) || Number(a.qid.slice(1)) - Number(b.qid.slice(1)));
  return [LINKS_HEADER, ...sorted.map(formatLink)].join('\n') + '\n';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
