// `publish`: the site as static files — pages, per-entity Turtle/JSON-LD/N-Triples, the bundle, conneg rules.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { usageError } from '../errors.js';
import { apacheRules, nginxRules } from './conneg-rules.js';
import { ENTITY_FORMATS } from './negotiate.js';
import { Site } from './site.js';

/** Options of `office-ld publish`. */
export interface SiteOptions {
  dataDir: string;
  siteDir: string;
  base: string;
  now?: Date;
}

/** Writes the static site; returns how many entities it holds and how many files it wrote. */
export async function publishSite(options: SiteOptions): Promise<{ entities: number; files: number }> {
  const site = await Site.load(options.dataDir, options.base, options.now);
  const files: { name: string; content: string | Buffer }[] = [{ name: 'index.html', content: site.home().text }];
  for (const [name, content] of site.files) files.push({ name, content });
  for (const iri of site.data.entities()) {
    const sitePath = site.data.sitePath(iri)!;
    if (!isSafe(sitePath)) throw usageError(`the entity IRI maps outside the site: ${iri}`, { file: options.dataDir });
    files.push({ name: `${sitePath}.html`, content: (await site.entity(iri, 'html'))!.text });
    for (const format of ENTITY_FORMATS) {
      files.push({ name: `${sitePath}${format.extension}`, content: (await site.entity(iri, format.id))!.text });
    }
  }
  files.push({ name: 'nginx.conf', content: nginxRules(path.resolve(options.siteDir)) }, { name: '.htaccess', content: apacheRules() });
  try {
    for (const file of files) {
      const target = path.join(options.siteDir, file.name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, file.content);
    }
  } catch (error) {
    throw usageError(`cannot write the site: ${(error as Error).message}`, { file: options.siteDir });
  }
  return { entities: site.data.entities().length, files: files.length };
}

/** True when a site path stays inside the site folder (no empty, "." or ".." segments, no backslash). */
function isSafe(sitePath: string): boolean {
  return sitePath.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..') && !/[\0\\]/.test(sitePath);
}
