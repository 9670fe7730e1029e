// Types for shacl-engine, which ships none: only what office-ld calls (the validator with its SPARQL plugin).
declare module 'shacl-engine' {
  import type { DatasetCore } from '@rdfjs/types';

  /** A SHACL validator for a shapes graph; `validations` and `targetResolvers` add SPARQL support. */
  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown; validations?: unknown; targetResolvers?: unknown });
    /** Validates a data graph; the report's `dataset` is the sh:ValidationReport graph. */
    validate(data: { dataset: DatasetCore }): Promise<{ conforms: boolean; dataset: DatasetCore }>;
  }
}

declare module 'shacl-engine/sparql.js' {
  /** SPARQL-based constraints (sh:sparql). */
  export const validations: unknown;
  /** SPARQL-based targets. */
  export const targetResolvers: unknown;
}
