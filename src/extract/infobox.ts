// Infobox entries → the office's facts: one table maps each known key (and its other names) to a field.
import type { InfoboxEntry } from '../parse/document.js';
import { normalizeCell } from './cells.js';
import { readDateCell } from './date-cells.js';
import { DATE_FORMATS, type PartialDate } from './dates.js';
import type { ImageRecord, ReadingWarning } from './records.js';

/** The facts an infobox can state, by the field they fill. */
export type FieldKind =
  | 'roleName' | 'body' | 'department' | 'sitsIn' | 'appointedBy' | 'nominatedBy' | 'postType' | 'status'
  | 'incumbent' | 'incumbentSince' | 'inaugural' | 'inception' | 'deputies' | 'insignia' | 'flag' | 'image'
  | 'seat' | 'residence';

/** Keys that name a place or a building, not a body: the post's seat, its holder's official residence. */
export const PLACE_FIELDS: Readonly<Record<string, 'seat' | 'residence'>> = {
  seat: 'seat', headquarters: 'seat', hq: 'seat', meetingplace: 'seat',
  residence: 'residence', officialresidence: 'residence',
};

/** Known keys, normalised (lower case, letters only), and the field each fills. */
export const INFOBOX_FIELDS: Readonly<Record<string, FieldKind>> = {
  post: 'roleName', role: 'roleName', position: 'roleName',
  body: 'body', organization: 'body', organisation: 'body',
  department: 'department',
  memberof: 'sitsIn',
  appointer: 'appointedBy', appointedby: 'appointedBy',
  nominator: 'nominatedBy', nominatedby: 'nominatedBy',
  type: 'postType',
  status: 'status', rank: 'status',
  incumbent: 'incumbent', currentholder: 'incumbent',
  incumbentsince: 'incumbentSince', since: 'incumbentSince',
  inaugural: 'inaugural', inauguralholder: 'inaugural', firstholder: 'inaugural', first: 'inaugural',
  formation: 'inception', formed: 'inception', established: 'inception', created: 'inception', inception: 'inception',
  deputy: 'deputies', deputies: 'deputies',
  insignia: 'insignia', emblem: 'insignia', seal: 'insignia', logo: 'insignia',
  flag: 'flag',
  image: 'image', picture: 'image',
  ...PLACE_FIELDS,
};

/** Suffixes of display-only keys ("Insigniasize"): sizes are not facts, so they are dropped. */
const DISPLAY_SUFFIXES = ['size', 'width', 'height', 'upright', 'alt'];
const CAPTION_SUFFIX = 'caption';
const IMAGE_FILE = /\.(svg|png|jpe?g|gif|tiff?|webp)$/i;
const VACANT = /^(vacant|none|—|–|-)?$/i;

/** An infobox read into fields: the values of each known field, images, and unknown entries. */
export interface InfoboxFacts {
  values: Map<FieldKind, InfoboxEntry[]>;
  dates: Map<FieldKind, PartialDate>;
  images: ImageRecord[];
  otherFields: InfoboxEntry[];
  /** Qualifiers written after a date ("Fifth Republic" in "12 June 1975 (Fifth Republic)"), as notes. */
  notes: string[];
  /** Values that could not be read. */
  warnings: ReadingWarning[];
}

/** Normalises an infobox key: "Member Of" and "member_of" both become "memberof". */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Sorts infobox entries into known fields, images with captions, and other fields; unreadable dates become warnings. */
export function readInfobox(entries: InfoboxEntry[]): InfoboxFacts {
  const facts: InfoboxFacts = { values: new Map(), dates: new Map(), images: [], otherFields: [], notes: [], warnings: [] };
  const captions = new Map<string, InfoboxEntry>();
  for (const entry of entries) {
    const key = normalizeKey(entry.key);
    const value = entry.value.trim();
    if (value === '' || DISPLAY_SUFFIXES.some((s) => key.endsWith(s) && key !== s)) continue;
    if (key.endsWith(CAPTION_SUFFIX) && key !== CAPTION_SUFFIX) {
      captions.set(key.slice(0, -CAPTION_SUFFIX.length), { ...entry, value });
      continue;
    }
    const kind = INFOBOX_FIELDS[key];
    if (kind === 'insignia' || kind === 'flag' || kind === 'image' || (!kind && IMAGE_FILE.test(value))) {
      facts.images.push({ file: value, role: kind ?? 'image', field: entry.key, line: entry.line });
    } else if ((kind === 'inception' || kind === 'incumbentSince') && !/\d/.test(value)) {
      facts.otherFields.push({ ...entry, value });
    } else if (kind === 'inception' || kind === 'incumbentSince') {
      const date = readDateCell(normalizeCell(value));
      if (date.kind === 'date') {
        facts.dates.set(kind, date.date);
        if (date.note) facts.notes.push(`${entry.key}: ${date.note}`);
      } else {
        const reason = date.kind === 'unreadable' ? date.reason : `"${value}" is not a date`;
        facts.warnings.push({ line: entry.line, raw: `- ${entry.key}: ${entry.value}`,
          message: `${entry.key}: ${reason}; expected ${DATE_FORMATS}` });
      }
    } else if (kind && !(kind === 'incumbent' && VACANT.test(value))) {
      const list = facts.values.get(kind) ?? [];
      list.push({ ...entry, value });
      facts.values.set(kind, list);
    } else if (!kind) {
      facts.otherFields.push({ ...entry, value });
    }
  }
  for (const image of facts.images) {
    image.caption = captions.get(normalizeKey(image.field))?.value;
  }
  for (const [key, caption] of captions) {
    if (!facts.images.some((image) => normalizeKey(image.field) === key)) facts.otherFields.push(caption);
  }
  return facts;
}

/** Splits a list value ("Deputy Secretary, Secretary-General") into its items. */
export function splitList(value: string): string[] {
  return value.split(/\s*[,;、]\s*/).map((item) => item.trim()).filter(Boolean);
}
