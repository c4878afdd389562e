/**
 * Stable event ids: a short hash of the first citation (`slug#sentenceIndex#date`). The first
 * citation is the one from the earliest article (then slug, then sentence order), so adding an
 * unrelated article never changes an existing id.
 */

/** cyrb53: a fast 53-bit string hash, deterministic across platforms. */
export function hash53(str: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The id of an event whose first citation is sentence `sentenceIndex` of `slug`, placed on `date`. */
export function eventId(slug: string, sentenceIndex: number, date: string): string {
  return `ev-${hash53(`${slug}#${sentenceIndex}#${date}`).toString(36).padStart(11, '0')}`;
}
