/**
 * Checked output: the built site in dist/ (as `npm run test:e2e` builds it), every page of it.
 * - every internal link, asset and #anchor resolves (honouring the configured base);
 * - every page is valid HTML: html-validate with `html-validate:recommended` (.htmlvalidate.json),
 *   zero errors. Relaxed there, because JSON has no comments:
 *     long-title — the <title> of an article page is the article's own headline, which newsrooms
 *     write longer than 70 characters; shortening it would misquote the article;
 * - nothing inline that `script-src 'self'; style-src 'self'` would block;
 * - every article file in content/ has its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { brokenLinks, collectFacts, distFiles, htmlPages, inlineCode, normBase, unknown, type PageFacts } from './support/dist-check.ts';

const dist = 'dist';
const base = normBase(process.env.NEWS_TIMELINE_BASE);
const pages = htmlPages(dist, base);

let facts: PageFacts[] | undefined;
async function gather(page: import('@playwright/test').Page, origin: string): Promise<PageFacts[]> {
  facts ??= await collectFacts(page, origin, pages);
  return facts;
}

test('the site has pages of every kind', () => {
  expect(pages).toContain(base);
  expect(pages.some((p) => p.startsWith(`${base}articles/`) && p !== `${base}articles/`)).toBe(true);
});

test('every internal link, asset and #anchor resolves', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const problems = brokenLinks(await gather(page, origin), dist, base);
  expect(unknown(problems)).toEqual([]);
});

test('nothing inline that a strict CSP would block', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  expect(inlineCode(await gather(page, origin))).toEqual([]);
});

test('every page is valid HTML (html-validate, zero errors)', async () => {
  test.setTimeout(180_000);
  const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const file of distFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
    const report = await htmlvalidate.validateString(readFileSync(join(dist, file), 'utf8'), join(dist, file));
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  expect(unknown(errors)).toEqual([]);
});

test('every article file has its page, and the build report lists it', () => {
  const report = JSON.parse(readFileSync(join(dist, 'build-report.json'), 'utf8')) as { articles: { slug: string; file: string }[] };
  const files = distFiles(process.env.NEWS_TIMELINE_CONTENT ?? 'content/articles').filter((f) => f.endsWith('.md'));
  expect(report.articles.map((a) => a.file.split('/').pop()).sort()).toEqual(files.map((f) => f.split('/').pop()).sort());
  for (const a of report.articles) expect(pages, a.file).toContain(`${base}articles/${a.slug}/`);
});
