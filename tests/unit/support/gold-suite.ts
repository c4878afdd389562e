/**
 * The checks of a gold timeline (the format of tests/fixtures/seed-timeline.json) against what the
 * pipeline (not Astro) makes of a folder of articles. Gold files are matched to slugs by the
 * fragments they cite; a citation matches when the cited sentence contains the fragment (after
 * folding curly quotes and collapsing whitespace).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticlesDir } from '../../../src/loaders/files.ts';
import { analyzeAll, buildTimeline } from '../../../src/timeline/pipeline.ts';
import type { Timeline, TimelineEvent } from '../../../src/timeline/types.ts';

export interface GoldCitation {
  file: string;
  fragment: string;
}
export interface GoldEvent {
  id: string;
  date: string;
  kind: string;
  partOfDay?: string;
  minRequired?: number;
  required: GoldCitation[];
  optional: GoldCitation[];
}
export interface Gold {
  articles: { file: string; title: string | null; published: string | null; dateNote: string }[];
  events: GoldEvent[];
  mustNotPlace: { date: string; why: string }[];
}

const fold = (s: string): string => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/** Registers the gold checks for `articlesDir` under `name`; returns the timeline and the gold-file → slug map for further checks. */
/**
 * `known`: checks this build is known to fail, by name (a gold event's id, `apart:<id>+<id>` for two
 * happenings of one day, `trap:<date>`), each with why. They run as expected failures (`it.fails`):
 * the suite reports them, and a fix that makes one pass fails the suite until it is taken off the list.
 */
export function goldSuite(
  name: string,
  articlesDir: string,
  goldFile: string,
  known: Record<string, string> = {},
): { timeline: Timeline; gold: Gold; slugOf: Map<string, string> } {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  const check = (key: string, title: string, fn: () => void): void => {
    if (known[key] !== undefined) it.fails(`${title} — known failure: ${known[key]}`, fn);
    else it(title, fn);
  };
  const timeline: Timeline = buildTimeline(analyzeAll(readArticlesDir(articlesDir)));

  const slugOf = new Map<string, string>();
  const byFile = new Map<string, string[]>();
  for (const e of gold.events) for (const c of [...e.required, ...e.optional]) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c.fragment]);
  for (const [file, fragments] of byFile) {
    const hits = timeline.articles.filter((a) => fragments.every((f) => fold(a.text).includes(fold(f))));
    if (hits.length === 1) slugOf.set(file, hits[0]!.input.slug);
  }

  /** Events holding a citation of the gold file's article whose sentence contains the fragment. */
  const eventsCiting = (c: GoldCitation): TimelineEvent[] => {
    const slug = slugOf.get(c.file);
    return timeline.events.filter((e) => e.citations.some((x) => x.article === slug && fold(x.sentence).includes(fold(c.fragment))));
  };
  /** The event of the gold day that holds most of the gold event's required citations. */
  const mainEvent = (ge: GoldEvent): { id: string | undefined; together: number } => {
    const counts = new Map<string, number>();
    for (const c of ge.required) for (const e of eventsCiting(c).filter((x) => x.date === ge.date)) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    return { id: best?.[0], together: best?.[1] ?? 0 };
  };

  describe(`gold timeline (${name})`, () => {
    it('maps every gold file to one article', () => {
      for (const a of gold.articles) expect(slugOf.get(a.file), a.file).toBeDefined();
    });

    it('dates the articles as the gold does, marking inferred dates', () => {
      for (const g of gold.articles) {
        const a = timeline.articles.find((x) => x.input.slug === slugOf.get(g.file));
        expect(a, g.file).toBeDefined();
        expect(a!.date.value, g.file).toBe(g.published ?? a!.date.value);
        const stated = Boolean(a!.input.published ?? a!.input.updated);
        expect(a!.date.source === 'inferred', g.file).toBe(!stated);
      }
    });

    const report: string[] = [];
    for (const ge of gold.events) {
      check(ge.id, `${ge.id}: required citations on one event of ${ge.date}`, () => {
        const onDay = ge.required.map((c) => eventsCiting(c).filter((e) => e.date === ge.date));
        const found = onDay.filter((l) => l.length > 0).length;
        const { id, together } = mainEvent(ge);
        const optionalFound = ge.optional.filter((c) => eventsCiting(c).some((e) => e.date === ge.date)).length;
        report.push(`${ge.id}: required ${found}/${ge.required.length} (together ${together}), optional ${optionalFound}/${ge.optional.length}`);
        const elsewhere = ge.required.map((c) => `${c.fragment} -> ${eventsCiting(c).map((e) => `${e.date} ${e.kind}`).join(', ') || 'no event'}`);
        expect(together, elsewhere.join('\n')).toBeGreaterThanOrEqual(ge.minRequired ?? ge.required.length);
        const ev = timeline.events.find((e) => e.id === id)!;
        expect(ev.kind).toBe(ge.kind);
        if (ge.partOfDay) expect(ev.partOfDay).toBe(ge.partOfDay);
      });
    }

    for (const a of gold.events) {
      for (const b of gold.events) {
        if (a.id >= b.id || a.date !== b.date) continue;
        check(`apart:${a.id}+${b.id}`, `keeps ${a.id} and ${b.id} (both ${a.date}) on different events`, () => {
          // an event not found at all fails its own test above
          const [x, y] = [mainEvent(a).id, mainEvent(b).id];
          if (x !== undefined && y !== undefined) expect(x).not.toBe(y);
        });
      }
    }

    for (const t of gold.mustNotPlace) {
      check(`trap:${t.date}`, `places nothing on the trap date ${t.date}`, () => {
        expect(timeline.events.filter((e) => e.date === t.date).map((e) => e.title), t.why).toEqual([]);
      });
    }

    it('lists only checks that exist as known failures', () => {
      const keys = new Set([
        ...gold.events.map((e) => e.id),
        ...gold.events.flatMap((a) => gold.events.filter((b) => a.id < b.id && a.date === b.date).map((b) => `apart:${a.id}+${b.id}`)),
        ...gold.mustNotPlace.map((t) => `trap:${t.date}`),
      ]);
      expect(Object.keys(known).filter((k) => !keys.has(k))).toEqual([]);
    });

    it('reports what it found', () => {
      console.log(`gold (${name}): \n  ${report.join('\n  ')}`);
    });
  });
  return { timeline, gold, slugOf };
}
