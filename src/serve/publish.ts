// `publish`: the site as static files — pages, per-entity Turtle/JSON-LD/N-Triples, the bundle, conneg rules.
import path from 'node:path';
import { usageError } from '../errors.js';
import { writeBundle, type BundleFile } from '../serialize/bundle.js';
import { FORMATS } from '../serialize/formats.js';
import { apacheRules, nginxRules } from './conneg-rules.js';
import { Site } from './site.js';

/** Options of `office-ld publish`. */
export interface PublishOptions {
  dataDir: string;
  siteDir: string;
  base: string;
  now?: Date;
}

/** Writes the static site; returns how many entities it holds and how many files it wrote. */
export async function publishSite(options: PublishOptions): Promise<{ entities: number; files: number }> {
  const site = await Site.load(options.dataDir, options.base, options.now);
  const files: BundleFile[] = [{ name: 'index.html', content: site.home().text }];
  for (const [name, content] of site.files) files.push({ name, content });
  for (const iri of site.data.entities()) {
    const sitePath = site.data.sitePath(iri)!;
    if (!isSafe(sitePath)) throw usageError(`the entity IRI maps outside the site: ${iri}`, { file: options.dataDir });
    files.push({ name: `${sitePath}.html`, content: (await site.entity(iri, 'html'))!.text });
    for (const format of FORMATS) {
      files.push({ name: `${sitePath}${format.extension}`, content: (await site.entity(iri, format.id))!.text });
    }
  }
  files.push({ name: 'nginx.conf', content: nginxRules(path.resolve(options.siteDir)) }, { name: '.htaccess', content: apacheRules() });
  for (const file of files) await writeBundle(path.join(options.siteDir, path.dirname(file.name)), [{ ...file, name: path.basename(file.name) }]);
  return { entities: site.data.entities().length, files: files.length };
}

/** True when a site path stays inside the site folder (no empty, "." or ".." segments, no backslash). */
function isSafe(sitePath: string): boolean {
  return sitePath.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..') && !/[\0\\]/.test(sitePath);
}
