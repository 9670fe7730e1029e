// Characters XML 1.0 cannot hold at all (not even as `&#x1;`): where RDF/XML and SPARQL XML results must refuse.
import type { Quad } from '@rdfjs/types';
import { LineWriter } from './ntriples.js';

/** C0 controls but tab, LF and CR; U+FFFE and U+FFFF; surrogates without their pair (XML 1.0 `Char`). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What XML 1.0 allows instead, for messages. */
export const XML_CHARS_EXPECTED = 'text without C0 control characters other than tab, LF and CR, U+FFFE, U+FFFF or unpaired surrogates';

/** The first character of `text` that XML 1.0 cannot hold, as `U+0001`; undefined when there is none. */
export function notXmlCharacter(text: string): string | undefined {
  const found = NOT_XML.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/**
 * Why quads cannot be written as RDF/XML: the first triple with a character XML 1.0
 * cannot hold in an IRI, a literal, a datatype or a language tag, written as N-Triples; undefined when none has.
 */
export function rdfXmlProblem(quads: readonly Quad[]): string | undefined {
  for (const q of quads) {
    const o = q.object;
    const texts = [q.subject.value, q.predicate.value, o.value, ...(o.termType === 'Literal' ? [o.language, o.datatype.value] : [])];
    const character = texts.map(notXmlCharacter).find(Boolean);
    if (character) {
      const triple = Buffer.from(new LineWriter().triples([q])).toString('utf8').trim();
      return `RDF/XML cannot hold ${character} (XML 1.0 allows it nowhere, not even as a character reference), found in ${triple}`;
    }
  }
  return undefined;
}
