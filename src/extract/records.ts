// The typed records that extraction produces and mapping consumes: the RDF contract's input.
import type { InfoboxEntry } from '../parse/document.js';
import type { PartialDate } from './dates.js';

/** The article a record set was read from. */
export interface SourceRecord {
  /** File name (no folders), stable across machines. */
  file: string;
  title: string;
  line: number;
}

/** A body (organisation) named in the article; `key` is its canonical name and identity. */
export interface BodyRecord {
  key: string;
  /** The names it was written as, when they differ from `key`. */
  writtenAs: string[];
  isParty: boolean;
  /** Key of the body it is part of (its party, for party organs). */
  partOf?: string;
  /**
   * For a party only a Party column names: the jurisdiction of the post ('' for none), part of its
   * identity, so namesake parties of different places stay apart.
   */
  scope?: string;
  line: number;
}

/** An image file named in the infobox, with the caption that labels it. */
export interface ImageRecord {
  /** File name as written, e.g. "Danghui.svg". */
  file: string;
  role: 'insignia' | 'flag' | 'image';
  field: string;
  caption?: string;
  line: number;
}

/** A form of a person's name in its own script, with its BCP 47 tag ("ko", "ko-Hani", "ja", "zh-Hans", "ru", "und-Cyrl"). */
export interface NativeName {
  value: string;
  tag: string;
}

/** A person; `key` is "English|first native form" (with "|born" when namesakes must be told apart) and is their identity. */
export interface PersonRecord {
  key: string;
  english?: string;
  /** Every native form, in the order first written; one per tag. */
  natives: NativeName[];
  /** Years of birth and death, as written beside the name ("1841", "1909"). */
  born?: string;
  died?: string;
}

/** The post the article is about, with every fact its infobox states. */
export interface OfficeRecord {
  title: string;
  line: number;
  roleName?: string;
  body?: string;
  department?: string;
  sitsIn: string[];
  appointedBy: string[];
  nominatedBy: string[];
  postType?: string;
  status?: string;
  incumbent?: string;
  incumbentSince?: PartialDate;
  inaugural?: string;
  inception?: PartialDate;
  deputies: string[];
  /** Places the infobox names as the post's seat (Seat, Headquarters) and its holder's residence, as written. */
  seats: string[];
  residences: string[];
  images: ImageRecord[];
  /** Infobox fields no standard or project term covers, kept as written. */
  otherFields: InfoboxEntry[];
  /** Qualifiers of infobox dates, kept as notes on the post. */
  notes: string[];
  description?: string;
  /** The place the post applies to (its jurisdiction, Wikidata P1001), by name: its identity across articles. */
  jurisdiction?: string;
}

/** An extra table cell kept with its column header. */
export interface ExtraCell {
  header: string;
  value: string;
}

/** One holder's term of office: one table row. */
export interface TenureRecord {
  person: string;
  /** Absent when the article does not give it, or gives it unreadably (a warning says which). */
  start?: PartialDate;
  end?: PartialDate;
  current: boolean;
  acting: boolean;
  /** Position in the article's list of tenures, 1-based. */
  ordinal: number;
  /** The number the article's No. column gives the row, as written. */
  seriesOrdinal?: string;
  line: number;
  raw: string;
  section?: string;
  extra: ExtraCell[];
  remarks: string[];
  /** Key of the party body the Party column names for this term (the party the holder held it for). */
  party?: string;
  /** The Notes cell and date qualifiers, kept as notes on the tenure. */
  notes: string[];
  /** What the reader could not understand in the row. */
  warnings: string[];
}

/** A row that names no holder (a vacancy, a note) but has dates: no person, no tenure, a gap. */
export interface GapRecord {
  text: string;
  start?: PartialDate;
  end?: PartialDate;
  line: number;
  raw: string;
  section?: string;
}

/** Something the reader could not understand outside a table row: an infobox value, a table it could not read. */
export interface ReadingWarning {
  line: number;
  message: string;
  raw: string;
}

/** Everything extracted from one article. */
export interface ArticleRecord {
  source: SourceRecord;
  office: OfficeRecord;
  bodies: BodyRecord[];
  persons: PersonRecord[];
  tenures: TenureRecord[];
  gaps: GapRecord[];
  /** Warnings about the article outside its tenure rows (kept on the post). */
  warnings: ReadingWarning[];
}
