import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUT, render, verbForms } from '../../../scripts/verb-forms.ts';

describe("the verb forms read from compromise's lexicon", () => {
  it('src/timeline/temporal/verb-forms.ts is what scripts/verb-forms.ts makes of the installed compromise', () => {
    expect(readFileSync(OUT, 'utf8')).toBe(render(verbForms()));
  });
  it('hold the irregular pasts and base forms the tense cues rely on, and no regular past', () => {
    const { pasts, infinitives } = verbForms();
    for (const w of ['fled', 'sought', 'swore', 'withdrawn', 'struck']) expect(pasts).toContain(w);
    for (const w of ['prepare', 'weaken']) expect(infinitives).toContain(w);
    expect(pasts).not.toContain('walked');
    expect(pasts).not.toContain('been');
    expect(infinitives).not.toContain('date');
  });
});
