import { z } from 'astro/zod';

/** ISO 8601 calendar date, e.g. `2024-03-05`. */
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** ISO 8601 date-time with an explicit offset, e.g. `2024-03-05T14:10:00-05:00` or `…Z`. */
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A value as the editor wrote it, for messages: strings quoted, dates as ISO, the rest as JSON. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date-time ${value.toISOString()}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value !== null && typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  return String(value);
}

/** Non-empty text. */
const text = (what: string) =>
  z
    .string({ error: (issue) => `expected ${what} as text (quote it if it looks like a number or date); got ${shown(issue.input)}` })
    .trim()
    .min(1, { error: `must not be empty: give ${what} or leave the field out` });

/** A list of non-empty texts. */
const textList = (what: string) =>
  z.array(z.string({ error: (issue) => `expected each ${what} as text; got ${shown(issue.input)}` }).trim().min(1, { error: `must not be empty: remove the empty ${what} or fill it in` }), {
    error: (issue) => `expected a list of ${what}s (YAML \`["…", "…"]\` or one \`- …\` per line); got ${shown(issue.input)}`,
  });

function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * A date as the article states it. Quote it in YAML (`published: "2024-03-05T14:10:00-05:00"`):
 * unquoted, YAML turns it into an instant in UTC and the offset (and so the local day) is lost.
 * An unquoted date-only value is accepted as the same calendar day.
 */
export const articleDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) && value.getUTCHours() === 0 && value.getUTCMinutes() === 0
      ? value.toISOString().slice(0, 10)
      : value,
  z
    .string({
      error: (issue) =>
        `expected an ISO date ("2024-03-05") or date-time with offset ("2024-03-05T14:10:00-05:00"), in quotes; got ${shown(issue.input)}`,
    })
    .refine((v) => isoDate.test(v) || isoDateTime.test(v), {
      error: (issue) =>
        `expected an ISO date ("2024-03-05") or date-time with offset ("2024-03-05T14:10:00-05:00"); got ${shown(issue.input)}`,
      abort: true,
    })
    .refine(isRealCalendarDate, {
      error: (issue) => `${shown(issue.input)} is not a real calendar date (check the month and day)`,
    }),
);

/** An http(s) URL; `javascript:`, `data:` and other schemes are refused. */
export const webUrl = z
  .string({ error: (issue) => `expected an absolute http:// or https:// URL in quotes; got ${shown(issue.input)}` })
  .refine((v) => /^https?:\/\/[^\s/?#]+/i.test(v) && URL.canParse(v), {
    error: (issue) =>
      `expected an absolute http:// or https:// URL; got ${shown(issue.input)} (javascript:, data: and other schemes are refused)`,
  });

/** An IANA time-zone name such as `America/New_York`. */
export const ianaZone = z.string({ error: (issue) => `expected an IANA time-zone name in quotes; got ${shown(issue.input)}` }).refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  },
  {
    error: (issue) =>
      `expected an IANA time-zone name such as "America/New_York" or "Europe/Zurich"; got ${shown(issue.input)}`,
  },
);

/** The frontmatter fields, in the order the README documents them. */
export const articleFields = [
  'title',
  'subtitle',
  'publisher',
  'authors',
  'url',
  'published',
  'updated',
  'timezone',
  'dateline',
  'captions',
] as const;

/**
 * Frontmatter of one article in `content/articles/<slug>.md`.
 * Unknown fields are refused so that a misspelt field name is not silently ignored.
 */
export const articleSchema = z.strictObject(
  {
    /** The headline. Optional: without it the first sentence stands in, and the build warns. */
    title: text('the headline').optional(),
    /** The standfirst or deck under the headline. */
    subtitle: text('the standfirst').optional(),
    /** The outlet that published the article ("The Wall Street Journal"). */
    publisher: text('the outlet').optional(),
    /** Bylines, one name each. */
    authors: textList('author name').default([]),
    /** The original article's address (http/https only). */
    url: webUrl.optional(),
    /** When it was published, as stated; leave out when the text does not say (the build infers it). */
    published: articleDate.optional(),
    /** When it was last updated, as stated. Used as the article's date when `published` is absent. */
    updated: articleDate.optional(),
    /** The zone of the article's times (IANA). Defaults to the zone implied by the offset of `published`. */
    timezone: ianaZone.optional(),
    /** The dateline place ("WASHINGTON"). */
    dateline: text('the dateline place').optional(),
    /** Photo captions that accompany the article: shown as captions, never cited as body sentences. */
    captions: textList('caption').default([]),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}: ` +
          `check the spelling; the fields are ${articleFields.join(', ')}`
        : issue.code === 'invalid_type'
          ? `expected frontmatter fields (title: "…", published: "…") between --- lines; got ${shown(issue.input)}`
          : undefined,
  },
);

export type ArticleFrontmatter = z.output<typeof articleSchema>;
