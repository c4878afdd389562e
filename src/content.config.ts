import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';

/** Where the articles live; the benchmark and tests point this elsewhere. */
const base = process.env.NEWS_TIMELINE_CONTENT ?? './content/articles';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base }),
  schema: articleSchema,
});

export const collections = { articles };
