/**
 * Reproducible builds: the same content built under three very different machine time zones, and
 * twice in a row (the second time with a warm content-layer cache), gives byte-identical output —
 * the same file names (Astro's hashed assets included) and the same bytes in every file. And a
 * rebuild after an edit, which reuses the other articles' analyses and what the merge remembers,
 * gives what a build from scratch of the edited content gives.
 */
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, cleanUp, digestTree, seedContent, tempDir, type BuildResult } from './robust/harness.ts';

const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;
const builds = new Map<string, BuildResult>();
/** start-words.json after the first and the second of the builds in a row: its text and when it was written. */
const startWords: { text: string; mtimeMs: number }[] = [];

beforeAll(async () => {
  const cacheDir = tempDir('cache-repeat');
  const jobs: [string, () => Promise<BuildResult>][] = [
    ...zones.map((TZ) => [TZ, () => build({ content: seedContent, env: { TZ } })] as [string, () => Promise<BuildResult>]),
    ['repeat', async () => {
      // Twice in a row in the same place, sharing the content-layer cache like an editor's checkout.
      const file = join(cacheDir, 'news-timeline', 'start-words.json');
      const keep = (): void => {
        if (existsSync(file)) startWords.push({ text: readFileSync(file, 'utf8'), mtimeMs: statSync(file).mtimeMs });
      };
      await build({ content: seedContent, env: { TZ: 'UTC' }, cacheDir });
      keep();
      const second = await build({ content: seedContent, env: { TZ: 'UTC' }, cacheDir });
      keep();
      // Then once more with the analysis cache lost but the data store kept: everything is analysed again.
      rmSync(join(cacheDir, 'news-timeline'), { recursive: true });
      builds.set('lost-cache', await build({ content: seedContent, env: { TZ: 'UTC' }, cacheDir }));
      return second;
    }],
    ['edited', async () => {
      // The bundled articles (one quarter) and an article of another quarter, which is then edited:
      // the rebuild re-merges that quarter and keeps the bundled articles' days as they were.
      const content = tempDir('content-edited');
      cpSync(seedContent, content, { recursive: true });
      const extra = join(content, 'port-talks.md');
      writeFileSync(
        extra,
        '---\ntitle: "Port talks resume"\npublisher: "The Harbour Ledger"\npublished: "2024-03-12T18:40:00-04:00"\n---\n\n' +
          'Negotiators for the dockworkers and the port operators met on Monday for the first time since the walkout began.\n\n' +
          'The operators gave the union until Friday to respond to their latest offer.\n',
      );
      // a second article of that quarter: its word statistics are then updated by the edit, not counted again
      writeFileSync(
        join(content, 'port-vote.md'),
        '---\ntitle: "Dockworkers to vote"\npublisher: "The Harbour Ledger"\npublished: "2024-03-14T09:00:00-04:00"\n---\n\n' +
          'The union said on Wednesday that its members would vote on the offer next week.\n',
      );
      const warm = tempDir('cache-edited');
      await build({ content, env: { TZ: 'UTC' }, cacheDir: warm });
      appendFileSync(extra, '\nOn Wednesday, the union said it would answer by Thursday.\n');
      builds.set('edited-cold', await build({ content, env: { TZ: 'UTC' } }));
      return build({ content, env: { TZ: 'UTC' }, cacheDir: warm });
    }],
  ];
  let next = 0;
  await Promise.all(
    [0, 1].map(async () => {
      while (next < jobs.length) {
        const [name, job] = jobs[next++]!;
        builds.set(name, await job());
      }
    }),
  );
}, 600_000);
afterAll(cleanUp);

describe('reproducible builds', () => {
  it('every build succeeds', () => {
    for (const [name, result] of builds) expect(result.code, `${name}\n${result.output}`).toBe(0);
  });

  it.each(zones.slice(1))('TZ=%s gives byte-identical dist/ to TZ=UTC', (zone) => {
    const reference = digestTree(builds.get('UTC')!.outDir);
    const other = digestTree(builds.get(zone)!.outDir);
    expect(Object.keys(other)).toEqual(Object.keys(reference));
    expect(other).toEqual(reference);
    expect(Object.keys(reference).length).toBeGreaterThan(5);
  });

  it('a second build in a row (warm cache) reuses every analysis and is byte-identical', () => {
    expect(builds.get('repeat')!.output).toMatch(/pipeline: 2 articles analysed in \d+ ms, 5 reused from the content cache/);
    expect(digestTree(builds.get('repeat')!.outDir)).toEqual(digestTree(builds.get('UTC')!.outDir));
  });

  it('a rebuild after an edit reuses the rest and equals a build from scratch of the edited content', () => {
    const inc = builds.get('edited')!;
    expect(inc.code, inc.output).toBe(0);
    expect(inc.output).toMatch(/pipeline: 3 articles analysed in \d+ ms, 6 reused from the content cache/);
    // the edited article's quarter takes its old version out of its statistics (the loader kept it)
    expect(Number(/quarters' word statistics: (\d+) updated/.exec(inc.output)?.[1])).toBeGreaterThanOrEqual(1);
    const [, reused, days] = /\((\d+) of (\d+) days/.exec(inc.output)!.map(Number);
    expect(reused).toBeGreaterThan(0);
    expect(reused).toBeLessThan(days!);
    expect(digestTree(inc.outDir)).toEqual(digestTree(builds.get('edited-cold')!.outDir));
  });

  it("keeps the rules' start words beside the analyses, and the next build reads them instead of writing them again", () => {
    expect(startWords.length).toBe(2);
    const body = JSON.parse(startWords[0]!.text) as { format: number; salt: string; table: Record<string, unknown> };
    expect(body.format).toBe(1);
    expect(body.salt.length).toBeGreaterThan(8);
    const entries = Object.entries(body.table);
    expect(entries.length).toBeGreaterThan(30);
    // keyed by flags and source; most rules have start words, a few are scanned in full (null)
    expect(entries.every(([key]) => /^[a-z]*\//.test(key))).toBe(true);
    expect(entries.filter(([, v]) => v !== null).length / entries.length).toBeGreaterThan(0.8);
    // the second build took them as they were (and its output is byte-identical: the test above)
    expect(startWords[1]).toEqual(startWords[0]);
  });

  it('a build whose analysis cache was deleted analyses again and is byte-identical', () => {
    const lost = builds.get('lost-cache')!;
    expect(lost.code, lost.output).toBe(0);
    // The three dated articles again by the loader, the two undated ones by getTimeline() as on every
    // build (their store entries, which need no cached analysis, are the two reused).
    expect(lost.output).toMatch(/pipeline: 5 articles analysed in \d+ ms, 2 reused from the content cache/);
    expect(digestTree(lost.outDir)).toEqual(digestTree(builds.get('UTC')!.outDir));
  });
});
