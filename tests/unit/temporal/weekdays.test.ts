import { describe, expect, it } from 'vitest';
import { find, tx } from './helpers.ts';

describe('weekday direction', () => {
  it("'said Monday' is the past (or the DCT itself)", () => {
    expect(find('Zelensky said Monday that talks were constructive.', '2025-11-24', 'Monday').value).toBe('2025-11-24');
    expect(find('The Kremlin said Monday it had not seen the plan.', '2025-11-25', 'Monday').value).toBe('2025-11-24');
  });
  it('deadlines point ahead of the DCT even in past-tense sentences', () => {
    const s = 'Trump had given Ukraine a Thursday deadline to accept the plan.';
    expect(find(s, '2025-11-23', 'Thursday').value).toBe('2025-11-27');
    expect(find('The White House has given Kyiv until Thursday to respond.', '2025-11-23', 'Thursday').value).toBe('2025-11-27');
    expect(find('He wants an answer by Thursday, officials said.', '2025-11-23', 'Thursday').value).toBe('2025-11-27');
  });
  it('modal and future cues', () => {
    expect(find('The two leaders will meet Friday in Geneva.', '2025-11-23', 'Friday').value).toBe('2025-11-28');
    expect(find('Negotiators said they would resume talks Wednesday.', '2025-11-23', 'Wednesday').value).toBe('2025-11-26');
    expect(find('A vote is expected next Tuesday.', '2025-11-23', 'next Tuesday').value).toBe('2025-11-25');
  });
  it('headline infinitives announce plans', () => {
    expect(find('Erdogan to Speak With Putin on Monday', '2025-11-23', 'Monday').value).toBe('2025-11-24');
  });
  it('a plan seen from the past is past', () => {
    expect(find('The offer had been due to expire Friday evening.', '2025-11-24', 'Friday evening').value).toBe('2025-11-21TEV');
  });
  it("lower-case '-ed' words are past cues, proper names are not", () => {
    expect(find('The father would be traveling to the United States Thursday.', '2025-11-25', 'Thursday').value).toBe('2025-11-27');
  });
  it('past narrative weekdays', () => {
    expect(find('Rescuers pulled three survivors from the rubble on Friday.', '2025-11-23', 'Friday').value).toBe('2025-11-21');
    expect(find('The ministry announced the sanctions last Wednesday.', '2025-11-23', 'last Wednesday').value).toBe('2025-11-19');
  });
  it('part of day joins the weekday', () => {
    const t = find('Protesters gathered Friday night outside parliament.', '2025-11-23', 'Friday night');
    expect([t.type, t.value]).toEqual(['TIME', '2025-11-21TNI']);
  });
  it("'last Wednesday' said on a Wednesday is a week back, 'next Monday' on a Monday a week ahead", () => {
    expect(find('The two firms said last Wednesday that they were weighing a merger.', '2025-11-26', 'last Wednesday').value).toBe('2025-11-19');
    expect(find('The board will meet next Monday.', '2025-11-24', 'next Monday').value).toBe('2025-12-01');
    // a plain weekday named on that day is still the day itself
    expect(find('The ministry said Wednesday it had lifted the ban.', '2025-11-26', 'Wednesday').value).toBe('2025-11-26');
  });
  it("'next Thursday' is the Thursday of the week after the DCT's, 'this coming Thursday' the nearest", () => {
    // said on a Wednesday, 'next Thursday' is eight days ahead, not tomorrow; on a Tuesday 'next Saturday' is eleven
    expect(find('She plans to be at the library next Thursday.', '1993-06-30', 'next Thursday').value).toBe('1993-07-08');
    expect(find('The fair opens next Saturday.', '2024-03-05', 'next Saturday').value).toBe('2024-03-16');
    expect(find('The fair opens next Tuesday.', '2024-03-08', 'next Tuesday').value).toBe('2024-03-12');
    expect(find('She plans to be at the library this coming Thursday.', '1993-06-30', 'this coming Thursday').value).toBe('1993-07-01');
  });
  it("nouns are not schedule verbs: 'at the close of business Thursday'", () => {
    expect(find('The bidder said that at the close of business Thursday, 5.7 million shares had been tendered.', '2025-11-24', 'Thursday').value).toBe('2025-11-20');
    // the verb still announces a schedule
    expect(find('Polls close Thursday in the capital.', '2025-11-24', 'Thursday').value).toBe('2025-11-27');
  });
  it("a fronted 'Until Thursday,' takes the tense of its clause", () => {
    expect(find('Until Thursday, investigators had not called him a suspect.', '2025-11-28', 'Thursday').value).toBe('2025-11-27');
    expect(find('Until Thursday, the border will stay closed.', '2025-11-24', 'Thursday').value).toBe('2025-11-27');
    // an attribution after the comma is not the clause's verb
    expect(find('After the envoy demanded an answer by Thursday, the president said the offer was not final.', '2025-11-24', 'Thursday').value).toBe('2025-11-27');
  });
  it("a deadline inside a past-perfect clause is past: 'had filed reports by Wednesday'", () => {
    expect(find('Thirty of the members had filed compliance reports by Wednesday.', '2025-11-27', 'Wednesday').value).toBe('2025-11-26');
    expect(find('Members must file compliance reports by Wednesday.', '2025-11-24', 'Wednesday').value).toBe('2025-11-26');
    expect(find('The army had withdrawn from the town by Friday.', '2013-03-20', 'Friday').value).toBe('2013-03-15');
  });
  it("what a past verb got done 'by' a day is behind it; a plan, a report or a rescheduling 'by' a day is ahead", () => {
    expect(find('Crews restored power to most homes by Friday.', '2013-03-20', 'Friday').value).toBe('2013-03-15');
    expect(find('The storm hit late Monday night and moved offshore by dawn Tuesday.', '2013-03-20', 'dawn Tuesday').value).toBe('2013-03-19TMO');
    expect(find('Investors demanded payment by Friday.', '2013-03-20', 'Friday').value).toBe('2013-03-22');
    expect(find('The company said it would pay by Friday.', '2013-03-20', 'Friday').value).toBe('2013-03-22');
    expect(find('Rebels agreed to withdraw by Friday.', '2013-03-20', 'Friday').value).toBe('2013-03-22');
    expect(find('Lawmakers moved to block the bill by Friday.', '2013-03-20', 'Friday').value).toBe('2013-03-22');
  });
  it("'as early as Tuesday' is a plan", () => {
    expect(find('Officials said the first convoy reaches the border as early as Tuesday.', '2025-11-24', 'Tuesday').value).toBe('2025-11-25');
  });
  it("'and were planning ...' after the weekday: the plan decides, not the auxiliary", () => {
    expect(find('Protesters planned a march on Saturday and were planning to block the airport road.', '2025-11-28', 'Saturday').value).toBe('2025-11-29');
  });
  it('a future modal earlier in a long sentence still counts when nothing nearer does', () => {
    const s = 'The secretary will spend only five hours on the ground in the capital, her first stop Tuesday morning, before flying on.';
    expect(find(s, '2025-11-24', 'Tuesday morning').value).toBe('2025-11-25TMO');
    // a nearer past verb wins
    expect(find('The minister will resign, weeks after the army seized the airport on Tuesday.', '2025-11-24', 'Tuesday').value).toBe('2025-11-18');
  });
  it("'next to' is a place and 'could not be reached' a past, not future cues", () => {
    expect(find('A bomb ripped through an office building next to the embassy in the capital Friday morning.', '2025-11-22', 'Friday morning').value).toBe('2025-11-21TMO');
    expect(find('The mayor could not be reached for comment Wednesday.', '2025-11-27', 'Wednesday').value).toBe('2025-11-26');
    expect(find('Neither he nor his lawyers could be located Wednesday.', '2025-11-27', 'Wednesday').value).toBe('2025-11-26');
    // 'could' alone is still a possibility ahead
    expect(find('The father could travel to Washington Thursday.', '2025-11-24', 'Thursday').value).toBe('2025-11-27');
  });
  it("a possessive day dates its own event: 'ways to get around Wednesday's ruling'", () => {
    expect(find("Relatives said they would look for ways to get around Wednesday's ruling.", '2025-11-28', 'Wednesday').value).toBe('2025-11-26');
    expect(find("Campaigns made a final push ahead of Tuesday's vote.", '2025-11-23', 'Tuesday').value).toBe('2025-11-25');
  });
});

describe('a deadline that has passed', () => {
  const DCT = '2025-11-27'; // a Thursday
  it("'missed the Monday deadline', 'ignored a Sunday deadline' are past", () => {
    expect(find('The rebels ignored a Sunday deadline to disarm.', DCT, 'Sunday').value).toBe('2025-11-23');
    expect(find('Lawmakers missed the Monday deadline for a budget.', DCT, 'Monday').value).toBe('2025-11-24');
  });
  it("what was done 'by the Tuesday deadline' takes its sentence's tense", () => {
    const s = 'The club closed its membership drive, with most fans renewing their season tickets by the Tuesday deadline.';
    expect(find(s, DCT, 'Tuesday').value).toBe('2025-11-25');
  });
  it('a deadline still ahead stays ahead', () => {
    expect(find('Investors must take up the new shares by the Tuesday deadline.', DCT, 'Tuesday').value).toBe('2025-12-02');
    expect(find('The regulator said banks will have to file their plans by the Monday deadline.', DCT, 'Monday').value).toBe('2025-12-01');
    expect(find('The union set a Monday deadline for talks.', DCT, 'Monday').value).toBe('2025-12-01');
  });
});

describe("a possessive day after 'of' before a future verb", () => {
  it("'A recording of Tuesday's meeting will be posted' (on Wednesday): the verb is the recording's, the day the nearest Tuesday", () => {
    expect(find("A recording of Tuesday's meeting will be posted on the district's website by Friday.", '2026-03-11', 'Tuesday')).toMatchObject({ value: '2026-03-10' });
    expect(find("The result of Sunday's vote will be known on Monday.", '2026-03-13', 'Sunday')).toMatchObject({ value: '2026-03-15' });
  });
});

describe('weekdays that name no day', () => {
  it("'allowed Sunday shopping', 'Sunday trading laws' are kinds of things; 'on Sunday' stays a day", () => {
    expect(tx('The province allowed Sunday shopping four years ago.', '1996-03-09').map((t) => t.text)).toEqual(['four years ago']);
    expect(find('Shops were open on Sunday.', '1996-03-09', 'Sunday')).toMatchObject({ value: '1996-03-03' });
    expect(find('Shops are open on Sunday.', '1996-03-09', 'Sunday')).toMatchObject({ value: '1996-03-10' });
  });
  it("a habit's hour ('the flight, which currently departs at 6.15am') recurs", () => {
    expect(find('The first flight, which currently departs at 6.15am, will leave later.', '2005-12-14', '6.15am')).toMatchObject({ value: 'XXXX-XX-XXT06:15' });
    expect(find('The office opened at 9am.', '2005-12-14', '9am')).toMatchObject({ value: '2005-12-14T09:00' });
  });
  it("opening hours, a shift's hours, a habit's hour and hours kept on days of a kind recur", () => {
    expect(find('The recall line is open from 8 a.m. to 8 p.m.', '2005-12-14', '8 a.m.')).toMatchObject({ value: 'XXXX-XX-XXT08:00' });
    expect(find('The night shift, which runs from 4:30 p.m. to 1 a.m., has been trimmed.', '2001-11-20', '4:30 p.m.')).toMatchObject({ value: 'XXXX-XX-XXT16:30' });
    expect(find('"I used to leave at 9pm and arrive in time for work," she said.', '2010-03-16', '9pm')).toMatchObject({ value: 'XXXX-XX-XXT21:00' });
    expect(find('"We work from 5am until the last passenger, seven days a week."', '2010-03-16', '5am')).toMatchObject({ value: 'XXXX-XX-XXT05:00' });
    expect(find('The box office is open from 1 p.m. to 7 p.m. on performance days.', '2024-12-26', '7 p.m.')).toMatchObject({ value: 'XXXX-XX-XXT19:00' });
    // one occasion's hours stay that day's
    expect(find('The box office was open from 1 p.m. until the show began on Friday.', '2024-12-26', '1 p.m.').value).toMatch(/^2024-12-\d\dT13:00$/);
    expect(find('Polling stations will open at 10 a.m. on election day and close at 8 p.m.', '2015-10-05', '10 a.m.')).toMatchObject({ value: '2015-10-05T10:00' });
  });
});

describe('a weekday after a day ahead named earlier in its sentence', () => {
  it("'pushed back to the following Sunday, 15 February' is that date", () => {
    expect(find('If the weather turns, the work will be pushed back to the following Sunday, 15 February.', '2026-02-04T17:48', 'the following Sunday, 15 February')).toMatchObject({ value: '2026-02-15' });
  });
  it("'this week' said on a Sunday of what is to come is the week starting tomorrow", () => {
    expect(find('Residents will be without running water for 36 hours this week.', '2019-09-15', 'this week')).toMatchObject({ value: '2019-W38' });
    expect(find('Prices rose this week.', '2019-09-15', 'this week')).toMatchObject({ value: '2019-W37' });
  });
  it("'closed until next Monday, as aftershocks from Saturday's earthquake continue': a possessive day is one already known", () => {
    expect(find("Schools will stay closed until next Monday, as aftershocks from Saturday's magnitude 6.4 earthquake continue to shake the region.", '2026-02-16T15:12', 'Saturday')).toMatchObject({ value: '2026-02-14' });
  });
  it("'staffed from 9am to 4pm on Saturday 16 November and from 10am to 2pm on Sunday' is the Sunday after", () => {
    const text = 'Police will set up a mobile office next weekend, staffed from 9am to 4pm on Saturday 16 November and from 10am to 2pm on Sunday.';
    expect(find(text, '2019-11-09', '2pm on Sunday')).toMatchObject({ value: '2019-11-17T14:00' });
    expect(find(text, '2019-11-09', '10am')).toMatchObject({ value: '2019-11-17T10:00' });
  });
  it("not a day with a past verb of its own ('after the union rejected the offer Thursday night')", () => {
    expect(find('Workers could walk off the job as early as 12:01 a.m. Monday after their union overwhelmingly rejected the offer Thursday night.', '2017-05-26', 'Thursday night'))
      .toMatchObject({ value: '2017-05-25TNI' });
  });
});

describe('an event named by its day, with no tense of its own', () => {
  it("is the nearest such day: \"the favourite for Monday's stakes\" on a Friday, \"Saturday's league final\" on a Thursday", () => {
    expect(find("Northern Tempo, the early favourite for Monday's stakes, was scratched.", '1996-10-11', 'Monday')).toMatchObject({ value: '1996-10-14' });
    expect(find("The signing could make his debut in Saturday's league final.", '2011-11-03', 'Saturday')).toMatchObject({ value: '2011-11-05' });
  });
  it("a past verb of its noun's or of its clause, a market close or a blow struck, is behind", () => {
    expect(find("Sunday's flight lifted the lookout's total to 41,306 hawks.", '1988-09-22', 'Sunday')).toMatchObject({ value: '1988-09-18' });
    expect(find("The duet drew a standing ovation at Sunday's matinee.", '2025-08-14', 'Sunday')).toMatchObject({ value: '2025-08-10' });
    expect(find("The price is a 24% premium over Thursday's closing price.", '1989-10-30', 'Thursday')).toMatchObject({ value: '1989-10-26' });
    expect(find("Fans were in revolt after Saturday's 3-0 home hammering by Wexley.", '2032-10-15T14:10', 'Saturday')).toMatchObject({ value: '2032-10-09' });
    expect(find("The drive-in closes for the season after Sunday's double feature.", '2018-09-13', 'Sunday')).toMatchObject({ value: '2018-09-16' });
  });
});

