// ArticleDocument → ArticleRecord: the office with its infobox facts, bodies, persons and tenures.
import { inputError } from '../errors.js';
import type { ArticleDocument, InfoboxEntry } from '../parse/document.js';
import { BodyRegistry } from './bodies.js';
import { readInfobox, splitList, type FieldKind } from './infobox.js';
import { parseName, predominantChineseTag, type PersonName } from './names.js';
import type { ArticleRecord, OfficeRecord, PersonRecord, TenureRecord } from './records.js';
import { readTable, type TenureRow } from './table.js';

/** Identity key of a person: English name and native name together. */
export function personKey(name: Pick<PersonName, 'english' | 'native'>): string {
  return `${name.english ?? ''}|${name.native ?? ''}`;
}

/** Extracts the typed records of one parsed article; throws a located error on bad content. */
export function extractArticle(doc: ArticleDocument): ArticleRecord {
  const { file } = doc;
  if (doc.tables.length === 0) {
    throw inputError('the article has no table of holders', { file, line: doc.title.line },
      'a pipe table with a header row such as "| Name | Term start | Term end |"');
  }
  const rows: TenureRow[] = [];
  const gaps: ArticleRecord['gaps'] = [];
  for (const table of doc.tables) {
    const read = readTable(table, file);
    rows.push(...read.tenures);
    gaps.push(...read.gaps);
  }
  rejectDuplicates(rows, file);
  const persons = collectPersons(rows);
  const bodies = new BodyRegistry();
  const tenures = rows.map((row, index): TenureRecord => ({
    person: personKey(row.name),
    start: row.start,
    end: row.end,
    current: row.end === undefined,
    acting: row.name.acting,
    ordinal: index + 1,
    line: row.line,
    raw: row.raw,
    section: row.section,
    extra: row.extra,
    remarks: row.name.remarks,
    party: row.party === undefined ? undefined : bodies.party(row.party, row.line),
    note: row.note,
  }));

  const facts = readInfobox(doc.infobox, file);
  const first = (kind: FieldKind): InfoboxEntry | undefined => facts.values.get(kind)?.[0];
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
    images: facts.images,
    otherFields: facts.otherFields,
    description: doc.paragraphs.find((p) => p.section === undefined)?.text,
  };
  const department = first('department');
  if (department) office.department = bodies.resolve(department.value, department.line);
  const incumbent = first('incumbent');
  if (incumbent) office.incumbent = findPerson(incumbent.value, persons, tenures, 'current');
  const inaugural = first('inaugural');
  if (inaugural) office.inaugural = findPerson(inaugural.value, persons, tenures, 'first');

  return {
    source: { file, title: doc.title.value, line: doc.title.line },
    office,
    bodies: bodies.records,
    persons,
    tenures,
    gaps,
  };
}

/** Refuses a row that repeats an earlier one: the same holder with the same start and end. */
function rejectDuplicates(rows: TenureRow[], file: string): void {
  const seen = new Map<string, TenureRow>();
  for (const row of rows) {
    const key = `${personKey(row.name)}|${row.start.value}|${row.end?.value ?? ''}`;
    const earlier = seen.get(key);
    if (earlier) {
      throw inputError(`the row repeats the term on line ${earlier.line}`, { file, line: row.line },
        "each term of office listed once (a second term has its own dates)", row.raw);
    }
    seen.set(key, row);
  }
}

/** One record per distinct person; native names whose script alone cannot be told take the table's. */
function collectPersons(rows: TenureRow[]): PersonRecord[] {
  const fallback = predominantChineseTag(rows.map((row) => row.name.nativeTag));
  const persons = new Map<string, PersonRecord>();
  for (const { name } of rows) {
    const key = personKey(name);
    if (persons.has(key)) continue;
    const nativeTag = name.nativeTag === 'zh' && fallback ? fallback : name.nativeTag;
    persons.set(key, { key, english: name.english, native: name.native, nativeTag });
  }
  return [...persons.values()];
}

/**
 * Resolves an infobox name (Incumbent, Inaugural) to a person of the table: by English and native
 * name, preferring the current or the first holder among namesakes; a new person if none matches.
 */
function findPerson(
  written: string, persons: PersonRecord[], tenures: TenureRecord[], prefer: 'current' | 'first',
): string {
  const name = parseName(written);
  const same = (a?: string, b?: string) => a?.toLowerCase() === b?.toLowerCase();
  const matches = persons.filter((p) =>
    (name.english ? same(p.english, name.english) : true) && (name.native ? p.native === name.native : true));
  const ordered = prefer === 'current' ? [...tenures].reverse().filter((t) => t.current) : tenures;
  const preferred = ordered.find((t) => matches.some((p) => p.key === t.person));
  if (preferred) return preferred.person;
  if (matches.length > 0) return matches[0].key;
  const key = personKey(name);
  persons.push({ key, english: name.english, native: name.native, nativeTag: name.nativeTag });
  return key;
}
