// The page of a person: names in every script, tenures with their posts and dates, Wikidata links where accepted.
import { owl, schema } from '../../vocab.js';
import type { Dataset } from '../dataset.js';
import { esc, iriLink, page, termHtml } from './html.js';
import { formatDate, tenureView } from './tenures.js';

/** Renders a person's page. */
export function personPage(data: Dataset, iri: string, from: string): string {
  const title = data.label(iri) ?? from;
  const names = data.values(iri, schema.name.value).map((name) => `<li>${termHtml(data, from, name)}</li>`);
  const tenures = data.values(iri, schema.memberOf.value).map((t) => tenureView(data, t.value))
    .sort((a, b) => (a.start?.value ?? '').localeCompare(b.start?.value ?? ''));
  const rows = tenures.map((t) => `<tr><td>${t.post ? iriLink(data, from, t.post) : ''}${t.acting ? ' (acting)' : ''}</td>
<td>${esc(formatDate(t.start))}</td><td>${t.end ? esc(formatDate(t.end)) : '<span class="badge">incumbent</span>'}</td>
<td>${iriLink(data, from, t.iri).replace(/>[^<]*<\/a>$/, '>tenure</a>')}</td></tr>`);
  const same = data.values(iri, owl.sameAs.value).filter((t) => t.termType === 'NamedNode')
    .map((t) => `<li>${wikidataLink(t.value) ?? iriLink(data, from, t.value)}</li>`);
  const body = `<h2>Names</h2><ul class="names">${names.join('')}</ul>
<h2>Tenures</h2>
<table class="tenures"><thead><tr><th scope="col">Post</th><th scope="col">Start</th><th scope="col">End</th>
<th scope="col">Details</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${same.length ? `<h2>Same person elsewhere</h2><ul class="same-as">${same.join('')}</ul>` : ''}`;
  return page({ title, from, body });
}

/** A link to a Wikidata item page for a Wikidata entity IRI, or undefined for other IRIs. */
function wikidataLink(iri: string): string | undefined {
  const m = /^https?:\/\/www\.wikidata\.org\/(?:entity|wiki)\/(Q\d+)$/.exec(iri);
  return m ? `<a href="https://www.wikidata.org/wiki/${m[1]}" rel="external">Wikidata ${m[1]}</a>` : undefined;
}
