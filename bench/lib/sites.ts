/**
 * Prepares the two sites a benchmark round builds, each in its own directory under bench/out/:
 * the plain Astro reference (copied from bench/reference/) and a copy of news-timeline itself,
 * so the real dist/ and caches are never touched.
 *
 * Each copy gets its own node_modules directory whose entries are symlinks to the project's
 * packages: the installed astro is used, while Astro's cache (node_modules/.astro, holding the
 * content layer's data store) and Vite's stay local to the copy and survive between the cold
 * build and the rebuild.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { basename, join } from "node:path";

/** Top-level entries of the project that are not part of the site's sources. */
const NOT_COPIED = new Set([
  "node_modules", "dist", ".astro", "bench", ".git", "test-results", "playwright-report", ".cache",
  "tests", ".ci", "coverage",
]);

function linkNodeModules(projectRoot: string, siteDir: string): void {
  const source = join(projectRoot, "node_modules");
  const target = join(siteDir, "node_modules");
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source)) {
    // Caches must belong to the copy, not be shared with the project.
    if (entry === ".astro" || entry === ".vite" || entry === ".cache") continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
}

export function prepareReference(projectRoot: string, siteDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(join(projectRoot, "bench", "reference"), siteDir, { recursive: true });
  gitInit(siteDir);
  linkNodeModules(projectRoot, siteDir);
}

/**
 * Copies news-timeline's sources into siteDir, as a git repository like a real checkout: tools
 * that honour .gitignore (Tailwind's class scanner does) must see the copy as they would see the
 * project, or they wander into node_modules. With `emptyArticles`, the copy's content/articles is
 * emptied for a generated corpus, so the articles sit where a newsroom would keep them.
 * Returns the copy's articles directory.
 */
export function prepareProject(projectRoot: string, siteDir: string, emptyArticles: boolean): string {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  for (const entry of readdirSync(projectRoot)) {
    if (NOT_COPIED.has(entry)) continue;
    cpSync(join(projectRoot, entry), join(siteDir, entry), { recursive: true });
  }
  const articles = join(siteDir, "content", "articles");
  if (emptyArticles) rmSync(articles, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  gitInit(siteDir);
  linkNodeModules(projectRoot, siteDir);
  return articles;
}

function gitInit(dir: string): void {
  try {
    execFileSync("git", ["init", "-q", dir], { stdio: "ignore" });
  } catch {
    // Without git the build still runs; Tailwind may then scan more than it would in a checkout.
  }
}

/** The project's own build command: its prebuild, build and postbuild scripts, or `astro build`. */
export function projectBuildScript(siteDir: string): string {
  const pkgPath = join(siteDir, "package.json");
  const scripts: Record<string, string> = existsSync(pkgPath)
    ? ((JSON.parse(readFileSync(pkgPath, "utf8")) as { scripts?: Record<string, string> }).scripts ?? {})
    : {};
  const steps = [scripts["prebuild"], scripts["build"] ?? "astro build", scripts["postbuild"]].filter(
    (s): s is string => typeof s === "string" && s.length > 0,
  );
  return steps.join(" && ");
}

export function siteName(dir: string): string {
  return basename(dir);
}
