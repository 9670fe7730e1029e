// The page of a post: what it is, its bodies, a timeline of its holders, and the list with dates at their precision.
import { ol, org, schema } from '../../vocab.js';
import type { Dataset } from '../dataset.js';
import { esc, iriLink, page, termHtml } from './html.js';
import { formatDate, gapsBetween, tenuresOfPost } from './tenures.js';
import { timelineSvg } from './timeline.js';

/** Properties of a post that name bodies, with the caption shown for each. */
const BODY_PROPERTIES: [string, string][] = [
  [org.postIn.value, 'Post in'], [ol.sitsIn.value, 'Sits in'], [ol.appointedBy.value, 'Appointed by'],
  [ol.nominatedBy.value, 'Nominated by'], [ol.department.value, 'Department'],
];

/** Renders a post's page; `now` is where the incumbent's bar ends. */
export function postPage(data: Dataset, iri: string, from: string, now: Date): string {
  const title = data.label(iri) ?? from;
  const description = data.values(iri, schema.description.value).map((t) => `<p>${termHtml(data, from, t)}</p>`);
  const bodies = BODY_PROPERTIES.flatMap(([property, caption]) => data.values(iri, property)
    .map((body) => `<li>${esc(caption)}: ${iriLink(data, from, body.value)}</li>`));
  const tenures = tenuresOfPost(data, iri);
  const gaps = gapsBetween(tenures);
  const names = new Map(tenures.map((t) => [t.person, data.label(t.person) ?? t.person]));
  const rows = tenures.map((t) => `<tr${t.current ? ' class="incumbent"' : ''}>
<td>${t.ordinal || ''}</td><td>${iriLink(data, from, t.person)}${t.acting ? ' <span class="muted">(acting)</span>' : ''}</td>
<td>${nativeNames(data, t.person)}</td>
<td>${t.start ? `<time datetime="${esc(t.start.value)}">${esc(formatDate(t.start))}</time>` : ''}</td>
<td>${t.end ? `<time datetime="${esc(t.end.value)}">${esc(formatDate(t.end))}</time>` : '<span class="badge">incumbent</span>'}</td>
<td>${iriLink(data, from, t.iri).replace(/>[^<]*<\/a>$/, '>tenure</a>')}</td></tr>`);
  const gapList = gaps.map((g) => `<li>${esc(formatDate(g.from))} – ${esc(formatDate(g.to))}</li>`);
  const body = `${description.join('\n')}
${bodies.length ? `<h2>Bodies</h2><ul>${bodies.join('')}</ul>` : ''}
<h2>Holders over time</h2>
${timelineSvg(tenures, gaps, names, now)}
${gapList.length ? `<p>Times without a holder:</p><ul class="gaps">${gapList.join('')}</ul>` : ''}
<h2>List of holders</h2>
<table class="holders"><thead><tr><th scope="col">#</th><th scope="col">Name</th><th scope="col">Native name</th>
<th scope="col">Term start</th><th scope="col">Term end</th><th scope="col">Details</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
  return page({ title, from, body });
}

/** A person's names not in English, each marked with its language. */
export function nativeNames(data: Dataset, person: string): string {
  return data.values(person, schema.name.value)
    .filter((t) => t.termType === 'Literal' && !t.language.toLowerCase().startsWith('en'))
    .map((t) => `<span lang="${esc(t.termType === 'Literal' ? t.language : '')}">${esc(t.value)}</span>`).join(', ');
}
