/**
 * Astro integration: when the build is done, read `build-report.json` (written by the endpoint
 * `src/pages/build-report.json.ts` from the same timeline the pages render), print its summary and
 * stop the build if an article file of the content folder is missing from it (nothing is dropped
 * silently).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { summaryLines, type BuildReport } from './report.ts';
import { pipelineTimings } from '../lib/build/timings.ts';

/** Every `*.md` under `dir`, as absolute paths. */
function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...markdownFiles(full));
    else if (name.endsWith('.md')) out.push(full);
  }
  return out;
}

export interface BuildReportOptions {
  /** The articles folder (relative to the project root); defaults to NEWS_TIMELINE_CONTENT or content/articles. */
  content?: string;
}

export default function buildReport(options: BuildReportOptions = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'news-timeline:build-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const path = join(fileURLToPath(dir), 'build-report.json');
        if (!existsSync(path)) {
          logger.warn('no build-report.json was written (is src/pages/build-report.json.ts there?)');
          return;
        }
        const report = JSON.parse(readFileSync(path, 'utf8')) as BuildReport;
        for (const line of summaryLines(report)) logger.info(line);
        const t = pipelineTimings();
        logger.info(
          `pipeline: ${t.analysed} article${t.analysed === 1 ? '' : 's'} analysed in ${Math.round(t.analysisMs)} ms, ` +
            `${t.reused} reused from the content cache; timeline merged in ${Math.round(t.mergeMs)} ms` +
            (t.mergedDays !== undefined ? ` (${t.reusedDays} of ${t.mergedDays} days and ${t.reusedMatches} of ${t.matchedArticles} articles' content matches as in the last build; ${t.sameDays ?? 0} days clustered again as they were, ${t.partlyMatchedArticles ?? 0} articles matched again against the changed days only; quarters' word statistics: ${t.updatedQuarters ?? 0} updated, ${t.countedQuarters ?? 0} counted again)` : '') +
            `; caches read and written in ${Math.round(t.cacheMs)} ms`,
        );
        const timingsFile = process.env.NEWS_TIMELINE_TIMINGS;
        if (timingsFile) writeFileSync(timingsFile, `${JSON.stringify({ pipelineMs: t.analysisMs + t.mergeMs, ...t }, null, 2)}\n`);

        const content = resolve(root, options.content ?? process.env.NEWS_TIMELINE_CONTENT ?? './content/articles');
        const listed = new Set(report.articles.map((a) => resolve(root, a.file)));
        const missing = markdownFiles(content).filter((file) => !listed.has(file));
        if (missing.length) {
          throw new Error(
            `${missing.length} article file${missing.length === 1 ? ' is' : 's are'} missing from the timeline: ` +
              `${missing.join(', ')}. Every file in ${content} must become an article; this is a bug in the build, please report it.`,
          );
        }
      },
    },
  };
}
