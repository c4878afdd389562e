import { describe, expect, it } from 'vitest';
import { similarityMatrix, type Member } from '../../../src/timeline/merge.ts';
import type { CandidateEvent } from '../../../src/timeline/events.ts';

/** The pairwise definition: a cosine walking the smaller vector in its order, then the actor, deadline and lede parts. */
function reference(a: Member, b: Member): number {
  if (a.cand.kind !== b.cand.kind) return 0;
  const [small, large] = a.vec.ids.length <= b.vec.ids.length ? [a.vec, b.vec] : [b.vec, a.vec];
  let s = 0;
  small.ids.forEach((t, k) => {
    const at = large.ids.indexOf(t);
    if (at >= 0) s += small.weights[k]! * large.weights[at]!;
  });
  let shared = 0;
  for (const [k, wa] of a.actorKeys) if (b.actorKeys.has(k)) shared = Math.max(shared, (wa + b.actorKeys.get(k)!) / 2);
  if (s >= 0.04) s += 0.25 * shared;
  if (a.cand.deadline && b.cand.deadline && shared > 0) s += 0.3;
  if (a.lede && b.lede && a.cand.article !== b.cand.article) s += 0.1;
  return s;
}

const weight = new Map([['berger', 0.8], ['european commission', 1], ['police', 0.25], ['smith', 0.55]]);

/** Random members over a small vocabulary (so that many pairs share terms, and vectors often have equal sizes). */
function members(n: number, seed: number): Member[] {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const vocab = Array.from({ length: 6 + (seed % 8) }, (_, i) => i);
  const actors = ['berger', 'european commission', 'police', 'smith'];
  return Array.from({ length: n }, (_, order) => {
    const terms = new Map<number, number>();
    const size = 1 + Math.floor(rnd() * 6);
    while (terms.size < size) terms.set(pick(vocab), rnd() + 0.01);
    // normalised like the real vectors, which also gives the weights full-width mantissas (so that
    // the order of a sum shows in its last bits)
    let norm = 0;
    for (const w of terms.values()) norm += w * w;
    const vec = { ids: [...terms.keys()], weights: [...terms.values()].map((w) => w / Math.sqrt(norm)) };
    // an actor's weight differs between members, as between reports of different months
    const actorKeys = new Map<string, number>();
    for (const a of actors) if (rnd() < 0.3) actorKeys.set(a, rnd() < 0.5 ? weight.get(a)! : rnd());
    const cand = { kind: pick(['occurred', 'scheduled']), deadline: rnd() < 0.3, article: pick(['a', 'b', 'c']) } as CandidateEvent;
    return { cand, vec, actorKeys, order, lede: rnd() < 0.4 };
  });
}

describe('similarityMatrix', () => {
  it('gives every pair exactly the value of the pairwise definition', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const ms = members(2 + (seed % 30), seed);
      const sims = similarityMatrix(ms);
      for (let i = 0; i < ms.length; i++) {
        expect(sims[i * ms.length + i], `seed ${seed}`).toBe(0);
        for (let j = 0; j < ms.length; j++) {
          if (i === j) continue;
          const [lo, hi] = i < j ? [i, j] : [j, i];
          expect(sims[i * ms.length + j], `seed ${seed}, ${i}-${j}`).toBe(reference(ms[lo]!, ms[hi]!));
        }
      }
    }
  });
});
