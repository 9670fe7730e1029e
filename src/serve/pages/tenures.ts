// A post's tenures read from the graph for the pages: holder, dates at their precision, order, gaps.
import type { Literal, Term } from '@rdfjs/types';
import { ol, opengov, org, schema, xsd } from '../../vocab.js';
import type { Dataset } from '../dataset.js';

/** One tenure as the pages show it. */
export interface TenureView {
  iri: string;
  person: string;
  post: string;
  ordinal: number;
  start?: Literal;
  end?: Literal;
  current: boolean;
  acting: boolean;
}

/** A stretch of time in which no one held the post. */
export interface Gap {
  from: Literal;
  to: Literal;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** A tenure's facts. */
export function tenureView(data: Dataset, iri: string): TenureView {
  const one = (property: string): Term | undefined => data.values(iri, property)[0];
  const literal = (term: Term | undefined) => (term?.termType === 'Literal' ? term : undefined);
  return {
    iri,
    person: one(org.member.value)?.value ?? '',
    post: one(opengov.post.value)?.value ?? '',
    ordinal: Number(one(ol.ordinal.value)?.value ?? 0),
    start: literal(one(schema.startDate.value)),
    end: literal(one(schema.endDate.value)),
    current: one(ol.current.value)?.value === 'true',
    acting: one(ol.acting.value)?.value === 'true',
  };
}

/** The tenures of a post, in list order (ordinal, then start). */
export function tenuresOfPost(data: Dataset, post: string): TenureView[] {
  return data.subjectsWith(opengov.post.value, post).map((iri) => tenureView(data, iri))
    .sort((a, b) => a.ordinal - b.ordinal || yearOf(a.start) - yearOf(b.start));
}

/** The gaps between tenures: times after every earlier tenure ended and before the next began. */
export function gapsBetween(tenures: TenureView[]): Gap[] {
  const gaps: Gap[] = [];
  const byStart = tenures.filter((t) => t.start).sort((a, b) => yearOf(a.start) - yearOf(b.start));
  let latestEnd: Literal | undefined;
  let open = false;
  for (const tenure of byStart) {
    if (latestEnd && !open && yearOf(tenure.start) > yearOf(latestEnd)) gaps.push({ from: latestEnd, to: tenure.start! });
    if (!tenure.end) open = true;
    else if (!latestEnd || yearOf(tenure.end) > yearOf(latestEnd)) latestEnd = tenure.end;
  }
  return gaps;
}

/** A date literal as a fractional year (the start of its day, month or year); NaN when absent. */
export function yearOf(date: Literal | undefined): number {
  const m = date ? /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date.value) : null;
  if (!m) return Number.NaN;
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) - 1 : 0;
  return Number(m[1]) + month / 12 + day / 365;
}

/** A date at its precision: "18 October 2021", "May 1949", "1968". */
export function formatDate(date: Literal | undefined): string {
  if (!date) return '';
  const [year, month, day] = date.value.split('-');
  if (date.datatype.value === xsd.date.value && day) return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  if (date.datatype.value === xsd.gYearMonth.value && month) return `${MONTHS[Number(month) - 1]} ${year}`;
  return date.value;
}
