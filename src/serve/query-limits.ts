// Limits on a SPARQL request before it reaches the engine: size, nesting depth, and graph IRIs that
// Oxigraph can take (a deep query or an IRI with a space corrupts its WebAssembly memory).

/** Longest query accepted, in characters. */
export const MAX_QUERY_CHARS = 32_768;
/** Deepest nesting of `{`, `(` and `[` accepted (Oxigraph fails at a few hundred levels). */
export const MAX_QUERY_NESTING = 64;

const IRI_AT = /<[^<>"{}|^`\\\s]*>/y;
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:[^<>"{}|^`\\\s]*$/i;

/** Why a query may not run, or undefined when it may. */
export function queryProblem(query: string): string | undefined {
  if (query.length > MAX_QUERY_CHARS) return `the query is over ${MAX_QUERY_CHARS} characters`;
  const depth = nesting(query);
  if (depth > MAX_QUERY_NESTING) return `the query nests ${depth} levels deep; at most ${MAX_QUERY_NESTING} are allowed`;
  return undefined;
}

/** Why a `default-graph-uri` / `named-graph-uri` value may not be used, or undefined. */
export function graphIriProblem(iri: string): string | undefined {
  return ABSOLUTE_IRI.test(iri) && iri.length <= 2048 ? undefined : `"${iri.slice(0, 80)}" is not an absolute IRI`;
}

/** The deepest nesting of brackets, outside strings, IRIs and comments (one pass). */
function nesting(query: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '<') {
      IRI_AT.lastIndex = i;
      if (IRI_AT.test(query)) i = IRI_AT.lastIndex - 1;
    } else if (c === '"' || c === "'") {
      const long = query.startsWith(c.repeat(3), i);
      const end = long ? c.repeat(3) : c;
      let j = i + end.length;
      while (j < query.length && !query.startsWith(end, j)) j += query[j] === '\\' ? 2 : 1;
      i = j + end.length - 1;
    } else if (c === '#') {
      const eol = query.indexOf('\n', i);
      i = eol < 0 ? query.length : eol;
    } else if (c === '{' || c === '(' || c === '[') {
      deepest = Math.max(deepest, ++depth);
    } else if (c === '}' || c === ')' || c === ']') {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}
