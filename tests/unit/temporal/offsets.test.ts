import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../../src/timeline/temporal/index.ts';

const ARTICLE = `KYIV, Ukraine — Late Nov. 22, Ukrainian officials said they had received the 28-point plan.\r\n\r\nPresident Trump had given Ukraine a Thursday deadline to accept it, and said Friday that he would speak with President Putin “soon.” Talks resumed on Monday, November 24, in Geneva — about a month after the last round.\n\nThe army recently lost ground; over the past 18 months, 600,000 personnel were deployed. Meetings happen every Sunday at 9:25 pm ET. 🇺🇦 Since 2010, and in the 1990s, officials met weekly.`;

describe('offsets', () => {
  for (const dct of ['2025-11-23', '2025-11-23T21:25:00-05:00', '2025-11-24T02:25:00Z']) {
    it(`text === input.slice(start, end), sorted, non-overlapping (DCT ${dct})`, () => {
      const out = extractTimexes(ARTICLE, { dct });
      expect(out.length).toBeGreaterThan(10);
      let last = -1;
      for (const t of out) {
        expect(ARTICLE.slice(t.start, t.end)).toBe(t.text);
        expect(t.text.trim()).toBe(t.text);
        expect(t.start).toBeGreaterThanOrEqual(last);
        last = t.end;
        expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(t.type);
        expect(t.value).not.toBe('');
      }
    });
  }
  it('the calendar follows the DCT as written, not UTC or the machine zone', () => {
    // 21:25 on Nov 23 in New York is Nov 24 in UTC: 'today' must stay Nov 23
    const out = extractTimexes('Officials met today.', { dct: '2025-11-23T21:25:00-05:00' });
    expect(out.map((t) => t.value)).toEqual(['2025-11-23']);
  });
  it('rejects an invalid DCT with a clear error', () => {
    expect(() => extractTimexes('today', { dct: 'yesterday' })).toThrow(/Invalid DCT/);
    expect(() => extractTimexes('today', { dct: '2025-02-30' })).toThrow(/no such calendar day/);
  });
  it('empty text', () => {
    expect(extractTimexes('', { dct: '2025-11-23' })).toEqual([]);
  });
});
