// fast-check arbitraries: office articles with known rows, and corruptions of them with known error lines.
import fc from 'fast-check';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** A date as generated: its XSD value and the way it is written in the cell. */
export interface GenDate {
  value: string;
  precision: 'day' | 'month' | 'year';
  written: string;
}

/** A generated row with the facts a correct reader must find in it. */
export interface GenRow {
  english: string;
  native?: string;
  acting: boolean;
  start: GenDate;
  end?: GenDate;
  cells: string[];
  line: number;
}

/** A generated article: its lines, header line, and rows (line numbers are 1-based). */
export interface GenArticle {
  lines: string[];
  headerLine: number;
  rows: GenRow[];
  columns: string[];
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A date in a year, at a random precision and in a random written form. */
const dateIn = (year: number) => fc.record({
  precision: fc.constantFrom('day', 'month', 'year'),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
  form: fc.integer({ min: 0, max: 2 }),
}).map(({ precision, month, day, form }): GenDate => {
  const d = Math.min(day, daysIn(year, month));
  const name = MONTHS[month - 1];
  if (precision === 'year') return { value: String(year), precision, written: String(year) };
  if (precision === 'month') {
    return { value: `${year}-${pad(month, 2)}`, precision, written: form === 0 ? `${year}-${pad(month, 2)}` : `${name} ${year}` };
  }
  const written = [`${d} ${name} ${year}`, `${name} ${d}, ${year}`, `${year}-${pad(month, 2)}-${pad(d, 2)}`][form];
  return { value: `${year}-${pad(month, 2)}-${pad(d, 2)}`, precision, written };
});

const GIVEN = ['Ann', 'Bob', 'José', 'Zoë', 'Jean-Marie', 'Li', 'Wang', 'Nguyễn', "O'Brien", 'Søren', 'Łukasz', 'Mao'];
const FAMILY = ['Smith', 'de Gaulle', "d'Estaing", 'van der Berg', 'Qilong', "Li'an", 'Müller', 'García-López', 'Zedong'];
const HAN = ['张', '启', '龙', '許', '勤', '賴', '清', '德', '王', '君', '军'];

const person = fc.record({
  english: fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY)).map(([g, f]) => `${g} ${f}`),
  native: fc.option(fc.array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 3 }).map((c) => c.join('')), { nil: undefined }),
  acting: fc.boolean(),
});

/** A valid article: holders in chronological order, columns in any order, optional extra columns. */
export const validArticle: fc.Arbitrary<GenArticle> = fc.record({
  extras: fc.subarray(['No.', 'Party', 'Notes', 'Refs']),
  order: fc.func(fc.integer()),
  startYear: fc.integer({ min: 1800, max: 1990 }),
  steps: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 6 }), length: fc.integer({ min: 0, max: 5 }) }), { minLength: 1, maxLength: 12 }),
  persons: fc.array(person, { minLength: 12, maxLength: 12 }),
  openEnd: fc.option(fc.constantFrom('Incumbent', 'present', '—', '–', ''), { nil: undefined }),
  infobox: fc.subarray(['- Post: Mayor', '- Body: the Example City Council', '- Term length: Four years', '- Seat: Town Hall']),
}).chain((spec) => {
  let year = spec.startYear;
  const spans = spec.steps.map((step) => {
    const span = { start: year, end: year + step.length };
    year += step.gap;
    return span;
  });
  return fc.tuple(...spans.map((s) => fc.tuple(dateIn(s.start), dateIn(s.end)))).map((dates) => {
    const columns = ['Name', 'Term start', 'Term end', ...spec.extras]
      .map((c, i) => [c, spec.order(c + i)] as const).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([c]) => c);
    const lines = ['= Mayor of Example =', '', 'Infobox', ...spec.infobox, '', 'The mayor leads the city.', '', '== Holders =='];
    lines.push(`| ${columns.join(' | ')} |`);
    const headerLine = lines.length;
    const rows = dates.map(([startRaw, endRaw], i): GenRow => {
      const who = spec.persons[i];
      const open = i === dates.length - 1 && spec.openEnd !== undefined;
      // A start later than its end (same year, coarser written) cannot happen: order within a year by value.
      const [start, end] = startRaw.value.slice(0, 4) === endRaw.value.slice(0, 4) && startRaw.value > endRaw.value
        ? [endRaw, startRaw] : [startRaw, endRaw];
      const name = `${who.english}${who.native ? ` (${who.native})` : ''}${who.acting ? ' (acting)' : ''}`;
      const value: Record<string, string> = {
        Name: name, 'Term start': start.written, 'Term end': open ? spec.openEnd! : end.written,
        'No.': String(i + 1), Party: i % 2 ? 'Example Party' : 'Independent', Notes: i % 3 ? '' : 'a note', Refs: `[${i}]`,
      };
      return { ...who, start, end: open ? undefined : end, cells: columns.map((c) => value[c]), line: headerLine + 1 + i };
    });
    for (const row of rows) lines.push(`| ${row.cells.join(' | ')} |`);
    return { lines, headerLine, rows, columns };
  });
});

/** A corruption of a valid article: what the reader must say, and where. */
export interface Corrupted {
  text: string;
  line: number;
  kind: string;
  /** An input error at `line`; a warning at `line` with the rest read; or every row read by its cells (`rows`). */
  expect: 'error' | 'warning' | 'read';
  rows: number[];
}

const BAD_DATES = ['Foo 19x', '31 February 1990', '13/2020', '2020-13', '30 February 2000', 'Smarch 1990', '19999'];
const EXPECT: Record<string, Corrupted['expect']> = {
  title: 'error', table: 'warning', nonames: 'warning', date: 'warning', order: 'warning', duplicate: 'warning',
  more: 'read', header: 'read',
};

/** Corrupts one thing of a valid article; the error or warning must be located at `line`. */
export const corruptedArticle: fc.Arbitrary<Corrupted> = fc.tuple(
  validArticle, fc.nat(), fc.constantFrom(...BAD_DATES), fc.constantFrom(...Object.keys(EXPECT)),
).map(([article, pick, bad, kind]) => {
  const lines = [...article.lines];
  const row = article.rows[pick % article.rows.length];
  const at = row.line - 1;
  const cells = [...row.cells];
  const put = (c: string[]) => { lines[at] = `| ${c.join(' | ')} |`; };
  let line = row.line;
  let rows = article.rows.map((r) => r.line);
  switch (kind) {
    case 'title': lines[0] = 'Mayor of Example'; line = 1; break;
    case 'date': cells[article.columns.indexOf('Term start')] = bad; put(cells); break;
    case 'more': put([...cells, 'extra']); break;
    case 'order':
      cells[article.columns.indexOf('Term start')] = String(Number(row.start.value.slice(0, 4)) + 1);
      cells[article.columns.indexOf('Term end')] = row.start.value.slice(0, 4);
      put(cells);
      break;
    case 'duplicate': lines.splice(at + 1, 0, lines[at]); break;
    case 'header':
      lines[article.headerLine - 1] = lines[article.headerLine - 1].replace('| Name |', '| Who |');
      break;
    case 'nonames':
      for (const r of article.rows) {
        const c = [...r.cells];
        c[article.columns.indexOf('Name')] = String(r.line);
        lines[r.line - 1] = `| ${c.join(' | ')} |`;
      }
      line = article.headerLine;
      break;
    case 'table': lines.splice(article.headerLine - 1); line = 1; break;
  }
  if (kind === 'duplicate') rows = rows.map((l) => (l > row.line ? l + 1 : l));
  return { text: lines.join('\n') + '\n', line, kind, expect: EXPECT[kind], rows };
});
