import { z } from 'astro/zod';

/** ISO 8601 calendar date, e.g. `2025-11-23`. */
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** ISO 8601 date-time with an explicit offset, e.g. `2025-11-23T21:25:00-05:00` or `…Z`. */
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * A date as the article states it. Quote it in YAML (`published: "2025-11-23T21:25:00-05:00"`):
 * unquoted, YAML turns it into an instant in UTC and the offset (and so the local day) is lost.
 * An unquoted date-only value is accepted as the same calendar day.
 */
export const articleDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) && value.getUTCHours() === 0 && value.getUTCMinutes() === 0
      ? value.toISOString().slice(0, 10)
      : value,
  z
    .string({ error: 'expected an ISO date ("2025-11-23") or date-time with offset ("2025-11-23T21:25:00-05:00"), in quotes' })
    .refine((v) => isoDate.test(v) || isoDateTime.test(v), {
      error: 'expected an ISO date ("2025-11-23") or date-time with offset ("2025-11-23T21:25:00-05:00")',
    })
    .refine(isRealCalendarDate, { error: 'is not a real calendar date (check the month and day)' }),
);

/** An http(s) URL; `javascript:`, `data:` and other schemes are refused. */
export const webUrl = z
  .string()
  .url({ error: 'expected an absolute http:// or https:// URL' })
  .refine((v) => /^https?:\/\//i.test(v), { error: 'only http:// and https:// URLs are allowed' });

/** An IANA time-zone name such as `America/New_York`. */
export const ianaZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  },
  { error: 'expected an IANA time-zone name such as "America/New_York" or "Europe/Zurich"' },
);

/**
 * Frontmatter of one article in `content/articles/<slug>.md`.
 * Unknown fields are refused so that a misspelt field name is not silently ignored.
 */
export const articleSchema = z
  .object({
    /** The headline. Optional: without it the first sentence stands in, and the build warns. */
    title: z.string().trim().min(1).optional(),
    /** The standfirst or deck under the headline. */
    subtitle: z.string().trim().min(1).optional(),
    /** The outlet that published the article ("The Wall Street Journal"). */
    publisher: z.string().trim().min(1).optional(),
    /** Bylines, one name each. */
    authors: z.array(z.string().trim().min(1)).default([]),
    /** The original article's address (http/https only). */
    url: webUrl.optional(),
    /** When it was published, as stated; leave out when the text does not say (the build infers it). */
    published: articleDate.optional(),
    /** When it was last updated, as stated. Used as the article's date when `published` is absent. */
    updated: articleDate.optional(),
    /** The zone of the article's times (IANA). Defaults to the zone implied by the offset of `published`. */
    timezone: ianaZone.optional(),
    /** The dateline place ("GENEVA"). */
    dateline: z.string().trim().min(1).optional(),
    /** Photo captions that accompany the article: shown as captions, never cited as body sentences. */
    captions: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();

export type ArticleFrontmatter = z.output<typeof articleSchema>;
