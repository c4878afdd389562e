/**
 * Refuse dates that news cannot mean: a year further ahead of the article's date than any
 * projection news reports ('in 3025', 'on March 3, 2900' in a 2025 article), which is a typo or
 * fiction. Such a candidate keeps its span but loses its value and is reported as rejected.
 * The past is left alone: history is news ('in 1066', 'the 1920s'); the parsers read years from 1000.
 */
import type { Candidate, Ctx } from '../types.ts';

/** Years after the article's year still read as dates ('by 2100', 'by 2300' in climate projections). */
export const MAX_YEARS_AHEAD = 300;

const YEAR_OF = /^(\d{4})(?:$|-)/;

export function plausible(ctx: Ctx, cands: Candidate[]): Candidate[] {
  const limit = ctx.dct.y + MAX_YEARS_AHEAD;
  return cands.map((c) => {
    if (c.rejected || c.type === 'DURATION' || c.type === 'SET') return c;
    const y = YEAR_OF.exec(c.value);
    if (!y || Number(y[1]) <= limit) return c;
    return {
      ...c,
      value: '',
      rejected: { reason: `implausible year: more than ${MAX_YEARS_AHEAD} years after the article's date`, value: c.value },
    };
  });
}
