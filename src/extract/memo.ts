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

/**
 * As `remembered`, with a memory for each value `scope()` gives when called (the article's month
 * languages): where the same text reads otherwise in another scope, each keeps its own readings.
 */
export function rememberedIn<T>(scope: () => string, read: (text: string) => T): (text: string) => T {
  const memories = new Map<string, (text: string) => T>();
  return (text) => {
    const key = scope();
    let memory = memories.get(key);
    if (!memory) memories.set(key, (memory = remembered(read)));
    return memory(text);
  };
}
