// The site: everything serve and publish show — entity pages and RDF descriptions, the bundle's files, VoID.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { usageError } from '../errors.js';
import { checkBase } from '../map/iri.js';
import { parseRdf, type ReadOptions } from '../serialize/read.js';
import { turtlePrefixes } from '../serialize/writers.js';
import { rdfXmlProblem } from '../serialize/xml-chars.js';
import { type Dataset, loadDataset } from './dataset.js';
import { ENTITY_FORMATS, type EntityFormatId, MEDIA_TYPES, type RepresentationId } from './negotiate.js';
import { indexPage } from './pages/index-page.js';
import { renderPage } from './pages/render.js';

/** Files of a bundle the site serves as they are (when present), with their media types. */
export const BUNDLE_FILES: Record<string, string> = {
  'dump.ttl': 'text/turtle',
  'dump.nt': 'application/n-triples',
  'dump.jsonld': 'application/ld+json',
  'dump.trig': 'application/trig',
  'dump.nt.gz': 'application/gzip',
  'dump.nq.gz': 'application/gzip',
  'context.jsonld': 'application/ld+json',
  'shapes.ttl': 'text/turtle',
  'validation-report.ttl': 'text/turtle',
  'void.ttl': 'text/turtle',
};

/** The VoID file of the bundle (written by `build` when it describes the dataset). */
export const VOID_FILE = 'void.ttl';

/** Content to send (text is sent as UTF-8) and its media type (without charset). */
export interface Body {
  text: string | Buffer;
  type: string;
}

/** The site of one bundle: renders and caches representations. */
export class Site {
  private readonly cache = new Map<string, Body>();
  private readonly problems = new Map<string, string | undefined>();
  private homePage?: Body;

  private constructor(
    readonly data: Dataset,
    /** The bundle files present, by name. */
    readonly files: Map<string, Buffer>,
    /** The VoID graph, when the bundle has one. */
    readonly voidQuads: Quad[] | undefined,
    private readonly now: Date,
  ) {}

  /**
   * Loads a bundle folder (its files served as they are) or one RDF file in any syntax (served too,
   * when it has a bundle file's name); `now` ends the incumbent's timeline bar.
   */
  static async load(dir: string, base: string, now = new Date(), options: ReadOptions = {}): Promise<Site> {
    checkBase(base);
    const data = await loadDataset(dir, base, options);
    if (data.entities().length === 0) {
      throw usageError(`no entity of the data has an IRI under ${base}`, { file: dir }, 'the --base the bundle was built with');
    }
    const files = new Map<string, Buffer>();
    const folder = (await stat(dir)).isDirectory();
    for (const name of Object.keys(BUNDLE_FILES)) {
      const file = folder ? path.join(dir, name) : dir;
      if ((folder || path.basename(dir) === name) && existsSync(file)) files.set(name, await readFile(file));
    }
    const voidFile = files.get(VOID_FILE);
    const voidQuads = voidFile && await parseRdf(voidFile.toString('utf8'), 'ttl', path.join(dir, VOID_FILE));
    return new Site(data, files, voidQuads, now);
  }

  /** An entity in one representation; undefined when the IRI is not an entity. */
  async entity(iri: string, id: RepresentationId): Promise<Body | undefined> {
    if (!this.data.has(iri)) return undefined;
    const key = `${id} ${iri}`;
    let body = this.cache.get(key);
    if (!body) {
      const text = id === 'html' ? renderPage(this.data, iri, this.now) : await this.rdf(this.data.describe(iri), id);
      body = { text, type: MEDIA_TYPES[id] };
      this.cache.set(key, body);
    }
    return body;
  }

  /** Why the entity's description cannot be written as RDF/XML (a character XML 1.0 forbids); undefined when it can. */
  unwritable(iri: string): string | undefined {
    if (!this.problems.has(iri)) this.problems.set(iri, rdfXmlProblem(this.data.describe(iri)));
    return this.problems.get(iri);
  }

  /** The home page, rendered once (it takes ~150 ms on a large bundle) and kept. */
  home(): Body {
    if (this.homePage) return this.homePage;
    const links: [string, string][] = [...this.files.keys()].filter((name) => name !== 'context.jsonld')
      .map((name) => [name, name]);
    if (this.voidQuads) links.push(['void', 'VoID description']);
    this.homePage = { text: Buffer.from(indexPage(this.data, links), 'utf8'), type: 'text/html' };
    return this.homePage;
  }

  /** The VoID description in an RDF format, or undefined when the bundle has no void.ttl. */
  async void(id: EntityFormatId): Promise<Body | undefined> {
    if (!this.voidQuads) return undefined;
    return { text: await this.rdf(this.voidQuads, id), type: MEDIA_TYPES[id] };
  }

  /** Quads in an RDF format; JSON-LD carries the context inline, so each document stands alone. */
  async rdf(quads: Quad[], id: EntityFormatId): Promise<string> {
    return ENTITY_FORMATS.find((format) => format.id === id)!.write(quads, turtlePrefixes(this.data.base));
  }
}
