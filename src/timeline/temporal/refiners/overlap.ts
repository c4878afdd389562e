/** Keep one candidate per stretch of text: the longest wins, then the higher priority, then the earlier parser. */
import type { Candidate, Ctx } from '../types.ts';

export function removeOverlaps(_ctx: Ctx, cands: Candidate[]): Candidate[] {
  const ranked = cands
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.end > c.start)
    .sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || (b.c.priority ?? 0) - (a.c.priority ?? 0) || a.i - b.i);
  // kept spans, sorted by start, disjoint: an overlap check is a binary search
  const starts: number[] = [];
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid]! < c.end) lo = mid + 1; else hi = mid; }
    // lo = first kept span starting at or after c.end; the one before it is the only candidate for overlap
    const prev = lo > 0 ? kept[lo - 1] : undefined;
    if (prev && prev.end > c.start) continue;
    starts.splice(lo, 0, c.start);
    kept.splice(lo, 0, c);
  }
  return kept;
}
