/**
 * The `articles` collection's content loader (replaces Astro's `glob()`): reads `**\/*.md` under the
 * content folder, parses the frontmatter (YAML), validates it with the collection schema
 * (`parseData`, whose errors name the file and the field), stores each entry (frontmatter and
 * body) in the content layer's data store, and keeps each entry's analysis by the entry's content
 * digest in the analysis cache beside the store (`analysis-cache.ts`), across builds.
 *
 * - An entry whose digest (file contents + the pipeline's own sources) is unchanged, and whose
 *   analysis is cached, is kept as it is: no parsing, no validation, no re-analysis. Editing the
 *   pipeline invalidates every entry.
 * - Markdown is never rendered to HTML here: pages render the body from the pipeline's blocks. The
 *   store holds the body only of articles without a stated date (getTimeline() analyses those); a
 *   dated article's text is in its analysis.
 * - Articles without a stated date are not analysed here: their date is inferred from the whole
 *   collection (year recovery), so `getTimeline()` analyses those few itself.
 * - Ids are file names without `.md`, unique across sub-folders (two `budget.md` stop the build).
 * - A cold build's many articles are analysed on all cores (`analysis-pool.ts`); every file is read
 *   and validated first, so a bad file stops the build before any analysis.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFrontmatter, fromFrontmatter } from './files.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { ANALYSIS_VERSION } from '../timeline/pipeline.ts';
import type { ArticleInput } from '../timeline/types.ts';
import { pipelineTimings, timed, timedAsync } from '../lib/build/timings.ts';
import { analyzeMany, poolSize } from './analysis-pool.ts';
import { AnalysisCache, setSharedAnalysisCache, sharedAnalysisCache } from './analysis-cache.ts';
import { loadStartWords, saveStartWords } from './start-words.ts';

export { compactAnalysis, expandAnalysis, type StoredAnalysis } from './stored.ts';

/** Does the entry's frontmatter state a date (so that the loader analyses it)? As `fromFrontmatter` reads it. */
function isDated(data: Record<string, unknown>): boolean {
  return Boolean(data.published ?? data.updated);
}

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
 * The pipeline's sources (src/timeline/**) and the loader's (src/loaders/**: what is read and what
 * is stored), for the digest: a rule change, or a change to the stored form, re-analyses everything.
 */
function pipelineSources(root: string): string {
  const dirs = [join(root, 'src', 'timeline'), join(root, 'src', 'loaders')];
  if (!existsSync(dirs[0]!)) return '';
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
        .filter((f) => f.endsWith('.ts'))
        .sort()
        .map((f) => `${f}\n${readFileSync(join(dir, f), 'utf8')}`),
    )
    .join('\n');
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
      // The analyses live beside the data store (see analysis-cache.ts), read once per process.
      const cacheDir = fileURLToPath(new URL('news-timeline/', config.cacheDir));
      let cache = sharedAnalysisCache();
      if (!cache || cache.dir !== cacheDir) {
        cache = timed('cacheMs', () => AnalysisCache.load(cacheDir));
        setSharedAnalysisCache(cache);
      }
      const analyses = cache;
      // The rules' start words as a build with the same pipeline worked them out (start-words.ts).
      let startWordsKept = timed('cacheMs', () => loadStartWords(cacheDir, salt));
      // A build reads each analysis once more (getTimeline), the dev server again at each change.
      analyses.releaseAfterUse = !watcher;
      const saveCache = (): void => {
        const error = timed('cacheMs', () => analyses.save());
        if (error) logger.warn(`The analyses could not be cached in ${cacheDir} (${error}); the next build analyses the articles again.`);
        if (!startWordsKept) {
          // not a warning: without the file a build only starts its first analysis more slowly
          timed('cacheMs', () => saveStartWords(cacheDir, salt));
          startWordsKept = true;
        }
      };

      type Entry = Parameters<typeof store.set>[0];
      /** The entry for a new or changed file (null when the stored one is unchanged), and the input to analyse, if any. */
      const readEntry = async (file: string, contents: string): Promise<{ entry: Entry; input?: ArticleInput; shown: string } | null> => {
        const absPath = join(baseDir, file);
        const filePath = relative(root, absPath).split(sep).join('/');
        const id = basename(file).replace(/\.md$/, '');
        const shown = join(options.base, file);
        const digest = generateDigest(`${contents}\n\u0000${salt}`);
        const existing = store.get(id);
        if (existing && existing.digest === digest && existing.filePath === filePath && (!isDated(existing.data) || analyses.get(id, digest))) {
          pipelineTimings().reused++;
          return null;
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
        // Articles with a stated date are analysed here, once per content digest; the others depend on the collection.
        // The store keeps the body only for those others: the analysis of a dated one holds its text,
        // and Astro compiles the whole store into the pages' bundle (10,000 bodies cost it 3 s and
        // some 150 MB), for nothing but getTimeline() to read.
        const dated = isDated(data as Record<string, unknown>);
        const entry: Entry = dated ? { id, data: { ...data }, filePath, digest } : { id, data: { ...data }, body, filePath, digest };
        return dated ? { entry, input, shown } : { entry, shown };
      };

      /** Analyses the entries that need it (on several threads when there are many) and stores all of them, in order. */
      const storeAll = async (read: { entry: Entry; input?: ArticleInput; shown: string }[]): Promise<void> => {
        const toAnalyse = read.filter((r) => r.input);
        // Wall time: with several workers, less than the CPU time the analyses took.
        const results = await timedAsync('analysisMs', () =>
          analyzeMany(
            toAnalyse.map((r) => r.input!),
            poolSize(toAnalyse.length),
            (i, message) => new Error(`${toAnalyse[i]!.shown}: the analysis failed: ${message}`),
          ),
        );
        pipelineTimings().analysed += toAnalyse.length;
        toAnalyse.forEach((r, i) => analyses.set(r.entry.id, r.entry.digest!, results[i]!));
        for (const r of read) {
          if (!r.input) analyses.delete(r.entry.id);
          store.set(r.entry);
        }
      };
      const syncFile = async (file: string, contents: string): Promise<void> => {
        const r = await readEntry(file, contents);
        if (r) {
          await storeAll([r]);
          saveCache();
        }
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
      const read: { entry: Entry; input?: ArticleInput; shown: string }[] = [];
      for (const f of files) {
        untouched.delete(basename(f).replace(/\.md$/, ''));
        const r = await readEntry(f, await readFile(join(baseDir, f), 'utf8'));
        if (r) read.push(r);
      }
      await storeAll(read);
      for (const id of untouched) store.delete(id);
      analyses.retain(new Set(store.keys()));
      saveCache();

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
        if (!f) return;
        const id = basename(f).replace(/\.md$/, '');
        store.delete(id);
        analyses.delete(id);
        saveCache();
      });
    },
  };
}
