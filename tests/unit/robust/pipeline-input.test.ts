/** Odd but legal articles through the pipeline directly: reported, never a crash, never a silent drop. */
import { describe, expect, it } from 'vitest';
import { analyzeAll, buildTimeline } from '../../../src/timeline/pipeline.ts';
import type { ArticleInput } from '../../../src/timeline/types.ts';

const input = (over: Partial<ArticleInput>): ArticleInput => ({
  slug: 'x',
  file: 'content/articles/x.md',
  title: 'A headline',
  published: '2025-11-25',
  authors: [],
  captions: [],
  body: 'The council met on Monday.',
  ...over,
});

describe('odd articles through the pipeline', () => {
  it('an empty body is warned about, naming the file, and the article is kept', () => {
    for (const body of ['', '\n\n   \n']) {
      const [a] = analyzeAll([input({ slug: 'empty', file: 'content/articles/empty.md', body })]);
      expect(a!.headline).toBe('A headline');
      expect(a!.warnings).toContainEqual({
        file: 'content/articles/empty.md',
        message: 'the article has no text: only its headline and details are shown',
        hint: 'add the article text below the frontmatter',
      });
    }
  });

  it('text in another language is kept whole, warned about, and gives no expressions', () => {
    const body =
      "Le conseil municipal a adopté lundi 24 novembre le budget pour l'année prochaine, après trois heures de débat. " +
      "« C'est un budget responsable », a déclaré la maire à l'issue de la séance. Le vote définitif est prévu le 2 décembre.";
    const [a] = analyzeAll([input({ slug: 'fr', file: 'content/articles/fr.md', published: '2025-11-24T19:30:00+01:00', body })]);
    expect(a!.text).toBe(body);
    expect(a!.sentences.length).toBeGreaterThan(0);
    // 'lundi 24 novembre' once gave a bogus clock time (T24:00) from the bare '24'.
    expect(a!.timexes).toEqual([]);
    expect(a!.candidates).toEqual([]);
    expect(a!.warnings).toContainEqual({
      file: 'content/articles/fr.md',
      message:
        'the text does not look like English (10 common words of other languages, 0 of English, in 37 words): ' +
        'dates are read by English rules, so dates written in another language are not found',
      hint: 'the article keeps its page; to place its events on the timeline, give its text in English',
    });
  });

  it('English text, short texts and text full of names and code are not taken for another language', () => {
    const english = (body: string) => analyzeAll([input({ body })])[0]!.warnings.filter((w) => /look like English/.test(w.message));
    expect(english('The council met on Monday and voted to approve the budget for next year, after a debate that lasted three hours, officials said.')).toEqual([]);
    expect(english('Le budget est adopté.')).toEqual([]);
    expect(english('Zelensky, Macron, Scholz, Meloni, Sánchez, Tusk, Orbán, Fico, Rutte, Costa, Metsola, Kallas, Kos, Šefčovič, Dombrovskis, Ribera, Séjourné, Virkkunen, Brunner.')).toEqual([]);
  });

  it('impossible and implausible dates are kept for the report, not placed and not dropped', () => {
    const body = 'The company said on Monday it would reach Mars in 3025. The memo is dated 11/31/2025, and the contract April 31.';
    const [a] = analyzeAll([input({ body })]);
    expect(a!.timexes.map((t) => t.text)).toEqual(['Monday']);
    expect(a!.rejectedTimexes!.map((r) => [r.text, r.value, r.reason])).toEqual([
      ['3025', '3025', "implausible year: more than 300 years after the article's date"],
      ['11/31/2025', '2025-11-31', 'not a real calendar date'],
      ['April 31', 'XXXX-04-31', 'not a real calendar date'],
    ]);
    for (const r of a!.rejectedTimexes!) expect(a!.text.slice(r.start, r.end)).toBe(r.text);
  });

  it('no date expressions: kept, and said to add no event', () => {
    const [a] = analyzeAll([input({ slug: 'essay', file: 'content/articles/essay.md', body: 'Budgets are statements of priorities.' })]);
    expect(a!.timexes).toEqual([]);
    expect(a!.warnings.map((w) => w.message)).toContain('no sentence places anything on a day: the article adds no event to the timeline');
  });

  it('a sentence whose only date is refused is not placed on another day by content', () => {
    const say = (slug: string, when: string) => input({ slug, file: `content/articles/${slug}.md`, body: `The city council approved the new municipal budget ${when}after a long debate, officials said.` });
    const timeline = buildTimeline(analyzeAll([say('dated', 'on Monday '), say('undated', ''), say('refused', 'on Feb. 30 ')]));
    // The undated sentence joins Monday's event by content; the one dated Feb. 30 does not.
    expect(timeline.events.map((e) => [e.date, e.citations.map((c) => [c.article, c.match])])).toEqual([
      ['2025-11-24', [['dated', 'date'], ['undated', 'content']]],
    ]);
  });
});
