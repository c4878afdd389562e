import { describe, expect, it } from 'vitest';
import {
  SANDBOX,
  TIMELINE,
  dayTarget,
  embedUrls,
  escapeHtml,
  estimateHeight,
  iframeSnippet,
  loaderSnippet,
  elementSnippet,
  oembedResponse,
  siteRoot,
  withOptions,
} from '../../../src/lib/embed/snippet.ts';

describe('siteRoot', () => {
  it('joins site and base with one trailing slash', () => {
    expect(siteRoot('https://news.example', '/')).toBe('https://news.example/');
    expect(siteRoot('https://news.example/', '/timeline/')).toBe('https://news.example/timeline/');
    expect(siteRoot(new URL('https://news.example'), 'timeline')).toBe('https://news.example/timeline/');
    expect(siteRoot('http://localhost:4321', '/a/b')).toBe('http://localhost:4321/a/b/');
  });
  it('says what to configure when site is missing', () => {
    expect(() => siteRoot(undefined, '/')).toThrow(/NEWS_TIMELINE_SITE/);
  });
});

describe('embedUrls', () => {
  it('gives the page, embed, oEmbed and script URLs of the timeline under a sub-path', () => {
    expect(embedUrls('https://news.example/timeline/', TIMELINE)).toEqual({
      page: 'https://news.example/timeline/',
      embed: 'https://news.example/timeline/embed/',
      oembed: 'https://news.example/timeline/oembed/timeline.json',
      script: 'https://news.example/timeline/embed.js',
    });
  });
  it('gives the URLs of one day', () => {
    const urls = embedUrls('https://news.example/', dayTarget('2025-11-24'));
    expect(urls.page).toBe('https://news.example/days/2025-11-24/');
    expect(urls.embed).toBe('https://news.example/embed/days/2025-11-24/');
    expect(urls.oembed).toBe('https://news.example/oembed/days/2025-11-24.json');
  });
  it('rejects what is not a day', () => {
    expect(() => dayTarget('2025-11-24/../x')).toThrow(/YYYY-MM-DD/);
  });
});

describe('withOptions', () => {
  it('adds only the given options', () => {
    expect(withOptions('https://n.example/embed/', {})).toBe('https://n.example/embed/');
    expect(
      withOptions('https://n.example/embed/', { theme: 'dark', from: '2025-11-21', to: '2025-11-24', compact: true, limit: 5, target: '_blank', start: 'latest' }),
    ).toBe('https://n.example/embed/?theme=dark&from=2025-11-21&to=2025-11-24&start=latest&compact=1&limit=5&target=_blank');
  });
  it('drops a limit that is not a positive integer and the default target', () => {
    expect(withOptions('https://n.example/embed/', { limit: 0, target: '_top', compact: false })).toBe('https://n.example/embed/');
    expect(withOptions('https://n.example/embed/', { limit: 2.5 })).toBe('https://n.example/embed/');
  });
  it('encodes event ids', () => {
    expect(withOptions('https://n.example/embed/', { event: 'a b&c' })).toBe('https://n.example/embed/?event=a+b%26c');
  });
});

describe('snippets', () => {
  const urls = embedUrls('https://news.example/', TIMELINE);
  it('the loader snippet: a div with a fallback link, and the async script', () => {
    const html = loaderSnippet({ urls, title: 'Talks & "deadlines" <timeline>' });
    expect(html).toBe(
      '<div data-news-timeline="https://news.example/embed/"><a href="https://news.example/">Talks &amp; &quot;deadlines&quot; &lt;timeline&gt;</a></div>\n' +
        '<script async src="https://news.example/embed.js"></script>',
    );
  });
  it('the custom element snippet', () => {
    expect(elementSnippet({ urls, title: 'T', src: withOptions(urls.embed, { theme: 'dark' }) })).toBe(
      '<news-timeline src="https://news.example/embed/?theme=dark"><a href="https://news.example/">T</a></news-timeline>\n' +
        '<script async src="https://news.example/embed.js"></script>',
    );
  });
  it('the plain iframe: title, size, lazy, sandbox, escaped attributes', () => {
    const html = iframeSnippet({ urls, title: 'A "quoted" title', height: 500, src: 'https://news.example/embed/?from=2025-11-21&to=2025-11-22' });
    expect(html).toContain('src="https://news.example/embed/?from=2025-11-21&amp;to=2025-11-22"');
    expect(html).toContain('title="A &quot;quoted&quot; title"');
    expect(html).toContain('width="640" height="500"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain(`sandbox="${SANDBOX}"`);
    expect(SANDBOX.split(' ').sort()).toEqual(
      ['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts', 'allow-top-navigation-by-user-activation'],
    );
    expect(html.startsWith('<iframe ') && html.endsWith('></iframe>')).toBe(true);
  });
  it('escapes the characters that matter in HTML', () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe(`&lt;a href=&quot;x&quot;&gt;&amp;'`);
  });
});

describe('oEmbed', () => {
  it('is a rich response with the iframe as html and matching size', () => {
    const urls = embedUrls('https://news.example/timeline/', dayTarget('2025-11-24'));
    const r = oembedResponse({ urls, root: 'https://news.example/timeline/', title: 'News Timeline: Monday', providerName: 'News Timeline', days: 1, events: 3 });
    expect(r.type).toBe('rich');
    expect(r.version).toBe('1.0');
    expect(r.provider_url).toBe('https://news.example/timeline/');
    expect(r.html).toContain('src="https://news.example/timeline/embed/days/2025-11-24/"');
    expect(r.html).toContain(`width="${r.width}" height="${r.height}"`);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it('estimates a height within bounds that grows with the events', () => {
    expect(estimateHeight(0, 0)).toBe(240);
    expect(estimateHeight(1, 3)).toBeGreaterThan(estimateHeight(1, 1));
    expect(estimateHeight(50, 500)).toBe(1600);
  });
});
