// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';

/** The deployed site's origin; overridable so one build can be published anywhere. */
const site = process.env.NEWS_TIMELINE_SITE ?? 'http://localhost:4321';
/** A sub-path to deploy under, e.g. `/timeline`. */
const base = process.env.NEWS_TIMELINE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Never inline CSS as <style>: the site runs under a strict CSP (style-src 'self').
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { plugins: [tailwindcss()] },
});
