import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles.ts';
import { articleSchema } from './schemas/article.ts';

/** Where the articles live; the benchmark and tests point this elsewhere. */
const base = process.env.NEWS_TIMELINE_CONTENT ?? './content/articles';

const articles = defineCollection({
  // Our own loader (src/loaders/articles.ts): frontmatter validated with `articleSchema`, the
  // per-article analysis stored with each entry and kept across builds by content digest.
  loader: articlesLoader({ base }),
  schema: articleSchema,
});

export const collections = { articles };
