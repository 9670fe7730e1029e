// Remembered readings: a cell is read several times (column profiling, row kinds, the row itself), so its pure readers cache.

/** How many distinct texts each reader remembers before it starts afresh (a corpus repeats dates and names). */
const REMEMBERED = 16_384;

/**
 * A pure function of one string, with its results remembered in a Map that is emptied when full. (An
 * LRU cache from npm cost more per call than the readings it saved, measured on the bench corpus.)
 * The results are shared: callers must not change them.
 */
export function remembered<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      if (cache.size >= REMEMBERED) cache.clear();
      cache.set(text, (value = read(text)));
    }
    return value as T;
  };
}
