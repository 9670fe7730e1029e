// The timeline of a post's holders as inline SVG: one bar per tenure on a time axis, gaps hatched, incumbent marked.
import { esc } from './html.js';
import { formatDate, type Gap, type TenureView, yearOf } from './tenures.js';

const WIDTH = 900;
const LABEL = 170;
const ROW = 20;
const TOP = 30;

/** Renders the timeline; `now` ends the bar of a tenure still open; `names` gives each holder's display name. */
export function timelineSvg(tenures: TenureView[], gaps: Gap[], names: Map<string, string>, now: Date): string {
  const nowYear = now.getUTCFullYear() + now.getUTCMonth() / 12;
  const starts = tenures.map((t) => yearOf(t.start)).filter(Number.isFinite);
  if (!starts.length) return '';
  const first = Math.floor(Math.min(...starts) / 10) * 10;
  const last = Math.max(nowYear, ...tenures.map((t) => yearOf(t.end)).filter(Number.isFinite));
  const x = (year: number) => LABEL + ((year - first) / (last - first)) * (WIDTH - LABEL - 100);
  const height = TOP + (tenures.length + 1) * ROW + 10;
  const ticks: string[] = [];
  for (let year = first; year <= last; year += 10) {
    ticks.push(`<line class="axis" x1="${x(year)}" x2="${x(year)}" y1="${TOP - 8}" y2="${height - 10}"/>` +
      `<text x="${x(year) + 2}" y="${TOP - 12}">${year}</text>`);
  }
  const gapRow = gaps.map((gap) => `<rect class="gap" x="${x(yearOf(gap.from))}" y="${TOP}" ` +
    `width="${Math.max(2, x(yearOf(gap.to)) - x(yearOf(gap.from)))}" height="${ROW - 6}">` +
    `<title>${esc(`No holder: ${formatDate(gap.from)} – ${formatDate(gap.to)}`)}</title></rect>`);
  const rows = tenures.map((tenure, index) => {
    const y = TOP + (index + 1) * ROW;
    const name = names.get(tenure.person) ?? tenure.person;
    const from = x(yearOf(tenure.start));
    const to = tenure.end ? x(yearOf(tenure.end)) : x(nowYear);
    const span = `${formatDate(tenure.start)} – ${tenure.end ? formatDate(tenure.end) : 'incumbent'}`;
    const mark = tenure.current ? `<text x="${to + 4}" y="${y + 11}">◀ incumbent</text>` : '';
    return `<g class="tenure${tenure.current ? ' incumbent' : ''}" data-person="${esc(name)}">` +
      `<title>${esc(`${name}${tenure.acting ? ' (acting)' : ''}: ${span}`)}</title>` +
      `<text x="0" y="${y + 11}">${esc(name)}</text>` +
      `<rect class="bar" x="${from}" y="${y}" width="${Math.max(2, to - from)}" height="${ROW - 6}"/>${mark}</g>`;
  });
  return `<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="timeline-title">
<title id="timeline-title">Timeline of ${tenures.length} tenures${gaps.length ? `, ${gaps.length} gaps without a holder` : ''}</title>
<defs><pattern id="gap-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#c0392b" stroke-width="3"/></pattern></defs>
${ticks.join('')}
<text x="0" y="${TOP + 11}">Gaps (no holder)</text>${gapRow.join('')}
${rows.join('\n')}
</svg>`;
}
