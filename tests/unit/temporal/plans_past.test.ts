import { describe, expect, it } from 'vitest';
import { find } from './helpers.ts';

const DCT = '2025-11-24'; // a Monday

describe('plans and infinitives seen from the past', () => {
  it("'as previously planned' / 'originally scheduled' do not point ahead by themselves", () => {
    expect(find('Despite the rain, organisers held the parade as previously planned Saturday night.', DCT, 'Saturday night').value).toBe('2025-11-22TNI');
    expect(find('The vote, originally scheduled for Thursday, was held without incident.', DCT, 'Thursday').value).toBe('2025-11-20');
  });
  it('a plan verb still points ahead', () => {
    expect(find('The summit is scheduled for Thursday.', DCT, 'Thursday').value).toBe('2025-11-27');
    expect(find('The vote, originally scheduled for Thursday, will now be held Friday.', DCT, 'Friday').value).toBe('2025-11-28');
  });
  it("a past verb before 'to' + infinitive is no plan: 'failed to appear', 'had to leave'", () => {
    expect(find('The witness failed to appear Friday before the inquiry.', DCT, 'Friday').value).toBe('2025-11-21');
    expect(find('The minister had to leave the talks Wednesday.', DCT, 'Wednesday').value).toBe('2025-11-19');
  });
  it("verbs of intention keep the infinitive a plan: 'agreed to meet Friday', 'vowed to return'", () => {
    expect(find('The two sides agreed to meet Friday in Doha.', DCT, 'Friday').value).toBe('2025-11-28');
    expect(find('The strikers vowed to return to the picket lines Thursday.', DCT, 'Thursday').value).toBe('2025-11-27');
  });
});

describe("a reported plan ('said ... would') further back than ten words", () => {
  const DCT = '2026-02-13';
  it('keeps a month-day ahead of the DCT', () => {
    const s = 'The operator said its new ferry line would open in May, with a second route serving the outer islands and the northern coast starting from August 6.';
    expect(find(s, DCT, 'August 6').value).toBe('2026-08-06');
  });
  it("'would have' + a noun is still ahead, 'would have been' is not", () => {
    const ahead = 'The airline said it would have more seats on its new routes to the islands and on to the coast from August 6.';
    expect(find(ahead, DCT, 'August 6').value).toBe('2026-08-06');
    const counterfactual = 'The airline said it would have been the busiest summer on its routes to the islands and on to the coast from August 6.';
    expect(find(counterfactual, DCT, 'August 6').value).toBe('2025-08-06');
  });
});

describe('an irregular simple past a few words back', () => {
  const DCT = '2025-11-26';
  it("'took effect on Jan. 1', 'began in December' are behind the DCT even when the nearer date is ahead", () => {
    expect(find('The new tariff took effect on Jan. 1.', DCT, 'Jan. 1').value).toBe('2025-01-01');
    expect(find('Negotiations began in December.', DCT, 'December').value).toBe('2024-12');
  });
  it("the present tense or a modal keeps the nearer date: 'takes effect on Jan. 1', 'will be closed on Dec. 25'", () => {
    expect(find('The new tariff takes effect on Jan. 1.', DCT, 'Jan. 1').value).toBe('2026-01-01');
    expect(find('Markets will be closed on Dec. 25.', DCT, 'Dec. 25').value).toBe('2025-12-25');
  });
  it("'until' a day after a past verb of duration ends what happened; granted, put-off and future stays are ahead", () => {
    // DCT: a Monday; the days named are in the previous or the coming week
    expect(find('The talks lasted until late Thursday.', DCT, 'late Thursday').value).toBe('2025-11-20');
    expect(find('Protesters stayed in the square until Saturday.', DCT, 'Saturday').value).toBe('2025-11-22');
    expect(find('The talks went on until Thursday.', DCT, 'Thursday').value).toBe('2025-11-20');
    expect(find('The company was given until Friday to respond.', DCT, 'Friday').value).toBe('2025-11-28');
    expect(find('The vote was postponed until Thursday.', DCT, 'Thursday').value).toBe('2025-11-27');
    expect(find('Protesters vowed to stay until Friday.', DCT, 'Friday').value).toBe('2025-11-28');
  });
});


describe("'runs until', 'is valid until' in the present tense", () => {
  it('run to a day ahead, however far', () => {
    expect(find('The exhibition runs until 14 January.', '2016-03-31', '14 January')).toMatchObject({ value: '2017-01-14' });
    expect(find('The museum is closed until February 1.', '2016-03-31', 'February 1')).toMatchObject({ value: '2017-02-01' });
    expect(find('The exhibition ran until 14 January.', '2016-03-31', '14 January')).toMatchObject({ value: '2016-01-14' });
  });
});

describe("participles joined after 'be', gatherings called, changes made retroactive", () => {
  it("'must be filed or postmarked by midnight Thursday', 'will be carried live and replayed at noon Wednesday' lie ahead", () => {
    expect(find('Returns must be filed or postmarked by midnight Thursday, officials say.', '1998-04-27', 'midnight Thursday')).toMatchObject({ value: '1998-04-30T24:00' });
    expect(find('The meeting will be carried live on cable and replayed at noon Wednesday.', '1998-04-27', 'noon Wednesday')).toMatchObject({ value: '1998-04-29T12:00' });
    expect(find('The ballots were collected and counted by Thursday.', '1998-04-27', 'Thursday')).toMatchObject({ value: '1998-04-23' });
  });
  it("'has called a meeting ... at 2pm on Saturday' is ahead; 'retroactive to July 1' behind", () => {
    expect(find('The union has called a meeting of all its members at the hall at 2pm on Saturday.', '2011-04-07', '2pm on Saturday')).toMatchObject({ value: '2011-04-09T14:00' });
    expect(find('The union called a strike for Monday.', '2011-04-07', 'Monday')).toMatchObject({ value: '2011-04-11' });
    expect(find('The provisions will run for three years, retroactive to July 1.', '1991-11-18', 'July 1')).toMatchObject({ value: '1991-07-01' });
  });
});

describe("a present perfect before 'by' a day is what will or will not have happened by then", () => {
  it("'If it hasn't rained by Christmas, we'll be back' looks ahead", () => {
    expect(find("\"If it hasn't rained by Christmas, we'll be back with more,\" he said.", '2018-08-08', 'Christmas')).toMatchObject({ value: '2018-12-25' });
    expect(find('If the board has not decided by Friday, the offer lapses.', '2018-08-08', 'Friday')).toMatchObject({ value: '2018-08-10' });
  });
  it("a simple past before 'by' stays back: 'crews restored power by Friday'", () => {
    expect(find('Crews restored power by Friday.', '2018-08-11', 'Friday')).toMatchObject({ value: '2018-08-10' });
  });
});

describe("a condition of a reported plan with 'not' in it", () => {
  it("'would be widened if the missing were not found by Wednesday' looks ahead", () => {
    expect(find('The search would be widened if the missing were not found by Wednesday.', '2017-08-21', 'Wednesday')).toMatchObject({ value: '2017-08-23' });
  });
});

describe('what an extension reaches, and a year owned by what follows', () => {
  it("'heat advisory extended through Thursday' is the nearest Thursday, either side", () => {
    expect(find('Heat advisory extended through Thursday', '1993-07-20', 'Thursday')).toMatchObject({ value: '1993-07-22' });
    expect(find('The curfew was extended until Friday.', '1993-07-24', 'Friday')).toMatchObject({ value: '1993-07-23' });
  });
  it("'on Oct. 27 to discuss next year's fishing plan': the possessive year is the plan's, not the day's", () => {
    expect(find("Officials will meet the band on Oct. 27 to discuss next year's fishing plan.", '1999-10-16', 'Oct. 27')).toMatchObject({ value: '1999-10-27' });
    expect(find('The plant reopened on March 4 last year.', '1999-10-16', 'March 4 last year')).toMatchObject({ value: '1998-03-04' });
  });
});
