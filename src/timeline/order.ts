/** Deterministic orders for the pipeline's outputs (code-unit string order, never the locale's). */

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `items` sorted by the strings `key` gives (compared in turn), each item's key computed once; stable. */
export function sortedBy<T>(items: readonly T[], key: (item: T) => string[]): T[] {
  const keyed = items.map((item, i) => ({ item, k: key(item), i }));
  keyed.sort((x, y) => {
    for (let j = 0; j < x.k.length; j++) {
      const c = cmp(x.k[j]!, y.k[j]!);
      if (c) return c;
    }
    return x.i - y.i;
  });
  return keyed.map((x) => x.item);
}
