// The parsed article: every element keeps its 1-based source line.

/** A piece of text with the line it starts on. */
export interface Located<T = string> {
  value: T;
  line: number;
}

/** One `- Key: Value` line of the infobox. */
export interface InfoboxEntry {
  key: string;
  value: string;
  line: number;
}

/** A `== Heading ==` line; `level` counts its `=` signs. */
export interface Section {
  title: string;
  level: number;
  line: number;
}

/** Consecutive prose lines, joined with single spaces. */
export interface Paragraph {
  text: string;
  line: number;
  section?: string;
}

/** One pipe-table row: its trimmed cells and the raw line it came from. */
export interface TableRow {
  cells: string[];
  raw: string;
  line: number;
}

/** A pipe table: the first row is the header. */
export interface Table {
  header: TableRow;
  rows: TableRow[];
  line: number;
  section?: string;
}

/** An article in the office text format, parsed but not yet interpreted. */
export interface ArticleDocument {
  /** The file name used in messages and provenance. */
  file: string;
  title: Located;
  infobox: InfoboxEntry[];
  sections: Section[];
  paragraphs: Paragraph[];
  tables: Table[];
}
