// `publish`: the site as static files — pages, per-entity Turtle/JSON-LD/N-Triples, the bundle, conneg rules.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { usageError } from '../errors.js';
import { ioStep, openFreshFolder } from '../serialize/folder.js';
import { XML_CHARS_EXPECTED } from '../serialize/xml-chars.js';
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
    const unwritable = site.unwritable(iri);
    if (unwritable) {
      throw usageError(`${sitePath}.rdf cannot be written: ${unwritable}`, { file: options.dataDir },
        `${XML_CHARS_EXPECTED} in every entity's description (publish writes each as RDF/XML too); nothing was published`);
    }
    for (const format of ENTITY_FORMATS) {
      files.push({ name: `${sitePath}${format.extension}`, content: (await site.entity(iri, format.id))!.text });
    }
  }
  files.push({ name: 'nginx.conf', content: nginxRules(path.resolve(options.siteDir)) }, { name: '.htaccess', content: apacheRules() });
  refuseCollisions(files, options.dataDir);
  const folder = await openFreshFolder(options.siteDir, [options.dataDir]);
  try {
    await ioStep(options.siteDir, async () => {
      for (const file of files) {
        const target = path.join(folder.fresh, file.name);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, file.content, { flag: 'wx' });
      }
    });
    await folder.commit();
  } catch (error) {
    await folder.abort();
    throw error;
  }
  return { entities: site.data.entities().length, files: files.length };
}

/**
 * Refuses a site where two files would have one name: an entity whose IRI is `<base>dump` or
 * `<base>index` would be written over the bundle's `dump.ttl` or the home page.
 */
function refuseCollisions(files: { name: string }[], dataDir: string): void {
  const seen = new Set<string>();
  for (const { name } of files) {
    if (seen.has(name)) {
      throw usageError(`two files of the site would be ${name} (an entity's page over a bundle or site file)`, { file: dataDir },
        'entity IRIs whose paths under the base differ from the bundle\'s files (dump, void, index, …)');
    }
    seen.add(name);
  }
}

/** True when a site path stays inside the site folder (no empty, "." or ".." segments, no backslash). */
function isSafe(sitePath: string): boolean {
  return sitePath.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..') && !/[\0\\]/.test(sitePath);
}
