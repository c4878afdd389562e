/** The content loader's analysis pool: the same stored analyses on worker threads as on the main thread. */
import { describe, expect, it } from 'vitest';
import { analyzeMany, poolSize, MIN_POOLED } from '../../../src/loaders/analysis-pool.ts';
import { article } from './helpers.ts';

const bodies = [
  'WASHINGTON — The Senate passed the bill late Tuesday, and the House is due to vote on Friday at 9:30 a.m. ET.',
  'The council met on May 2. Mayor Ines Varga said the vote was close. It meets again next month.',
  'Shares fell 3% on Monday after the company said it would cut 200 jobs by the end of the year.',
  'Rescue teams reached the village early Wednesday, two days after the storm.',
  'The trial opened on Thursday and is expected to last about a month.',
];
const inputs = Array.from({ length: 60 }, (_, i) =>
  article(`a-${String(i).padStart(2, '0')}`, `${bodies[i % bodies.length]}\n\nParagraph ${i} of the story.`, {
    title: `Story ${i}`,
    published: `2024-05-${String((i % 28) + 1).padStart(2, '0')}`,
  }),
);

describe('analysis pool', () => {
  it('gives, in input order, exactly what the main thread gives, with two workers', async () => {
    const inline = await analyzeMany(inputs, 0, (i, m) => new Error(`${i}: ${m}`));
    const pooled = await analyzeMany(inputs, 2, (i, m) => new Error(`${i}: ${m}`));
    expect(pooled).toHaveLength(inputs.length);
    expect(inline.some((a) => a.candidates.length > 0)).toBe(true);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(inline));
  });

  it('names the article whose analysis fails', async () => {
    const broken = [...inputs.slice(0, 3), { ...inputs[3]!, body: null as unknown as string }];
    await expect(analyzeMany(broken, 2, (i, m) => new Error(`${broken[i]!.file}: ${m}`))).rejects.toThrow(/^content\/articles\/a-03\.md: /);
    await expect(analyzeMany(broken, 0, (i, m) => new Error(`${broken[i]!.file}: ${m}`))).rejects.toThrow(/^content\/articles\/a-03\.md: /);
  });

  it('sizes the pool from the environment, else from the cores for large jobs only', () => {
    expect(poolSize(5000, { NEWS_TIMELINE_WORKERS: '0' })).toBe(0);
    expect(poolSize(5000, { NEWS_TIMELINE_WORKERS: '3' })).toBe(3);
    expect(poolSize(5000, { NEWS_TIMELINE_WORKERS: '2' }, 2)).toBe(2);
    expect(poolSize(2, { NEWS_TIMELINE_WORKERS: '3' })).toBe(2);
    expect(poolSize(MIN_POOLED - 1, {}, 8)).toBe(0);
    expect(poolSize(5000, {}, 8)).toBe(8);
    expect(poolSize(5000, {}, 2)).toBe(2);
    expect(poolSize(5000, {}, 1)).toBe(0);
    expect(() => poolSize(10, { NEWS_TIMELINE_WORKERS: 'many' })).toThrow(/NEWS_TIMELINE_WORKERS must be a whole number/);
  });
});
