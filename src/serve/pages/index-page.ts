// The home page: every post, body and person of the dataset, with links to the dumps and the SPARQL endpoint.
import { org, schema } from '../../vocab.js';
import type { Dataset } from '../dataset.js';
import { esc, iriLink, page } from './html.js';

/** Renders the home page; `links` are extra site links (dumps, VoID, SPARQL) as [href, text]. */
export function indexPage(data: Dataset, links: [string, string][]): string {
  const list = (type: string) => data.entities().filter((iri) => data.isA(iri, type))
    .sort((a, b) => (data.label(a) ?? a).localeCompare(data.label(b) ?? b))
    .map((iri) => `<li>${iriLink(data, '', iri)}</li>`).join('');
  const extra = links.map(([href, text]) => `<li><a href="${esc(href)}">${esc(text)}</a></li>`).join('');
  const body = `<h2>Posts</h2><ul>${list(org.Post.value)}</ul>
<h2>Bodies</h2><ul>${list(org.FormalOrganization.value)}</ul>
<h2>People</h2><ul>${list(schema.Person.value)}</ul>
<h2>Data</h2><ul>${extra}</ul>`;
  return page({ title: 'office-ld data', from: '', body });
}
