/**
 * The frontmatter schema's messages, exactly as an editor reads them in the build output
 * (Astro prints `<field>: <message>` for every issue). The real-build proof that these reach the
 * editor with the file name is in bad-input.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { articleFields, articleSchema } from '../../../src/schemas/article.ts';

/** The lines Astro prints for a failed entry: `field: message`. */
function problems(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}

const ok = { title: 'Council approves budget', published: '2025-11-24' };

describe('frontmatter schema messages name the field, what was given and what is expected', () => {
  it('accepts a complete, valid frontmatter', () => {
    expect(
      problems({
        ...ok,
        subtitle: 'A deck',
        publisher: 'The Example Gazette',
        authors: ['Jane Doe'],
        url: 'https://example.com/a?b=c#d',
        updated: '2025-11-24T21:25:00-05:00',
        timezone: 'America/New_York',
        dateline: 'GENEVA',
        captions: ['A caption.'],
      }),
    ).toEqual([]);
    expect(articleSchema.parse({}).authors).toEqual([]);
  });

  it('a published that is not a date: one message, with the value and the expected form', () => {
    expect(problems({ ...ok, published: 'Nov 31' })).toEqual([
      'published: expected an ISO date ("2024-03-05") or date-time with offset ("2024-03-05T14:10:00-05:00"); got "Nov 31"',
    ]);
  });

  it('a published in ISO form that does not exist on the calendar', () => {
    expect(problems({ ...ok, published: '2025-13-01' })).toEqual([
      'published: "2025-13-01" is not a real calendar date (check the month and day)',
    ]);
    expect(problems({ ...ok, updated: '2025-02-30' })).toEqual([
      'updated: "2025-02-30" is not a real calendar date (check the month and day)',
    ]);
    expect(problems({ ...ok, published: '2024-02-29' })).toEqual([]);
  });

  it('an unquoted date-time (YAML made it an instant in UTC, losing the offset) is refused with a hint to quote it', () => {
    expect(problems({ ...ok, published: new Date('2025-11-24T02:25:00Z') })).toEqual([
      'published: expected an ISO date ("2024-03-05") or date-time with offset ("2024-03-05T14:10:00-05:00"), in quotes; got the date-time 2025-11-24T02:25:00.000Z',
    ]);
    // An unquoted date-only value is the same calendar day.
    expect(articleSchema.parse({ ...ok, published: new Date('2025-11-24T00:00:00Z') }).published).toBe('2025-11-24');
  });

  it('a date-time without an offset is refused (its day would depend on the machine)', () => {
    expect(problems({ ...ok, published: '2025-11-24T10:00' })).toEqual([
      'published: expected an ISO date ("2024-03-05") or date-time with offset ("2024-03-05T14:10:00-05:00"); got "2025-11-24T10:00"',
    ]);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['JavaScript:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['ftp://example.com/a'],
    ['//example.com/a'],
    ['https://'],
    ['example.com'],
  ])('url %s is refused', (url) => {
    expect(problems({ ...ok, url })).toEqual([
      `url: expected an absolute http:// or https:// URL; got ${JSON.stringify(url)} (javascript:, data: and other schemes are refused)`,
    ]);
  });

  it('an unknown (misspelt) field is refused, naming it and listing the fields', () => {
    expect(problems({ ...ok, auhtors: ['Jane Doe'] })).toEqual([
      `(frontmatter): unknown field "auhtors": check the spelling; the fields are ${articleFields.join(', ')}`,
    ]);
    expect(articleFields).toEqual(Object.keys(articleSchema.shape));
  });

  it('wrong types say what is expected', () => {
    expect(problems({ ...ok, title: 2025 })).toEqual([
      'title: expected the headline as text (quote it if it looks like a number or date); got 2025',
    ]);
    expect(problems({ ...ok, title: '   ' })).toEqual(['title: must not be empty: give the headline or leave the field out']);
    expect(problems({ ...ok, authors: 'Jane Doe' })).toEqual([
      'authors: expected a list of author names (YAML `["…", "…"]` or one `- …` per line); got "Jane Doe"',
    ]);
    expect(problems({ ...ok, authors: ['Jane Doe', ''] })).toEqual([
      'authors.1: must not be empty: remove the empty author name or fill it in',
    ]);
    expect(problems({ ...ok, timezone: 'EST5EDT-ish' })).toEqual([
      'timezone: expected an IANA time-zone name such as "America/New_York" or "Europe/Zurich"; got "EST5EDT-ish"',
    ]);
  });

  it('a missing title is not an error (the build warns and uses the first sentence)', () => {
    expect(problems({ published: '2025-11-24' })).toEqual([]);
  });
});
