/** Keep one candidate per stretch of text: the longest wins, then the higher priority, then the earlier parser. */
import type { Candidate, Ctx } from '../types.ts';

export function removeOverlaps(_ctx: Ctx, cands: Candidate[]): Candidate[] {
  const ranked = cands
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || (b.c.priority ?? 0) - (a.c.priority ?? 0) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (c.end <= c.start) continue;
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
