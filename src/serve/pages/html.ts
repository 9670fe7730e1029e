// The page frame and HTML helpers: escaping (escape-html) of everything from the data, site-relative links.
import path from 'node:path';
import escapeHtml from 'escape-html';
import type { Term } from '@rdfjs/types';
import { compact } from '../../serialize/context.js';
import { xsd } from '../../vocab.js';
import type { Dataset } from '../dataset.js';
import { formatDate } from './tenures.js';

/** Datatypes of dates, shown at their precision. */
const DATE_TYPES = new Set([xsd.date.value, xsd.gYearMonth.value, xsd.gYear.value]);

/** Escapes text for HTML content and attribute values. */
export const esc = (text: string): string => escapeHtml(text);

/** The site path (`post/x`) as a URL path, each segment percent-encoded. */
export function urlPath(sitePath: string): string {
  return sitePath.split('/').map(encodeURIComponent).join('/');
}

/** A link from the page at `from` to the page at `to` (site paths), relative so the site works under any prefix. */
export function relativeHref(from: string, to: string): string {
  const relative = path.posix.relative(path.posix.dirname(`/${from}`), `/${to}`);
  return urlPath(relative || path.posix.basename(to));
}

/** Renders an IRI as a link: inside the site for entities, out for Wikidata/Commons, plain text for terms. */
export function iriLink(data: Dataset, from: string, iri: string): string {
  const site = data.sitePath(iri);
  if (site !== undefined && data.has(iri.split('#')[0])) {
    const [page, fragment] = site.split('#');
    const href = relativeHref(from, page) + (fragment ? `#${encodeURIComponent(fragment)}` : '');
    return `<a href="${esc(href)}">${esc(data.label(iri) ?? site)}</a>`;
  }
  if (/^https?:\/\/(www\.wikidata\.org|commons\.wikimedia\.org)\//.test(iri)) {
    return `<a href="${esc(iri)}" rel="external">${esc(data.label(iri) ?? lastSegment(iri))}</a>`;
  }
  return `<code>${esc(compactOrIri(iri))}</code>`;
}

/** The last path segment of an IRI, percent-decoded when it decodes. */
function lastSegment(iri: string): string {
  const segment = iri.slice(iri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A term as HTML: IRIs via `iriLink`, literals with their language or datatype. */
export function termHtml(data: Dataset, from: string, term: Term): string {
  if (term.termType === 'NamedNode') return iriLink(data, from, term.value);
  if (term.termType !== 'Literal') return `<code>${esc(term.value)}</code>`;
  if (DATE_TYPES.has(term.datatype.value)) return `<time datetime="${esc(term.value)}">${esc(formatDate(term))}</time>`;
  const tag = term.language ? ` <span class="tag" lang="en">@${esc(term.language)}</span>` : '';
  const lang = term.language ? ` lang="${esc(term.language)}"` : '';
  return `<span${lang}>${esc(term.value)}</span>${tag}`;
}

/** `prefix:local` when a project prefix covers the IRI, else the IRI. */
export function compactOrIri(iri: string): string {
  try {
    return compact(iri);
  } catch {
    return iri;
  }
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
a{color:#0645ad}a:focus{outline:2px solid #0645ad}h1{font-size:1.6rem;margin:.5rem 0}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
.tag,.muted{color:#555;font-size:.85em}nav,footer{font-size:.9rem;color:#444}footer{margin-top:2rem;border-top:1px solid #ddd}
.timeline{width:100%;height:auto}.timeline .bar{fill:#4a78b5}.timeline .incumbent .bar{fill:#c0392b}
.timeline .gap{fill:url(#gap-hatch)}.timeline text{font-size:11px;fill:#1a1a1a}.timeline .axis{stroke:#999}
.statements th{width:30%}.badge{background:#c0392b;color:#fff;border-radius:3px;padding:0 .3rem;font-size:.8em}`;

/** The page frame: title, navigation home, the body, and the raw data one click away. */
export function page(options: { title: string; from: string; body: string; lang?: string }): string {
  const { title, from, body } = options;
  const home = relativeHref(from, 'index.html');
  const base = path.posix.basename(from) || 'index';
  const raw = from === '' ? '' : `<p>Raw data: <a href="${esc(urlPath(base))}.ttl" type="text/turtle">Turtle</a> ·
 <a href="${esc(urlPath(base))}.jsonld" type="application/ld+json">JSON-LD</a> ·
 <a href="${esc(urlPath(base))}.nt" type="application/n-triples">N-Triples</a> ·
 <a href="${esc(urlPath(base))}.rdf" type="application/rdf+xml">RDF/XML</a></p>`;
  const alternate = from === '' ? '' : `<link rel="alternate" type="text/turtle" href="${esc(urlPath(base))}.ttl">`;
  return `<!doctype html>
<html lang="${esc(options.lang ?? 'en')}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title>${alternate}<style>${STYLE}</style></head>
<body><nav><a href="${esc(home)}">office-ld data</a></nav>
<main><h1>${esc(title)}</h1>
${body}
</main>
<footer>${raw}</footer>
</body></html>
`;
}
