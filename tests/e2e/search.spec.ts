import { readFileSync } from 'node:fs';
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
  const item = page.locator('#search-results > li', { has: link });
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
