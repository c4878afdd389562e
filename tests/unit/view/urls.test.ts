import { describe, expect, it } from 'vitest';
import { articlePath, dayPath, eventPath, normalizeBase, originalSentenceUrl, safeHref, sentencePath, textFragment, withBase } from '../../../src/lib/view/urls.ts';

describe('site paths', () => {
  it('honour the base path', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/timeline')).toBe('/timeline/');
    expect(withBase('days/2025-11-24/', '/timeline')).toBe('/timeline/days/2025-11-24/');
    expect(withBase('/favicon.svg', '/a/b/')).toBe('/a/b/favicon.svg');
    expect(dayPath('2025-11-24', '/')).toBe('/days/2025-11-24/');
    expect(eventPath({ date: '2025-11-24', id: 'geneva-talks-1a2b' }, '/x')).toBe('/x/days/2025-11-24/#geneva-talks-1a2b');
    expect(articlePath('a-b', '/')).toBe('/articles/a-b/');
    expect(articlePath('archive/budget talks', '/')).toBe('/articles/archive/budget%20talks/');
    expect(sentencePath('a-b', 7, '/')).toBe('/articles/a-b/#s-7');
  });

  it('keep only http(s) and mailto links', () => {
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHref('mailto:desk@example.com')).toBe('mailto:desk@example.com');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});

describe('text fragments', () => {
  it('use the first and last words of a long sentence, without surrounding punctuation', () => {
    const s = '“I am very optimistic and believe we can reach a resolution within a reasonable timeframe,” he said.';
    expect(textFragment(s)).toBe(':~:text=I%20am%20very%20optimistic,reasonable%20timeframe%2C%E2%80%9D%20he%20said');
  });

  it('use the whole of a short sentence', () => {
    expect(textFragment('The union must answer by Friday.')).toBe(':~:text=The%20union%20must%20answer%20by%20Friday');
  });

  it('percent-encode the characters the syntax reserves (- , &)', () => {
    const f = textFragment('A 28-point plan, drafted by the U.S. & Russia, was sent to Kyiv on Friday, officials in Washington said.')!;
    expect(f).toBe(':~:text=A%2028%2Dpoint%20plan%2C%20drafted,officials%20in%20Washington%20said');
    const [start, end] = f.slice(':~:text='.length).split(',');
    expect(decodeURIComponent(start!)).toBe('A 28-point plan, drafted');
    expect(decodeURIComponent(end!)).toBe('officials in Washington said');
  });

  it('replace any fragment of the original URL', () => {
    expect(originalSentenceUrl('https://news.example.com/a#comments', 'Talks resumed on Monday.')).toBe('https://news.example.com/a#:~:text=Talks%20resumed%20on%20Monday');
    expect(() => originalSentenceUrl('javascript:alert(1)', 'x')).toThrow();
  });

  it('give nothing for a sentence without words', () => {
    expect(textFragment('  ')).toBeUndefined();
    expect(textFragment('— …')).toBeUndefined();
  });
});

describe('page titles', async () => {
  const { escapedLength, pageTitle, MAX_TITLE, SITE_NAME } = await import('../../../src/lib/view/site.ts');
  it('append the site name when it fits, else shorten on a word', () => {
    expect(pageTitle(SITE_NAME)).toBe(SITE_NAME);
    expect(pageTitle('Monday, November 24, 2025')).toBe(`Monday, November 24, 2025 · ${SITE_NAME}`);
    const long = 'White House Hails Progress in Talks With Ukraine to End War With Russia, Officials Say';
    const t = pageTitle(long);
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(t).toBe('White House Hails Progress in Talks With Ukraine to End War With…');
    expect(pageTitle('A'.repeat(65))).toBe('A'.repeat(65));
    // counted as escaped: ' is written &#39;
    const quoted = "US, Ukraine report breakthrough after 'most productive' talks yet";
    expect(pageTitle(quoted)).toBe("US, Ukraine report breakthrough after 'most productive'…");
    expect(escapedLength(pageTitle("It's 'a' \"test\" of the way titles & names are cut when they are long enough"))).toBeLessThanOrEqual(MAX_TITLE);
  });
});
