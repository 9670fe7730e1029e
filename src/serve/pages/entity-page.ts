// The page of any other entity (body, tenure, role, concept, source): its statements, fragment nodes included.
import { compactOrIri, esc, page, termHtml } from './html.js';
import type { Dataset } from '../dataset.js';

/** Renders an entity's description as a table per subject (the entity, then its `#fragment` nodes). */
export function entityPage(data: Dataset, iri: string, from: string, title = data.label(iri) ?? from): string {
  const quads = data.describe(iri).filter((q) => q.subject.value === iri || q.subject.value.startsWith(`${iri}#`));
  const subjects = [...new Set(quads.map((q) => q.subject.value))];
  const sections = subjects.map((subject) => {
    const fragment = subject.slice(iri.length + 1);
    const rows = quads.filter((q) => q.subject.value === subject).map((q) =>
      `<tr><th scope="row"><code>${esc(compactOrIri(q.predicate.value))}</code></th><td>${termHtml(data, from, q.object)}</td></tr>`);
    const heading = subject === iri ? '' : `<h2 id="${esc(fragment)}">#${esc(fragment)}</h2>`;
    return `${heading}<table class="statements"><tbody>${rows.join('')}</tbody></table>`;
  });
  return page({ title, from, body: sections.join('\n') });
}
