/**
 * The built site as a reader meets it: the timeline, day pages, article pages.
 * Runs on whatever the build emits: it reads `timeline.json` for the events and days to check.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

interface Json {
  articles: { slug: string; path: string }[];
  events: { id: string; date: string; kind: string; title: string; path: string; citations: { article: string; sentence: string; path: string }[] }[];
}

async function timelineJson(request: APIRequestContext): Promise<Json> {
  const res = await request.get('timeline.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as Json;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Collects console errors and uncaught exceptions of a page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** One page of each type, from the build's own data. */
async function pageTypes(request: APIRequestContext): Promise<string[]> {
  const json = await timelineJson(request);
  const paths = ['/', '/articles/'];
  const event = json.events[0];
  if (event) paths.push(event.path.replace(/#.*$/, ''));
  const article = json.articles[0];
  if (article) paths.push(article.path);
  return paths;
}

test.describe('the timeline', () => {
  test('lists the days in order, each with its events', async ({ page, request }) => {
    const json = await timelineJson(request);
    test.skip(json.events.length === 0, 'the build placed no events');
    await page.goto('/');
    const days = await page.locator('.rail > .day > .day-h time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    expect(days.length).toBeGreaterThan(0);
    expect([...days].sort()).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
    // The listed days are the most recent stretch (or all) of the days with events.
    const all = [...new Set(json.events.map((e) => e.date))].sort();
    expect(days).toEqual(all.slice(all.length - days.length));
    // Every event of a listed day is on the timeline, under its day, linking to its place on the day page.
    for (const e of json.events.filter((x) => days.includes(x.date))) {
      const card = page.locator(`.day:has(> .day-h time[datetime="${e.date}"]) [data-event="${e.id}"]`);
      await expect(card).toHaveCount(1);
      await expect(card.locator('.ev-t a')).toHaveAttribute('href', new RegExp(`/days/${e.date}/#${e.id}$`));
      if (e.kind === 'scheduled') await expect(card.getByText('Scheduled', { exact: true })).toBeVisible();
    }
  });

  test('following an event reaches its day page with that event', async ({ page, request }) => {
    const json = await timelineJson(request);
    test.skip(json.events.length === 0, 'the build placed no events');
    await page.goto('/');
    const link = page.locator('.ev-t a').first();
    const title = norm(await link.textContent());
    await link.click();
    await expect(page).toHaveURL(/\/days\/\d{4}-\d{2}-\d{2}\/#.+$/);
    const url = new URL(page.url());
    const date = /\/days\/(\d{4}-\d{2}-\d{2})\//.exec(url.pathname)![1]!;
    const id = decodeURIComponent(url.hash.slice(1));
    await expect(page.locator('h1 time')).toHaveAttribute('datetime', date);
    const target = page.locator(`article[id="${id}"]`);
    await expect(target).toBeVisible();
    await expect(target.locator('.evd-t')).toHaveText(title);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect(target.locator('blockquote').first()).toBeVisible();
  });

  test('following a citation reaches the article with the sentence highlighted', async ({ page, request }) => {
    const json = await timelineJson(request);
    const event = json.events[0];
    test.skip(!event, 'the build placed no events');
    await page.goto(event!.path);
    const figure = page.locator(`article[id="${event!.id}"] figure.cite`).first();
    const quote = norm(await figure.locator('blockquote').textContent());
    expect(quote).toBe(norm(event!.citations[0]!.sentence));
    const original = figure.getByRole('link', { name: /^Original/ });
    if (await original.count()) {
      const href = (await original.getAttribute('href'))!;
      expect(href).toMatch(/^https?:\/\/[^#]+#:~:text=[^#\s]+$/);
      // textStart[,textEnd]: the terms are percent-encoded, so a bare comma separates them.
      const terms = href.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
      for (const term of terms) expect(quote).toContain(term);
      expect(await figure.locator('blockquote').getAttribute('cite')).toBe(href.split('#')[0]);
    }
    await figure.getByRole('link', { name: /^In the article/ }).click();
    await expect(page).toHaveURL(/\/articles\/[^/]+\/#s-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    const sentence = page.locator(`[id="${id}"]`);
    await expect(sentence).toBeVisible();
    expect(await sentence.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect(sentence.locator('mark')).toHaveCount(1);
    expect(norm(await sentence.locator('mark').textContent())).toBe(quote);
    // …and the sentence links back to its event.
    await expect(sentence.locator(`a.cl[href$="#${event!.id}"]`)).toHaveCount(1);
  });

  test('day pages link to their neighbours', async ({ page, request }) => {
    const json = await timelineJson(request);
    const days = [...new Set(json.events.map((e) => e.date))].sort();
    test.skip(days.length < 2, 'fewer than two days with events');
    await page.goto(`days/${days[0]}/`);
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    await page.locator('a[rel="next"]').click();
    await expect(page.locator('h1 time')).toHaveAttribute('datetime', days[1]!);
    await page.locator('a[rel="prev"]').click();
    await expect(page.locator('h1 time')).toHaveAttribute('datetime', days[0]!);
  });

  test('related days link to each other (the day a deadline was set ↔ the day it falls)', async ({ page, request }) => {
    test.setTimeout(120_000);
    const json = await timelineJson(request);
    const days = [...new Set(json.events.map((e) => e.date))].sort();
    let from: string | undefined;
    let to: string | undefined;
    for (const day of days) {
      await page.goto(`days/${day}/`);
      const link = page.locator('.evd .related a').first();
      if (await link.count()) {
        from = day;
        to = /\/days\/(\d{4}-\d{2}-\d{2})\//.exec((await link.getAttribute('href'))!)![1];
        await link.click();
        break;
      }
    }
    test.skip(!from, 'no event points to another day');
    await expect(page.locator('h1 time')).toHaveAttribute('datetime', to!);
    await expect(page.locator(`.evd .related a[href$="/days/${from}/"]`).first()).toBeVisible();
  });

  test('keyboard only: the skip link comes first, then links, and Enter follows them', async ({ page, request }) => {
    const json = await timelineJson(request);
    test.skip(json.events.length === 0, 'the build placed no events');
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.locator('a.skip')).toBeFocused();
    await expect(page.locator('a.skip')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    // From the main content, Tab moves through links (and any controls) to the first event.
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return { tag: el?.tagName, inMain: !!el?.closest('main'), event: !!el?.closest('.ev-t') };
      });
      expect(['A', 'BUTTON', 'INPUT', 'SELECT', 'SUMMARY']).toContain(focused.tag);
      expect(focused.inMain).toBe(true);
      reached = focused.event;
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/days\/\d{4}-\d{2}-\d{2}\/#.+$/);
  });
});

test.describe('every page type', () => {
  // These visit several pages each; machines running many builds at once can be slow.
  test.describe.configure({ timeout: 120_000 });

  test('has no console errors, one h1 and the landmarks', async ({ page, request }) => {
    for (const path of await pageTypes(request)) {
      const errors = watchErrors(page);
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await page.waitForLoadState('load');
      expect(errors, path).toEqual([]);
      await expect(page.locator('h1'), path).toHaveCount(1);
      await expect(page.locator('header.site-h'), path).toHaveCount(1);
      await expect(page.locator('main#main'), path).toHaveCount(1);
      await expect(page.locator('footer'), path).toHaveCount(1);
      await expect(page.locator('nav[aria-label]').first(), path).toBeAttached();
      page.removeAllListeners('console');
      page.removeAllListeners('pageerror');
    }
  });

  test('holds at 360 px without horizontal scrolling, in light and dark', async ({ browser, request }) => {
    const paths = await pageTypes(request);
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(path);
        const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
        expect(scrollWidth, `${path} (${colorScheme})`).toBeLessThanOrEqual(width);
      }
      await context.close();
    }
  });

  test('a forced theme (data-theme on <html>) overrides the system preference', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const dark = await bg();
    expect(dark).not.toBe(light);
    await context.close();
    const darkContext = await browser.newContext({ colorScheme: 'dark' });
    const darkPage = await darkContext.newPage();
    await darkPage.goto('/');
    expect(await darkPage.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
    await darkPage.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    expect(await darkPage.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
    await darkContext.close();
  });

  test('stays within 30 KB of gzipped HTML and CSS', async ({ request }) => {
    for (const path of await pageTypes(request)) {
      const html = await (await request.get(path)).text();
      let bytes = gzipSync(html, { level: 9 }).length;
      for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
        bytes += gzipSync(await (await request.get(href!)).body(), { level: 9 }).length;
      }
      expect(bytes, path).toBeLessThanOrEqual(30 * 1024);
    }
  });

  test('article pages escape the article text and keep only safe links', async ({ page, request }) => {
    const json = await timelineJson(request);
    for (const a of json.articles) {
      await page.goto(a.path);
      await expect(page.locator('main script, main iframe, main img, main [onerror], main [onclick]')).toHaveCount(0);
      const hrefs = await page.locator('.body a:not(.cl)').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/);
      const rels = await page.locator('.body a:not(.cl)').evaluateAll((els) => els.map((e) => e.getAttribute('rel')));
      for (const rel of rels) expect(rel).toBe('nofollow noopener');
      // Every sentence is anchored.
      expect(await page.locator('.body .s[id^="s-"]').count()).toBeGreaterThan(0);
    }
  });
});
