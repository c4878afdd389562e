/**
 * A small hand-made `Timeline` for the feed, export and structured-data tests: two outlets, an
 * article with an inferred date, a timed event, a scheduled deadline, and hostile article text.
 */
import type { AnalyzedArticle, ArticleInput, Timeline, TimelineEvent } from '../../../src/timeline/types.ts';
import type { FeedSite } from '../../../src/lib/feeds/items.ts';

function article(input: Partial<ArticleInput> & { slug: string }, sentences: string[], date: AnalyzedArticle['date']): AnalyzedArticle {
  let text = '';
  const list = sentences.map((s, index) => {
    if (index > 0) text += ' ';
    const start = text.length;
    text += s;
    return { index, text: s, start, end: text.length, block: 0 };
  });
  const full: ArticleInput = { file: `content/articles/${input.slug}.md`, authors: [], captions: [], body: text, ...input };
  return {
    input: full,
    text,
    blocks: [{ kind: 'paragraph', text, start: 0, end: text.length, links: [] }],
    sentences: list,
    date,
    timexes: [],
    headline: full.title ?? list[0]?.text ?? input.slug,
    headlineInferred: !full.title,
    warnings: [],
  };
}

export const ledger = article(
  {
    slug: 'port-strike-talks-resume',
    title: 'Port Strike Talks Resume as Deadline Nears',
    publisher: 'The Coastal Ledger',
    authors: ['Dana Whitfield', 'Omar Haddad'],
    url: 'https://news.example.com/2024/03/12/port-strike-talks',
    published: '2024-03-12T18:40:00-04:00',
    timezone: 'America/New_York',
  },
  [
    'Negotiators for the dockworkers’ union and the port operators met on Monday for the first time since the walkout began.',
    'The operators gave the union until Friday to respond to their latest offer, according to a statement.',
    'Mayor Lena Ortiz said at 9:25 p.m. Monday that the city, the state; and the port\\authority would not intervene.',
  ],
  { value: '2024-03-12T18:40:00-04:00', day: '2024-03-12', precision: 'minute', source: 'published' },
);

export const hostile = article(
  {
    slug: 'union-vote-scheduled',
    publisher: 'Harbor <Wire> & Co',
    authors: [],
  },
  [
    'Union members said on Tuesday they would vote </script><script>alert(1)</script> on the offer ]]> <img src=x onerror=alert(2)> "soon" & \u0007quickly.',
  ],
  { value: '2024-03-13', day: '2024-03-13', precision: 'day', source: 'inferred', evidence: "'Tuesday' reported in the past tense" },
);

const events: TimelineEvent[] = [
  {
    id: 'port-strike-talks-resume-s0',
    date: '2024-03-11',
    kind: 'occurred',
    title: 'Union and port operators meet for the first time since the walkout',
    actors: ['dockworkers’ union', 'port operators'],
    citations: [
      { article: ledger.input.slug, sentenceIndex: 0, sentence: ledger.sentences[0]!.text, expression: 'on Monday', match: 'date' },
    ],
    related: [],
  },
  {
    id: 'port-strike-talks-resume-s2',
    date: '2024-03-11',
    kind: 'occurred',
    time: '21:25',
    timeZone: 'America/New_York',
    partOfDay: 'night',
    title: 'Mayor Ortiz says the city will not intervene, for now; “unless asked”',
    actors: ['Lena Ortiz'],
    citations: [
      { article: ledger.input.slug, sentenceIndex: 2, sentence: ledger.sentences[2]!.text, expression: 'at 9:25 p.m. Monday', match: 'date' },
    ],
    related: [],
  },
  {
    id: 'union-vote-scheduled-s0',
    date: '2024-03-12',
    kind: 'occurred',
    title: 'Union says it will vote </script><b>soon</b>',
    actors: ['Union <members>'],
    citations: [{ article: hostile.input.slug, sentenceIndex: 0, sentence: hostile.sentences[0]!.text, expression: 'on Tuesday', match: 'date' }],
    related: [],
  },
  {
    id: 'port-strike-talks-resume-s1',
    date: '2024-03-15',
    kind: 'scheduled',
    title: 'Deadline for the union to respond to the operators’ offer',
    actors: ['port operators', 'dockworkers’ union'],
    citations: [
      { article: ledger.input.slug, sentenceIndex: 1, sentence: ledger.sentences[1]!.text, expression: 'until Friday', match: 'date' },
      { article: hostile.input.slug, sentenceIndex: 0, sentence: hostile.sentences[0]!.text, expression: null, match: 'content' },
    ],
    related: ['2024-03-12'],
  },
];

export const fixtureTimeline: Timeline = { articles: [ledger, hostile], events, warnings: [] };

export const fixtureSite: FeedSite = {
  site: 'https://timeline.example.org',
  base: '/news',
  title: 'News Timeline',
  description: 'What happened, day by day, with every claim cited to its source.',
  language: 'en',
};
