// Types for rdf-canonize, which ships none: only what office-ld calls.
declare module 'rdf-canonize' {
  /** Canonicalizes a dataset (RDF/JS quads) with RDFC-1.0; returns canonical N-Quads. */
  export function canonize(
    input: unknown,
    options: { algorithm: 'RDFC-1.0'; format?: 'application/n-quads'; maxWorkFactor?: number },
  ): Promise<string>;
}
