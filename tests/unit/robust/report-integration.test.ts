/**
 * The build-report integration at the end of a build: prints the summary, and stops the build when an
 * article file of the content folder is missing from the report (nothing is dropped silently).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import buildReportIntegration from '../../../src/integrations/build-report-integration.ts';
import { cleanUp, tempDir } from './harness.ts';

afterAll(cleanUp);

type Hook = (options: unknown) => void;

function site(listed: string[]): { content: string; dist: string; hooks: Record<string, Hook> } {
  const root = tempDir('integration');
  const content = join(root, 'articles');
  mkdirSync(join(content, 'archive'), { recursive: true });
  writeFileSync(join(content, 'a.md'), '---\ntitle: "A"\n---\n');
  writeFileSync(join(content, 'archive', 'b.md'), '---\ntitle: "B"\n---\n');
  const dist = join(root, 'dist');
  mkdirSync(dist);
  const report = {
    summary: { articles: listed.length, articlesWithInferredDate: 0, articlesWithInferredHeadline: 0, events: 0, scheduled: 0, days: 0, citations: 0, sentencesInferred: 0, sentencesNotPlaced: 0, warnings: 0, filesWithWarnings: 0 },
    articles: listed.map((file) => ({ slug: file.replace(/.*\//, '').replace(/\.md$/, ''), file })),
    inferred: [],
    notPlaced: [],
    warnings: {},
  };
  writeFileSync(join(dist, 'build-report.json'), JSON.stringify(report));
  const integration = buildReportIntegration({ content: 'articles' });
  const hooks = integration.hooks as unknown as Record<string, Hook>;
  hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`) } });
  return { content, dist, hooks };
}

function done(hooks: Record<string, Hook>, dist: string): string[] {
  const lines: string[] = [];
  const logger = { info: (l: string) => lines.push(l), warn: (l: string) => lines.push(`warn: ${l}`) };
  hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger });
  return lines;
}

describe('build-report integration', () => {
  it('prints the summary when every article file is in the report', () => {
    const { hooks, dist } = site(['articles/a.md', 'articles/archive/b.md']);
    expect(done(hooks, dist)[0]).toBe('2 articles read, 0 events (0 scheduled) on 0 days, 0 citations');
  });

  it('stops the build naming the file that is missing from the report', () => {
    const { hooks, dist, content } = site(['articles/a.md']);
    expect(() => done(hooks, dist)).toThrow(
      `1 article file is missing from the timeline: ${join(content, 'archive', 'b.md')}. Every file in ${content} must become an article; this is a bug in the build, please report it.`,
    );
  });
});
