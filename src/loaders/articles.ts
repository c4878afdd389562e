/**
 * The `articles` collection's content loader (replaces Astro's `glob()`): reads `**\/*.md` under the
 * content folder, parses the frontmatter (YAML), validates it with the collection schema
 * (`parseData`, whose errors name the file and the field), and stores with each entry the
 * per-article analysis of the pipeline, so that it persists in the content layer's data store
 * across builds.
 *
 * - An entry whose digest (file contents + the pipeline's own sources) is unchanged is kept as
 *   stored: no parsing, no validation, no re-analysis. Editing the pipeline invalidates every entry.
 * - Markdown is never rendered to HTML here: pages render the body from the pipeline's blocks.
 * - Articles without a stated date are stored without analysis: their date is inferred from the
 *   whole collection (year recovery), so `getTimeline()` analyses those few itself.
 * - Ids are file names without `.md`, unique across sub-folders (two `budget.md` stop the build).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFrontmatter, fromFrontmatter } from './files.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { ANALYSIS_VERSION, analyzeArticle, type ArticleAnalysis } from '../timeline/pipeline.ts';
import type { AnalyzedArticle } from '../timeline/types.ts';
import { segment } from '../timeline/segment.ts';
import { pipelineTimings, timed } from '../lib/build/timings.ts';

type Candidate = ArticleAnalysis['candidates'][number];
/** `T` with its field `K` emptied: the key stays (in its place), the text it held is given back on expansion. */
type Emptied<T, K extends keyof T> = Omit<T, K> & { [P in K]: '' };

/**
 * What an entry stores besides its frontmatter: the part of the analysis that is costly to compute
 * (article date, temporal expressions, candidate events, warnings), without the input and without
 * what the article body gives back in milliseconds: its text, blocks and sentences come from
 * `segment(body)` again on expansion, expression texts are slices of that text, a candidate's
 * article is the entry's own slug and its citation's sentence one of the article's sentences. The
 * store (and with it the content sync, the bundled data layer and the build's memory) stays about
 * half the size. Emptied fields keep their keys, so an expanded analysis has its keys in the
 * original order and nothing serialised from it depends on whether it came from the cache.
 */
export interface StoredAnalysis
  extends Omit<ArticleAnalysis, 'input' | 'text' | 'blocks' | 'sentences' | 'timexes' | 'candidates'> {
  version: number;
  input: null;
  text: '';
  blocks: [];
  sentences: [];
  timexes: Emptied<AnalyzedArticle['timexes'][number], 'text'>[];
  candidates: (Emptied<Omit<Candidate, 'citation'>, 'article'> & { citation: Emptied<Candidate['citation'], 'article' | 'sentence'> })[];
}

/** The key under which an entry's data carries its stored analysis (not part of the user-facing schema). */
export const ANALYSIS_KEY = '__analysis';

export interface ArticlesLoaderOptions {
  /** The content folder, relative to the project root (or absolute). */
  base: string;
}

function mdFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/**
 * The pipeline's sources (src/timeline/**) and this loader's (which decides what is stored), for the
 * digest: a rule change, or a change to the stored form, re-analyses everything.
 */
function pipelineSources(root: string): string {
  const dir = join(root, 'src', 'timeline');
  const loader = join(root, 'src', 'loaders', 'articles.ts');
  if (!existsSync(dir)) return '';
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => `${f}\n${readFileSync(join(dir, f), 'utf8')}`)
    .concat(existsSync(loader) ? [readFileSync(loader, 'utf8')] : [])
    .join('\n');
}

export function compactAnalysis(a: ArticleAnalysis): StoredAnalysis {
  return {
    version: ANALYSIS_VERSION,
    ...a,
    input: null,
    text: '',
    blocks: [],
    sentences: [],
    timexes: a.timexes.map((t) => ({ ...t, text: '' })),
    candidates: a.candidates.map((c) => ({ ...c, article: '', citation: { ...c.citation, article: '', sentence: '' } })),
  };
}

/** The stored analysis with what it left out given back (the body segmented again); keys stay in the order the analysis had them. */
export function expandAnalysis(stored: StoredAnalysis, input: ArticleAnalysis['input']): ArticleAnalysis {
  const { version: _v, ...rest } = stored;
  const { text, blocks, sentences } = segment(input.body);
  return {
    ...rest,
    input,
    text,
    blocks,
    sentences,
    timexes: rest.timexes.map((t) => ({ ...t, text: text.slice(t.start, t.end) })),
    candidates: rest.candidates.map((c) => ({
      ...c,
      article: input.slug,
      citation: { ...c.citation, article: input.slug, sentence: sentences[c.citation.sentenceIndex]?.text ?? '' },
    })),
  };
}

export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  return {
    name: 'news-timeline-articles',
    load: async (context: LoaderContext): Promise<void> => {
      const { store, parseData, generateDigest, config, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const baseDir = isAbsolute(options.base) ? options.base : resolve(root, options.base);
      if (!existsSync(baseDir)) {
        logger.warn(`The content folder "${baseDir}" does not exist.`);
        store.clear();
        return;
      }
      // Digested once: hashing the sources again with every article cost more than the article itself.
      const salt = generateDigest(`${ANALYSIS_VERSION}\n${pipelineSources(root)}`);

      const syncFile = async (file: string, contents: string): Promise<void> => {
        const absPath = join(baseDir, file);
        const filePath = relative(root, absPath).split(sep).join('/');
        const id = basename(file).replace(/\.md$/, '');
        const shown = join(options.base, file);
        const digest = generateDigest(`${contents}\n\u0000${salt}`);
        const existing = store.get(id);
        if (existing && existing.digest === digest && existing.filePath === filePath) {
          pipelineTimings().reused++;
          return;
        }
        let frontmatter: unknown;
        let body: string;
        try {
          ({ data: frontmatter, body } = splitFrontmatter(contents));
        } catch (e) {
          const reason = ((e as Error).message ?? String(e)).split('\n')[0];
          throw new Error(`${shown}: the frontmatter is not valid YAML (between the --- lines): ${reason}`);
        }
        if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
          throw new Error(`${shown}: the frontmatter (YAML between the --- lines) must be a mapping of fields such as \`title:\` and \`published:\``);
        }
        const data = await parseData({ id, data: frontmatter as Record<string, unknown>, filePath: absPath });
        body = body.trim();
        const input = fromFrontmatter(id, filePath, data as unknown as ArticleFrontmatter, body);
        const stored: Record<string, unknown> = { ...data };
        // Articles with a stated date are analysed here, once per content digest; the others depend on the collection.
        if (input.published ?? input.updated) {
          stored[ANALYSIS_KEY] = timed('analysisMs', () => compactAnalysis(analyzeArticle(input, { knownDays: [] })));
          pipelineTimings().analysed++;
        }
        store.set({ id, data: stored, body, filePath, digest });
      };

      const files = mdFiles(baseDir);
      // Ids must be unique: two files with the same name in different folders would be one page.
      const byId = new Map<string, string>();
      for (const f of files) {
        const id = basename(f).replace(/\.md$/, '');
        const other = byId.get(id);
        if (other) {
          throw new Error(
            `${join(options.base, other)} and ${join(options.base, f)} have the same slug "${id}" (the file name gives the article's URL): rename one of them.`,
          );
        }
        byId.set(id, f);
      }
      const untouched = new Set(store.keys());
      for (const f of files) {
        untouched.delete(basename(f).replace(/\.md$/, ''));
        await syncFile(f, await readFile(join(baseDir, f), 'utf8'));
      }
      for (const id of untouched) store.delete(id);

      if (!watcher) return;
      watcher.add(baseDir);
      const inBase = (path: string): string | null => {
        const rel = relative(baseDir, path);
        return rel.startsWith('..') || isAbsolute(rel) || !rel.endsWith('.md') ? null : rel.split(sep).join('/');
      };
      const onChange = async (path: string): Promise<void> => {
        const f = inBase(path);
        if (!f) return;
        try {
          await syncFile(f, await readFile(path, 'utf8'));
        } catch (e) {
          logger.error((e as Error).message);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        const f = inBase(path);
        if (f) store.delete(basename(f).replace(/\.md$/, ''));
      });
    },
  };
}
