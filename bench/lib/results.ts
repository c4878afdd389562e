/** The shape of bench/results.json and the targets of issue 7, judged from it. */
import type { Measurement } from "./measure.ts";
import type { SiteWeights } from "./weights.ts";

export interface BuildFigures {
  ok: boolean;
  error?: string;
  command: string;
  wallMs: number;
  cpuMs: number | null;
  peakTreeRssBytes: number;
  maxProcessRssBytes: number | null;
  htmlPages: number;
  pagesPerSecond: number;
  msPerArticle: number;
  /** Mean 1-minute load average during the build (compare with the core count). */
  meanLoadAverage: number;
  /** CPU time other processes used during the build, ms (see Measurement.otherCpuMs). */
  otherCpuMs?: number | null;
  /** Timings the project itself reported through NEWS_TIMELINE_TIMINGS, when it does. */
  reportedTimings?: unknown;
}

export interface StageFigures {
  stage: string;
  status: "measured" | "missing" | "failed";
  note?: string;
  /** CPU time of the measuring thread, ms (the throughput is computed from it). */
  ms?: number;
  wallMs?: number;
  charsPerSecond?: number;
  bytesPerSecond?: number;
}

export interface ExtractionFigures {
  articles: number;
  chars: number;
  bytes: number;
  stages: StageFigures[];
  /** All measured stages together, as one article would go through them. */
  total?: { ms: number; charsPerSecond: number; bytesPerSecond: number; basis?: string };
  note?: string;
}

export interface SizeResult {
  n: number;
  date: string;
  commit: string;
  corpus: { files: number; bytes: number };
  reference: { cold: BuildFigures | null; rebuild: BuildFigures | null };
  timeline: { cold: BuildFigures | null; rebuild: BuildFigures | null };
  ratios: { wall: number | null; cpu: number | null; memory: number | null };
  /** (timeline − reference) on rebuild over (timeline − reference) cold: the pipeline's share. */
  rebuildPipelineShare: number | null;
  weights: SiteWeights | null;
}

export interface Results {
  machine: {
    cores: number;
    cpuModel: string;
    memoryBytes: number;
    node: string;
    astro: string;
    platform: string;
    loadAverageAtStart: number[];
  };
  date: string;
  commit: string;
  sizes: SizeResult[];
  extraction: ExtractionFigures | null;
  bundled: { weights: SiteWeights | null; note?: string } | null;
}

export interface TargetResult {
  target: string;
  goal: string;
  value: string;
  pass: boolean | null;
}

export const LIMITS = {
  timeRatio: 1.25,
  memoryRatio: 1.25,
  linearity: 1.2,
  rebuildShare: 0.05,
  extractionBytesPerSecond: 2 * 1024 * 1024,
  pageBytes: 30 * 1024,
  embedJsBytes: 3 * 1024,
};

export function toBuildFigures(m: Measurement, n: number, htmlPages: number, error?: string): BuildFigures {
  const figures: BuildFigures = {
    ok: m.exitCode === 0 && !error,
    command: m.command,
    wallMs: Math.round(m.wallMs),
    cpuMs: m.cpuMs === null ? null : Math.round(m.cpuMs),
    peakTreeRssBytes: m.peakTreeRssBytes,
    maxProcessRssBytes: m.maxProcessRssBytes,
    htmlPages,
    pagesPerSecond: Number((htmlPages / (m.wallMs / 1000)).toFixed(1)),
    msPerArticle: Number((m.wallMs / n).toFixed(2)),
    meanLoadAverage: m.meanLoadAverage,
    otherCpuMs: m.otherCpuMs,
  };
  if (error) figures.error = error;
  else if (m.exitCode !== 0) figures.error = `exit code ${m.exitCode}; see ${m.logFile}`;
  return figures;
}

const kb = (bytes: number | null | undefined): string => (bytes == null ? "missing" : `${(bytes / 1024).toFixed(1)} KB`);
const x = (v: number | null): string => (v == null ? "n/a" : `${v.toFixed(2)}x`);

/**
 * Did other work compete for the CPU during this build? Other processes' CPU time above a quarter
 * of a core on average; for results without that figure, a mean load average above the core
 * count (which also counts the build's own disk waits, so it errs towards "busy").
 */
export function busyDuring(b: BuildFigures | null | undefined, cores: number): boolean {
  if (!b) return false;
  if (b.otherCpuMs != null && b.wallMs > 0) return b.otherCpuMs / b.wallMs > 0.25;
  return (b.meanLoadAverage ?? 0) > cores;
}

/**
 * Wall time is the figure the targets speak of; when other work loaded the machine during a build,
 * wall time measures the neighbours, so the comparison falls back to CPU time (user + system of
 * the tree) and says so.
 */
function basis(results: Results, ...builds: (BuildFigures | null | undefined)[]): "wall" | "CPU" {
  const busy = builds.some((b) => busyDuring(b, results.machine.cores));
  return busy && builds.every((b) => b?.cpuMs != null) ? "CPU" : "wall";
}
const timeOf = (b: BuildFigures, on: "wall" | "CPU"): number => (on === "CPU" ? (b.cpuMs ?? b.wallMs) : b.wallMs);

/** `pipelineMs` from the timings the build reported through NEWS_TIMELINE_TIMINGS, if any. */
function reportedPipelineMs(b: BuildFigures | null): number | null {
  const t = b?.reportedTimings as { pipelineMs?: unknown } | undefined;
  return typeof t?.pipelineMs === "number" ? t.pipelineMs : null;
}

/** `cacheMs` (reading and writing the build's caches, not part of `pipelineMs`) from the reported timings, if any. */
function reportedCacheMs(b: BuildFigures | null): number | null {
  const t = b?.reportedTimings as { cacheMs?: unknown } | undefined;
  return typeof t?.cacheMs === "number" ? t.cacheMs : null;
}

/**
 * The pipeline's share of a one-article rebuild relative to its cold share. Exact when the build
 * reports its own pipeline time (NEWS_TIMELINE_TIMINGS); otherwise estimated as our build's time
 * above plain Astro's, rebuild over cold (coarse: it carries the noise of four builds).
 */
export function rebuildShare(results: Results, s: SizeResult): { share: number; on: string } | null {
  const { cold: refCold, rebuild: refRe } = s.reference;
  const { cold, rebuild } = s.timeline;
  const coldMs = reportedPipelineMs(cold);
  const reMs = reportedPipelineMs(rebuild);
  if (coldMs != null && reMs != null && coldMs > 0) {
    const cache = reportedCacheMs(rebuild);
    const io = cache == null ? "" : `; reading and writing its caches took ${(cache / 1000).toFixed(2)} s more, ${((100 * (reMs + cache)) / coldMs).toFixed(1)}% with them`;
    return { share: reMs / coldMs, on: `the pipeline time the build reported: ${(reMs / 1000).toFixed(2)} s of ${(coldMs / 1000).toFixed(2)} s${io}` };
  }
  if (!refCold?.ok || !refRe?.ok || !cold?.ok || !rebuild?.ok) return null;
  const on = basis(results, refCold, refRe, cold, rebuild);
  const coldExtra = timeOf(cold, on) - timeOf(refCold, on);
  const rebuildExtra = Math.max(0, timeOf(rebuild, on) - timeOf(refRe, on));
  // Not above plain Astro when cold: nothing to attribute to the pipeline, no estimate.
  if (coldExtra <= 0) return null;
  return { share: rebuildExtra / coldExtra, on: `estimate from ${on} time above plain Astro` };
}

export function judgeTargets(results: Results): TargetResult[] {
  const out: TargetResult[] = [];
  const ok = results.sizes.filter((s) => s.timeline.cold?.ok && s.reference.cold?.ok);
  for (const s of results.sizes) {
    const failed = !s.timeline.cold?.ok;
    const on = basis(results, s.reference.cold, s.timeline.cold);
    const timeRatio = on === "CPU" ? s.ratios.cpu : s.ratios.wall;
    out.push({
      target: `Build time vs plain Astro, N=${s.n}`,
      goal: `≤ ${LIMITS.timeRatio}x`,
      value: failed ? "our build failed" : `${x(s.ratios.wall)} wall, ${x(s.ratios.cpu)} CPU${on === "CPU" ? " (judged on CPU: machine busy)" : ""}`,
      pass: failed ? false : timeRatio == null ? null : timeRatio <= LIMITS.timeRatio,
    });
    out.push({
      target: `Peak memory vs plain Astro, N=${s.n}`,
      goal: `≤ ${LIMITS.memoryRatio}x`,
      value: failed ? "our build failed" : x(s.ratios.memory),
      pass: failed ? false : s.ratios.memory == null ? null : s.ratios.memory <= LIMITS.memoryRatio,
    });
  }
  const small = ok.find((s) => s.n === 1000)?.timeline.cold;
  const large = ok.find((s) => s.n === 10000)?.timeline.cold;
  if (small && large) {
    const on = basis(results, small, large);
    const per = (b: BuildFigures, n: number): number => timeOf(b, on) / n;
    const growth = per(large, 10000) / per(small, 1000);
    out.push({
      target: "Linear growth (time per article, 10k / 1k)",
      goal: `≤ ${LIMITS.linearity}x`,
      value: `${growth.toFixed(2)}x on ${on} time (${per(small, 1000).toFixed(1)} → ${per(large, 10000).toFixed(1)} ms/article)`,
      pass: growth <= LIMITS.linearity,
    });
  } else {
    out.push({ target: "Linear growth (time per article, 10k / 1k)", goal: `≤ ${LIMITS.linearity}x`, value: "needs both sizes", pass: null });
  }
  for (const s of results.sizes) {
    const r = rebuildShare(results, s);
    out.push({
      target: `Rebuild after one change: pipeline share of its cold share, N=${s.n}`,
      goal: `< ${LIMITS.rebuildShare * 100}%`,
      value: r == null ? "n/a (cold build not above plain Astro, or a build failed)" : `${(r.share * 100).toFixed(1)}% (${r.on})`,
      pass: r == null ? null : r.share < LIMITS.rebuildShare,
    });
  }
  const total = results.extraction?.total;
  out.push({
    target: "Extraction throughput, one core (all stages)",
    goal: "≥ 2 MB/s",
    value: total ? `${(total.bytesPerSecond / 1024 / 1024).toFixed(2)} MB/s` : (results.extraction?.note ?? "not measured"),
    pass: total ? total.bytesPerSecond >= LIMITS.extractionBytesPerSecond : null,
  });
  const bundled = results.bundled?.weights;
  out.push({
    target: "Heaviest page, HTML+CSS gzipped (bundled articles)",
    goal: "≤ 30 KB",
    value: bundled?.heaviest.path ? `${kb(bundled.heaviest.totalGzipBytes)} (${bundled.heaviest.path})` : "no build",
    pass: bundled?.heaviest.path ? (bundled.heaviest.totalGzipBytes ?? 0) <= LIMITS.pageBytes : null,
  });
  const embed = bundled?.embedJs ?? results.sizes.find((s) => s.weights)?.weights?.embedJs;
  out.push({
    target: "embed.js gzipped",
    goal: "≤ 3 KB",
    value: kb(embed?.gzipBytes),
    pass: embed?.gzipBytes == null ? null : embed.gzipBytes <= LIMITS.embedJsBytes,
  });
  return out;
}

const sec = (ms: number | null | undefined): string => (ms == null ? "–" : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number | null | undefined): string => (bytes == null ? "–" : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

function buildCells(b: BuildFigures | null): string[] {
  if (!b) return ["–", "–", "–", "–", "–", "–"];
  if (!b.ok) return [`failed (${sec(b.wallMs)})`, "–", "–", "–", "–", "–"];
  return [sec(b.wallMs), sec(b.cpuMs), mb(b.peakTreeRssBytes), b.htmlPages.toLocaleString("en-US"), String(b.pagesPerSecond), b.meanLoadAverage?.toFixed(1) ?? "–"];
}

/** The Markdown report: builds, page weights, extraction, targets, machine. */
export function renderMarkdown(results: Results): string {
  const lines: string[] = [];
  const m = results.machine;
  lines.push(
    `Machine: ${m.cores} cores (${m.cpuModel}), ${(m.memoryBytes / 1024 ** 3).toFixed(0)} GB RAM, Node ${m.node}, Astro ${m.astro}, ${m.platform}; load average at start ${m.loadAverageAtStart.map((l) => l.toFixed(1)).join(" / ")}. Run ${results.date} on commit ${results.commit.slice(0, 10)}.`,
    "",
    "| N | build | wall | CPU | peak RSS (tree) | pages | pages/s | load avg | rebuild (1 changed) | time ratio (wall / CPU) | memory ratio |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const s of results.sizes) {
    const rows: [string, BuildFigures | null, BuildFigures | null, string, string][] = [
      ["plain Astro", s.reference.cold, s.reference.rebuild, "1.00x", "1.00x"],
      ["news-timeline", s.timeline.cold, s.timeline.rebuild, `${x(s.ratios.wall)} / ${x(s.ratios.cpu)}`, x(s.ratios.memory)],
    ];
    for (const [name, cold, rebuild, tr, mr] of rows) {
      const re = rebuild ? (rebuild.ok ? sec(rebuild.wallMs) : "failed") : "–";
      lines.push(`| ${s.n.toLocaleString("en-US")} | ${name} | ${buildCells(cold).join(" | ")} | ${re} | ${tr} | ${mr} |`);
    }
  }
  const busy = results.sizes.some((s) => [s.reference.cold, s.timeline.cold].some((b) => busyDuring(b, results.machine.cores)));
  if (busy) {
    lines.push("", `Note: other work shared the machine during some builds (other processes used more than a quarter of a core), so wall times are inflated and noisy; CPU times (user + system of the build's process tree) are the steadier comparison.`);
  } else {
    lines.push("", `The machine was otherwise idle during the builds (other processes used less than a quarter of a core), so time ratios are judged on wall time; the load average also counts the build's own threads waiting on the disk. CPU time counts every process of the build's tree, Pagefind's included.`);
  }
  lines.push("", "Gzipped page weights (HTML + linked CSS):", "", "| site | timeline `/` | a day page | an article page | embed page | embed.js | all CSS | heaviest page | pages over 30 KB |", "|---|---|---|---|---|---|---|---|---|");
  const weightRow = (name: string, w: SiteWeights | null | undefined): void => {
    if (!w) return;
    lines.push(
      `| ${name} | ${kb(w.timeline.totalGzipBytes)} | ${kb(w.day.totalGzipBytes)} | ${kb(w.article.totalGzipBytes)} | ${kb(w.embed.totalGzipBytes)} | ${kb(w.embedJs.gzipBytes)} | ${kb(w.css.gzipBytes)} | ${kb(w.heaviest.totalGzipBytes)} ${w.heaviest.path ? `(${w.heaviest.path})` : ""} | ${w.heaviest.overBudget} of ${w.heaviest.pages} |`,
    );
  };
  weightRow("bundled articles", results.bundled?.weights);
  for (const s of results.sizes) weightRow(`synthetic N=${s.n.toLocaleString("en-US")}`, s.weights);
  const e = results.extraction;
  if (e) {
    lines.push("", `Extraction, one core (CPU time of the thread), ${e.articles} articles (${(e.bytes / 1024 / 1024).toFixed(1)} MB of Markdown bodies):`, "", "| stage | CPU time | chars/s | MB/s | note |", "|---|---|---|---|---|");
    for (const st of e.stages) {
      lines.push(
        st.status === "measured"
          ? `| ${st.stage} | ${st.ms != null && st.ms < 100 ? `${st.ms.toFixed(1)} ms` : sec(st.ms)} | ${st.charsPerSecond == null ? "–" : Math.round(st.charsPerSecond).toLocaleString("en-US")} | ${st.bytesPerSecond == null ? "–" : (st.bytesPerSecond / 1024 / 1024).toFixed(2)} | ${st.note ?? ""} |`
          : `| ${st.stage} | ${st.status} | – | – | ${st.note ?? ""} |`,
      );
    }
    if (e.total) lines.push(`| **pipeline** | ${sec(e.total.ms)} | ${Math.round(e.total.charsPerSecond).toLocaleString("en-US")} | ${(e.total.bytesPerSecond / 1024 / 1024).toFixed(2)} | ${e.total.basis ?? ""} |`);
  }
  lines.push("", "| target (issue 7) | goal | measured | result |", "|---|---|---|---|");
  for (const t of judgeTargets(results)) {
    lines.push(`| ${t.target} | ${t.goal} | ${t.value} | ${t.pass == null ? "n/a" : t.pass ? "PASS" : "FAIL"} |`);
  }
  return lines.join("\n");
}
