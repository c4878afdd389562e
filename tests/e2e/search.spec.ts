import { existsSync, readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });

/** Shared build machines can be slow: wait longer than Playwright's default 5 s. */
const expect = baseExpect.configure({ timeout: 30_000 });

interface TimelineJson {
  articles: { slug: string; title: string; path: string }[];
  events: { id: string; title: string; date: string; path: string }[];
}
const timeline = JSON.parse(readFileSync('dist/timeline.json', 'utf8')) as TimelineJson;

/** The longest plain word of a title: rare enough to find its own item among the first results. */
function keyword(title: string): string {
  const words = title.match(/[A-Za-z]{4,}/g) ?? [];
  return [...words].sort((a, b) => b.length - a.length)[0] ?? title;
}

test('search finds an event by a word of its title, with its day and outlet', async ({ page }) => {
  test.skip(timeline.events.length === 0, 'no events in dist/timeline.json yet');
  const event = timeline.events.find((e) => /[A-Za-z]{5,}/.test(e.title)) ?? timeline.events[0]!;
  const word = keyword(event.title);
  await page.goto('/search/');
  await page.getByLabel('Search events and articles').fill(word);
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  const link = page.locator(`#search-results a[href="${event.path}"]`);
  await expect(link).toHaveCount(1);
  const item = page.locator('#search-results > li', { has: page.locator(`a[href="${event.path}"]`) });
  await expect(item.locator('time')).toHaveAttribute('datetime', event.date);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(word)}`));
  // The link leads to the event on its day page.
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/days/${event.date}/#`));
});

test('search finds an article by a word of its headline, from a ?q= link', async ({ page }) => {
  const article = timeline.articles[0]!;
  const word = keyword(article.title);
  await page.goto(`/search/?q=${encodeURIComponent(word)}`);
  await expect(page.getByLabel('Search events and articles')).toHaveValue(word);
  await expect(page.locator(`#search-results a[href="${article.path}"]`)).toHaveCount(1);
  await expect(page.getByRole('status')).toContainText(/result/);
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/search/?q=zzqqxxnomatch');
  await expect(page.getByRole('status')).toHaveText(/No results/);
  await expect(page.locator('#search-results > li')).toHaveCount(0);
});

test('without JavaScript the search page points to the browsing pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  const note = page.locator('[data-search-nojs]');
  await expect(note).toBeVisible();
  await expect(note.getByRole('link', { name: 'actor' })).toHaveAttribute('href', /\/actors\/$/);
  await context.close();
});

test('the search index is loaded only on demand', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
});

test.describe('actor and outlet pages', () => {
  test('every event on the timeline links to its actors and outlets, whose pages list it', async ({ page }) => {
    test.skip(timeline.events.length === 0, 'no events in dist/timeline.json yet');
    await page.goto('/');
    const card = page.locator('[data-event]').filter({ has: page.locator('a[href*="/actors/"]') }).first();
    await expect(card).toBeVisible();
    const eventHref = await card.locator('.ev-t a').getAttribute('href');
    const actorLink = card.locator('a[href*="/actors/"]').first();
    const actorName = (await actorLink.textContent())!.trim();
    await actorLink.click();
    await expect(page.locator('h1')).toHaveText(actorName);
    await expect(page.locator(`[data-event] .ev-t a[href="${eventHref}"]`)).toHaveCount(1);
  });

  test('every event card carries actor links and, when its sources name an outlet, outlet links', async ({ page }) => {
    test.skip(timeline.events.length === 0, 'no events in dist/timeline.json yet');
    await page.goto('/');
    const cards = page.locator('[data-event]');
    const n = await cards.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(timeline.events.length);
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      const actors = (await card.getAttribute('data-actors'))!.split(' ').filter(Boolean);
      const outlets = (await card.getAttribute('data-outlets'))!.split(' ').filter(Boolean);
      for (const slug of actors.slice(0, 4)) await expect(card.locator(`a[href$="/actors/${slug}/"]`)).toHaveCount(1);
      for (const slug of outlets) await expect(card.locator(`a[href$="/outlets/${slug}/"]`)).toHaveCount(1);
    }
  });

  test('actor and outlet index pages link to non-empty pages', async ({ page }) => {
    for (const kind of ['actors', 'outlets']) {
      await page.goto(`/${kind}/`);
      const links = page.locator(`main a[href*="/${kind}/"]`).filter({ hasNotText: /^(Actors|Outlets)$/ });
      const count = await links.count();
      if (timeline.events.length > 0 && kind === 'actors') expect(count).toBeGreaterThan(0);
      for (let i = 0; i < Math.min(count, 3); i++) {
        const href = (await links.nth(i).getAttribute('href'))!;
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
        const html = await response.text();
        expect(html, href).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
        if (kind === 'actors') expect(html, href).toContain('data-event=');
        if (kind === 'outlets') expect(html, href).toContain('/articles/');
      }
    }
  });
});

test('the timeline filter narrows events by actor and keeps it in the URL; without JS it links to the pages', async ({ page, browser }) => {
  test.skip(timeline.events.length === 0, 'no events in dist/timeline.json yet');
  await page.goto('/');
  const select = page.getByLabel('Actor');
  await expect(select).toBeVisible();
  const option = select.locator('option').nth(1);
  const slug = (await option.getAttribute('value'))!;
  await select.selectOption(slug);
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${encodeURIComponent(slug)}`));
  const visible = page.locator('[data-event]:visible');
  const n = await visible.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) expect((await visible.nth(i).getAttribute('data-actors'))!.split(' ')).toContain(slug);
  await expect(page.getByRole('status')).toContainText(`Showing ${n} of ${timeline.events.length}`);
  await page.reload();
  await expect(select).toHaveValue(slug);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('[data-event]:visible')).toHaveCount(timeline.events.length);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/');
  await expect(noJs.locator('[data-filter-form]')).toBeHidden();
  await expect(noJs.locator('[data-timeline-filter]').getByRole('link', { name: 'actor' })).toBeVisible();
  await context.close();
});

test('search works under the Content-Security-Policy of public/_headers, with no violation', async ({ page }) => {
  test.skip(!existsSync('public/_headers'), 'public/_headers not there yet');
  // The policy a host applies (Netlify/Cloudflare: for a header named in several matching rules the last
  // rule wins, `! Name` removing the inherited one), for the search page and the Pagefind files.
  const rules = readFileSync('public/_headers', 'utf8').split(/\n(?=\S)/);
  const cspFor = (path: string) => {
    let csp: string | undefined;
    for (const block of rules) {
      const [pattern, ...lines] = block.split('\n');
      const re = new RegExp(`^${pattern!.trim().split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      if (pattern!.startsWith('#') || !re.test(path)) continue;
      for (const line of lines) {
        const m = /^\s+Content-Security-Policy:\s*(.+)$/i.exec(line);
        if (m) csp = m[1]!.trim();
      }
    }
    return csp;
  };
  const searchCsp = cspFor('/search/');
  expect(searchCsp).toMatch(/script-src 'self'/);
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch();
    const csp = cspFor(url.pathname);
    await route.fulfill({ response, headers: { ...response.headers(), ...(csp ? { 'content-security-policy': csp } : {}) } });
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|WebAssembly/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  const article = timeline.articles[0]!;
  await page.goto(`/search/?q=${encodeURIComponent(keyword(article.title))}`);
  await expect(page.locator(`#search-results a[href="${article.path}"]`)).toHaveCount(1);
  expect(violations).toEqual([]);
});
