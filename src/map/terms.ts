// Small term builders shared by the mappers: typed literals, language strings, quads.
import { DataFactory, Literal as N3Literal } from 'n3';
import type { Literal, NamedNode, Quad, Quad_Object } from '@rdfjs/types';
import { xsdTypeOf, type PartialDate } from '../extract/dates.js';
import { xsd } from '../vocab.js';

const { quad } = DataFactory;

/**
 * An n3 literal whose value, language and datatype are fields: n3's own literal parses them out of
 * its id on every read (and makes a new datatype term each time), and each literal is read by every
 * writer, the statistics and validation. Still an n3 literal (same id, same equality).
 */
class SettledLiteral extends N3Literal {
  // @ts-expect-error n3 declares these as accessors; fields of the same values shadow them
  readonly value: string;
  // @ts-expect-error as above
  readonly language: string;
  // @ts-expect-error as above
  readonly datatype: NamedNode;

  constructor(term: N3Literal) {
    super(term.id);
    this.value = term.value;
    this.language = term.language;
    this.datatype = term.datatype;
  }
}

function literal(value: string, languageOrDatatype?: string | NamedNode): Literal {
  return new SettledLiteral(DataFactory.literal(value, languageOrDatatype));
}

/** Collects the quads of one subject. */
export class QuadSink {
  readonly quads: Quad[] = [];

  /** Adds `subject predicate object` for each defined object. */
  add(subject: NamedNode, predicate: NamedNode, ...objects: (Quad_Object | undefined)[]): this {
    for (const object of objects) if (object) this.quads.push(quad(subject, predicate, object));
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
