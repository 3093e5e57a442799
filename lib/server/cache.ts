/**
 * Serialized answers by key, bounded in bytes as well as entries: one large answer cannot hold the
 * memory of thousands of small ones. The least recently used go first; an answer larger than the whole
 * budget is not kept.
 */
export function createResultCache(maxBytes: number, maxEntries: number) {
  const entries = new Map<string, string>();
  let bytes = 0;
  const sizeOf = (key: string, value: string) => key.length + Buffer.byteLength(value, 'utf8');
  const remove = (key: string) => {
    const value = entries.get(key);
    if (value === undefined) return;
    entries.delete(key);
    bytes -= sizeOf(key, value);
  };
  return {
    get(key: string): string | undefined {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key: string, value: string): void {
      remove(key);
      const size = sizeOf(key, value);
      if (size > maxBytes || maxEntries === 0) return;
      entries.set(key, value);
      bytes += size;
      while (bytes > maxBytes || entries.size > maxEntries) remove(entries.keys().next().value!);
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return entries.size;
    },
  };
}
