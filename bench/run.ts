/**
 * `npm run bench`: builds synthetic corpora with plain Astro and with news-timeline, and
 * reports time, memory, rebuild, extraction throughput and page weights against issue 7's
 * targets. Writes bench/results.json (sizes not run this time are kept from the previous file).
 *
 *   npm run bench                        # N = 1,000 and 10,000
 *   npm run bench -- --sizes 1000        # quick run
 *   npm run bench -- --30k               # adds N = 30,000
 *   options: --no-rebuild  --no-bundled  --no-extraction  --keep (keep build outputs)
 *            --results <file> (default bench/results.json)  --seed <text>
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeCorpus } from "./generate.ts";
import { runMeasured, type Measurement } from "./lib/measure.ts";
import { judgeTargets, rebuildShare, renderMarkdown, toBuildFigures, type BuildFigures, type ExtractionFigures, type Results, type SizeResult } from "./lib/results.ts";
import { prepareProject, prepareReference, projectBuildScript } from "./lib/sites.ts";
import { listFiles, measureWeights } from "./lib/weights.ts";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, "..");
const OUT = join(BENCH_DIR, "out");

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    "30k": { type: "boolean", default: false },
    "no-rebuild": { type: "boolean", default: false },
    "no-bundled": { type: "boolean", default: false },
    "no-extraction": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    seed: { type: "string", default: "news-timeline" },
    results: { type: "string", default: join(BENCH_DIR, "results.json") },
  },
});
const RESULTS_FILE = resolve(values.results);
const sizes = values.sizes.split(",").map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
if (values["30k"] && !sizes.includes(30000)) sizes.push(30000);
if (sizes.length === 0) throw new Error("--sizes: give comma-separated article counts, e.g. 1000,10000");

const log = (text: string): void => console.log(`[bench] ${text}`);
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function gitCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "astro.config.mjs", "package.json"], { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return "unknown";
  }
}

function astroVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, "node_modules", "astro", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

function buildEnv(siteDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, ASTRO_TELEMETRY_DISABLED: "1" };
  env["PATH"] = `${join(siteDir, "node_modules", ".bin")}:${dirname(process.execPath)}:${process.env["PATH"] ?? ""}`;
  return env;
}

/** Writes what earlier steps left in the page cache to disk, so a build is not charged for the previous one's writes. */
function flushDisk(): void {
  try {
    execFileSync("sync", [], { stdio: "ignore" });
  } catch {
    // no sync(1): the figures are only noisier
  }
}

async function build(label: string, siteDir: string, script: string, env: NodeJS.ProcessEnv, logDir: string): Promise<Measurement> {
  mkdirSync(logDir, { recursive: true });
  flushDisk();
  const m = await runMeasured("sh", ["-c", script], { cwd: siteDir, env, logFile: join(logDir, `${label}.log`) });
  if (m.exitCode !== 0) {
    const tail = readFileSync(m.logFile, "utf8").trim().split("\n").slice(-15).join("\n");
    log(`${label}: FAILED (exit ${m.exitCode}) after ${secs(m.wallMs)}. Last lines of ${m.logFile}:\n${tail}`);
  } else {
    const maxProc = m.maxProcessRssBytes == null ? "" : `, largest process ${mib(m.maxProcessRssBytes)}`;
    log(`${label}: ${secs(m.wallMs)} wall, ${m.cpuMs == null ? "?" : secs(m.cpuMs)} CPU, peak tree RSS ${mib(m.peakTreeRssBytes)}${maxProc}, ${m.maxProcesses} processes at most, mean load average ${m.meanLoadAverage.toFixed(1)}`);
  }
  return m;
}

const countHtml = (dist: string): number => listFiles(dist, ".html").length;

/** A deterministic edit to one article, for the rebuild: a new paragraph at the end. */
function changeOneArticle(corpusDir: string): { file: string; original: string } {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith(".md")).sort();
  const file = join(corpusDir, files[Math.floor(files.length / 2)] as string);
  const original = readFileSync(file, "utf8");
  writeFileSync(file, `${original}\nIn a later update, officials said on Friday that a further meeting had been set for the following week.\n`);
  return { file, original };
}

function readTimings(path: string): unknown {
  try {
    return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

async function runSize(n: number, commit: string): Promise<SizeResult> {
  const dir = join(OUT, `n${n}`);
  const logs = join(dir, "logs");
  const refDir = join(dir, "reference");
  const siteDir = join(dir, "timeline");
  prepareReference(ROOT, refDir);
  // The corpus goes where a newsroom keeps its articles, the copy's content/articles; both sites
  // read that same directory (news-timeline through NEWS_TIMELINE_CONTENT as well).
  const corpus = prepareProject(ROOT, siteDir, true);
  log(`N=${n}: generating corpus`);
  const stats = writeCorpus(n, corpus, values.seed);
  log(`N=${n}: ${stats.files} articles, ${(stats.bytes / 1024 / 1024).toFixed(1)} MB`);
  const refScript = "astro build";
  const siteScript = projectBuildScript(siteDir);
  const timingsFile = join(logs, "timeline-timings.json");
  const refEnv = buildEnv(refDir, { BENCH_CONTENT: corpus });
  const siteEnv = buildEnv(siteDir, { NEWS_TIMELINE_CONTENT: corpus, NEWS_TIMELINE_TIMINGS: timingsFile });
  log(`N=${n}: news-timeline build command: ${siteScript}`);

  const refCold = await build(`reference-cold`, refDir, refScript, refEnv, logs);
  const refColdFig = toBuildFigures(refCold, n, countHtml(join(refDir, "dist")));
  rmSync(timingsFile, { force: true });
  const siteCold = await build(`timeline-cold`, siteDir, siteScript, siteEnv, logs);
  const siteColdFig = toBuildFigures(siteCold, n, countHtml(join(siteDir, "dist")));
  const coldTimings = readTimings(timingsFile);
  if (coldTimings !== undefined) siteColdFig.reportedTimings = coldTimings;
  log(`N=${n}: pages: plain Astro ${refColdFig.htmlPages}, news-timeline ${siteColdFig.htmlPages}`);
  const weights = siteColdFig.ok ? measureWeights(join(siteDir, "dist"), siteDir) : null;

  let refRebuildFig: BuildFigures | null = null;
  let siteRebuildFig: BuildFigures | null = null;
  if (!values["no-rebuild"]) {
    const change = changeOneArticle(corpus);
    log(`N=${n}: changed ${change.file}; rebuilding with caches kept`);
    const refRe = await build(`reference-rebuild`, refDir, refScript, refEnv, logs);
    refRebuildFig = toBuildFigures(refRe, n, countHtml(join(refDir, "dist")));
    rmSync(timingsFile, { force: true });
    if (siteColdFig.ok) {
      const siteRe = await build(`timeline-rebuild`, siteDir, siteScript, siteEnv, logs);
      siteRebuildFig = toBuildFigures(siteRe, n, countHtml(join(siteDir, "dist")));
      const reTimings = readTimings(timingsFile);
      if (reTimings !== undefined) siteRebuildFig.reportedTimings = reTimings;
    } else {
      log(`N=${n}: skipping the news-timeline rebuild: its cold build failed`);
    }
    writeFileSync(change.file, change.original);
  }

  const both = refColdFig.ok && siteColdFig.ok;
  const ratio = (a: number | null, b: number | null): number | null =>
    both && a != null && b != null && b > 0 ? Number((a / b).toFixed(3)) : null;
  if (!values.keep) {
    for (const d of [join(refDir, "dist"), join(siteDir, "dist")]) rmSync(d, { recursive: true, force: true });
  }
  return {
    n,
    date: new Date().toISOString(),
    commit,
    corpus: stats,
    reference: { cold: refColdFig, rebuild: refRebuildFig },
    timeline: { cold: siteColdFig, rebuild: siteRebuildFig },
    ratios: {
      wall: ratio(siteColdFig.wallMs, refColdFig.wallMs),
      cpu: ratio(siteColdFig.cpuMs, refColdFig.cpuMs),
      memory: ratio(siteColdFig.peakTreeRssBytes, refColdFig.peakTreeRssBytes),
    },
    rebuildPipelineShare: null,
    weights,
  };
}

async function runBundled(): Promise<Results["bundled"]> {
  const own = join(ROOT, "content", "articles");
  if (!existsSync(own)) return { weights: null, note: "the project has no content/articles yet" };
  const dir = join(OUT, "bundled");
  const siteDir = join(dir, "timeline");
  prepareProject(ROOT, siteDir, false);
  const m = await build("bundled", siteDir, projectBuildScript(siteDir), buildEnv(siteDir, {}), join(dir, "logs"));
  if (m.exitCode !== 0) return { weights: null, note: `build failed; see ${m.logFile}` };
  return { weights: measureWeights(join(siteDir, "dist"), siteDir) };
}

function runExtraction(corpus: string): ExtractionFigures {
  const r = spawnSync(process.execPath, [join(BENCH_DIR, "extract.ts"), "--corpus", corpus, "--project", ROOT], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TZ: "UTC" },
  });
  if (r.status !== 0) {
    log(`extraction: the measuring script failed:\n${(r.stderr || r.stdout).trim().split("\n").slice(-15).join("\n")}`);
    return { articles: 0, chars: 0, bytes: 0, stages: [], note: "the measuring script failed" };
  }
  if (r.stderr.trim()) log(r.stderr.trim());
  return JSON.parse(r.stdout) as ExtractionFigures;
}

/** Writes results.json: this run's sizes, plus sizes measured in earlier runs that this run did not repeat. */
function save(results: Results, previous: Results | null): Results {
  const merged: Results = { ...results, sizes: [...results.sizes] };
  for (const old of previous?.sizes ?? []) {
    if (!merged.sizes.some((s) => s.n === old.n)) merged.sizes.push(old);
  }
  merged.sizes.sort((a, b) => a.n - b.n);
  for (const s of merged.sizes) s.rebuildPipelineShare = rebuildShare(merged, s)?.share ?? null;
  writeFileSync(RESULTS_FILE, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, "node_modules", "astro"))) throw new Error("Run npm install first: astro is not installed.");
  mkdirSync(OUT, { recursive: true });
  const commit = gitCommit();
  const previous: Results | null = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as Results) : null;
  const results: Results = {
    machine: {
      cores: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryBytes: totalmem(),
      node: process.version,
      astro: astroVersion(),
      platform: `${process.platform} ${process.arch}`,
      loadAverageAtStart: loadavg(),
    },
    date: new Date().toISOString(),
    commit,
    sizes: [],
    extraction: previous?.extraction ?? null,
    bundled: previous?.bundled ?? null,
  };
  log(`sizes ${sizes.join(", ")}; commit ${commit.slice(0, 10)}; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);

  // Warm the file cache for astro and its dependencies, so neither measured build pays for it.
  log("warm-up: a small plain Astro build (not measured)");
  const warm = join(OUT, "warmup");
  writeCorpus(20, join(warm, "corpus"), values.seed);
  prepareReference(ROOT, join(warm, "reference"));
  await build("warmup", join(warm, "reference"), "astro build", buildEnv(join(warm, "reference"), { BENCH_CONTENT: join(warm, "corpus") }), join(warm, "logs"));

  if (!values["no-extraction"]) {
    // A 1,000-article sample is plenty for a per-character rate. Measured first, while the machine
    // is idle: on a 2-core VM a thread's CPU time after the big builds (the disk still flushing,
    // Pagefind's processes winding down) was a third longer for the same work.
    const sample = join(OUT, "n1000", "timeline", "content", "articles");
    if (!existsSync(sample)) writeCorpus(1000, sample, values.seed);
    log("extraction: timing the pipeline stages on one core");
    results.extraction = runExtraction(sample);
  }

  if (!values["no-bundled"]) {
    log("bundled articles: building the project's own content for page weights");
    results.bundled = await runBundled();
    if (results.bundled?.note) log(`bundled articles: ${results.bundled.note}`);
  }

  for (const n of sizes) {
    try {
      results.sizes.push(await runSize(n, commit));
      save(results, previous); // a long run keeps what it measured even if stopped later
    } catch (error) {
      log(`N=${n}: the benchmark itself failed: ${(error as Error).stack ?? String(error)}`);
    }
  }


  const saved = save(results, previous);
  console.log(`\n${renderMarkdown(saved)}\n`);
  const failed = judgeTargets(saved).filter((t) => t.pass === false).length;
  log(`wrote ${RESULTS_FILE}; ${failed} target(s) not met. Update the README table with: npm run bench:readme`);
}

await main();
