// Plain Astro 7 static site: the reference the benchmark compares news-timeline against.
import { defineConfig } from "astro/config";

export default defineConfig({
  output: "static",
});
