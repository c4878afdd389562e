import { describe, expect, it } from 'vitest';
import { averageLinkGroups } from '../../../src/timeline/merge.ts';

/** The textbook greedy average-link clustering over all items at once (the definition). */
function reference(sim: number[][], threshold: number): number[] {
  const n = sim.length;
  let groups: number[][] = sim.map((_, i) => [i]);
  for (;;) {
    let best: [number, number] | null = null;
    let bestAvg = threshold;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        let sum = 0;
        for (const a of groups[i]!) for (const b of groups[j]!) sum += sim[a]![b]!;
        const avg = sum / (groups[i]!.length * groups[j]!.length);
        if (avg > bestAvg + 1e-12 || (!best && avg >= bestAvg)) [best, bestAvg] = [[i, j], avg];
      }
    }
    if (!best) break;
    const [i, j] = best;
    groups = groups.filter((_, k) => k !== j).map((g, k) => (k === i ? [...g, ...groups[j]!] : g));
  }
  const parent = new Array<number>(n).fill(0);
  for (const g of groups) for (const i of g) parent[i] = Math.min(...g);
  return parent;
}

/** Deterministic pseudo-random similarities with a few dense groups, like a busy news day. */
function matrix(n: number, seed: number): number[][] {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const topic = Array.from({ length: n }, () => Math.floor(rnd() * Math.max(1, n / 4)));
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) m[i]![j] = m[j]![i] = topic[i] === topic[j] ? 0.1 + rnd() * 0.5 : rnd() * 0.15;
  return m;
}

const flat = (m: number[][]): Float64Array => Float64Array.from(m.flat());

describe('averageLinkGroups', () => {
  it('gives the same groups as clustering all items at once', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const n = 3 + (seed % 17);
      const m = matrix(n, seed);
      expect(averageLinkGroups(flat(m), m.length, 0.12)).toEqual(reference(m, 0.12));
    }
  });

  it('breaks ties exactly as the definition does (whole-number similarities, so equal means are equal numbers)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      let x = seed;
      const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
      const n = 5 + (seed % 36);
      const topic = Array.from({ length: n }, () => Math.floor(rnd() * Math.max(1, n / 5)));
      const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) m[i]![j] = m[j]![i] = Math.floor(rnd() * (topic[i] === topic[j] ? 8 : 4));
      expect(averageLinkGroups(flat(m), m.length, 3), `seed ${seed}`).toEqual(reference(m, 3));
    }
  });

  it('keeps items with nothing in common apart, and joins items only through a similar enough pair', () => {
    const m = [
      [0, 0.5, 0, 0],
      [0.5, 0, 0.05, 0],
      [0, 0.05, 0, 0.3],
      [0, 0, 0.3, 0],
    ];
    expect(averageLinkGroups(flat(m), m.length, 0.12)).toEqual([0, 0, 2, 2]);
  });
});
