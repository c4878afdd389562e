/**
 * Extraction throughput of the pipeline alone (src/timeline/), per stage, on one core:
 * segment → temporal → events → merge. Run by bench/run.ts in its own process; prints JSON.
 *
 *   node bench/extract.ts --corpus bench/out/n1000/corpus --project .
 *
 * Each stage runs over every article before the next stage starts, so its time is its own.
 * Stages that do not exist yet on this checkout are reported as missing, with a note.
 * Throughput is counted on the Markdown bodies (frontmatter excluded).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { ExtractionFigures, StageFigures } from "./lib/results.ts";

const { values } = parseArgs({
  options: { corpus: { type: "string" }, project: { type: "string", default: "." }, limit: { type: "string", default: "1000" } },
});
if (!values.corpus) throw new Error("--corpus <dir> is required");
const project = values.project;

/** Reads the generator's frontmatter (one `key: "json"` per line, authors as a YAML list). */
function readArticle(file: string): Record<string, unknown> & { body: string } {
  const text = readFileSync(file, "utf8");
  const end = text.indexOf("\n---", 4);
  const data: Record<string, unknown> = {};
  let listKey: string | null = null;
  for (const line of text.slice(4, end).split("\n")) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (data[listKey] as unknown[]).push(JSON.parse(item[1] as string));
      continue;
    }
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, raw] = m as unknown as [string, string, string];
    if (raw === "") {
      data[key] = [];
      listKey = key;
    } else {
      data[key] = raw.startsWith('"') || raw.startsWith("[") ? JSON.parse(raw) : raw;
      listKey = null;
    }
  }
  return { ...data, body: text.slice(text.indexOf("\n", end + 1) + 1) };
}

async function importStage(...candidates: string[]): Promise<Record<string, unknown> | null> {
  for (const c of candidates) {
    const path = join(project, "src", "timeline", c);
    if (existsSync(path)) return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  }
  return null;
}

const files = readdirSync(values.corpus).filter((f) => f.endsWith(".md")).sort().slice(0, Number(values.limit));
const articles = files.map((f) => {
  const a = readArticle(join(values.corpus as string, f));
  return {
    slug: f.replace(/\.md$/, ""),
    file: `content/articles/${f}`,
    authors: [],
    captions: [],
    ...a,
  } as Record<string, unknown> & { body: string; slug: string };
});
const chars = articles.reduce((n, a) => n + a.body.length, 0);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0);

/** One stage: given the module, returns a function over all articles (state passed along), or a note. */
interface Stage {
  name: string;
  modules: string[];
  prepare(mod: Record<string, unknown>): ((state: unknown[]) => unknown[]) | string;
}

type Fn = (...args: unknown[]) => unknown;
const fn = (mod: Record<string, unknown>, ...names: string[]): Fn | null => {
  for (const n of names) if (typeof mod[n] === "function") return mod[n] as Fn;
  return null;
};

const STAGES: Stage[] = [
  {
    name: "segment",
    modules: ["segment/index.ts", "segment.ts"],
    prepare: (mod) => {
      const f = fn(mod, "segmentArticle", "segment", "analyzeStructure", "splitSentences");
      if (!f) return `no segment function among exports: ${Object.keys(mod).join(", ")}`;
      return (_state) => articles.map((a) => f(a));
    },
  },
  {
    name: "temporal",
    modules: ["temporal/index.ts"],
    prepare: (mod) => {
      const f = fn(mod, "extractTimexes");
      if (!f) return `no extractTimexes among exports: ${Object.keys(mod).join(", ")}`;
      return (state) => state.map((s, i) => f(s, articles[i]));
    },
  },
  {
    name: "events",
    modules: ["events/index.ts", "events.ts"],
    prepare: (mod) => {
      const f = fn(mod, "extractEvents");
      if (!f) return `no extractEvents among exports: ${Object.keys(mod).join(", ")}`;
      return (state) => state.map((s) => f(s));
    },
  },
  {
    name: "merge",
    modules: ["merge/index.ts", "merge.ts"],
    prepare: (mod) => {
      const f = fn(mod, "mergeEvents");
      if (!f) return `no mergeEvents among exports: ${Object.keys(mod).join(", ")}`;
      return (state) => [f(state.flat())];
    },
  },
];

const figures: StageFigures[] = [];
let state: unknown[] = articles;
let broken = false;
for (const stage of STAGES) {
  if (broken) {
    figures.push({ stage: stage.name, status: "failed", note: "an earlier stage did not run" });
    continue;
  }
  const mod = await importStage(...stage.modules).catch((e: unknown) => {
    figures.push({ stage: stage.name, status: "failed", note: `import failed: ${(e as Error).message}` });
    return undefined;
  });
  if (mod === undefined) {
    broken = true;
    continue;
  }
  if (mod === null) {
    figures.push({ stage: stage.name, status: "missing", note: `src/timeline/${stage.modules[0]} does not exist yet` });
    broken = true;
    continue;
  }
  const run = stage.prepare(mod);
  if (typeof run === "string") {
    figures.push({ stage: stage.name, status: "missing", note: run });
    broken = true;
    continue;
  }
  try {
    run(state.slice(0, 20)); // warm-up: let the JIT see the code first
    const started = performance.now();
    state = run(state);
    const ms = performance.now() - started;
    figures.push({ stage: stage.name, status: "measured", ms, charsPerSecond: chars / (ms / 1000), bytesPerSecond: bytes / (ms / 1000) });
  } catch (e) {
    figures.push({ stage: stage.name, status: "failed", note: (e as Error).message.split("\n")[0] ?? "" });
    broken = true;
  }
}

const measured = figures.filter((f) => f.status === "measured");
const result: ExtractionFigures = { articles: articles.length, chars, bytes, stages: figures };
if (measured.length > 0) {
  const ms = measured.reduce((n, f) => n + (f.ms ?? 0), 0);
  result.total = { ms, charsPerSecond: chars / (ms / 1000), bytesPerSecond: bytes / (ms / 1000) };
}
if (measured.length < STAGES.length) {
  result.note = `Only ${measured.length} of ${STAGES.length} stages measured; the total covers those only.`;
}
console.log(JSON.stringify(result));
