// What describes a published dataset besides its data: title, licence, creator, publisher, endpoint, URLs.
import { readFile } from 'node:fs/promises';
import { usageError } from '../errors.js';

/** A person or organisation: a name, and an IRI when it has one. */
export interface Agent {
  name: string;
  iri?: string;
}

/** The publishing settings; every one has a default or is left out of void.ttl when not given. */
export interface PublishOptions {
  /** dcterms:title of the dataset. */
  title?: string;
  /** dcterms:description of the dataset (default: computed from the counts). */
  description?: string;
  /** dcterms:license IRI (default CC BY-SA 4.0, the licence of Wikipedia's text). */
  license?: string;
  creator?: Agent;
  publisher?: Agent;
  /** void:sparqlEndpoint, when a SPARQL server serves the data. */
  sparqlEndpoint?: string;
  /** Where the files are published (default: the base IRI, cut after its last "/"). */
  downloadBase?: string;
}

/** CC BY-SA 4.0: Wikipedia's text licence, which the articles (and so the data) carry. */
export const DEFAULT_LICENSE = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** The default dataset title. */
export const DEFAULT_TITLE = 'office-ld: holders of public offices';

const KEYS = ['title', 'description', 'license', 'creator', 'publisher', 'sparqlEndpoint', 'downloadBase'];

/** Reads a JSON config file of {@link PublishOptions}; unknown keys and wrong types are usage errors. */
export async function loadPublishConfig(file: string): Promise<PublishOptions> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw usageError(`cannot read the config: ${(error as Error).message}`, { file }, 'a JSON object');
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw usageError('the config is not a JSON object', { file });
  const config = json as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!KEYS.includes(key)) throw usageError(`unknown config key "${key}"`, { file }, KEYS.join(', '));
  }
  return checkPublishOptions(config as PublishOptions, file);
}

/** Checks settings from a file or the command line: IRIs are absolute http(s), texts are strings. */
export function checkPublishOptions(options: PublishOptions, where = 'options'): PublishOptions {
  const fail = (what: string, expected: string) => usageError(what, { file: where }, expected);
  for (const key of ['title', 'description'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'string') throw fail(`"${key}" is not a string`, 'a string');
  }
  for (const key of ['license', 'sparqlEndpoint', 'downloadBase'] as const) {
    if (options[key] !== undefined && !isHttpIri(options[key])) throw fail(`"${key}" is not an http(s) IRI`, 'an absolute http(s) IRI');
  }
  if (options.downloadBase !== undefined && !options.downloadBase.endsWith('/')) {
    throw fail('"downloadBase" does not end in "/"', 'a folder URL ending in "/"');
  }
  for (const key of ['creator', 'publisher'] as const) {
    const agent = options[key];
    if (agent === undefined) continue;
    if (typeof agent !== 'object' || typeof agent.name !== 'string' || !agent.name) {
      throw fail(`"${key}" has no name`, '{ "name": "…", "iri": "https://…" }');
    }
    if (agent.iri !== undefined && !isHttpIri(agent.iri)) throw fail(`"${key}.iri" is not an http(s) IRI`, 'an absolute http(s) IRI');
  }
  return options;
}

/** Reads an agent written `Name` or `Name <https://…>` (the command-line form). */
export function parseAgent(text: string): Agent {
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(text.trim());
  return match ? { name: match[1], iri: match[2] } : { name: text.trim() };
}

/** Where files are published: the configured folder URL, else the base IRI cut after its last "/". */
export function downloadBaseOf(base: string, options: PublishOptions): string {
  return options.downloadBase ?? base.slice(0, base.lastIndexOf('/') + 1);
}

function isHttpIri(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s<>"{}|\\^`]+$/.test(value);
}
