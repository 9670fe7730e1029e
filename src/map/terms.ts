// Small term builders shared by the mappers: typed literals, language strings, quads.
import { DataFactory, Literal as N3Literal } from 'n3';
import type { Literal, NamedNode, Quad, Quad_Object } from '@rdfjs/types';
import { xsdTypeOf, type PartialDate } from '../extract/dates.js';
import { rdf, xsd } from '../vocab.js';

const { quad } = DataFactory;

/**
 * An n3 literal whose value, language and datatype are fields: n3's own literal parses them out of
 * its id on every read (and makes a new datatype term each time), and each literal is read by every
 * writer, the statistics and validation. Still an n3 literal (n3 makes its id, so equality is n3's).
 */
class SettledLiteral extends N3Literal {
  // @ts-expect-error n3 declares these as accessors; fields of the same values shadow them
  readonly value: string;
  // @ts-expect-error as above
  readonly language: string;
  // @ts-expect-error as above
  readonly datatype: NamedNode;

  constructor(id: string, value: string, language: string, datatype: NamedNode) {
    super(id);
    this.value = value;
    this.language = language;
    this.datatype = datatype;
  }
}

/** A literal tagged with a language, or typed with a datatype (xsd:string when none), as n3 would make it. */
function literal(value: string, languageOrDatatype?: string | NamedNode): Literal {
  const { id } = DataFactory.literal(value, languageOrDatatype);
  if (typeof languageOrDatatype === 'string') return new SettledLiteral(id, value, languageOrDatatype.toLowerCase(), rdf.langString);
  return new SettledLiteral(id, value, '', languageOrDatatype ?? xsd.string);
}

/** Collects the quads of one subject. */
export class QuadSink {
  readonly quads: Quad[] = [];

  /** Adds `subject predicate object` for each defined object. */
  add(subject: NamedNode, predicate: NamedNode, ...objects: (Quad_Object | undefined)[]): this {
    return this.addEach(subject, predicate, objects);
  }

  /** Adds `subject predicate object` for each defined object of a list of any length (a spread of 100,000 overflows the stack). */
  addEach(subject: NamedNode, predicate: NamedNode, objects: readonly (Quad_Object | undefined)[]): this {
    for (const object of objects) if (object) this.quads.push(quad(subject, predicate, object));
    return this;
  }

  /** Adds quads made elsewhere, however many. */
  addQuads(quads: readonly Quad[]): this {
    for (const q of quads) this.quads.push(q);
    return this;
  }
}

/** An English string. */
export function en(text: string | undefined): Literal | undefined {
  return text === undefined ? undefined : literal(text, 'en');
}

/** A string tagged with a BCP 47 language tag. */
export function tagged(text: string | undefined, tag: string | undefined): Literal | undefined {
  return text === undefined ? undefined : literal(text, tag ?? 'und');
}

/** A date typed at its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
export function dateLiteral(date: PartialDate | undefined): Literal | undefined {
  return date ? literal(date.value, xsd[xsdTypeOf(date.precision)]) : undefined;
}

/** An xsd:integer. */
export function integer(value: number): Literal {
  return literal(String(value), xsd.integer);
}

/** An xsd:boolean. */
export function boolean(value: boolean): Literal {
  return literal(String(value), xsd.boolean);
}

/** A plain xsd:string. */
export function plain(text: string | undefined): Literal | undefined {
  return text === undefined ? undefined : literal(text);
}
