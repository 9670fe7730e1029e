// Reading warnings: what the article reader could not understand (ol:readingWarning) as Warning results at the row's line.
import type { NamedNode } from '@rdfjs/types';
import { ol, olsh, sh } from '../vocab.js';
import type { ShaclResult } from './engine.js';
import type { GraphIndex } from './graph-index.js';

/** One Warning per ol:readingWarning value: its focus is the tenure, gap or post, its message the text. */
export function readingWarnings(store: GraphIndex): ShaclResult[] {
  const results: ShaclResult[] = [];
  for (const subject of store.subjects(ol.readingWarning, null)) {
    for (const value of store.objects(subject, ol.readingWarning)) {
      results.push({
        focus: subject, path: ol.readingWarning as NamedNode, value, severity: sh.Warning,
        component: olsh.ReadingComponent, shape: olsh.ReadingShape, messages: [value.value],
      });
    }
  }
  return results;
}
