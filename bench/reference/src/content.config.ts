/// <reference types="astro/client" />
// The same articles as news-timeline, read from the directory in BENCH_CONTENT.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const base = process.env["BENCH_CONTENT"];
if (!base) throw new Error("Set BENCH_CONTENT to the directory of articles to build.");

const articles = defineCollection({
  loader: glob({ pattern: "**/*.md", base }),
  schema: z.object({
    title: z.string(),
    subtitle: z.string().optional(),
    publisher: z.string().optional(),
    authors: z.array(z.string()).default([]),
    url: z.string().optional(),
    published: z.coerce.date().optional(),
    timezone: z.string().optional(),
    dateline: z.string().optional(),
  }),
});

export const collections = { articles };
