/**
 * Writes a deterministic synthetic corpus of news articles (Markdown + frontmatter).
 *
 *   node bench/generate.ts --n 2000 --out bench/out/corpus-2000 [--seed news-timeline]
 *
 * The same n and seed always give byte-identical files; the output directory is emptied first.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "./generator/article.ts";

export interface CorpusStats {
  files: number;
  bytes: number;
}

export function writeCorpus(n: number, outDir: string, seed = "news-timeline"): CorpusStats {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  let files = 0;
  for (const article of generateCorpus(n, seed)) {
    writeFileSync(join(outDir, article.fileName), article.text);
    bytes += Buffer.byteLength(article.text);
    files++;
  }
  return { files, bytes };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      n: { type: "string", default: "1000" },
      out: { type: "string" },
      seed: { type: "string", default: "news-timeline" },
    },
  });
  const n = Number(values.n);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer, got ${values.n}`);
  const out = resolve(values.out ?? `bench/out/corpus-${n}`);
  const started = performance.now();
  const stats = writeCorpus(n, out, values.seed);
  const seconds = (performance.now() - started) / 1000;
  console.log(`wrote ${stats.files} articles (${(stats.bytes / 1e6).toFixed(1)} MB) to ${out} in ${seconds.toFixed(1)} s`);
}
