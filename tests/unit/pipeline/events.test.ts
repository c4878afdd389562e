import { describe, expect, it } from 'vitest';
import { analyzeArticle, collectionContext } from '../../../src/timeline/pipeline.ts';
import { classify, dayRef, makeTitle, partOfDayAt } from '../../../src/timeline/events.ts';
import { article, fakeExtractor } from './helpers.ts';

const analyze = (body: string, published: string, values: Parameters<typeof fakeExtractor>[0], over = {}) => {
  const input = article('a', body, { published, ...over });
  return analyzeArticle(input, { ...collectionContext([input]), extractTimexes: fakeExtractor(values) });
};

describe('dayRef', () => {
  it('places days, parts of day and clock times; nothing coarser', () => {
    expect(dayRef({ value: '2024-05-14' })).toEqual({ day: '2024-05-14' });
    expect(dayRef({ value: '2024-05-14TEV' })).toEqual({ day: '2024-05-14', partOfDay: 'evening' });
    expect(dayRef({ value: '2024-05-14T09:30' })).toEqual({ day: '2024-05-14', time: '09:30' });
    expect(dayRef({ value: '2024-05-14', mod: 'END' })).toEqual({ day: '2024-05-14', partOfDay: 'evening' });
    expect(dayRef({ value: '2024-05-14', mod: 'START' })).toEqual({ day: '2024-05-14', partOfDay: 'morning' });
    for (const value of ['2024-W20', '2024-05', '2024', 'P3D', 'XXXX-WXX-2', 'PRESENT_REF', '2024-SU']) expect(dayRef({ value })).toBeNull();
  });
});

describe('classify', () => {
  const at = (s: string, expr: string, day: string, articleDay: string) => {
    const i = s.indexOf(expr);
    return classify(s, i, i + expr.length, day, articleDay);
  };
  it('reads deadlines and plans as scheduled, reports as occurred', () => {
    expect(at('The union gave management until Friday to answer.', 'Friday', '2024-05-17', '2024-05-13')).toEqual({ kind: 'scheduled', deadline: true });
    expect(at('Ministers had set a Friday deadline for the budget.', 'Friday', '2024-05-17', '2024-05-13')).toEqual({ kind: 'scheduled', deadline: true });
    expect(at('Shareholders must vote by June 3 on the merger.', 'June 3', '2024-06-03', '2024-05-13')).toEqual({ kind: 'scheduled', deadline: true });
    expect(at('The mayor will unveil the budget on Thursday.', 'Thursday', '2024-05-16', '2024-05-13').kind).toBe('scheduled');
    expect(at('The mayor is scheduled to speak at 3 p.m. today.', 'today', '2024-05-13', '2024-05-13').kind).toBe('scheduled');
    expect(at("The judge is scheduled to hear the railroad's request for an injunction at 2 p.m. today.", '2 p.m. today', '2024-05-13', '2024-05-13').kind).toBe('scheduled');
    expect(at('The mayor unveiled the budget on Monday.', 'Monday', '2024-05-13', '2024-05-13').kind).toBe('occurred');
    expect(at('Police said on Sunday that the suspect had fled.', 'Sunday', '2024-05-12', '2024-05-13').kind).toBe('occurred');
  });
  it("reads 'shortly before 11 a.m. Monday' as when, not as a deadline ('before Friday' still is one)", () => {
    expect(at('Video shows four men breaking display cases shortly before 11 a.m. Monday.', '11 a.m. Monday', '2030-08-19', '2030-08-22')).toEqual({ kind: 'occurred', deadline: false });
    expect(at('The report must be filed before Friday.', 'Friday', '2030-08-23', '2030-08-22')).toEqual({ kind: 'scheduled', deadline: true });
  });
  it("reads what a past-perfect or past-progressive clause got done 'by' a day as occurred, not as a deadline", () => {
    expect(at('By 6 a.m. today, the storm had weakened to a tropical storm.', '6 a.m. today', '2024-05-13', '2024-05-13')).toEqual({ kind: 'occurred', deadline: false });
    expect(at('By mid-morning, cars were crawling north of the city.', 'mid-morning', '2024-05-13', '2024-05-13').kind).toBe('occurred');
    expect(at('Crews had restored power to most homes by Sunday.', 'Sunday', '2024-05-12', '2024-05-13').kind).toBe('occurred');
    expect(at('Expressways into the city were jammed by 6 a.m.', '6 a.m.', '2024-05-13', '2024-05-13').kind).toBe('occurred');
    expect(at('Ministers were expected by 6 a.m.', '6 a.m.', '2024-05-13', '2024-05-13').kind).toBe('scheduled');
    expect(at('By Thursday evening, two days after the polls closed, she felt confident enough to claim victory.', 'Thursday evening', '2024-05-09', '2024-05-10').kind).toBe('occurred');
    expect(at('By Thursday evening, the board must decide.', 'Thursday evening', '2024-05-09', '2024-05-09')).toEqual({ kind: 'scheduled', deadline: true });
    // a directive, or a day still ahead, stays a deadline
    expect(at('The regulator had asked for a reply by Sunday.', 'Sunday', '2024-05-12', '2024-05-13')).toEqual({ kind: 'scheduled', deadline: true });
    expect(at('By Friday, the company had to decide.', 'Friday', '2024-05-17', '2024-05-13')).toEqual({ kind: 'scheduled', deadline: true });
    expect(at('Shareholders must vote by June 3 on the merger.', 'June 3', '2024-05-13', '2024-05-13')).toEqual({ kind: 'scheduled', deadline: true });
  });
});

describe('partOfDayAt', () => {
  it('puts a clock time in its part of the day', () => {
    expect(['04:59', '05:00', '11:59', '12:00', '16:59', '17:00', '20:59', '21:00', '23:40', '00:40'].map(partOfDayAt)).toEqual([
      'night', 'morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening', 'night', 'night', 'night',
    ]);
  });
});

describe('makeTitle', () => {
  const title = (s: string, expr: string, keep = false) => {
    const i = s.indexOf(expr);
    return makeTitle(s, i, i + expr.length, keep);
  };
  it('drops the date, attribution tails and leading clauses, and cuts at a word', () => {
    expect(title('The central bank raised interest rates on Tuesday, saying inflation remained too high.', 'Tuesday')).toBe('The central bank raised interest rates');
    expect(title('According to court filings released on Friday, the company paid $2 million to settle the claims.', 'Friday')).toBe(
      'The company paid $2 million to settle the claims',
    );
    expect(title('After meeting the strikers on Monday morning, the governor promised a new wage offer within days.', 'Monday morning')).toBe(
      'The governor promised a new wage offer within days',
    );
    const long = title(
      'Lawmakers in the lower house approved on Wednesday a sweeping overhaul of the national pension system that critics say will raise the retirement age for millions of workers.',
      'Wednesday',
    );
    expect(long.length).toBeLessThanOrEqual(91);
    expect(long.endsWith('…')).toBe(true);
    expect(long).toMatch(/ \S+…$/);
  });
  it('leaves the dateline out of the title of a lede', () => {
    expect(title('ATLANTA — A judge ruled that the lawsuit against the drug maker could proceed on Tuesday.', 'Tuesday')).toBe(
      'A judge ruled that the lawsuit against the drug maker could proceed',
    );
    expect(title('ST. LOUIS (AP) — The city council approved a new budget on Monday after months of talks.', 'Monday')).toBe(
      'The city council approved a new budget after months of talks',
    );
    expect(title('KYIV, Ukraine — Officials said on Sunday that talks would resume within a week.', 'Sunday')).toBe('Officials said that talks would resume within a week');
    // Capitals that are not a dateline stay: no dash after them.
    expect(title('NASA launched the probe on Friday from Florida.', 'Friday')).toBe('NASA launched the probe from Florida');
    expect(title('Shortly after 8:30 p.m., a spokesman said the talks were still going.', '8:30 p.m.')).toBe('A spokesman said the talks were still going');
  });
  it("leaves 'local time' out with the clock time it qualifies", () => {
    expect(title('The session began at 9:15 a.m. local time on Tuesday and ran past midnight.', 'Tuesday')).toBe(
      'The session began at 9:15 a.m. local time and ran past midnight',
    );
    expect(title('The session began at 9:15 a.m. local time and ran past midnight.', '9:15 a.m.')).toBe('The session began and ran past midnight');
  });
  it("a relative clause after the subject is the event when the day is in it, and left out when it is not", () => {
    expect(title('Ortiz, who declared an emergency on Monday night, said the city had opened three shelters.', 'Monday night')).toBe(
      'Ortiz declared an emergency',
    );
    expect(title('The bill, which passed the Senate on Tuesday, now goes to the House.', 'Tuesday')).toBe('The bill passed the Senate');
    expect(title('City, who had won their previous nine matches, host Athletic on Saturday.', 'Saturday')).toBe('City host Athletic');
    expect(title('The talks on Monday, which lasted six hours, ended without a deal.', 'Monday')).toBe('The talks ended without a deal');
    // a relative clause at the end is cut as before
    expect(title('The board met on Friday with the bidder, which had raised its offer.', 'Friday')).toBe('The board met with the bidder');
  });
  it('takes a trailing clause with a subject and a past verb of its own when the day is in it', () => {
    const s = 'Corvex Capital pulled out of the contest on Friday night after Halvorsen lifted its bid to $38 a share on Thursday.';
    expect(title(s, 'Thursday')).toBe('Halvorsen lifted its bid to $38 a share');
    expect(title(s, 'Friday night')).toMatch(/^Corvex Capital pulled out of the contest after Halvorsen lifted/);
    // a pronoun subject or no verb of its own: the main clause stays
    expect(title('The storm weakened before it reached the coast on Thursday.', 'Thursday')).toBe('The storm weakened before it reached the coast');
    expect(title('Shares jumped after the announcement on Thursday.', 'Thursday')).toBe('Shares jumped after the announcement');
  });
  it('a relative clause after an object, holding the day, is told of that noun', () => {
    const s = 'The regulator said the company had failed to plan properly for the new timetable, which came into force on 20 May last year and led to more than 40,000 cancellations.';
    expect(title(s, '20 May')).toBe('The new timetable came into force last year and led to more than 40,000 cancellations');
    expect(title('The deal, struck after a marathon bargaining session that began Tuesday morning, raises wages 25%.', 'Tuesday morning')).toBe('A marathon bargaining session began');
    expect(title('Rescuers searched for the ship that capsized on Tuesday off the coast.', 'Tuesday')).toBe('The ship capsized off the coast');
    // a clause with a subject of its own, or a day before the clause, change nothing
    expect(title('Officials insisted that the ship sank on Tuesday.', 'Tuesday')).toBe('Officials insisted that the ship sank');
    expect(title('The company cut its workforce by a fifth, which it announced on Monday.', 'Monday')).toBe('The company cut its workforce by a fifth');
    expect(title('Prices rose 5 percent on Monday, which analysts called unexpected.', 'Monday')).toBe('Prices rose 5 percent');
  });
  it("keeps a possessive day with its noun ('suspected in Monday's robbery')", () => {
    expect(title("Police on Wednesday night arrested two men suspected in Monday's robbery.", 'Monday')).toBe("Police on Wednesday night arrested two men suspected in Monday's robbery");
  });
  it('takes the reported complement for the second day of a sentence', () => {
    const s = 'The governor said on May 2 that the utility had until May 30 to restore power.';
    const i = s.indexOf('May 30');
    expect(makeTitle(s, i, i + 6, true)).toBe('The utility had until May 30 to restore power');
  });
});

describe('candidateEvents', () => {
  it('gives one event per day named, with kind, actors and related days', () => {
    const a = analyze(
      'The governor said on May 2 that the Pacific Gas Company had until May 30 to restore power to all customers.',
      '2024-05-06',
      { 'May 2': '2024-05-02', 'May 30': '2024-05-30' },
    );
    expect(a.candidates.map((c) => [c.date, c.kind, c.related])).toEqual([
      ['2024-05-02', 'occurred', ['2024-05-30']],
      ['2024-05-30', 'scheduled', ['2024-05-02']],
    ]);
    expect(a.candidates[0]!.citation).toMatchObject({ article: 'a', sentenceIndex: 0, expression: 'May 2', match: 'date' });
    const c = a.candidates[0]!.citation;
    expect(a.text.slice(c.expressionStart, c.expressionEnd)).toBe('May 2');
  });

  it('puts what happened at the midnight that opened a day on that day at 00:00; a midnight deadline stays the day\'s end', () => {
    const a = analyze('Snow began falling shortly after midnight, the weather service said.', '2029-01-11', { midnight: '2029-01-10T24:00' });
    expect(a.candidates.map((c) => [c.date, c.time, c.kind])).toEqual([['2029-01-11', '00:00', 'occurred']]);
    const b = analyze('The offer expires at midnight on Friday.', '2029-01-11', { 'midnight on Friday': '2029-01-12T24:00' });
    expect(b.candidates.map((c) => [c.date, c.time, c.kind])).toEqual([['2029-01-12', '24:00', 'scheduled']]);
  });

  it('finds people and organisations, preferring full names used elsewhere in the article', () => {
    const a = analyze(
      'Interior Minister Claudia Berger met union leaders last month. Berger said on Tuesday that the Federal Railway Authority would review the contracts.',
      '2024-05-15',
      { 'on Tuesday': '2024-05-14', 'last month': '2024-04' },
    );
    expect(a.candidates).toHaveLength(1);
    expect(a.candidates[0]!.actors).toContain('Claudia Berger');
    expect(a.candidates[0]!.actors).toContain('Federal Railway Authority');
  });

  it('takes the part of day from a stated clock time over the words around it', () => {
    const a = analyze('A curfew began at 7:30 tonight. The storm came ashore at 11:40 p.m. Tuesday.', '2024-05-15', {
      '7:30 tonight': { value: '2024-05-15T19:30', type: 'TIME' },
      '11:40 p.m. Tuesday': { value: '2024-05-14T23:40', type: 'TIME' },
    });
    expect(a.candidates.map((c) => [c.date, c.time, c.partOfDay])).toEqual([
      ['2024-05-15', '19:30', 'evening'],
      ['2024-05-14', '23:40', 'night'],
    ]);
  });

  it('places no event for a time restated in another zone in parentheses', () => {
    const a = analyze('The storm came ashore at 11:40 p.m. CDT Tuesday (12:40 a.m. EDT Wednesday) near the port.', '2024-05-15', {
      '11:40 p.m. CDT Tuesday': { value: '2024-05-14T23:40', type: 'TIME' },
      '12:40 a.m. EDT Wednesday': { value: '2024-05-15T00:40', type: 'TIME' },
    });
    expect(a.candidates.map((c) => c.date)).toEqual(['2024-05-14']);
    // a second time of its own, not in parentheses, is a happening of its own
    const b = analyze('The storm came ashore at 11:40 p.m. Tuesday and weakened by 6 a.m. Wednesday.', '2024-05-15', {
      '11:40 p.m. Tuesday': { value: '2024-05-14T23:40', type: 'TIME' },
      '6 a.m. Wednesday': { value: '2024-05-15T06:00', type: 'TIME' },
    });
    expect(b.candidates.map((c) => c.date)).toEqual(['2024-05-14', '2024-05-15']);
  });

  it('takes part of day from the expression', () => {
    const a = analyze('Late on Saturday, rebels shelled the airport.', '2024-05-13', { 'Late on Saturday': { value: '2024-05-11', mod: 'END' } });
    expect(a.candidates[0]).toMatchObject({ date: '2024-05-11', partOfDay: 'evening', kind: 'occurred' });
    const b = analyze('The minister landed at 7:40 a.m. on Sunday.', '2024-05-13', { '7:40 a.m. on Sunday': '2024-05-12T07:40' }, { timezone: 'Europe/Paris' });
    expect(b.candidates[0]).toMatchObject({ date: '2024-05-12', time: '07:40', timeZone: 'Europe/Paris' });
  });

  it('yields no event for years, months, weeks and durations', () => {
    const a = analyze(
      'The plan dates back to 2019. Talks stalled in March. Prices rose sharply last week. The strike lasted three days.',
      '2024-05-13',
      { '2019': '2019', 'in March': '2024-03', 'last week': '2024-W19', 'three days': { value: 'P3D', type: 'DURATION' } },
    );
    expect(a.candidates).toEqual([]);
    expect(a.warnings.some((w) => /no sentence places anything on a day/.test(w.message))).toBe(true);
  });

  it('never takes headings, code or raw HTML as event sentences', () => {
    const a = analyze(
      '## Vote on Tuesday\n\n```\nrelease on Tuesday\n```\n\n<p>Party on Tuesday</p>\n\nNothing else happened.',
      '2024-05-13',
      { Tuesday: '2024-05-14' },
    );
    expect(a.candidates).toEqual([]);
  });

  it('yields nothing for an article with no temporal expressions', () => {
    expect(analyze('The committee continues to study the proposal.', '2024-05-13', {}).candidates).toEqual([]);
  });
});
