// ArticleDocument → ArticleRecord: the office with its infobox facts, bodies, persons, tenures, gaps and warnings.
import type { ArticleDocument, InfoboxEntry, Section } from '../parse/document.js';
import { BodyRegistry } from './bodies.js';
import { readInfobox, splitList, type FieldKind } from './infobox.js';
import { headingsContext, holderContext, languageContext, type LanguageContext } from './languages.js';
import { jurisdictionLanguages, placeTexts } from './article-languages.js';
import { inMonthLanguages, monthLanguagesKey, monthLanguagesOf } from './month-names.js';
import { jurisdictionOf } from './places.js';
import { proseLanguages } from './prose-language.js';
import { readNameColumn } from './name-columns.js';
import { parseName, withoutLocalTitles } from './names.js';
import { isReignTitle, withRegnalNumber } from './name-markers.js';
import { onePerTag, personKey, PersonResolver, taggedNatives } from './persons.js';
import type { ArticleRecord, OfficeRecord, PersonRecord, ReadingWarning, TenureRecord } from './records.js';
import { hasDate } from './row-reading.js';
import { readTable, type TenureRow } from './table.js';

export { personKey } from './persons.js';

/** The warning of an article with no table: its post is still built, from its title and infobox. */
const NO_TABLE = 'the article has no table of holders; only its title, infobox and prose are read (expected a pipe table with a header row such as "| Name | Term start | Term end |")';

/**
 * A blank end on the latest row means "in office" only for a term begun since this year: the articles
 * are today's, and no one has held an office for over a century (a list cut off in 1269 has no current holder).
 */
const CURRENT_SINCE = 1920;

/**
 * Which rows' holders are still in office: the end cell says so; or the end is blank on the one term begun last, since
 * CURRENT_SINCE; or the last row's term cells are empty after a term that ended since then, no earlier than any began
 * ("| Andrew Cheung | |" after "| Geoffrey Ma | 2003-2010 |").
 */
export function currentTerms(rows: readonly TenureRow[]): boolean[] {
  const latest = rows.reduce((max, row) => (row.start && row.start.value > max ? row.start.value : max), '');
  const since = (value: string) => Number(value.slice(0, 4)) >= CURRENT_SINCE;
  const latestOnce = rows.filter((row) => row.start?.value === latest).length === 1;
  const before = rows[rows.length - 2]?.end?.value ?? '';
  return rows.map((row, index) => row.endKind === 'open' || (row.endKind === 'blank' && (row.start !== undefined
    ? row.start.value === latest && since(latest) && latestOnce
    : index === rows.length - 1 && before >= latest && since(before))));
}

/** The warning of a holder's row whose end cell the copy lost, the holder not in office. */
const LOST_END = 'Term end: the row has no end cell (its cells after the start slid into it); the end is not known';

/** Words of a title that say nothing about the office ("List of … of …"). */
const TITLE_STOP_WORDS = new Set(['list', 'lists', 'of', 'the', 'and', 'in', 'for', 'former', 'holders', 'office', 'officeholders']);

/** Extracts the typed records of one parsed article; throws a located error when it cannot be an article. */
export function extractArticle(doc: ArticleDocument): ArticleRecord {
  // read in the post's own languages, which settle month names others give another month ("listopada": November in Poland)
  const languages = monthLanguagesOf(jurisdictionLanguages(doc));
  if (languages.join(',') !== monthLanguagesKey()) return inMonthLanguages(languages, () => extractArticle(doc));
  const { file } = doc;
  const facts = readInfobox(doc.infobox);
  const first = (kind: FieldKind): InfoboxEntry | undefined => facts.values.get(kind)?.[0];
  const officeWords = wordsOf([doc.title.value, first('roleName')?.value ?? ''].join(' '));
  const rows: TenureRow[] = [];
  const gaps: ArticleRecord['gaps'] = [];
  const warnings: ReadingWarning[] = [...facts.warnings];
  if (doc.tables.length === 0) warnings.push({ line: doc.title.line, raw: `= ${doc.title.value} =`, message: NO_TABLE });
  const refusals: { message: string; line: number; raw: string }[] = [];
  const readings = doc.tables.map((table) => readTable(table, officeWords));
  const anyDated = readings.some((read) => !('refused' in read) && read.dated);
  for (const [i, read] of readings.entries()) {
    // a table with no date in any cell (a colour key, a legend), or one of the post's titles, holds no term of office: nothing is lost
    if ('refused' in read) {
      if (!read.nothingLost && doc.tables[i].rows.some((row) => row.cells.some(hasDate))) refusals.push({ message: read.refused, line: read.line, raw: read.raw });
    }
    else if (anyDated && !read.dated) {
      warnings.push({ line: read.line, raw: read.raw, message: 'the table has names but no dates of office beside a table that has them; it is not read as a list of holders' });
    } else {
      readNameColumn(read.tenures);
      rows.push(...read.tenures);
      gaps.push(...read.gaps);
      warnings.push(...read.warnings);
    }
  }
  warnings.push(...refusals.map((r) => ({ line: r.line, raw: r.raw, message: `the table is not read: ${r.message}` })));

  const context = languageContext(
    placeTexts(doc),
    [...doc.infobox.map((e) => e.value), ...doc.tables.flatMap((t) => t.rows.map((r) => r.raw)), ...doc.paragraphs.map((p) => p.text)],
  );
  context.prose = proseLanguages([doc.title.value, ...doc.paragraphs.map((p) => p.text)]);
  const local = Object.values(context.jurisdiction);
  if (local.length) for (const row of rows) row.name = withoutLocalTitles(row.name, local);
  if (isReignTitle(doc.title.value)) for (const row of rows) row.name = withRegnalNumber(row.name);
  const resolver = new PersonResolver(context, rows.map((row) => row.name));
  const bodies = new BodyRegistry();
  const contextAt = rowContexts(doc.sections, context);
  const kept = dropRepeats(rows.map((row) => ({ row, person: resolver.resolve(row.name, row.start && Number(row.start.value.slice(0, 4)), holderContext(contextAt(row.line), row.extra)) })));
  const inOffice = currentTerms(kept.map((k) => k.row));
  const tenures = kept.map(({ row, person }, index): TenureRecord => {
    const current = inOffice[index];
    return {
      person, start: row.start, end: row.end, current, acting: row.acting, ordinal: index + 1,
      seriesOrdinal: row.ordinal, line: row.line, raw: row.raw, section: row.section, extra: row.extra,
      remarks: [...row.name.remarks, ...[row.name.termMarker, row.name.role, row.name.note].filter((r): r is string => r !== undefined)],
      party: row.party === undefined ? undefined : bodies.party(row.party, row.line),
      notes: row.notes, warnings: row.endLost && !current ? [...row.warnings, LOST_END] : row.warnings,
    };
  });
  const persons = resolver.records();

  const all = (kind: FieldKind): InfoboxEntry[] => facts.values.get(kind) ?? [];
  const listOf = (kind: FieldKind): { value: string; line: number }[] =>
    all(kind).flatMap((entry) => splitList(entry.value).map((value) => ({ value, line: entry.line })));
  const mainBody = first('body') ?? first('department');
  const office: OfficeRecord = {
    title: doc.title.value,
    line: doc.title.line,
    roleName: first('roleName')?.value,
    body: mainBody ? bodies.setMain(mainBody.value, mainBody.line) : undefined,
    sitsIn: listOf('sitsIn').map((b) => bodies.resolve(b.value, b.line)),
    appointedBy: listOf('appointedBy').map((b) => bodies.resolve(b.value, b.line)),
    nominatedBy: listOf('nominatedBy').map((b) => bodies.resolve(b.value, b.line)),
    postType: first('postType')?.value,
    status: first('status')?.value,
    incumbentSince: facts.dates.get('incumbentSince'),
    inception: facts.dates.get('inception'),
    deputies: listOf('deputies').map((d) => d.value),
    seats: all('seat').map((e) => e.value),
    residences: all('residence').map((e) => e.value),
    images: facts.images,
    otherFields: facts.otherFields,
    notes: facts.notes,
    description: doc.paragraphs.find((p) => p.section === undefined)?.text,
    jurisdiction: jurisdictionOf(doc.title.value, mainBody?.value),
  };
  const department = first('department');
  if (department) office.department = bodies.resolve(department.value, department.line);
  const incumbent = first('incumbent');
  if (incumbent) office.incumbent = findPerson(incumbent.value, persons, tenures, 'current', context);
  const inaugural = first('inaugural');
  if (inaugural) office.inaugural = findPerson(inaugural.value, persons, tenures, 'first', context);

  return {
    source: { file, title: doc.title.value, line: doc.title.line },
    office, bodies: bodies.records(office.jurisdiction), persons, tenures, gaps, warnings,
  };
}

/** The words of a post's title, singular ("Governors" → "governor"), for telling its holders' column. */
export function wordsOf(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w && !TITLE_STOP_WORDS.has(w));
  return new Set(words.flatMap((w) => [w, w.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '')]));
}

/** The language context of a row at a line: the article's, with what the headings above the line name (see headingsContext). */
function rowContexts(sections: readonly Section[], context: LanguageContext): (line: number) => LanguageContext {
  const under: LanguageContext[] = [];
  const open: Section[] = [];
  for (const section of sections) {
    while (open.length && open[open.length - 1].level >= section.level) open.pop();
    open.push(section);
    under.push(headingsContext(context, open.map((s) => s.title)));
  }
  return (line) => {
    let i = sections.length - 1;
    while (i >= 0 && sections[i].line > line) i--;
    return i < 0 ? context : under[i];
  };
}

/**
 * A row repeating an earlier term (same holder, start and end) is kept once, with a warning on the first;
 * one carrying a number of its own other than the earlier row's ("| 6 | | Luís Cabral | 1846 | 1846 |" after No. 5) is a term of its own.
 */
export function dropRepeats(rows: { row: TenureRow; person: string }[]): { row: TenureRow; person: string }[] {
  const seen = new Map<string, TenureRow>();
  return rows.filter(({ row, person }) => {
    if (!row.start && !row.end) return true;
    const key = `${person}|${row.start?.value ?? ''}|${row.end?.value ?? ''}`;
    const earlier = seen.get(key);
    if (earlier && !(earlier.ordinal && row.ordinal && earlier.ordinal !== row.ordinal)) {
      earlier.warnings.push(`the row on line ${row.line} repeats this term; it is left out (${row.raw.trim()})`);
      return false;
    }
    seen.set(key, row);
    return true;
  });
}

/** A year after an infobox name, with no comma: "Inaugural: William McFarland 1803". */
const TRAILING_YEAR = /\s+(?:c\.\s*|since\s+|from\s+)?\(?\d{3,4}\)?(?:\s*[–-]\s*(?:\d{3,4}|present)?)?$/i;

/**
 * Resolves an infobox name (Incumbent, Inaugural; a date after a comma or a year after the name left out) to a person of the table: by English and native
 * name, preferring the current or the first holder among namesakes; a new person if none matches.
 */
function findPerson(
  written: string, persons: PersonRecord[], tenures: TenureRecord[], prefer: 'current' | 'first',
  context: Parameters<typeof taggedNatives>[1],
): string {
  const name = parseName(written.replace(/,\s*[^,]*\d{3,4}[^,]*$/, '').replace(TRAILING_YEAR, ''));
  const natives = taggedNatives(name, context);
  const same = (a?: string, b?: string) => a?.toLowerCase() === b?.toLowerCase();
  const matches = persons.filter((p) =>
    (name.english ? same(p.english, name.english) : true)
    && (natives.length ? natives.some((n) => p.natives.some((m) => m.value === n.value)) : true));
  const ordered = prefer === 'current' ? [...tenures].reverse().filter((t) => t.current) : tenures;
  const preferred = ordered.find((t) => matches.some((p) => p.key === t.person));
  if (preferred) return preferred.person;
  if (matches.length > 0) return matches[0].key;
  const key = personKey(name.english, natives);
  if (!persons.some((p) => p.key === key)) persons.push({ key, english: name.english, natives: onePerTag(natives) });
  return key;
}
