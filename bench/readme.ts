/**
 * `npm run bench:readme`: rewrites the figures between the bench markers in README.md
 * (or bench/README-section.md when README.md has no markers yet) from bench/results.json.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { renderMarkdown, type Results } from "./lib/results.ts";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, "..");
const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

const results = JSON.parse(readFileSync(join(BENCH_DIR, "results.json"), "utf8")) as Results;
const block = `${START}\n${renderMarkdown(results)}\n${END}`;
const targets = [join(ROOT, "README.md"), join(BENCH_DIR, "README-section.md")].filter(
  (file) => existsSync(file) && readFileSync(file, "utf8").includes(START),
);
if (targets.length === 0) throw new Error(`No file holds the markers ${START} … ${END}: add them to README.md's Benchmark section.`);
for (const file of targets) {
  const text = readFileSync(file, "utf8");
  const updated = text.slice(0, text.indexOf(START)) + block + text.slice(text.indexOf(END) + END.length);
  writeFileSync(file, updated);
  console.log(`updated ${file}`);
}
