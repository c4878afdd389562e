/**
 * Reading article files outside Astro (tests, CLI, benchmark): frontmatter parsed with `yaml`,
 * validated with the collection schema, turned into the pipeline's `ArticleInput`.
 * The Astro build reads the same files through the content collection (see content.config.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articleSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import type { ArticleInput } from '../timeline/types.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Split a Markdown file into frontmatter data and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const m = FRONTMATTER.exec(source);
  if (!m) return { data: {}, body: source };
  return { data: parseYaml(m[1]!) ?? {}, body: source.slice(m[0].length) };
}

/** The pipeline input for one article, validated; throws a message naming the file and the field. */
export function toInput(file: string, source: string): ArticleInput {
  const { data, body } = splitFrontmatter(source);
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(frontmatter)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: invalid frontmatter — ${issues}`);
  }
  return fromFrontmatter(basename(file).replace(/\.md$/, ''), file, parsed.data, body);
}

export function fromFrontmatter(slug: string, file: string, d: ArticleFrontmatter, body: string): ArticleInput {
  return {
    slug,
    file,
    title: d.title,
    subtitle: d.subtitle,
    publisher: d.publisher,
    authors: d.authors,
    url: d.url,
    published: d.published,
    updated: d.updated,
    timezone: d.timezone,
    dateline: d.dateline,
    captions: d.captions,
    body,
  };
}

/** Every `*.md` article of a directory (sorted by name). */
export function readArticlesDir(dir: string, cwd = process.cwd()): ArticleInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return toInput(relative(cwd, path) || path, readFileSync(path, 'utf8'));
    });
}
