// office-ld's own version, from package.json: shown by `--version` and recorded in the build's provenance.
import { createRequire } from 'node:module';

/** The version of office-ld (package.json). */
export const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
