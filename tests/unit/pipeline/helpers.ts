import type { ArticleInput } from '../../../src/timeline/types.ts';
import type { TimexExtractor } from '../../../src/timeline/timexes.ts';

/** A stand-in temporal stage: every occurrence of each expression gets the given TIMEX3 value. */
export function fakeExtractor(values: Record<string, string | { value: string; mod?: string; type?: string }>): TimexExtractor {
  return (text) => {
    const out: ReturnType<TimexExtractor> = [];
    for (const [expr, v] of Object.entries(values)) {
      const spec = typeof v === 'string' ? { value: v } : v;
      let i = text.indexOf(expr);
      while (i >= 0) {
        out.push({ text: expr, start: i, end: i + expr.length, ...spec } as unknown as ReturnType<TimexExtractor>[number]);
        i = text.indexOf(expr, i + expr.length);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
}

export function article(slug: string, body: string, over: Partial<ArticleInput> = {}): ArticleInput {
  return { slug, file: `content/articles/${slug}.md`, authors: [], captions: [], body, ...over };
}
