// Chooses and renders the HTML page of an entity by its type.
import { org, schema } from '../../vocab.js';
import type { Dataset } from '../dataset.js';
import { entityPage } from './entity-page.js';
import { personPage } from './person-page.js';
import { postPage } from './post-page.js';
import { formatDate, tenureView } from './tenures.js';

/** The HTML page of an entity of the dataset; `now` ends the incumbent's timeline bar. */
export function renderPage(data: Dataset, iri: string, now: Date): string {
  const from = data.sitePath(iri)!;
  if (data.isA(iri, org.Post.value)) return postPage(data, iri, from, now);
  if (data.isA(iri, schema.Person.value)) return personPage(data, iri, from);
  if (data.isA(iri, org.Membership.value)) {
    const tenure = tenureView(data, iri);
    const span = `${formatDate(tenure.start)} – ${tenure.end ? formatDate(tenure.end) : 'incumbent'}`;
    return entityPage(data, iri, from, `${data.label(tenure.person) ?? tenure.person} as ${data.label(tenure.post) ?? tenure.post}, ${span}`);
  }
  return entityPage(data, iri, from);
}
