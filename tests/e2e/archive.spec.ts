/**
 * Navigation at archive scale (issue 7): a generated corpus of 2,000 articles over ~2 years is
 * built into a site of its own; the home page shows only the latest stretch and links the
 * archive; month and year pages exist for every month and year with events, link each other and
 * their days correctly; the jump form reaches a month with and without JavaScript; busy days are
 * split into pages (the limit is lowered here so that many are) and links to their events still
 * land; the search index comes in shards and a search reaches the last one; and no page exceeds
 * the weight budget (HTML + the CSS it links, gzipped, 30 KB).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { writeCorpus } from '../../bench/generate.ts';
import { build, cleanUp, tempDir, type BuildResult } from '../unit/robust/harness.ts';
import { distFiles } from './support/dist-check.ts';
import { serveDist, type StaticServer } from './support/static-server.ts';

test.describe.configure({ mode: 'serial' });

const BUDGET = 30 * 1024;
let site: BuildResult;
let server: StaticServer;
let timeline: { events: { id: string; date: string; citations: unknown[] }[]; articles: { slug: string; title: string; path: string }[] };
/** Citations per day page in this build (the default is larger: see src/lib/view/dayparts.ts). */
const DAY_PAGE_CITATIONS = 40;
/** An absolute URL on the test server for a site path. */
const at = (path: string): string => new URL(path.replace(/^\//, ''), server.url).href;

test.beforeAll(async () => {
  test.setTimeout(900_000);
  const content = tempDir('corpus-2000');
  writeCorpus(2000, content);
  // Two analysis workers, whatever the machine's cores: the worker pool's path through a real build.
  site = await build({ content, timeoutMs: 880_000, env: { NEWS_TIMELINE_DAY_PAGE_CITATIONS: String(DAY_PAGE_CITATIONS), NEWS_TIMELINE_WORKERS: '2' } });
  expect(site.code, site.output.slice(-4000)).toBe(0);
  timeline = JSON.parse(readFileSync(join(site.outDir, 'timeline.json'), 'utf8'));
  server = await serveDist(site.outDir, { useHeaders: false });
});

test.afterAll(async () => {
  await server?.close();
  cleanUp();
});

/** Days, months and years with events, from the build's own data. */
function calendar() {
  const days = [...new Set(timeline.events.map((e) => e.date))].sort();
  const months = [...new Set(days.map((d) => d.slice(0, 7)))];
  const years = [...new Set(days.map((d) => d.slice(0, 4)))];
  return { days, months, years };
}

test('the corpus spans years of days and the home page shows only the latest stretch', async ({ page }) => {
  const { days, months, years } = calendar();
  expect(days.length).toBeGreaterThan(300);
  expect(years.length).toBeGreaterThanOrEqual(2);
  await page.goto(at('/'));
  const listed = await page.locator('[data-day]').evaluateAll((els) => els.map((e) => e.getAttribute('data-day')));
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.length).toBeLessThan(days.length);
  expect(listed).toContain(days[days.length - 1]);
  await page.getByRole('link', { name: 'archive', exact: true }).click();
  await expect(page).toHaveURL(/\/months\/$/);
  for (const m of [months[0]!, months[months.length - 1]!]) {
    await expect(page.locator(`a[href="/months/${m}/"]`)).toHaveCount(1);
  }
});

test('every month and year page exists, with counts that add up and correct links', async ({ page }) => {
  const { days, months, years } = calendar();
  const files = new Set(distFiles(site.outDir));
  for (const m of months) expect(files.has(`months/${m}/index.html`), m).toBe(true);
  for (const y of years) expect(files.has(`years/${y}/index.html`), y).toBe(true);

  const month = months[Math.floor(months.length / 2)]!;
  await page.goto(at(`/months/${month}/`));
  const monthDays = days.filter((d) => d.startsWith(month));
  const shown = await page.locator('[data-day]').evaluateAll((els) => els.map((e) => e.getAttribute('data-day')));
  expect(shown).toEqual(monthDays);
  const events = timeline.events.filter((e) => e.date.startsWith(month)).length;
  await expect(page.locator('.lede')).toContainText(`${events} event`);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/months/${months[months.indexOf(month) - 1]}/`);
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', `/months/${months[months.indexOf(month) + 1]}/`);
  await page.locator(`.kicker a[href="/years/${month.slice(0, 4)}/"]`).click();
  await expect(page.locator('h1')).toHaveText(month.slice(0, 4));
  await expect(page.locator(`a[href="/months/${month}/"]`).first()).toBeVisible();
  const yearDays = await page.locator('.archive-days a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(yearDays).toEqual(days.filter((d) => d.startsWith(month.slice(0, 4))).map((d) => `/days/${d}/`));

  const day = monthDays[0]!;
  await page.goto(at(`/days/${day}/`));
  await page.locator(`.kicker a[href="/months/${month}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`/months/${month}/$`));
});

test('a busy day is split into pages of whole events, and every link to one of its events still lands on it', async ({ page }) => {
  const byDay = new Map<string, typeof timeline.events>();
  for (const e of timeline.events) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
  const citations = (events: typeof timeline.events) => events.reduce((n, e) => n + e.citations.length, 0);
  const busy = [...byDay].filter(([, events]) => citations(events) > DAY_PAGE_CITATIONS);
  expect(busy.length).toBeGreaterThan(5);
  const [day, events] = busy.sort((a, b) => citations(b[1]) - citations(a[1]))[0]!;

  // Each page holds whole events; together they hold every event of the day once.
  await page.goto(at(`/days/${day}/`));
  const pages = await page.getByRole('navigation', { name: "This day's pages" }).getByRole('link').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(pages.length).toBeGreaterThan(1);
  expect(pages).toEqual(pages.map((_, i) => (i === 0 ? `/days/${day}/` : `/days/${day}/${i + 1}/`)));
  const partOf = new Map<string, number>();
  for (const [i, href] of pages.entries()) {
    await page.goto(at(href!));
    await expect(page.locator('h1')).toHaveText(/\d{4}/);
    const here = await page.locator('article.evd').evaluateAll((els) => els.map((e) => e.id));
    expect(here.length).toBeGreaterThan(0);
    const n = events.filter((e) => here.includes(e.id)).reduce((k, e) => k + e.citations.length, 0);
    if (here.length > 1) expect(n).toBeLessThanOrEqual(DAY_PAGE_CITATIONS);
    for (const id of here) {
      expect(partOf.has(id), id).toBe(false);
      partOf.set(id, i + 1);
    }
  }
  expect([...partOf.keys()].sort()).toEqual(events.map((e) => e.id).sort());

  // /days/<day>/#<id> of an event on a later page lands on its title, which links to it.
  const later = events.find((e) => partOf.get(e.id)! > 1)!;
  await page.goto(at(`/days/${day}/#${later.id}`));
  const stub = page.locator(`li[id="${later.id}"]`);
  await expect(stub).toBeVisible();
  await stub.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/days/${day}/${partOf.get(later.id)}/#${later.id}$`));
  await expect(page.locator(`article[id="${later.id}"]`)).toBeVisible();
});

test('with hundreds of actors, the actors index lists the most named and every actor by initial', async ({ page }) => {
  const files = distFiles(site.outDir);
  const actorPages = files.filter((f) => /^actors\/[^/]+\/index\.html$/.test(f) && !f.startsWith('actors/letter/'));
  expect(actorPages.length).toBeGreaterThan(300);
  await page.goto(at('/actors/'));
  const letters = page.getByRole('navigation', { name: 'Actors by initial' }).getByRole('link');
  const hrefs = await letters.evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(5);
  expect(await page.locator('.facet-list li').count()).toBe(100);
  // Every actor page is listed on exactly one letter page.
  const listed: string[] = [];
  for (const href of hrefs) {
    await page.goto(at(href));
    await expect(page.locator('h1')).toHaveText(/^([A-Z]|Other)$/);
    listed.push(...(await page.locator('.facet-list a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))));
  }
  expect(listed.sort()).toEqual(actorPages.map((f) => `/${f.replace(/index\.html$/, '')}`).sort());
});

test('the archive-scale pages (a busy day\'s pages, the actors by initial) pass axe in light and dark', async ({ page }) => {
  test.setTimeout(180_000);
  const files = distFiles(site.outDir);
  const second = files.find((f) => /^days\/[^/]+\/2\/index\.html$/.test(f))!;
  const paths = [`/${second.replace(/2\/index\.html$/, '')}`, `/${second.replace(/index\.html$/, '')}`, '/actors/', '/actors/letter/a/'];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of paths) {
      await page.goto(at(path));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), `${path} (${scheme})`).toEqual([]);
    }
  }
});

test('the jump form goes to the chosen month with JavaScript, and to the archive index without', async ({ page, browser }) => {
  const { months } = calendar();
  const target = months[1]!;
  await page.goto(at('/months/'));
  await page.locator('#jump-month').fill(target);
  await page.getByRole('button', { name: 'Go' }).click();
  await expect(page).toHaveURL(new RegExp(`/months/${target}/$`));

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(at('/'));
  await noJs.locator('#jump-month').fill(target);
  await noJs.getByRole('button', { name: 'Go' }).click();
  await expect(noJs).toHaveURL(new RegExp(`/months/\\?month=${target}$`));
  await expect(noJs.locator(`a[href="/months/${target}/"]`)).toHaveCount(1);
  await context.close();
});

test('the search index comes in shards, data only past the first, and a search finds an article in the last', async ({ page }) => {
  const shards = JSON.parse(readFileSync(join(site.outDir, 'pagefind/shards.json'), 'utf8')) as string[];
  // about 10 million characters of text at 4 million a shard
  expect(shards.length).toBeGreaterThanOrEqual(2);
  for (const shard of shards) {
    expect(distFiles(join(site.outDir, shard)).some((f) => f.endsWith('.pf_meta'))).toBe(true);
    // data only: no search code and none of Pagefind's UIs (scripts and styles no page loads)
    expect(distFiles(join(site.outDir, shard)).filter((f) => /\.(?:js|css)$/.test(f))).toEqual([]);
  }
  // a word of the last article's title, which is in the last shard (events come first, then the articles in order)
  const article = timeline.articles[timeline.articles.length - 1]!;
  const word = [...(article.title.match(/[A-Za-z]{5,}/g) ?? [])].sort((a, b) => b.length - a.length)[0]!;
  // how many records have it: in the first shard alone, and in all of them (Pagefind's own API, in a page of its own)
  await page.goto(at('/'));
  const counts = await page.evaluate(
    async ({ word, shards, script }) => {
      const pf = await import(script);
      await pf.options({ baseUrl: '/' });
      await pf.init();
      const first = (await pf.search(word)).results.length;
      for (const s of shards) await pf.mergeIndex(`/${s}`, { baseUrl: '/' });
      return { first, all: (await pf.search(word)).results.length };
    },
    { word, shards, script: at('/pagefind/pagefind.js') },
  );
  expect(counts.all).toBeGreaterThan(counts.first);
  // the search page searches every shard: it reports that total, and the last article is among its results
  const search = await page.context().newPage();
  await search.goto(at(`/search/?q=${encodeURIComponent(word)}`));
  const total = counts.all > 30 ? `The first 30 of ${counts.all} results` : `${counts.all} result`;
  await expect(search.getByRole('status')).toContainText(total, { timeout: 30_000 });
  if (counts.all <= 30) await expect(search.locator(`#search-results a[href="${article.path}"]`)).toHaveCount(1);
  await search.close();
});

test('no page exceeds 30 KB of HTML and CSS, gzipped', () => {
  const cssCache = new Map<string, number>();
  const over: string[] = [];
  let heaviest = { page: '', bytes: 0 };
  for (const file of distFiles(site.outDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(site.outDir, file));
    let bytes = gzipSync(html).length;
    for (const [, href] of html.toString('utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
      if (!cssCache.has(href!)) cssCache.set(href!, gzipSync(readFileSync(join(site.outDir, href!))).length);
      bytes += cssCache.get(href!)!;
    }
    if (bytes > heaviest.bytes) heaviest = { page: file, bytes };
    if (bytes > BUDGET) over.push(`${file}: ${(bytes / 1024).toFixed(1)} KB`);
  }
  console.log(`heaviest page: ${heaviest.page} ${(heaviest.bytes / 1024).toFixed(1)} KB gzipped with its CSS`);
  expect(over).toEqual([]);
});
