import { describe, expect, it } from 'vitest';
import { brief, find, tx } from './helpers.ts';
import { extractTimexes, type RejectedTimex } from '../../../src/timeline/temporal/index.ts';

describe("the verb 'last' is no past cue", () => {
  it("'expected to last through the weekend', 'will last into Sunday' look ahead", () => {
    expect(find('The heat wave is expected to last through the weekend.', '2013-03-20', 'the weekend')).toMatchObject({ value: '2013-W12-WE' });
    expect(find('The storm will last into Sunday, forecasters said.', '2013-03-20', 'Sunday')).toMatchObject({ value: '2013-03-24' });
  });
  it("'last Sunday' and 'lasted until Sunday' stay in the past", () => {
    expect(find('The storm hit last Sunday.', '2013-03-20', 'last Sunday')).toMatchObject({ value: '2013-03-17' });
    expect(find('The storm lasted until Sunday.', '2013-03-20', 'Sunday')).toMatchObject({ value: '2013-03-17' });
  });
});

describe('holidays with a future cue', () => {
  it('are the next occurrence, however far ahead', () => {
    expect(find('Families will gather for Thanksgiving.', '2013-03-20', 'Thanksgiving')).toMatchObject({ value: '2013-11-28' });
    expect(find('The shop will close on Christmas Eve.', '2013-03-20', 'Christmas Eve')).toMatchObject({ value: '2013-12-24' });
    expect(find('Fireworks are planned for New Year\'s Eve.', '2013-03-20', "New Year's Eve")).toMatchObject({ value: '2013-12-31' });
  });
  it('are the last occurrence in the past tense', () => {
    expect(find('Crowds gathered on Christmas Day.', '2013-03-20', 'Christmas Day')).toMatchObject({ value: '2012-12-25' });
    expect(find('Sales fell over Thanksgiving.', '2013-03-20', 'Thanksgiving')).toMatchObject({ value: '2012-11-22' });
  });
});

describe("the analysts' shorthand for quarters and halves", () => {
  it("'Q3 2012', '2012 Q4', 'Q4 of 2012', \"Q1'13\", 'H1 2013' carry their year", () => {
    expect(find('Q3 2012 revenue fell.', '2013-03-20', 'Q3 2012')).toMatchObject({ type: 'DATE', value: '2012-Q3' });
    expect(find('Sales in the 2012 Q4 period rose.', '2013-03-20', '2012 Q4')).toMatchObject({ value: '2012-Q4' });
    expect(find('Profit in Q4 of 2012 doubled.', '2013-03-20', 'Q4 of 2012')).toMatchObject({ value: '2012-Q4' });
    expect(find("Results for Q1'13 are due.", '2013-03-20', "Q1'13")).toMatchObject({ value: '2013-Q1' });
    expect(find('Revenue in H1 2013 rose 5 percent.', '2013-03-20', 'H1 2013')).toMatchObject({ value: '2013-H1' });
  });
  it("a bare 'Q1' or '2Q' is a quarter of the DCT's year", () => {
    expect(find('The Q1 results were strong.', '2013-03-20', 'Q1')).toMatchObject({ value: '2013-Q1' });
    expect(find('Margins widened in 2Q.', '2013-08-20', '2Q')).toMatchObject({ value: '2013-Q2' });
  });
  it("not 'H1N1', 'Audi Q5', 'Q-tips' or a form 'H1'", () => {
    const texts = (s: string) => tx(s, '2013-03-20').map((t) => t.text);
    expect(texts('The H1N1 virus spread.')).toEqual([]);
    expect(texts('He drives an Audi Q5.')).toEqual([]);
    expect(texts('The Q-tips are in the drawer.')).toEqual([]);
    expect(texts('Fill in form H1 and send it.')).toEqual([]);
  });
});

describe('quarters and halves without a year take their year from the tense', () => {
  it('an outlook is ahead', () => {
    expect(find('The company expects profit to rise in the fourth quarter.', '2013-03-20', 'the fourth quarter')).toMatchObject({ value: '2013-Q4' });
    expect(find('Growth should pick up in the second half.', '2013-03-20', 'the second half')).toMatchObject({ value: '2013-H2' });
    expect(find('Sales should recover in the first quarter.', '2013-11-05', 'the first quarter')).toMatchObject({ value: '2014-Q1' });
  });
  it('the quarter just ended is still this year\'s when its results are ahead', () => {
    expect(find('The company will report third-quarter earnings next week.', '2013-11-05', 'third-quarter')).toMatchObject({ value: '2013-Q3' });
  });
  it('a quarter or half not yet begun, in the past tense, is last year\'s', () => {
    expect(find('Profit fell in the second quarter.', '2013-03-20', 'the second quarter')).toMatchObject({ value: '2012-Q2' });
    expect(find('Growth picked up in the second half.', '2013-03-20', 'the second half')).toMatchObject({ value: '2012-H2' });
    expect(find('Earnings rose in 2Q.', '2013-03-20', '2Q')).toMatchObject({ value: '2012-Q2' });
  });
});

describe("a clock time before 'local time' and a day", () => {
  it("'6 a.m. local time Sunday', '10:40 a.m. local time on Friday' are on that day", () => {
    expect(find('The quake struck shortly before 6 a.m. local time Sunday.', '2013-03-20', '6 a.m. local time Sunday')).toMatchObject({ type: 'TIME', value: '2013-03-17T06:00' });
    expect(find('The explosion happened at 10:40 a.m. local time on Friday.', '2013-03-20', '10:40 a.m. local time on Friday')).toMatchObject({ value: '2013-03-15T10:40' });
  });
  it("without a day after it, 'local time' leaves the clock time on the day under discussion", () => {
    expect(find('The plane landed at 7:15 a.m. local time.', '2013-03-20', '7:15 a.m. local time')).toMatchObject({ value: '2013-03-20T07:15' });
  });
});

describe('race and record times', () => {
  it("'won in 2:03:45' is a length of time, not the time of day", () => {
    expect(find('Kipchoge won in 2:01:09, a world record.', '2013-03-20', '2:01:09')).toMatchObject({ type: 'DURATION', value: 'PT2H1M9S' });
    expect(find('The race was run in 2:08:12.', '2013-03-20', '2:08:12')).toMatchObject({ type: 'DURATION', value: 'PT2H8M12S' });
  });
  it("'finished in 1:59', 'clocked 4:05' are no clock times", () => {
    expect(tx('He finished in 1:59.', '2013-03-20')).toEqual([]);
    expect(tx('She clocked 4:05 in the mile.', '2013-03-20')).toEqual([]);
  });
  it("'at 10:32:15', '2:03:45 a.m.' stay clock times", () => {
    expect(find('The bomb went off at 10:32:15.', '2013-03-20', '10:32:15')).toMatchObject({ type: 'TIME' });
    expect(find('The shooting happened at 2:03:45 a.m.', '2013-03-20', '2:03:45 a.m.')).toMatchObject({ type: 'TIME' });
  });
});

describe('clock times keep their seconds', () => {
  it("'at 10:32:15', '9:30:15 last night', '10:32:15 p.m. EST Thursday'", () => {
    expect(find('The bomb went off at 10:32:15.', '2013-03-20', '10:32:15')).toMatchObject({ value: '2013-03-20T10:32:15' });
    expect(find('The alarm sounded at 9:30:15 last night.', '2013-03-20', '9:30:15 last night')).toMatchObject({ value: '2013-03-19T21:30:15' });
    expect(find('The blast was at 10:32:15 p.m. EST Thursday.', '2013-03-20', '10:32:15 p.m. EST Thursday')).toMatchObject({ value: '2013-03-14T22:32:15' });
  });
  it("'at 10:32' has none", () => {
    expect(find('The bomb went off at 10:32.', '2013-03-20', '10:32')).toMatchObject({ value: '2013-03-20T10:32' });
  });
});

describe("'the week before last', 'the first of next month'", () => {
  it('two units back or ahead of the DCT', () => {
    expect(find('Sales fell in the week before last.', '2013-03-20', 'the week before last')).toMatchObject({ type: 'DATE', value: '2013-W10' });
    expect(find('The vote is the week after next.', '2013-03-20', 'the week after next')).toMatchObject({ value: '2013-W14' });
    expect(find('It was the year before last.', '2013-03-20', 'the year before last')).toMatchObject({ value: '2011' });
  });
  it("not when 'last' or 'next' belongs to what follows", () => {
    const texts = (s: string) => tx(s, '2013-03-20').map((t) => t.text);
    expect(texts("He arrived the week before last year's election.")).not.toContain('the week before last');
    expect(texts('The vote is the month after next Tuesday.')).toContain('next Tuesday');
  });
  it('a day of next / this / last month or year', () => {
    expect(find('Payments are due on the first of next month.', '2013-03-20', 'the first of next month')).toMatchObject({ type: 'DATE', value: '2013-04-01' });
    expect(find('Rent is due on the 15th of next month.', '2013-03-20', 'the 15th of next month')).toMatchObject({ value: '2013-04-15' });
    expect(find('The sale ends on the last day of this month.', '2013-02-20', 'the last day of this month')).toMatchObject({ value: '2013-02-28' });
    expect(find('The law takes effect on the first day of next year.', '2013-03-20', 'the first day of next year')).toMatchObject({ value: '2014-01-01' });
  });
});

describe('ambiguous slash dates follow the order the text writes its dates in', () => {
  it("day first after '18 March' or '23/11/2012' in the same text", () => {
    expect(find('The court heard the case on 12/03/2013, and sentenced him on 18 March.', '2013-03-20', '12/03/2013')).toMatchObject({ value: '2013-03-12' });
    expect(find('The forms dated 23/11/2012 and 12/03/2013 were lost.', '2013-03-20', '12/03/2013')).toMatchObject({ value: '2013-03-12' });
  });
  it("month first otherwise ('March 18', or nothing to go by)", () => {
    expect(find('The court heard the case on 12/03/2013 and sentenced him on March 18.', '2013-03-20', '12/03/2013')).toMatchObject({ value: '2013-12-03' });
    expect(find('The court heard the case on 12/03/2013.', '2013-03-20', '12/03/2013')).toMatchObject({ value: '2013-12-03' });
  });
});

describe("'the 1800s' is a century", () => {
  it("'the 1800s', 'the early 1700s'", () => {
    expect(find('The 1800s saw rapid industrialisation.', '2013-03-20', 'The 1800s')).toMatchObject({ type: 'DATE', value: '18' });
    expect(find('The house dates from the early 1700s.', '2013-03-20', 'the early 1700s')).toMatchObject({ value: '17', mod: 'START' });
  });
  it("'the 1980s' stays a decade", () => {
    expect(find('In the 1980s, the town grew.', '2013-03-20', 'the 1980s')).toMatchObject({ value: '198' });
  });
});

describe("'on the 14th': a day of the month under discussion", () => {
  it('of the month just named', () => {
    expect(find('He was sentenced on March 3 and released on the 10th.', '2013-04-20', 'the 10th')).toMatchObject({ type: 'DATE', value: '2013-03-10' });
  });
  it("else of the DCT's month or its neighbour, by tense", () => {
    expect(find('Parliament rose on the 14th.', '2013-03-20', 'the 14th')).toMatchObject({ value: '2013-03-14' });
    expect(find('Parliament rose on the 28th.', '2013-03-20', 'the 28th')).toMatchObject({ value: '2013-02-28' });
    expect(find('The firm will pay on the 28th.', '2013-03-20', 'the 28th')).toMatchObject({ value: '2013-03-28' });
    expect(find('The firm will pay on the 5th.', '2013-03-20', 'the 5th')).toMatchObject({ value: '2013-04-05' });
  });
  it("not 'the 14th floor', 'the 89th minute', 'the 19th century' or a place in a race", () => {
    const texts = (s: string) => tx(s, '2013-03-20').map((t) => t.text);
    expect(texts('The lift stopped on the 14th floor.')).toEqual([]);
    expect(texts('He scored in the 89th minute.')).toEqual([]);
    expect(texts('He finished the race in the 3rd place, behind the 2nd.')).not.toContain('the 3rd');
  });
});

describe('a range of months runs forward', () => {
  it("in the past, its start precedes its end ('ran from January to June', said in March)", () => {
    const ts = tx('The scheme ran from January to June.', '2013-03-20');
    expect(ts.map((t) => t.value)).toEqual(['2012-01', '2012-06']);
  });
  it('ahead, its end follows its start', () => {
    expect(tx('The roadworks will run between November and April.', '2013-03-20').map((t) => t.value)).toEqual(['2013-11', '2014-04']);
    expect(tx('The scheme will run from June to January.', '2013-03-20').map((t) => t.value)).toEqual(['2013-06', '2014-01']);
  });
  it("a list with 'and' is no range", () => {
    expect(tx('Sales rose in January and fell in June.', '2013-03-20').map((t) => t.value)).toEqual(['2013-01', '2012-06']);
  });
});

describe('irregular past participles are past cues', () => {
  it("'was born in May', 'was taken in June', 'was shot in April' (said in March) are last year's", () => {
    expect(find('She was born in May.', '2013-03-20', 'May')).toMatchObject({ value: '2012-05' });
    expect(find('The decision was taken in June.', '2013-03-20', 'June')).toMatchObject({ value: '2012-06' });
    expect(find('He was shot in April.', '2013-03-20', 'April')).toMatchObject({ value: '2012-04' });
  });
  it("not after 'be' ('will be born in May')", () => {
    expect(find('The baby will be born in May.', '2013-03-20', 'May')).toMatchObject({ value: '2013-05' });
    expect(find('The president will be sworn in on Jan. 20.', '2013-03-20', 'Jan. 20')).toMatchObject({ value: '2014-01-20' });
  });
});

describe("'two and a half hours'", () => {
  it('is one duration of the whole quantity', () => {
    expect(find('The flight lasts two and a half hours.', '2013-03-20', 'two and a half hours')).toMatchObject({ type: 'DURATION', value: 'PT2H30M' });
    expect(find('He served 3 and a half years.', '2013-03-20', '3 and a half years')).toMatchObject({ value: 'P3Y6M' });
    expect(find('The talks lasted about two and a half days.', '2013-03-20', 'about two and a half days')).toMatchObject({ value: 'P2DT12H', mod: 'APPROX' });
  });
  it("'half an hour' is half of the unit, as 'half a day' is", () => {
    expect(find('The meeting lasted half an hour.', '2013-03-20', 'half an hour')).toMatchObject({ type: 'DURATION', value: 'PT30M' });
    expect(find('Police arrived about half an hour later.', '2013-03-20', 'about half an hour')).toMatchObject({ value: 'PT30M', mod: 'APPROX' });
    expect(find('The vote took half a day.', '2013-03-20', 'half a day')).toMatchObject({ value: 'PT12H' });
  });
});

describe('durations of two units in a row are one', () => {
  it("'four years and six months', '2 hours 15 minutes', 'two days and five hours'", () => {
    expect(find('He was jailed for four years and six months.', '2013-03-20', 'four years and six months')).toMatchObject({ type: 'DURATION', value: 'P4Y6M' });
    expect(find('The film runs 2 hours 15 minutes.', '2013-03-20', '2 hours 15 minutes')).toMatchObject({ value: 'PT2H15M' });
    expect(find('The flight took three hours and 20 minutes.', '2013-03-20', 'three hours and 20 minutes')).toMatchObject({ value: 'PT3H20M' });
    expect(find('The talks lasted two days and five hours.', '2013-03-20', 'two days and five hours')).toMatchObject({ value: 'P2DT5H' });
  });
  it('not when the second is no smaller, or they are adjectives of two things', () => {
    const brief = (s: string) => tx(s, '2013-03-20').map((t) => [t.text, t.value]);
    expect(brief('She spent six months and two years abroad.')).toEqual([['six months', 'P6M'], ['two years', 'P2Y']]);
    expect(brief('The 10-year, 3-month spread widened.')).toEqual([['10-year', 'P10Y'], ['3-month', 'P3M']]);
  });
});

describe("'every Tuesday and Thursday'", () => {
  it('the days listed after the first are sets too', () => {
    expect(find('Meetings are held every Tuesday and Thursday.', '2013-03-20', 'Thursday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-4' });
    const ts = tx('The gym opens each Monday, Wednesday and Friday.', '2013-03-20');
    expect(ts.map((t) => [t.type, t.value])).toEqual([['SET', 'XXXX-WXX-1'], ['SET', 'XXXX-WXX-3'], ['SET', 'XXXX-WXX-5']]);
  });
  it('a day in another phrase stays a date', () => {
    expect(find('He trains every Monday and rested on Friday.', '2013-03-20', 'Friday')).toMatchObject({ type: 'DATE', value: '2013-03-15' });
  });
});

describe('a day between a past verb and an infinitive dates the verb', () => {
  it("'voted 68-32 on Tuesday to approve the bill' is last Tuesday", () => {
    expect(find('The Senate voted 68-32 on Tuesday to approve the bill.', '2013-03-20', 'Tuesday')).toMatchObject({ value: '2013-03-19' });
    expect(find('The court ruled Monday to reject the appeal.', '2013-03-20', 'Monday')).toMatchObject({ value: '2013-03-18' });
  });
  it("a deadline with an infinitive stays ahead ('have until Friday to reach a deal', 'was given until Friday to respond')", () => {
    expect(find('Lawmakers have until Friday to reach a deal.', '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-22' });
    expect(find('He was given until Friday to respond.', '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-22' });
  });
});

describe("'take effect' in the present tense is a schedule", () => {
  it("'the changes take effect from Monday', 'the ban takes effect on Friday' look ahead", () => {
    expect(find('The changes take effect from Monday.', '2013-03-20', 'Monday')).toMatchObject({ value: '2013-03-25' });
    expect(find('The ban takes effect on Friday.', '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-22' });
  });
  it("'took effect', 'did not take effect' are past", () => {
    expect(find('The rules took effect on Monday.', '2013-03-20', 'Monday')).toMatchObject({ value: '2013-03-18' });
    expect(find('The ban did not take effect on Friday.', '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-15' });
  });
});

describe('midnight at the end of a range of times', () => {
  it("'between 10pm and midnight' in the past is the midnight after 10pm", () => {
    const ts = tx('Police want to speak to anyone who was in the area between 10pm and midnight.', '2013-03-20');
    expect(ts.map((t) => t.value)).toEqual(['2013-03-20T22:00', '2013-03-20T24:00']);
    expect(find('The bar was open from 8 p.m. to midnight.', '2013-03-20', 'midnight')).toMatchObject({ value: '2013-03-20T24:00' });
  });
  it("a past midnight on its own opened the day ('the strike began at midnight')", () => {
    expect(find('The strike began at midnight.', '2013-03-20', 'midnight')).toMatchObject({ value: '2013-03-19T24:00' });
  });
});

describe("'the first Monday in October', 'the last Friday of the month'", () => {
  it('is the day found by its place in the month', () => {
    expect(find('The last Friday of the month is payday.', '2013-03-20', 'The last Friday of the month')).toMatchObject({ type: 'DATE', value: '2013-03-29' });
    expect(find('The vote is on the second Tuesday of next month.', '2013-03-20', 'the second Tuesday of next month')).toMatchObject({ value: '2013-04-09' });
    expect(find('The fair opens on the third Saturday of June 2014.', '2013-03-20', 'the third Saturday of June 2014')).toMatchObject({ value: '2014-06-21' });
  });
  it('a month without a year by tense', () => {
    expect(find('The vote will be held on the first Tuesday in November.', '2013-03-20', 'the first Tuesday in November')).toMatchObject({ value: '2013-11-05' });
    expect(find('The vote was held on the first Tuesday in November.', '2013-03-20', 'the first Tuesday in November')).toMatchObject({ value: '2012-11-06' });
  });
});

describe("clock times in words: 'half past six', 'quarter to nine'", () => {
  it('after a preposition that takes a time', () => {
    expect(find('The train left at half past six.', '2013-03-20', 'half past six')).toMatchObject({ type: 'TIME', value: '2013-03-20T06:30' });
    expect(find('The meeting starts at quarter to nine.', '2013-03-20', 'quarter to nine')).toMatchObject({ value: '2013-03-20T08:45' });
    expect(find('The bomb exploded at about ten past eight in the evening.', '2013-03-20', 'ten past eight in the evening')).toMatchObject({ value: '2013-03-20T20:10' });
    expect(find('He arrived at twenty past ten on Friday.', '2013-03-20', 'twenty past ten on Friday')).toMatchObject({ value: '2013-03-15T10:20' });
  });
  it("not a vote or odds ('voted five to four', 'ten to one')", () => {
    expect(tx('The court voted five to four.', '2013-03-20')).toEqual([]);
    expect(tx('The odds are ten to one.', '2013-03-20')).toEqual([]);
  });
});

describe('schedules in the present tense', () => {
  it("'takes place', 'comes into force', 'reopen', 'is likely', 'is forecast' look ahead", () => {
    expect(find('A memorial service takes place on Saturday.', '2013-03-20', 'Saturday')).toMatchObject({ value: '2013-03-23' });
    expect(find('The ban comes into force on Monday.', '2013-03-20', 'Monday')).toMatchObject({ value: '2013-03-25' });
    expect(find('The markets reopen on Monday.', '2013-03-20', 'Monday')).toMatchObject({ value: '2013-03-25' });
    expect(find('A verdict is likely on Friday.', '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-22' });
    expect(find('Rain is forecast for Friday.', '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-22' });
  });
  it('their past tenses stay in the past', () => {
    expect(find('The shop reopened on Monday.', '2013-03-20', 'Monday')).toMatchObject({ value: '2013-03-18' });
    expect(find('The memorial took place on Saturday.', '2013-03-20', 'Saturday')).toMatchObject({ value: '2013-03-16' });
  });
});

describe("'a quarter of a century', 'three quarters of an hour'", () => {
  it('a fraction of the unit', () => {
    expect(find('He was in power for almost a quarter of a century.', '2013-03-20', 'almost a quarter of a century')).toMatchObject({ type: 'DURATION', value: 'P25Y', mod: 'LESS_THAN' });
    expect(find('The wait was three quarters of an hour.', '2013-03-20', 'three quarters of an hour')).toMatchObject({ value: 'PT45M' });
  });
  it("'a quarter of the staff' is no time", () => {
    expect(tx('A quarter of the staff left.', '2013-03-20')).toEqual([]);
  });
});

describe('a year before a singular unit names it', () => {
  it("'the 2011-2012 school year' is no duration of 2012 years", () => {
    expect(tx('The 2011-2012 school year ended in June.', '2013-03-20').map((t) => t.type)).not.toContain('DURATION');
  });
});

describe("'this past Monday', 'this coming Sunday'", () => {
  it('keep their words in the span and their direction', () => {
    expect(find('The law was passed this past Monday.', '2013-03-20', 'this past Monday')).toMatchObject({ value: '2013-03-18' });
    expect(find('The festival ends this coming Sunday.', '2013-03-20', 'this coming Sunday')).toMatchObject({ value: '2013-03-24' });
  });
});

describe("'a week from today', 'a week from Friday'", () => {
  it('is one day, counted ahead from the day named', () => {
    expect(find('The vote is a week from today.', '2013-03-20', 'a week from today')).toMatchObject({ type: 'DATE', value: '2013-03-27' });
    expect(find('The hearing is a week from Friday.', '2013-03-20', 'a week from Friday')).toMatchObject({ value: '2013-03-29' });
    expect(find('The results come three days from tomorrow.', '2013-03-20', 'three days from tomorrow')).toMatchObject({ value: '2013-03-24' });
  });
});

describe("a possessive day takes the tense of the verb after its noun phrase", () => {
  it("'Friday's vote will be close' is ahead, 'Tuesday's vote was close' past", () => {
    expect(find("Friday's vote will be close.", '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-22' });
    expect(find("Tuesday's vote was close.", '2013-03-20', 'Tuesday')).toMatchObject({ value: '2013-03-19' });
  });
});

describe('street numbers are no years', () => {
  it("'lives at 2012 Main Street', '1600 Pennsylvania Avenue'", () => {
    expect(tx('He lives at 2012 Main Street.', '2013-03-20')).toEqual([]);
    expect(tx('He lives at 1600 Pennsylvania Avenue.', '2013-03-20')).toEqual([]);
  });
  it("'in 2012 Smith Street was renamed' keeps its year", () => {
    expect(find('In 2012 Smith Street was renamed.', '2013-03-20', '2012')).toMatchObject({ value: '2012' });
  });
});

describe('a schedule in the present tense right before a date', () => {
  it("'the transfer window closes on 31 January' said in March is next January", () => {
    expect(find('The transfer window closes on 31 January.', '2013-03-20', '31 January')).toMatchObject({ value: '2014-01-31' });
  });
  it("'the warning runs from 9am Thursday to midnight Friday' looks ahead", () => {
    const ts = tx('The warning runs from 9am Thursday to midnight Friday.', '2013-03-20');
    expect(ts.map((t) => t.value)).toEqual(['2013-03-21T09:00', '2013-03-22T24:00']);
  });
  it("the past tense stays past ('the window closed on 31 January')", () => {
    expect(find('The transfer window closed on 31 January.', '2013-03-20', '31 January')).toMatchObject({ value: '2013-01-31' });
  });
});

describe("'the third-quarter loss'", () => {
  it('the article belongs to the noun the hyphenated quarter or half modifies', () => {
    expect(tx('It posted the third-quarter loss.', '2013-03-20').map((t) => t.text)).toEqual(['third-quarter']);
    expect(tx('The first-half profit rose.', '2013-03-20').map((t) => t.text)).toEqual(['first-half']);
  });
  it("'the third quarter' keeps it", () => {
    expect(tx('Profit fell in the third quarter.', '2013-03-20').map((t) => t.text)).toEqual(['the third quarter']);
  });
});

describe('more US and UK holidays', () => {
  it('fixed, counted and Easter-based ones', () => {
    expect(find("Parades were held on St Patrick's Day.", '2013-03-20', "St Patrick's Day")).toMatchObject({ type: 'DATE', value: '2013-03-17' });
    expect(find('Shoppers will flock to stores on Black Friday.', '2013-03-20', 'Black Friday')).toMatchObject({ value: '2013-11-29' });
    expect(find('Markets are closed on Martin Luther King Day.', '2013-03-20', 'Martin Luther King Day')).toMatchObject({ value: '2013-01-21' });
    expect(find('The vigil was held on Ash Wednesday.', '2013-03-20', 'Ash Wednesday')).toMatchObject({ value: '2013-02-13' });
    expect(find('The Queen laid a wreath on Remembrance Sunday.', '2013-03-20', 'Remembrance Sunday')).toMatchObject({ value: '2012-11-11' });
    expect(find('Crowds gathered for Bonfire Night.', '2013-03-20', 'Bonfire Night')).toMatchObject({ value: '2012-11-05' });
    expect(find('There will be no sailings on St Stephen\'s Day.', '1990-10-26', "St Stephen's Day")).toMatchObject({ value: '1990-12-26' });
  });
});

describe('halves and quarters of a game', () => {
  it('are no halves or quarters of a year', () => {
    expect(tx('Rooney scored early in the second half.', '2013-03-20')).toEqual([]);
    expect(tx('United dominated the first half but conceded after the break.', '2013-03-20')).toEqual([]);
    expect(tx('The Lakers trailed by 10 in the third quarter.', '2013-03-20')).toEqual([]);
  });
  it('a business sentence keeps them', () => {
    expect(find('Profit doubled in the second half.', '2013-03-20', 'the second half')).toMatchObject({ value: '2012-H2' });
    expect(find('Sales, led by exports, rose in the third quarter.', '2013-11-20', 'the third quarter')).toMatchObject({ value: '2013-Q3' });
    expect(find('The team scored a record profit in the second half of 2012.', '2013-03-20', 'the second half of 2012')).toMatchObject({ value: '2012-H2' });
    // 'rebound' is a basketball word too, but a rebound in spending is an economy's
    expect(find('He expected a rebound in the second quarter as brands spend ahead of the polls.', '2025-03-07', 'the second quarter')).toMatchObject({ value: '2025-Q2' });
    expect(tx('Davis grabbed a rebound in the second quarter and scored.', '2025-03-07')).toEqual([]);
  });
});

describe("'by' before an amount is a margin, not a deadline", () => {
  it("'rose by 5% on Friday', 'fell by 20 points on Monday', 'rose by 2 percent in June' are past", () => {
    expect(find('Shares rose by 5% on Friday.', '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-15' });
    expect(find('The index fell by 20 points on Monday.', '2013-03-20', 'Monday')).toMatchObject({ value: '2013-03-18' });
    expect(find('Prices rose by 2 percent in June.', '2013-03-20', 'June')).toMatchObject({ value: '2012-06' });
  });
  it("'must pass by Friday' stays a deadline", () => {
    expect(find('The bill must pass by Friday.', '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-22' });
  });
});

describe("'the night before last'", () => {
  it('is two nights before the DCT, whatever day is under discussion', () => {
    expect(find('He was seen the night before last.', '2013-03-20', 'the night before last')).toMatchObject({ type: 'TIME', value: '2013-03-18TNI' });
    expect(find('He was arrested on March 3. He was seen the night before last.', '2013-03-20', 'the night before last')).toMatchObject({ value: '2013-03-18TNI' });
  });
  it("'the day before last Tuesday' is still the day before that Tuesday", () => {
    expect(find('The day before last Tuesday was quiet.', '2013-03-20', 'The day before last Tuesday')).toMatchObject({ value: '2013-03-18' });
  });
});

describe("'spent years in prison'", () => {
  it('is a vague span of the unit', () => {
    expect(find('He spent years in prison.', '2013-03-20', 'years')).toMatchObject({ type: 'DURATION', value: 'PXY' });
    expect(find('She is spending months abroad.', '2013-03-20', 'months')).toMatchObject({ value: 'PXM' });
  });
});

describe("'ending months of speculation', 'within hours of', 'waited years', 'months ahead': a vague span", () => {
  const spans = (s: string) => tx(s, '2019-02-12').filter((t) => t.type === 'DURATION').map((t) => [t.text, t.value]);
  it('after a verb or preposition that takes a span, or before ahead / in advance', () => {
    expect(spans('The statement ended months of speculation.')).toEqual([['months', 'PXM']]);
    expect(spans('He died on Sunday night, hours after attending prayers.')).toEqual([['hours', 'PTXH']]);
    expect(spans('Stranded travellers face days of delays.')).toEqual([['days', 'PXD']]);
    expect(spans('She could sign bills within weeks of taking office.')).toEqual([['weeks', 'PXW']]);
    expect(spans('The strike was called off hours before it was due to begin.')).toEqual([['hours', 'PTXH']]);
    expect(spans('Riders have waited years for this.')).toEqual([['years', 'PXY']]);
    expect(spans('"There were weeks when I thought we would fail."')).toEqual([['weeks', 'PXW']]);
    expect(spans('People book appointments months ahead, and its patent lapsed years ahead of schedule.')).toEqual([['months', 'PXM'], ['years', 'PXY']]);
  });
  it("not 'office hours', 'the best years were over', 'months of the year', 'two weeks in advance' twice", () => {
    expect(spans('Office hours resume on Monday. The best years were over.')).toEqual([]);
    expect(spans('Within months of the year the plan failed.')).toEqual([]);
    expect(spans('Book two weeks in advance.')).toEqual([['two weeks', 'P2W']]);
  });
});

describe('an irregular simple past up to six words back fixes a month in the past', () => {
  it("'prices rose 3.2 percent in the 12 months to June' said in March is last June", () => {
    expect(find('Prices rose 3.2 percent in the 12 months to June.', '2013-03-20', 'June')).toMatchObject({ value: '2012-06' });
    expect(find('Profit fell sharply in the three months to September.', '2013-03-20', 'September')).toMatchObject({ value: '2012-09' });
  });
  it('a modal nearer the month still wins', () => {
    expect(find('The firm said profit rose and it will open a store in June.', '2013-03-20', 'June')).toMatchObject({ value: '2013-06' });
  });
});

describe('a schedule verb after a preposition is a noun', () => {
  it("'won by 3,000 votes in November' said in March is last November", () => {
    expect(find('The Democrats won by 3,000 votes in November.', '2013-03-20', 'November')).toMatchObject({ value: '2012-11' });
  });
  it("'the Senate votes on Friday' is still a schedule", () => {
    expect(find('The Senate votes on Friday.', '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-22' });
  });
});

describe('the quarter just ended across the new year', () => {
  it("'will report fourth-quarter results' said in January is last year's fourth quarter", () => {
    expect(find('Companies will report fourth-quarter results next week.', '2014-01-08', 'fourth-quarter')).toMatchObject({ value: '2013-Q4' });
    expect(find('Sales should recover in the third quarter.', '2014-01-08', 'the third quarter')).toMatchObject({ value: '2014-Q3' });
  });
});

describe('a range of years written with a hyphen', () => {
  it("'the period 2008-2012' is two years", () => {
    expect(tx('The report covers the period 2008-2012.', '2013-03-20').map((t) => [t.text, t.value])).toEqual([['2008', '2008'], ['2012', '2012']]);
    expect(tx('He served from 2001-2005 as mayor.', '2013-03-20').map((t) => t.value)).toEqual(['2001', '2005']);
  });
  it('not a score or a code', () => {
    expect(tx('The score was 2013-1999.', '2013-03-20')).toEqual([]);
    expect(tx('Call 555-2012-2013 today.', '2013-03-20').map((t) => t.text)).toEqual(['today']);
  });
});

describe('a clock time and a day with a part of day after it', () => {
  it("'10:30am on Saturday morning' keeps the clock time", () => {
    expect(find('The protest began at about 10:30am on Saturday morning.', '2013-03-20', 'about 10:30am on Saturday morning')).toMatchObject({ type: 'TIME', value: '2013-03-16T10:30' });
  });
  it("'Saturday morning' alone is the morning", () => {
    expect(find('The protest began on Saturday morning.', '2013-03-20', 'Saturday morning')).toMatchObject({ value: '2013-03-16TMO' });
  });
});

describe('a clock time with a named zone before its day', () => {
  it("'10 a.m. Pacific time Thursday', 'noon ET on Friday' are on that day", () => {
    expect(find('The launch is set for 10 a.m. Pacific time Thursday.', '2013-03-20', '10 a.m. Pacific time Thursday')).toMatchObject({ value: '2013-03-21T10:00' });
    expect(find('The speech begins at noon ET on Friday.', '2013-03-20', 'noon')).toMatchObject({ value: '2013-03-22T12:00' });
  });
});

describe("'the weekly magazine', 'a weekly column'", () => {
  it('a publication or programme is no set', () => {
    expect(tx('The weekly magazine closed.', '2013-03-20')).toEqual([]);
    expect(tx('She writes a weekly column.', '2013-03-20')).toEqual([]);
  });
  it("'the board meets weekly' is", () => {
    expect(find('The board meets weekly.', '2013-03-20', 'weekly')).toMatchObject({ type: 'SET', value: 'P1W' });
  });
});

describe("'March the 12th'", () => {
  it('is a month-day', () => {
    expect(find('The vote was held on March the 12th.', '2013-03-20', 'March the 12th')).toMatchObject({ type: 'DATE', value: '2013-03-12' });
    expect(find('The vote will be held on June the 1st, 2014.', '2013-03-20', 'June the 1st, 2014')).toMatchObject({ value: '2014-06-01' });
  });
});

describe("'the funeral is on Friday'", () => {
  it('an event placed on a day in the present tense is ahead', () => {
    expect(find('The funeral is on Friday.', '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-22' });
    expect(find('The match is at the weekend.', '2013-03-20', 'the weekend')).toMatchObject({ value: '2013-W12-WE' });
  });
  it("'the funeral was on Friday' is past", () => {
    expect(find('The funeral was on Friday.', '2013-03-20', 'Friday')).toMatchObject({ value: '2013-03-15' });
  });
});

describe('a number of years is a count, not a year', () => {
  it("'2000 years old', 'a 1998-year-old tree', 'the 2000-year history' give no year", () => {
    const texts = (s: string) => tx(s, '2013-03-20').map((t) => `${t.text}:${t.value}`);
    expect(texts('The ruins are 2000 years old.')).toEqual([]);
    expect(texts('They found a 1998-year-old tree.')).toEqual([]);
    expect(texts('The 2000-year history of the city ends here.')).toEqual([]);
  });
  it("a year stays a year: 'in 1998', 'the 2012 year-end results', '19 years old in 1998'", () => {
    expect(find('She was 19 years old in 1998.', '2013-03-20', '1998')).toMatchObject({ type: 'DATE', value: '1998' });
    expect(find('The 2012 year-end results were strong.', '2013-03-20', '2012')).toMatchObject({ type: 'DATE', value: '2012' });
  });
});

describe("'the first Thursday of each month'", () => {
  it('is a monthly set, not a Thursday', () => {
    const got = tx('The board meets on the first Thursday of each month.', '2013-03-20');
    expect(got.map((t) => [t.text, t.type, t.value])).toEqual([['the first Thursday of each month', 'SET', 'P1M']]);
    expect(find('Markets close early on the last Friday of every month.', '2013-03-20', 'the last Friday of every month')).toMatchObject({ type: 'SET', value: 'P1M' });
  });
  it("'the first Thursday in October' is still a day", () => {
    expect(find('The vote is on the first Thursday in October.', '2013-03-20', 'the first Thursday in October')).toMatchObject({ type: 'DATE', value: '2013-10-03' });
  });
});

describe("'twice weekly'", () => {
  it('keeps its frequency in the span', () => {
    expect(find('The paper appears twice weekly.', '2013-03-20', 'twice weekly')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(find('Take the pill three times daily.', '2013-03-20', 'three times daily')).toMatchObject({ type: 'SET', value: 'P1D' });
  });
});

describe("'the May government'", () => {
  it("a month before 'government' or 'administration' is a leader's name", () => {
    const texts = (s: string) => tx(s, '2013-03-20').map((t) => t.text);
    expect(texts('Ministers in the May government resigned.')).toEqual([]);
    expect(texts('Critics of the March administration spoke.')).toEqual([]);
  });
  it("'the May elections', 'a June agreement' are still months", () => {
    expect(find('The May elections were close.', '2013-03-20', 'May')).toMatchObject({ type: 'DATE' });
    expect(find('They signed a June agreement.', '2013-03-20', 'June')).toMatchObject({ type: 'DATE' });
  });
});

describe("'earlier today', 'later Tuesday'", () => {
  it("keep 'earlier' / 'later' in the span, the value the day", () => {
    expect(find('The company said earlier today that it would cut jobs.', '2024-11-08', 'earlier today')).toMatchObject({ type: 'DATE', value: '2024-11-08' });
    expect(find('Earlier yesterday, the minister spoke.', '2024-11-08', 'Earlier yesterday')).toMatchObject({ value: '2024-11-07' });
    expect(find('Officials said later Tuesday that the fire was contained.', '2024-11-08', 'later Tuesday')).toMatchObject({ value: '2024-11-05' });
    expect(find('The president will speak later tonight.', '2024-11-08', 'later tonight')).toMatchObject({ type: 'TIME', value: '2024-11-08TNI' });
  });
  it("a weekday 'earlier' is behind the article, even after a future verb", () => {
    expect(find('The vote, expected earlier Monday, was delayed.', '2024-11-08', 'earlier Monday')).toMatchObject({ value: '2024-11-04' });
  });
  it("'two days later Tuesday' is a count and a day", () => {
    expect(tx('He left two days later Tuesday.', '2024-11-08').map((t) => t.text)).toEqual(['two days', 'Tuesday']);
  });
});

describe("seasons and fiscal years written '2012-13'", () => {
  it('are one date, valued as the year they start in', () => {
    expect(find('He scored 30 goals in the 2012-13 season.', '2013-03-20', 'the 2012-13 season')).toMatchObject({ type: 'DATE', value: '2012' });
    expect(find('The club won the title in 2015/16.', '2017-03-20', '2015/16')).toMatchObject({ type: 'DATE', value: '2015' });
    expect(find('The 1999-00 budget was approved.', '2000-03-20', '1999-00')).toMatchObject({ value: '1999' });
    expect(find('Spending in fiscal 2024-25 will rise.', '2024-03-20', 'fiscal 2024-25')).toMatchObject({ value: '2024' });
  });
  it('not two years that do not follow each other, nor a case number', () => {
    expect(tx('The 2019-21 period was hard.', '2024-03-20').map((t) => t.text)).toEqual([]);
    expect(tx('See case No. 2019-20 in the filing.', '2024-03-20').map((t) => t.text)).toEqual([]);
  });
});

describe("software named with a year", () => {
  it("'Windows 2000', 'Office 2010', 'SQL Server 2019' are products, not years", () => {
    const texts = (s: string) => tx(s, '2024-11-08').map((t) => t.text);
    expect(texts('Microsoft ended support for Windows 2000 in 2010.')).toEqual(['2010']);
    expect(texts('The bank still runs Office 2010 and SQL Server 2019.')).toEqual([]);
  });
  it("a year after the word in other senses stays a year", () => {
    expect(find('He ran the Office in 2012.', '2024-11-08', '2012')).toMatchObject({ value: '2012' });
  });
});

describe('a day the text also writes with its year', () => {
  it("takes that year ('the Sept. 11, 2001, attacks ... since the Sept. 11 attacks'), before or after", () => {
    const text = 'The Sept. 11, 2001, attacks killed nearly 3,000 people. Since the Sept. 11 attacks, security has tightened.';
    expect(tx(text, '2024-11-08').map((t) => t.value)).toEqual(['2001-09-11', '2001-09-11']);
    expect(find('Since the July 7 bombings, patrols have doubled. The bombings of July 7, 2005, killed 52.', '2024-11-08', 'July 7')).toMatchObject({ value: '2005-07-07' });
  });
  it('not against a tense cue, nor when the text writes that day in two years', () => {
    expect(find('He was arrested on March 3, 2019. On March 3, he will be sentenced.', '2024-11-08', 'March 3')).toMatchObject({ value: '2025-03-03' });
    expect(find('Floods hit on May 2, 2019, and on May 2, 2021. On May 2, crowds gathered again.', '2024-11-08', 'May 2')).toMatchObject({ value: '2024-05-02' });
  });
});

describe("'the 23rd anniversary of the Sept. 11 attacks'", () => {
  it('is as many years before the anniversary nearest the article', () => {
    expect(find('Ceremonies will mark the 23rd anniversary of the Sept. 11 attacks on Wednesday.', '2024-09-10', 'Sept. 11')).toMatchObject({ value: '2001-09-11' });
    expect(find('Israelis marked the first anniversary of the Oct. 7 attack on Monday.', '2024-10-07', 'Oct. 7')).toMatchObject({ value: '2023-10-07' });
    expect(find('Preparations began for the fourth anniversary of the Jan. 6 riot.', '2024-12-20', 'Jan. 6')).toMatchObject({ value: '2021-01-06' });
  });
  it('without a count, is a day of some earlier year', () => {
    expect(find('Relatives gathered on the anniversary of the July 4 bombing.', '2024-11-08', 'July 4')).toMatchObject({ value: 'XXXX-07-04' });
  });
});

describe("'Oct. 28-31', 'Feb. 14 and 15, 2024'", () => {
  it('the day after a hyphen is a second day in the same month', () => {
    const got = tx('The poll was conducted Oct. 28-31 among 1,000 likely voters.', '2024-11-08');
    expect(got.map((t) => [t.text, t.value])).toEqual([['Oct. 28', '2024-10-28'], ['31', '2024-10-31']]);
  });
  it('a year after the second day is both days\'', () => {
    const a = tx('The summit was held on Feb. 14 and 15, 2024, in Munich.', '2025-11-08');
    expect(a.map((t) => [t.text, t.value])).toEqual([['Feb. 14', '2024-02-14'], ['15, 2024', '2024-02-15']]);
    const b = tx('The summit was held Feb. 14-15, 2024, in Munich.', '2025-11-08');
    expect(b.map((t) => [t.text, t.value])).toEqual([['Feb. 14', '2024-02-14'], ['15, 2024', '2024-02-15']]);
  });
  it("not a number after the day ('March 3 - 4 million')", () => {
    expect(tx('He was born on March 3 - 4 million people watched.', '2024-11-08').map((t) => t.text)).toEqual(['March 3']);
  });
});

describe('the day a warning or forecast is for', () => {
  it("lies ahead, even after a past verb ('issued a flood watch for Sunday')", () => {
    expect(find('Forecasters issued a flood watch for Sunday.', '2024-11-06', 'Sunday')).toMatchObject({ value: '2024-11-10' });
    expect(find('The forecast for Friday calls for rain.', '2024-11-06', 'Friday')).toMatchObject({ value: '2024-11-08' });
  });
  it("not when the clause after it says it is over ('the warning for Monday was lifted')", () => {
    expect(find('The warning for Monday was lifted after the storm passed.', '2024-11-06', 'Monday')).toMatchObject({ value: '2024-11-04' });
  });
  it("a day joined by 'and' to a day ahead is ahead too", () => {
    const got = tx('The Met Office issued a yellow warning for Saturday and Sunday.', '2024-11-06');
    expect(got.map((t) => t.value)).toEqual(['2024-11-09', '2024-11-10']);
  });
});

describe("'midweek'", () => {
  it("is the middle of the DCT's week, or of the next one ahead of a week past its middle", () => {
    expect(find('Temperatures will climb into the 80s by midweek.', '2024-11-05', 'midweek')).toMatchObject({ type: 'DATE', value: '2024-W45', mod: 'MID' });
    expect(find('Cooler air arrives midweek, forecasters said.', '2024-11-08', 'midweek')).toMatchObject({ value: '2024-W46' });
    expect(find('Prices fell sharply midweek before recovering.', '2024-11-08', 'midweek')).toMatchObject({ value: '2024-W45' });
  });
});

describe("'the 1980s-era law'", () => {
  it("leaves the noun's article out of the decade's span", () => {
    expect(tx('The 1980s-era law is being repealed.', '2024-11-08').map((t) => [t.text, t.value])).toEqual([['1980s', '198']]);
    expect(find('In the 1980s, the law was passed.', '2024-11-08', 'the 1980s')).toMatchObject({ value: '198' });
  });
});

describe("a holiday with its year ('Christmas Day 2021')", () => {
  it("is that year's holiday, one expression", () => {
    expect(tx('The telescope launched on Christmas Day 2021.', '2024-11-08').map((t) => [t.text, t.value])).toEqual([['Christmas Day 2021', '2021-12-25']]);
    expect(find('Sales over Thanksgiving 2023 set a record.', '2024-11-08', 'Thanksgiving 2023')).toMatchObject({ value: '2023-11-23' });
    expect(find('The rising of Easter 1916 shaped the nation.', '2024-11-08', 'Easter 1916')).toMatchObject({ value: '1916-04-23' });
  });
});

describe("British 'Tuesday week'", () => {
  it('is a week after the coming Tuesday, one expression', () => {
    expect(find('MPs will vote on the bill on Tuesday week.', '2024-11-08', 'Tuesday week')).toMatchObject({ type: 'DATE', value: '2024-11-19' });
    expect(find('The case returns to court on Monday week, when a date will be set.', '2024-11-08', 'Monday week')).toMatchObject({ value: '2024-11-18' });
  });
  it("not 'the Tuesday week-long festival'", () => {
    expect(find('The Tuesday week-long festival ended.', '2024-11-08', 'Tuesday')).toMatchObject({ value: '2024-11-05' });
  });
});

describe("'Friday next week', 'Wednesday of last week'", () => {
  it('is that day of the week named, one expression', () => {
    const DCT = '2023-11-28'; // a Tuesday
    expect(find('The vote is on Friday next week.', DCT, 'Friday next week')).toMatchObject({ type: 'DATE', value: '2023-12-08' });
    expect(find('Talks resume on Wednesday of next week.', DCT, 'Wednesday of next week')).toMatchObject({ value: '2023-12-06' });
    expect(find('He arrived on Thursday last week.', DCT, 'Thursday last week')).toMatchObject({ value: '2023-11-23' });
  });
});

describe("'in the new year'", () => {
  it('is next year when said ahead late in the year, this year when looked back on', () => {
    expect(find('The appeal will be heard in the new year.', '2024-11-08', 'the new year')).toMatchObject({ type: 'DATE', value: '2025' });
    expect(find('Prices have risen every month since the new year.', '2024-03-08', 'the new year')).toMatchObject({ value: '2024' });
  });
  it("not the holiday 'the New Year'", () => {
    expect(tx('Revellers welcomed the New Year.', '2024-12-20')).toEqual([]);
  });
});

describe("months in a list ('each March, June, September and December')", () => {
  it('after a monthly set are sets too', () => {
    const got = tx('Quarterly dividends are paid each March, June, September and December.', '2024-11-08');
    expect(got.map((t) => [t.text, t.type, t.value])).toEqual([
      ['each March', 'SET', 'XXXX-03'], ['June', 'SET', 'XXXX-06'], ['September', 'SET', 'XXXX-09'], ['December', 'SET', 'XXXX-12'],
    ]);
  });
  it("a short month name after a month and a comma is a month ('in March, June and September')", () => {
    expect(find('Dividends were paid in March, June and September.', '2024-11-08', 'June')).toMatchObject({ type: 'DATE', value: '2024-06' });
    expect(tx('In March, May said she would resign.', '2024-11-08').map((t) => t.text)).toEqual(['March']);
  });
});

describe("a car's model year ('a 2019 Honda Civic')", () => {
  it('is part of the car, not a year', () => {
    expect(tx('He was driving a 2019 Honda Civic.', '2024-11-08')).toEqual([]);
    expect(tx('Police found a 2004 Ford pickup truck.', '2024-11-08')).toEqual([]);
  });
  it("a year before a maker's name in other senses stays a year", () => {
    expect(find('In 2019 Toyota sold 10 million cars.', '2024-11-08', '2019')).toMatchObject({ value: '2019' });
    expect(find('The 2010 Toyota recall cost billions.', '2024-11-08', '2010')).toMatchObject({ value: '2010' });
    expect(find('The 1976 Ford administration faced inflation.', '2024-11-08', '1976')).toMatchObject({ value: '1976' });
  });
});

describe("'this coming Sunday, Nov. 10'", () => {
  it("keeps 'this coming' / 'this past' with a weekday that has its date", () => {
    expect(find('The meeting is this coming Sunday, Nov. 10.', '2024-11-08', 'this coming Sunday, Nov. 10')).toMatchObject({ value: '2024-11-10' });
    expect(find('The vote was this past Monday, Nov. 4.', '2024-11-08', 'this past Monday, Nov. 4')).toMatchObject({ value: '2024-11-04' });
  });
});

describe("'a day later than planned'", () => {
  it('is a length of time compared, not a day counted from the one named', () => {
    const got = tx('The company posted its results on Wednesday, a day later than planned.', '2024-11-08');
    expect(got.map((t) => [t.text, t.type, t.value])).toEqual([['Wednesday', 'DATE', '2024-11-06'], ['a day', 'DURATION', 'P1D']]);
    expect(find('The plant opened on May 2, three years later than scheduled.', '2024-11-08', 'three years')).toMatchObject({ type: 'DURATION', value: 'P3Y' });
  });
});

describe('a year named right after a day, in its clause', () => {
  it("dates a month-day, a holiday or a weekday ('on Labor Day in 2008', 'its March 4 filing last year')", () => {
    expect(find('Gustav struck the coast on Labor Day in 2008.', '2031-09-11', 'Labor Day')).toMatchObject({ value: '2008-09-01' });
    expect(find('The agency, which in its March 4 filing last year accused him of fraud, declined to comment.', '2032-03-17', 'March 4')).toMatchObject({ value: '2031-03-04' });
    expect(find('The June 5 primary in 2020 drew few voters.', '2024-11-08', 'June 5')).toMatchObject({ value: '2020-06-05' });
    // a weekday of another year is no day of this week
    expect(find('Ida came ashore on a Sunday in 2021.', '2031-09-11', 'Sunday')).toMatchObject({ value: '2021-WXX-7' });
  });
  it("counts 'the following year', 'that year' after a day from the year under discussion", () => {
    const got = tx('The deal was announced in the autumn of 2028 and completed on 14 March the following year.', '2032-03-16');
    expect(got.map((t) => [t.text, t.value])).toEqual([['the autumn of 2028', '2028-FA'], ['14 March', '2029-03-14'], ['the following year', '2029']]);
    expect(find('The plant opened in 2019. It closed on June 3 that year.', '2032-03-16', 'June 3')).toMatchObject({ value: '2019-06-03' });
  });
  it('leaves days alone when the year belongs to something else', () => {
    expect(find('On Monday Trump said in 2020 he would run.', '2024-11-08', 'Monday')).toMatchObject({ value: '2024-11-04' });
    expect(find('He will return on July 4 for his first visit since 2019.', '2024-03-08', 'July 4')).toMatchObject({ value: '2024-07-04' });
  });
});

describe("an indefinite weekday ('on a Sunday', 'it was a Tuesday')", () => {
  it('is some such weekday, not the one of this week', () => {
    expect(find('The storm hit on a Sunday, when the shops were shut.', '2031-09-11', 'Sunday')).toMatchObject({ value: 'XXXX-WXX-7' });
    expect(find('It was a Tuesday.', '2031-09-11', 'Tuesday')).toMatchObject({ value: 'XXXX-WXX-2' });
  });
  it("but 'a Friday deadline' is this week's Friday", () => {
    expect(find('The bidder had set a Friday deadline for the board.', '2032-03-16', 'Friday')).toMatchObject({ value: '2032-03-19' });
  });
});

describe('days granted, targeted and scheduled', () => {
  it("'had given insurers until Thursday' / 'had been given until noon Tuesday': the nearest such day, either side", () => {
    expect(find('The commissioner had given insurers until Thursday to suspend cancellations.', '2031-09-10', 'Thursday')).toMatchObject({ value: '2031-09-11' });
    expect(find('Residents had been given until noon Tuesday to leave.', '2031-09-10', 'noon Tuesday')).toMatchObject({ value: '2031-09-09T12:00' });
  });
  it("'had set Friday as the target': a day named as a target lies ahead", () => {
    expect(find('Utility officials had set Friday as the target for restoring power.', '2031-09-10', 'Friday')).toMatchObject({ value: '2031-09-12' });
  });
  it("'set sentencing for July 20', 'scheduled for the 30th': what an active verb of scheduling puts on a day is ahead", () => {
    expect(find('The judge set sentencing for July 20 and allowed him to remain free.', '2032-03-15', 'July 20')).toMatchObject({ value: '2032-07-20' });
    expect(find('The annual meeting, scheduled for the 30th, could turn into a referendum.', '2032-03-17', 'the 30th')).toMatchObject({ value: '2032-03-30' });
    // a passive one is left to the tense
    expect(find('The vote, which had been scheduled for Tuesday, was postponed.', '2032-03-15', 'Tuesday')).toMatchObject({ value: '2032-03-09' });
  });
});

describe('a plan reported on a past day', () => {
  it("'said on Tuesday that talks would resume Friday', in a Saturday paper: the Friday after Tuesday", () => {
    expect(find('The minister said on Tuesday that the two sides would meet again on Friday.', '2024-11-09', 'Friday')).toMatchObject({ value: '2024-11-08' });
    expect(find('On Tuesday, the minister said talks would resume Thursday.', '2024-11-09', 'Thursday')).toMatchObject({ value: '2024-11-07' });
  });
  it("is still ahead when no such day came between, or said 'next', or not reported", () => {
    expect(find('The minister said Tuesday the talks would resume Friday.', '2024-11-06', 'Friday')).toMatchObject({ value: '2024-11-08' });
    expect(find('The minister said Tuesday the talks would resume next Friday.', '2024-11-09', 'next Friday')).toMatchObject({ value: '2024-11-15' });
    expect(find('The strike began on Tuesday and the union will meet on Friday.', '2024-11-09', 'Friday')).toMatchObject({ value: '2024-11-15' });
  });
});

describe('more days found in a strike story of our own', () => {
  it("'a Thursday talks' cue stops at the sentence's end ('began on Thursday. Talks resumed')", () => {
    expect(find('The strike began just after midnight on Thursday. Talks had collapsed late Wednesday.', '2033-06-10T16:05-04:00', 'midnight on Thursday')).toMatchObject({ value: '2033-06-09T24:00' });
    expect(find('The strike began on Thursday, talks resumed on Friday.', '2033-06-11', 'Thursday')).toMatchObject({ value: '2033-06-09' });
  });
  it("'has scheduled a hearing ... for 2 p.m. Thursday', 'had booked a room ... for Thursday night' look ahead", () => {
    expect(find("The judge has scheduled a hearing on the railroad's request for an injunction for 2 p.m. Thursday.", '2033-06-08', '2 p.m. Thursday')).toMatchObject({ value: '2033-06-09T14:00' });
    expect(find('She had already booked a room near her hospital for Thursday night.', '2033-06-08', 'Thursday night')).toMatchObject({ value: '2033-06-09TNI' });
  });
  it("'were rolling again by Friday afternoon': a past progressive got done by a day behind the article", () => {
    expect(find('Freight trains were rolling again by Friday afternoon.', '2033-06-11', 'Friday afternoon')).toMatchObject({ value: '2033-06-10TAF' });
  });
  it("a year with a 'when' clause or an apposition dates the day in it", () => {
    expect(find('It is the first strike since 2029, when the union walked out for 48 hours beginning June 3.', '2033-06-11', 'June 3')).toMatchObject({ value: '2029-06-03' });
    expect(find('Veterans still talk about the June 3 walkout, a 48-hour strike in 2029.', '2033-06-11', 'June 3')).toMatchObject({ value: '2029-06-03' });
  });
  it("'began at 11 a.m. Thursday and ran overnight': that day's night", () => {
    expect(find('The talks began at 11 a.m. Thursday and ran overnight.', '2033-06-10', 'overnight')).toMatchObject({ value: '2033-06-09TNI' });
  });
});

describe('more days found in an election story of our own', () => {
  it('a clock time still ahead of the paper, told in the past tense, was the day before', () => {
    expect(find('Pinyon County finished counting, posting its final unofficial tally at 4:40 p.m.', '2030-11-09T07:30-07:00', '4:40 p.m.')).toMatchObject({ value: '2030-11-08T16:40' });
    expect(find('The county will post its final tally at 4:40 p.m.', '2030-11-09T07:30-07:00', '4:40 p.m.')).toMatchObject({ value: '2030-11-09T16:40' });
    expect(find('The county posted its final tally at 4:40 p.m.', '2030-11-09T17:30-07:00', '4:40 p.m.')).toMatchObject({ value: '2030-11-09T16:40' });
  });
  it("'spent Friday meeting with lawyers': a past verb right before the day, the noun after no plan", () => {
    expect(find('Vandermolen spent Friday meeting with lawyers.', '2030-11-09', 'Friday')).toMatchObject({ value: '2030-11-08' });
    expect(find('The union called a Friday meeting.', '2030-11-09', 'Friday')).toMatchObject({ value: '2030-11-15' });
  });
  it('a year that sets the scene earlier in the sentence dates a day after it', () => {
    expect(find('In the previous election in 2026, his race was not called until Nov. 16.', '2030-11-10', 'Nov. 16')).toMatchObject({ value: '2026-11-16' });
    expect(find("The state's last recount, in the 2022 contest for attorney general, was not completed until 29 December.", '2030-11-10', '29 December')).toMatchObject({ value: '2022-12-29' });
    // not a year of something else ('a program approved in 1987 that ...', 'since 2026')
    expect(find("Under a program approved in 1987 that didn't specify a share amount, the company had bought 481,000 shares through Sept. 29.", '1989-10-30', 'Sept. 29')).toMatchObject({ value: '1989-09-29' });
    expect(find('Prices have risen since 2026, and on Nov. 16 the board will meet.', '2030-11-10', 'Nov. 16')).toMatchObject({ value: '2030-11-16' });
    // nor a past year against a future tense ('whose father died in 2009, will be anointed')
    expect(find('The heir, whose father died in a road accident in 2009, will be anointed at a ceremony at 10.15 am on February 22.', '2019-02-12', '10.15 am on February 22')).toMatchObject({ value: '2019-02-22T10:15' });
  });
});

describe('a plan quoted, with the day it was said after the quote', () => {
  it('\'"We will meet again on Friday," the minister said on Tuesday\', in a Saturday paper: the Friday after Tuesday', () => {
    expect(find('"We will meet again on Friday," the minister said on Tuesday.', '2024-11-09', 'Friday')).toMatchObject({ value: '2024-11-08' });
    expect(find('\u201cWe will win on Tuesday,\u201d he said Monday.', '2024-11-09', 'Tuesday')).toMatchObject({ value: '2024-11-05' });
  });
  it('is ahead of the paper when said that day, or with no day said', () => {
    expect(find('"We will meet again on Friday," the minister said Saturday.', '2024-11-09', 'Friday')).toMatchObject({ value: '2024-11-15' });
    expect(find('"We will meet again on Friday," the minister said.', '2024-11-09', 'Friday')).toMatchObject({ value: '2024-11-15' });
  });
});

describe('more days found in a launch and a football story of our own', () => {
  it("'out to Launch Complex 48': a capitalised place after 'to' is no infinitive", () => {
    expect(find('Ground crews rolled the rocket out to Launch Complex 48 at 7 a.m. Tuesday under clear skies.', '2034-04-13T07:10-04:00', '7 a.m. Tuesday')).toMatchObject({ value: '2034-04-11T07:00' });
  });
  it("'had targeted Sunday for the first spacewalk', 'the early-Friday window' look ahead", () => {
    expect(find('Mission managers had targeted Sunday for the first spacewalk of the flight.', '2034-04-14', 'Sunday')).toMatchObject({ value: '2034-04-16' });
    expect(find('Forecasters give the early-Friday window an 85 percent chance of acceptable weather.', '2034-04-13', 'early-Friday')).toMatchObject({ value: '2034-04-14' });
  });
  it("a participle after a present 'is' is a schedule ('when the draw is made on Sunday'); 'was held' stays past", () => {
    expect(find('Town will find out their opponents when the draw is made on Sunday.', '2032-10-15', 'Sunday')).toMatchObject({ value: '2032-10-17' });
    expect(find('The vote was held on Friday.', '2032-10-12', 'Friday')).toMatchObject({ value: '2032-10-08' });
  });
  it("'is Wednesday's cup tie' looks ahead; 'to confirm the hire Thursday' is an infinitive's day", () => {
    expect(find("His first assignment is Wednesday's League Cup tie.", '2032-10-11', 'Wednesday')).toMatchObject({ value: '2032-10-13' });
    expect(find('Dunmore accepted a payment on Wednesday, Whitlow said, clearing the way for Ashbridge to confirm the hire Thursday.', '2032-10-13', 'Thursday')).toMatchObject({ value: '2032-10-14' });
  });
  it("'on a Tuesday night in January' is some such night", () => {
    expect(find("I've worked in League Two on a Tuesday night in January.", '2032-10-12', 'Tuesday night')).toMatchObject({ value: 'XXXX-WXX-2TNI' });
  });
});

describe("'N decades later' after a decade", () => {
  it("moves on from the decade named last, not from an earlier year ('the mid-1990s ... two decades later' is the 2010s)", () => {
    const text = 'The festival returns next summer. By the mid-1990s the plant employed 4,000 people; it closed two decades later.';
    expect(find(text, '2024-04-10', 'two decades later')).toMatchObject({ type: 'DATE', value: '201' });
    expect(find('In 1990 the plant employed 4,000 people; it closed two decades later.', '2024-04-10', 'two decades later')).toMatchObject({ value: '2010' });
  });
  it("a count of years after a decade names no year: a duration", () => {
    const text = 'The festival returns next summer. By the mid-1990s the plant employed 4,000 people; it closed four years later.';
    expect(find(text, '2024-04-10', 'four years')).toMatchObject({ type: 'DURATION', value: 'P4Y' });
  });
});

describe("'takes effect', 'comes into force' in the present tense", () => {
  it('put a date without a year ahead, however far (a past would be told as took effect)', () => {
    expect(find('The law takes effect on Jan. 1.', '2024-04-10', 'Jan. 1')).toMatchObject({ value: '2025-01-01' });
    expect(find('The ban comes into force on Jan. 1.', '2024-04-10', 'Jan. 1')).toMatchObject({ value: '2025-01-01' });
    expect(find('The rules take effect Jan. 1.', '2024-04-10', 'Jan. 1')).toMatchObject({ value: '2025-01-01' });
    expect(find('The law takes effect in January.', '2024-04-10', 'January')).toMatchObject({ value: '2025-01' });
  });
  it("'took effect', 'did not take effect until' stay behind", () => {
    expect(find('The law took effect in January.', '2024-04-10', 'January')).toMatchObject({ value: '2024-01' });
    expect(find('The rules did not take effect until Jan. 1.', '2024-04-10', 'Jan. 1')).toMatchObject({ value: '2024-01-01' });
  });
});

describe('fortnights', () => {
  it("'the past fortnight', 'the next fortnight' are two weeks, not 'the past'", () => {
    expect(find('They have lost twice in the past fortnight.', '2020-10-21', 'the past fortnight')).toMatchObject({ type: 'DURATION', value: 'P2W' });
    expect(find('Talks resume in the next fortnight.', '2020-10-21', 'the next fortnight')).toMatchObject({ type: 'DURATION', value: 'P2W' });
  });
  it("'a fortnight ago' is the week two weeks back; 'a fortnight later' counts from the day named", () => {
    expect(find('It happened a fortnight ago.', '2020-10-21', 'a fortnight ago')).toMatchObject({ type: 'DATE', value: '2020-W41' });
    expect(find('On March 3 the talks began; a fortnight later they collapsed.', '2020-10-21', 'a fortnight later')).toMatchObject({ value: '2020-03-17' });
  });
  it("'the last fortnight of June' is no fortnight before the DCT", () => {
    expect(tx('The last fortnight of June was wet.', '2020-10-21').map((t) => t.value)).not.toContain('P2W');
  });
});

describe('participles that are adjectives or states say no tense', () => {
  it("'will tour the damaged areas on Wednesday', 'will remain closed through Thursday' look ahead", () => {
    expect(find("The state's governor will tour the damaged areas on Wednesday, her office said.", '2027-03-09', 'Wednesday')).toMatchObject({ value: '2027-03-10' });
    expect(find('Schools in the county will remain closed through Thursday.', '2027-03-09', 'Thursday')).toMatchObject({ value: '2027-03-11' });
    expect(find("The council's delayed vote will take place on Thursday.", '2027-03-09', 'Thursday')).toMatchObject({ value: '2027-03-11' });
  });
  it("'will run extra guided walks over Easter', 'will add more scheduled trains on Friday': a participle after a quantifier is an adjective", () => {
    expect(find('The centre will run extra guided walks over Easter, starting on Good Friday.', '2003-04-12', 'Easter')).toMatchObject({ value: '2003-04-20' });
    expect(find('The railway will add more scheduled trains on Friday.', '2027-03-09', 'Friday')).toMatchObject({ value: '2027-03-12' });
  });
  it("a past tense stays past ('remained closed on Thursday', 'was approved on Thursday')", () => {
    expect(find('Schools remained closed on Thursday.', '2027-03-09', 'Thursday')).toMatchObject({ value: '2027-03-04' });
    expect(find('The plan was approved on Thursday.', '2027-03-09', 'Thursday')).toMatchObject({ value: '2027-03-04' });
  });
});

describe("a company's calendar in the present tense", () => {
  it("'reports first-quarter results on Thursday', 'posts earnings Tuesday' look ahead", () => {
    expect(find('The company reports first-quarter results on Thursday.', '2029-05-14', 'Thursday')).toMatchObject({ value: '2029-05-17' });
    expect(find('Apple posts quarterly earnings after the bell Tuesday.', '2029-05-14', 'Tuesday')).toMatchObject({ value: '2029-05-15' });
  });
  it("'reported results on Thursday' and 'media reports on Thursday said' stay behind", () => {
    expect(find('The company reported first-quarter results on Thursday.', '2029-05-14', 'Thursday')).toMatchObject({ value: '2029-05-10' });
    expect(find('Media reports on Thursday said results were weak.', '2029-05-14', 'Thursday')).toMatchObject({ value: '2029-05-10' });
  });
});

describe('a base form a few words before the day, after a plural or a name', () => {
  it("'polls close at 8 p.m. Eastern time on Tuesday', 'they return to league action at home on Saturday' look ahead", () => {
    expect(find('Polls close at 8 p.m. Eastern time on Tuesday.', '2019-06-05', '8 p.m. Eastern time on Tuesday')).toMatchObject({ value: '2019-06-11T20:00' });
    expect(find('They return to league action at home on Saturday.', '2031-02-05', 'Saturday')).toMatchObject({ value: '2031-02-08' });
    expect(find('The clocks go back an hour at 2am on Sunday.', '2020-10-21', '2am on Sunday')).toMatchObject({ value: '2020-10-25T02:00' });
  });
  it("a noun after a possessive is no verb ('Labour's return to power on Friday stunned many')", () => {
    expect(find("Labour's return to power on Friday stunned many.", '2031-02-05', 'Friday')).toMatchObject({ value: '2031-01-31' });
  });
});

describe('conditions in the present tense', () => {
  it("'if we lose on Friday', 'unless a deal is reached by Friday' look ahead", () => {
    expect(find('"If we lose on Friday, the people must decide," she told reporters after the vote.', '2028-11-16', 'Friday')).toMatchObject({ value: '2028-11-17' });
    expect(find('Unless a deal is reached by Friday, workers will strike.', '2028-11-14', 'Friday')).toMatchObject({ value: '2028-11-17' });
    expect(find("\"If they aren't cleared by Thanksgiving, he loses the sale,\" he said.", '1988-11-15', 'Thanksgiving')).toMatchObject({ value: '1988-11-24' });
    expect(find('If the parts are not cleared by Friday, the line stops.', '2028-11-14', 'Friday')).toMatchObject({ value: '2028-11-17' });
  });
  it("a past verb after 'if' speaks for itself; a deal 'was reached by Friday' is done", () => {
    expect(find('He asked if the vote happened on Friday.', '2028-11-16', 'Friday')).toMatchObject({ value: '2028-11-10' });
    expect(find('The deal was reached by Friday.', '2028-11-16', 'Friday')).toMatchObject({ value: '2028-11-10' });
  });
  it("a condition told in the past tense for a 'would' ('said that if talks failed on Friday, the strike would go ahead') looks ahead", () => {
    expect(find('He said that if talks failed on Friday, the strike would go ahead.', '2024-03-13', 'Friday')).toMatchObject({ value: '2024-03-15' });
    expect(find('The union would strike unless the board backed the offer on Monday, he said.', '2024-03-13', 'Monday')).toMatchObject({ value: '2024-03-18' });
  });
  it("a counterfactual ('if talks had failed on Friday', '... would have celebrated') stays in the past", () => {
    expect(find('If talks had failed on Friday, the strike would have gone ahead.', '2024-03-13', 'Friday')).toMatchObject({ value: '2024-03-08' });
    expect(find('If the team won on Saturday, fans would have celebrated.', '2024-03-13', 'Saturday')).toMatchObject({ value: '2024-03-09' });
  });
});

describe('a possessive day, and a plan reported in the past tense', () => {
  it("a possessive day does not become the day under discussion: a clock time after it keeps the story's day", () => {
    const text = "Police on Wednesday night arrested two men suspected in Monday's robbery. Officers took the men into custody at about 9 p.m., police said.";
    expect(find(text, '2030-08-21T22:45-05:00', 'about 9 p.m.')).toMatchObject({ value: '2030-08-21T21:00' });
  });
  it("'charges were expected Thursday', 'the vote was scheduled for Monday' are the nearest such day, either side", () => {
    expect(find('Charges were expected Thursday.', '2030-08-21', 'Thursday')).toMatchObject({ value: '2030-08-22' });
    expect(find('The vote was scheduled for Monday but was postponed.', '2030-08-21', 'Monday')).toMatchObject({ value: '2030-08-19' });
    expect(find('The vote had been scheduled for Thursday.', '2030-08-21', 'Thursday')).toMatchObject({ value: '2030-08-15' });
  });
});

describe('how long a bare clock time keeps the day under discussion', () => {
  const filler = 'Organizers said the field was the largest in the event\'s history, with runners from four states and a dozen local clubs. '.repeat(3);
  it("a day of this week's news named a paragraph back (up to 600 characters) is still the day of a bare clock time", () => {
    const text = `Runners raised $212,000 for the children's wing on Sunday. ${filler}The race started at 8 a.m. under clear skies.`;
    expect(text.indexOf('8 a.m.') - text.indexOf('Sunday')).toBeGreaterThan(300);
    expect(find(text, '1987-10-05', '8 a.m.')).toMatchObject({ value: '1987-10-04T08:00' });
  });
  it('a date recalled from the background that far back is not: the clock time is the DCT\'s', () => {
    const text = `The company was founded on Sept. 3, 1951, in a garage. ${filler}The meeting started at 8 a.m. under clear skies.`;
    expect(find(text, '1987-10-05', '8 a.m.')).toMatchObject({ value: '1987-10-05T08:00' });
  });
});

describe('an hour kept by custom, and a table booked ahead', () => {
  it("'the traditional 11pm closing time', 'its usual 10 a.m. service' are no one day's hour", () => {
    expect(find('The Act comes into force and the traditional 11pm closing time comes to an end.', '2005-10-07T14:32', '11pm')).toMatchObject({ type: 'TIME', value: 'XXXX-XX-XXT23:00' });
    expect(find('The church has moved its usual 10 a.m. service this week.', '1998-09-26', '10 a.m.')).toMatchObject({ value: 'XXXX-XX-XXT10:00' });
    expect(find('The church service started at 10 a.m. on Sunday.', '1998-09-26', '10 a.m. on Sunday')).toMatchObject({ value: '1998-09-20T10:00' });
  });
  it("'asked if we had a table for Christmas Day' in August is the coming Christmas", () => {
    expect(find('Someone asked if we had a table for Christmas Day.', '2019-08-05', 'Christmas Day')).toMatchObject({ value: '2019-12-25' });
  });
});

describe('midnight that opens a day, and warnings still in force', () => {
  it("'began falling shortly after midnight ... by 6 p.m.': the story stays on the day the midnight opened", () => {
    const text = 'Snow began falling shortly after midnight and continued into the evening, with 14 inches reported by 6 p.m.';
    expect(find(text, '2029-01-11T23:10-05:00', 'midnight')).toMatchObject({ value: '2029-01-10T24:00' });
    expect(find(text, '2029-01-11T23:10-05:00', '6 p.m.')).toMatchObject({ value: '2029-01-11T18:00' });
  });
  it("'has issued a winter storm warning through 10 a.m. Friday' looks ahead", () => {
    expect(find('The National Weather Service has issued a winter storm warning through 10 a.m. Friday.', '2029-01-11', '10 a.m. Friday')).toMatchObject({ value: '2029-01-12T10:00' });
  });
});

describe("'overnight' in a forecast", () => {
  it("'are forecast to drop to 5 degrees overnight' is the coming night; 'fell overnight' the last one", () => {
    expect(find('Temperatures are forecast to drop to 5 degrees overnight.', '2029-01-11T23:10-05:00', 'overnight')).toMatchObject({ value: '2029-01-11TNI' });
    expect(find('Rain is expected to fall overnight.', '2029-01-11', 'overnight')).toMatchObject({ value: '2029-01-11TNI' });
    expect(find('Stocks fell overnight in Asia.', '2029-01-11', 'overnight')).toMatchObject({ value: '2029-01-10TNI' });
  });
});

describe('the week under discussion', () => {
  it("'the following week', 'that week' are weeks of the day named, not untagged or the paper's", () => {
    const text = 'On Sept. 15, 2008, the bank collapsed. The following week, the Treasury acted.';
    expect(find(text, '2024-04-10', 'The following week')).toMatchObject({ type: 'DATE', value: '2008-W39' });
    expect(find('On Sept. 15, 2008, the bank collapsed. That week, markets fell.', '2024-04-10', 'That week')).toMatchObject({ value: '2008-W38' });
  });
  it("'over the next week' still counts from the paper's day", () => {
    expect(find('Over the next week, talks will continue.', '2024-04-10', 'the next week')).toMatchObject({ value: '2024-W16' });
  });
});

describe("British day-month with 'last year'", () => {
  it("'on 20 May last year' is that day, one expression (was 'May last year', the month)", () => {
    expect(find('The timetable came into force on 20 May last year.', '2033-05-19', '20 May last year')).toMatchObject({ value: '2032-05-20' });
    expect(find('The rules will come into force on 1 June next year.', '2033-05-19', '1 June next year')).toMatchObject({ value: '2034-06-01' });
    expect(find('It was launched in May last year.', '2033-05-19', 'May last year')).toMatchObject({ value: '2032-05' });
  });
});

describe('what a warning or a forecast says will last to a day', () => {
  it("'warned of more disruption through Tuesday', 'predicted heavy rain until Sunday' look ahead", () => {
    expect(find('The airline has cancelled 300 flights and warned of more disruption through Tuesday.', '2023-01-26', 'Tuesday')).toMatchObject({ value: '2023-01-31' });
    // told on a past day, it is the first such day after it
    expect(find('The airline cancelled 300 flights on Sunday and warned of more disruption through Tuesday.', '2023-01-26', 'Tuesday')).toMatchObject({ value: '2023-01-24' });
    expect(find('Forecasters predicted heavy rain until Sunday.', '2023-01-26', 'Sunday')).toMatchObject({ value: '2023-01-29' });
  });
  it("'the strike lasted until Tuesday' stays behind", () => {
    expect(find('The strike lasted until Tuesday.', '2023-01-26', 'Tuesday')).toMatchObject({ value: '2023-01-24' });
  });
});

describe('irregular pasts and relative clauses', () => {
  it("an irregular past compromise's lexicon knows ('fled', 'sought', 'swore') dates a day in the past", () => {
    expect(find('The family fled on Monday.', '2024-03-13', 'Monday')).toMatchObject({ value: '2024-03-11' });
    expect(find('He swore the oath on Tuesday.', '2024-03-13', 'Tuesday')).toMatchObject({ value: '2024-03-12' });
  });
  it("a day in a relative clause with a past verb is behind, whatever the main clause's tense ('residents who fled on Monday will be allowed back')", () => {
    expect(find('Residents who fled on Monday will be allowed back on Friday.', '2024-03-13', 'Monday')).toMatchObject({ value: '2024-03-11' });
    expect(find('Residents who fled on Monday will be allowed back on Friday.', '2024-03-13', 'Friday')).toMatchObject({ value: '2024-03-15' });
    expect(find('The firm that filed for bankruptcy on Tuesday will sell its stores.', '2024-03-13', 'Tuesday')).toMatchObject({ value: '2024-03-12' });
  });
  it("a relative clause with a plan in it still looks ahead ('people who are scheduled to fly on Monday')", () => {
    expect(find('People who are scheduled to fly on Monday will be rebooked.', '2024-03-13', 'Monday')).toMatchObject({ value: '2024-03-18' });
  });
});

describe('a bare clock time whose verb looks the other way from the day under discussion', () => {
  it("'will issue its next update at 21:00' after a paragraph on yesterday is today's (or tomorrow's) hour", () => {
    const text = 'Crews answered 312 calls yesterday. The bureau will issue its next update at 21:00.';
    expect(find(text, '2022-01-13T16:45', '21:00')).toMatchObject({ value: '2022-01-13T21:00' });
    expect(find(text.replace('21:00', '09:00'), '2022-01-13T16:45', '09:00')).toMatchObject({ value: '2022-01-14T09:00' });
  });
  it("'in an advisory issued at 10 a.m.' after a forecast for Sunday night is the DCT's morning", () => {
    const text = 'The storm is expected to make landfall Sunday night. In an advisory issued at 10 a.m., forecasters said it had strengthened.';
    expect(find(text, '2025-09-13T11:00', '10 a.m.')).toMatchObject({ value: '2025-09-13T10:00' });
  });
  it('a clock time that agrees with the day under discussion still takes it', () => {
    const text = 'The storm is expected to make landfall Sunday night. Shelters will open at 6 p.m.';
    expect(find(text, '2025-09-13T11:00', '6 p.m.')).toMatchObject({ value: '2025-09-14T18:00' });
  });
});

describe('plans and expectations whose infinitive comes far after the verb', () => {
  it("'Forecasters expect the storm to weaken after landfall and to spread heavy rain across two states on Monday' looks ahead", () => {
    expect(find('Forecasters expect the storm to weaken quickly after landfall and to spread heavy rain across Mississippi and western Tennessee on Monday.', '2025-09-13', 'Monday')).toMatchObject({ value: '2025-09-15' });
  });
  it("an infinitive compromise's lexicon knows ('told to prepare for flooding on Friday') is a plan", () => {
    expect(find('Residents have been told to prepare for flooding on Friday.', '2022-01-13', 'Friday')).toMatchObject({ value: '2022-01-14' });
  });
  it("a headline's infinitive looks ahead ('Cyclone to cross coast on Friday night'); 'was due to berth on Sunday' is a past plan", () => {
    expect(find('Cyclone Ravath to cross Orissa coast on Friday night', '2011-10-27', 'Friday night')).toMatchObject({ value: '2011-10-28TNI' });
    expect(find('Among the ships waiting is a car carrier that was due to berth on Sunday.', '2026-03-10', 'Sunday')).toMatchObject({ value: '2026-03-08' });
  });
  it("'had been due to expire Friday evening' stays a past plan", () => {
    expect(find('The offer was extended to Nov. 16. It had been due to expire Friday evening.', '1989-10-30', 'Friday evening')).toMatchObject({ value: '1989-10-27TEV' });
  });
});

describe('holiday weekends', () => {
  it("'the Labor Day weekend', 'over the Fourth of July weekend' are the weekend nearest the holiday, 'the' in the span", () => {
    expect(find('Crowds are expected over the Labor Day weekend.', '2026-06-24', 'the Labor Day weekend')).toMatchObject({ type: 'DATE', value: '2026-W36-WE' });
    expect(find('State parks draw their biggest crowds over the Fourth of July weekend.', '2026-06-24', 'the Fourth of July weekend')).toMatchObject({ value: '2026-W27-WE' });
    expect(find('Traffic was heavy over Easter weekend.', '2026-06-24', 'Easter weekend')).toMatchObject({ value: '2026-W14-WE' });
  });
  it("'the Fourth of July' alone is the day, 'the' in its span (not 'the Fourth of July parade')", () => {
    expect(find('He was born on the Fourth of July.', '2026-06-24', 'the Fourth of July')).toMatchObject({ value: '2025-07-04' });
    expect(tx('The Fourth of July parade was cancelled.', '2026-06-24').map((t) => t.text)).toEqual(['Fourth of July']);
  });
});

describe('so many of a unit in every larger one', () => {
  it("'six days a week', 'two evenings a week' are sets; in '24 hours a day' the hours are a duration and 'a day' the set", () => {
    expect(find('He works six days a week.', '2024-03-13', 'six days a week')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(find('The band rehearsed two evenings a week.', '2024-03-13', 'two evenings a week')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(tx('The store is open 24 hours a day.', '2024-03-13').map((t) => [t.text, t.type, t.value])).toEqual([['24 hours', 'DURATION', 'PT24H'], ['a day', 'SET', 'P1D']]);
    expect(tx('Listeners tuned in for about eight hours a week, down from nine and a half hours a year ago.', '2011-05-12').map((t) => [t.text, t.type, t.value]))
      .toEqual([['about eight hours', 'DURATION', 'PT8H'], ['a week', 'SET', 'P1W'], ['nine and a half hours', 'DURATION', 'PT9H30M'], ['a year ago', 'DATE', '2010']]);
    // a count of days before 'a year ago' is no set
    expect(tx('Sales took three days a year ago.', '2011-05-12').map((t) => t.text)).toEqual(['three days', 'a year ago']);
  });
  it("'every weekday', 'each working day' are the days Monday to Friday", () => {
    expect(find('Trains run every weekday.', '2024-03-13', 'every weekday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-WD' });
    expect(find('The office answers calls each working day.', '2024-03-13', 'each working day')).toMatchObject({ type: 'SET' });
  });
});

describe('look-alikes of a quarter and a clock', () => {
  it("'has risen about a quarter since January', 'cut by a quarter' are fractions of a change", () => {
    expect(tx('The stock has risen about a quarter since January.', '2024-03-13').map((t) => t.text)).toEqual(['January']);
    expect(tx('Revenue grew by a quarter.', '2024-03-13')).toEqual([]);
  });
  it("'a quarter ago', 'for a quarter' stay time", () => {
    expect(find('Sales fell a quarter ago.', '2024-03-13', 'a quarter ago')).toMatchObject({ value: '2023-Q4' });
    expect(find('Sales were flat for a quarter.', '2024-03-13', 'a quarter')).toMatchObject({ type: 'DURATION', value: 'P1Q' });
  });
  it("'with 8:40 left' is a game clock", () => {
    expect(tx('The Miners were up 81-76 with 8:40 left.', '2024-03-13')).toEqual([]);
    expect(find('The race began at 8:30.', '2024-03-13', '8:30')).toMatchObject({ value: '2024-03-13T08:30' });
  });
});

describe('a day a ban is for, a day an event is', () => {
  it("'prompted a total fire ban for Friday' looks ahead; 'the curfew for Sunday was lifted' stays behind", () => {
    expect(find('The heat has prompted a total fire ban for Friday.', '2024-03-13', 'Friday')).toMatchObject({ value: '2024-03-15' });
    expect(find('The curfew for Sunday was lifted.', '2024-03-13', 'Sunday')).toMatchObject({ value: '2024-03-10' });
  });
  it("'Game 5 is Tuesday night' looks ahead", () => {
    expect(find('Game 5 is Tuesday night in Riverton.', '2024-03-13', 'Tuesday night')).toMatchObject({ value: '2024-03-19TNI' });
  });
});

describe('a midnight that something lasted to', () => {
  it("'a debate that ran past midnight' on a day under discussion ends at that day's midnight", () => {
    expect(find('The Senate voted on Monday after a debate that ran past midnight.', '2024-03-13', 'midnight')).toMatchObject({ value: '2024-03-11T24:00' });
  });
  it('told of no day, in the past tense, it is last night', () => {
    expect(find('The debate ran past midnight.', '2024-03-13', 'midnight')).toMatchObject({ value: '2024-03-12T24:00' });
    expect(find('The strike began at midnight.', '2024-03-13', 'midnight')).toMatchObject({ value: '2024-03-12T24:00' });
  });
});

describe('the coming night, and a ban over a region for a day', () => {
  it("'rain is expected overnight', 'told to prepare for flooding overnight' are the coming night", () => {
    expect(find('Rain is expected overnight.', '2022-01-13T16:45', 'overnight')).toMatchObject({ value: '2022-01-13TNI' });
    expect(find('Residents have been told to prepare for moderate flooding overnight.', '2022-01-13T16:45', 'overnight')).toMatchObject({ value: '2022-01-13TNI' });
    expect(find('Stocks fell overnight.', '2022-01-13T16:45', 'overnight')).toMatchObject({ value: '2022-01-12TNI' });
  });
  it("'a total fire ban across four districts for Friday' looks ahead", () => {
    expect(find('The heat has also prompted a total fire ban across four districts for Friday.', '2022-01-13', 'Friday')).toMatchObject({ value: '2022-01-14' });
  });
});

describe('spans and sets from wire copy', () => {
  it("zone words chrono leaves out belong to the clock time ('2 p.m. local time', '8 p.m. Eastern time')", () => {
    expect(find('It starts at 2 p.m. local time.', '2024-03-13', '2 p.m. local time')).toMatchObject({ value: '2024-03-13T14:00' });
    expect(find('Polls closed at 8 p.m. Eastern.', '2024-03-13', '8 p.m. Eastern')).toMatchObject({ type: 'TIME' });
    expect(find('Flights left at 9 a.m. Eastern Europe time.', '2024-03-13', '9 a.m.')).toMatchObject({ type: 'TIME' });
  });
  it("'every May 17' is that day of every year; 'eight times a year' a yearly set", () => {
    expect(find('Children lay flowers, as they do every May 17.', '2024-03-13', 'every May 17')).toMatchObject({ type: 'SET', value: 'XXXX-05-17' });
    expect(find('The bank meets eight times a year.', '2024-03-13', 'eight times a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
  });
  it("'right now', 'at this moment' are the present", () => {
    expect(find('Right now I just want to win.', '2024-03-13', 'Right now')).toMatchObject({ value: 'PRESENT_REF' });
    expect(find('At this moment, the talks are stalled.', '2024-03-13', 'this moment')).toMatchObject({ value: 'PRESENT_REF' });
  });
  it("a 'since' after the day opens a time of its own ('will ring on Sunday to mark 250 years since the fire')", () => {
    expect(find('Church bells will ring across the city on Sunday to mark 250 years since the Great Harbour Fire.', '2016-05-20', 'Sunday')).toMatchObject({ value: '2016-05-22' });
  });
  it("'Fifty years ago, the bicentenary was marked on May 17' is that year's May 17, whatever year the text dates May 17 in", () => {
    const text = 'The fire broke out on Saturday, May 17, 1766. Fifty years ago, the bicentenary was marked on May 17 with a parade.';
    expect(tx(text, '2016-05-20').filter((t) => t.text === 'May 17').map((t) => t.value)).toEqual(['1966-05-17']);
  });
});

describe('local-paper prose', () => {
  it("seasons after 'after' / 'before', and 'the end of the summer' with its end in the span", () => {
    expect(find('Talks will resume after the summer.', '2025-03-04', 'the summer')).toMatchObject({ value: '2025-SU' });
    expect(find('The band split up before the summer.', '2025-10-04', 'the summer')).toMatchObject({ value: '2025-SU' });
    expect(find('He expects to hire by the end of the summer.', '2017-05-23', 'the end of the summer')).toMatchObject({ value: '2017-SU', mod: 'END' });
  });
  it("a season after 'to', 'from' or 'at the end of', and one put off to ('pushed to the fall') lies ahead", () => {
    expect(find('The tour has been pushed to the fall.', '2024-05-20', 'the fall')).toMatchObject({ value: '2024-FA' });
    expect(brief(tx('Work runs from spring to summer.', '2024-02-20'))).toEqual([['spring', 'DATE', '2024-SP'], ['summer', 'DATE', '2024-SU']]);
    expect(find('At the end of the summer, he left.', '2024-10-20', 'the end of the summer')).toMatchObject({ value: '2024-SU', mod: 'END' });
    expect(find('The meeting was moved to Friday.', '2024-05-22', 'Friday')).toMatchObject({ value: '2024-05-24' });
  });
  it("no season in a verb ('fly south to winter') or before a noun it modifies ('the summer house', 'at summer camp')", () => {
    expect(tx('The birds fly south to winter in Mexico.', '2024-05-20')).toEqual([]);
    expect(tx('He went to the summer house.', '2024-05-20')).toEqual([]);
    expect(tx('We met at summer camp.', '2024-05-20')).toEqual([]);
  });
  it("a season without a tense cue is this year's unless it is half a year behind ('the spring semester' in January)", () => {
    expect(find('Enrollment for the spring semester opens Monday.', '2024-01-10', 'the spring semester')).toMatchObject({ value: '2024-SP' });
    expect(find('The plant closed in the spring.', '2024-01-10', 'the spring')).toMatchObject({ value: '2023-SP' });
  });
  it("'the second half of a European tour' is part of a tour, 'the second half of the year' a half-year", () => {
    expect(tx('An injury forced them to cancel the second half of a European tour.', '2025-03-04')).toEqual([]);
    expect(find('Sales will rise in the second half of the year.', '2025-03-04', 'the second half of the year')).toMatchObject({ value: '2025-H2' });
  });
  it("'voted 5-2 shortly before midnight Monday to approve' dates the vote, not the infinitive", () => {
    expect(find('The council voted 5-2 shortly before midnight Monday to approve a budget.', '2017-05-23', 'midnight Monday')).toMatchObject({ value: '2017-05-22T24:00' });
  });
  it("'a second overnight ambulance crew' is no night; 'as of June 30, 2016' is no day under discussion", () => {
    expect(tx('It pays for a second overnight ambulance crew.', '2017-05-23')).toEqual([]);
    const text = 'The council voted on Monday. The fund was 61 percent funded as of June 30, 2016. Others asked it to act that night.';
    expect(find(text, '2017-05-23', 'that night')).toMatchObject({ value: '2017-05-22TNI' });
  });
  it("a month-day named again without a year is the same day ('That primary is March 5 ... On March 5 itself, polls close')", () => {
    const all = tx('That primary is March 5. On March 5 itself, polls close at 8 p.m.', '2023-09-14T17:00');
    expect(all.filter((t) => t.text === 'March 5').map((t) => t.value)).toEqual(['2024-03-05', '2024-03-05']);
    expect(all.find((t) => t.text === '8 p.m.')).toMatchObject({ value: '2024-03-05T20:00' });
  });
  it("an age in months ('a first dose at 12 to 15 months of age') is no duration", () => {
    expect(tx('The schedule calls for a first dose at 12 to 15 months of age.', '2019-11-07')).toEqual([]);
  });
});

describe('wire copy: approximations, reports of a day, quarters named before', () => {
  it("'at about 11:40 p.m.' keeps its approximation in the span; told in the past after a night named, it is that night", () => {
    const text = 'Militants detonated a car bomb late Sunday, killing at least 14 people, officials said on Monday. The blast struck at about 11:40 p.m. as officers changed shifts.';
    expect(find(text, '2017-08-14T18:30', 'about 11:40 p.m.')).toMatchObject({ value: '2017-08-13T23:40', mod: 'APPROX' });
  });
  it("the day a report was made does not become the day under discussion after the day it reports", () => {
    const text = 'The minister resigned on Tuesday, aides said on Wednesday. He left the building at 3 p.m.';
    expect(find(text, '2024-03-14', '3 p.m.')).toMatchObject({ value: '2024-03-12T15:00' });
  });
  it("'the previous quarter' is the one before the quarter just named", () => {
    expect(find('The economy grew 0.3 percent in the second quarter compared with the previous quarter.', '2023-09-21', 'the previous quarter')).toMatchObject({ value: '2023-Q1' });
    expect(find('Sales fell from the previous quarter.', '2023-02-21', 'the previous quarter')).toMatchObject({ value: '2022-Q4' });
  });
  it("'may consider further steps if the ceasefire held through the weekend' looks ahead", () => {
    expect(find('He said his government may consider further steps if the ceasefire held through the weekend.', '2014-03-05', 'the weekend')).toMatchObject({ value: '2014-W10-WE' });
  });
});

describe('the day under discussion, from British and wire copy', () => {
  it("a day a stretch runs from or to a bound of ('since Friday', 'by Saturday') is no day under discussion", () => {
    expect(find('Gritters spread 4,000 tonnes of salt since Friday. She had opened at 06:30 to find a queue.', '2023-01-17T07:40', '06:30')).toMatchObject({ value: '2023-01-17T06:30' });
  });
  it("an early-morning hour after a night under discussion is the morning after it", () => {
    expect(find('Heavy snow fell on Monday night. Up to 20cm fell in the 12 hours to 06:00 GMT.', '2023-01-17T07:40', '06:00 GMT')).toMatchObject({ value: '2023-01-17T06:00' });
  });
  it("a day of the month just named with its year ('In August 1968 ... on Aug. 17') is in that year; a month-year that modifies a noun is not", () => {
    const all = tx('In August 1968, she led a march. The march began at noon on Aug. 17; by that night, the council agreed. Two days later it voted.', '2012-10-22');
    expect(brief(all)).toEqual([['August 1968', 'DATE', '1968-08'], ['noon on Aug. 17', 'TIME', '1968-08-17T12:00'], ['that night', 'TIME', '1968-08-17TNI'], ['Two days later', 'DATE', '1968-08-19']]);
    expect(find('He accepted the treaty after the August 1988 cease-fire. Iran condemned the invasion on Aug. 2.', '1990-08-15', 'Aug. 2')).toMatchObject({ value: '1990-08-02' });
  });
  it("'reopened only two days later' counts from the day named; 'only' is no approximation", () => {
    expect(find('In December 2010, the airport shut on 18 December and reopened only two days later.', '2023-01-17', 'two days later')).toMatchObject({ value: '2010-12-20' });
  });
  it("'a decade ago' is a year counted back", () => {
    expect(find('The ballpark opened a decade ago.', '2019-09-30', 'a decade ago')).toMatchObject({ value: '2009' });
  });
  it("'Clean Rivers Now' is a name, 'Now the talks resume' the present", () => {
    expect(tx('Campaigners from the group Clean Rivers Now held banners.', '2021-03-11')).toEqual([]);
    expect(find('Now the talks resume.', '2021-03-11', 'Now')).toMatchObject({ value: 'PRESENT_REF' });
  });
  it("'every fifth day' is a set; 'a red flag warning from 11 a.m. Friday' looks ahead; 'his last start, on Wednesday' is behind", () => {
    expect(find('He pitches every fifth day.', '2019-09-30', 'every fifth day')).toMatchObject({ type: 'SET', value: 'P5D' });
    expect(find('The Weather Service issued a red flag warning from 11 a.m. Friday until 8 p.m. Sunday.', '2021-08-05', '11 a.m. Friday')).toMatchObject({ value: '2021-08-06T11:00' });
    expect(find('Villasenor struck out 12 in his last start, on Wednesday.', '2019-09-30', 'Wednesday')).toMatchObject({ value: '2019-09-25' });
  });
});

describe('a day fixed in the present perfect', () => {
  it("'the record date has been fixed as 4 July', 'has been moved to Monday' look ahead", () => {
    expect(find('The record date has been fixed as 4 July.', '2025-05-22', '4 July')).toMatchObject({ value: '2025-07-04' });
    expect(find('The vote has been moved to Monday.', '2025-05-22', 'Monday')).toMatchObject({ value: '2025-05-26' });
  });
});

describe("a broadcast's 'this hour'", () => {
  it('is the DCT hour when the DCT has a time, nothing without one', () => {
    expect(find('Here are the top stories this hour.', '2019-11-07T18:00', 'this hour')).toMatchObject({ type: 'TIME', value: '2019-11-07T18' });
    expect(tx('Here are the top stories this hour.', '2019-11-07')).toEqual([]);
  });
});

describe('a present perfect in a clause of time after a plan', () => {
  it("'expect the Taoiseach to go to the country in the autumn, once the budget has been delivered in October' looks ahead", () => {
    expect(find('Many expect the Taoiseach to go to the country in the autumn, once the budget has been delivered in October.', '2024-06-14', 'October')).toMatchObject({ value: '2024-10' });
  });
  it("'resigned after the board had rejected the plan in March' stays behind", () => {
    expect(find('He resigned after the board had rejected the plan in March.', '2024-06-14', 'March')).toMatchObject({ value: '2024-03' });
  });
});

describe('a list of dates, one a line', () => {
  it("each line's date and clock time stay apart from the next line's ('Wed 25 Oct: ... 7.45pm' / 'Sat 28 Oct: ... 3pm')", () => {
    const text = 'Fixtures\n\nWed 25 Oct: Ashcombe United (H), 7.45pm\nSat 28 Oct: Penmoor Town (A), 3pm\nSat 4 Nov: Kilbride City (H), 12.30pm';
    expect(brief(tx(text, '2023-10-22T22:10'))).toEqual([
      ['Wed 25 Oct', 'DATE', '2023-10-25'], ['7.45pm', 'TIME', '2023-10-25T19:45'],
      ['Sat 28 Oct', 'DATE', '2023-10-28'], ['3pm', 'TIME', '2023-10-28T15:00'],
      ['Sat 4 Nov', 'DATE', '2023-11-04'], ['12.30pm', 'TIME', '2023-11-04T12:30'],
    ]);
  });
});

describe('more business and court prose', () => {
  it("'sentencing deferred to August 4', 'the case was adjourned to Monday', 'pushed back to Friday' look ahead", () => {
    expect(find('Sentencing deferred to August 4', '2025-07-17', 'August 4')).toMatchObject({ value: '2025-08-04' });
    expect(find('The case was adjourned to Monday.', '2025-07-17', 'Monday')).toMatchObject({ value: '2025-07-21' });
    expect(find('The vote was pushed back to Friday.', '2025-07-17', 'Friday')).toMatchObject({ value: '2025-07-18' });
  });
  it("'the jobs lost in March and April 2020': the year after the second month is both's", () => {
    expect(brief(tx('Employment recovered the jobs lost in March and April 2020.', '2022-07-08'))).toEqual([['March', 'DATE', '2020-03'], ['April 2020', 'DATE', '2020-04']]);
  });
  it("'rose 0.3% in January, up 2% from a year earlier' is the January before", () => {
    expect(find('House prices rose 0.3% in January, up 2% from a year earlier.', '2026-02-10', 'a year earlier')).toMatchObject({ value: '2025-01' });
  });
  it("'touched 31.06 in the morning' has no clock time; 'up from 2.13% the day before' after 'since June 2013' is the day before the paper", () => {
    expect(tx('The index touched 31.06 in the morning, its highest level.', '2014-10-16').map((t) => t.text)).not.toContain('06 in the morning');
    expect(find('The yield fell below 2% for the first time since June 2013. It ended at 2.17%, up from 2.13% the day before.', '2014-10-16', 'the day before')).toMatchObject({ value: '2014-10-15' });
  });
});

describe("'the same evening', 'spend the summer'", () => {
  it("'the same evening' is the evening of the day under discussion", () => {
    expect(find('The talks ran late on Saturday. A banquet was held the same evening.', '2026-02-11', 'the same evening')).toMatchObject({ type: 'TIME', value: '2026-02-07TEV' });
  });
  it("a season after 'spend' is a time ('plans to spend the summer at his camp')", () => {
    expect(find('After that, he plans to spend the summer at his camp.', '1996-03-09', 'the summer')).toMatchObject({ value: '1996-SU' });
  });
});

describe("'in the afternoon', 'in the evening'", () => {
  it('is that part of the day under discussion, else of the DCT', () => {
    expect(find('Debate began on Wednesday morning. It was suspended for three hours in the afternoon.', '1997-06-12', 'the afternoon')).toMatchObject({ type: 'TIME', value: '1997-06-11TAF' });
    expect(find('The volatility index touched 31.06 in the morning.', '2014-10-16', 'the morning')).toMatchObject({ type: 'TIME', value: '2014-10-16TMO' });
  });
  it("not 'the morning papers', 'the evening rush', nor a clock time's 'in the morning'", () => {
    expect(tx('He reads them in the morning papers and drives in the evening rush.', '1997-06-12')).toEqual([]);
    expect(tx('At 4 in the morning, he left.', '1997-06-12').map((t) => t.text)).toEqual(['4 in the morning']);
  });
});

describe('a winter is named by the year it begins in', () => {
  it("'last winter', 'this winter', 'next winter' (December 1996 to February 1997 is 1996-WI)", () => {
    const vals = (dct: string) => tx('Last winter was cold. This winter is mild. Next winter will be worse.', dct).map((t) => t.value);
    expect(vals('1997-03-04')).toEqual(['1996-WI', '1996-WI', '1997-WI']);
    expect(vals('2022-09-14')).toEqual(['2021-WI', '2022-WI', '2022-WI']);
    expect(vals('2024-01-10')).toEqual(['2022-WI', '2023-WI', '2024-WI']);
  });
  it("'closed in the winter' said in March is the winter just ended", () => {
    expect(find('The plant closed in the winter.', '1997-03-04', 'the winter')).toMatchObject({ value: '1996-WI' });
  });
});

describe("'since' the month the article is written in", () => {
  it("'40 deaths since March' written on March 2 counts from last March; written on March 22, from this one", () => {
    expect(find('The ministry has reported 40 deaths since March.', '2024-03-02', 'March')).toMatchObject({ value: '2023-03' });
    expect(find('The ministry has reported 40 deaths since March.', '2024-03-22', 'March')).toMatchObject({ value: '2024-03' });
    expect(find('Prices have risen since May.', '2024-03-02', 'May')).toMatchObject({ value: '2023-05' });
  });
});

describe('weekday and month names set in capitals, and day headings', () => {
  it("'THURSDAY' heading a chronology's lines takes the tense of the line under it; its span is the text as written", () => {
    const text = 'THURSDAY\nTalks resumed at 10 a.m. local time.\nMONDAY\nTalks will open at noon.';
    const out = tx(text, '2024-03-02');
    expect(out.map((t) => [t.text, t.value])).toEqual([
      ['THURSDAY', '2024-02-29'], ['10 a.m. local time', '2024-02-29T10:00'], ['MONDAY', '2024-03-04'], ['noon', '2024-03-04T12:00'],
    ]);
    for (const t of out) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it("'Thursday' alone on a line is not 'Thursday talks' (a meeting ahead) when the next line begins 'Talks resumed'", () => {
    expect(find('Thursday\nTalks resumed.', '2024-03-02', 'Thursday')).toMatchObject({ value: '2024-02-29' });
    expect(find('The Thursday talks will be hard.', '2024-03-02', 'Thursday')).toMatchObject({ value: '2024-03-07' });
  });
  it("capitals 'MAY' and 'MARCH' are months only beside a day number ('TALKS MAY RESUME', 'PROTESTERS MARCH')", () => {
    expect(tx('PROTESTERS MARCH ON CAPITAL. TALKS MAY RESUME MONDAY', '2024-03-02').map((t) => t.text)).toEqual(['MONDAY']);
    expect(find('The deadline is MAY 5.', '2024-03-02', 'MAY 5')).toMatchObject({ value: '2024-05-05' });
    expect(find('FLOODS HIT TOWN ON 3 MARCH', '2024-03-06', '3 MARCH')).toMatchObject({ value: '2024-03-03' });
  });
});

describe('a chronology of days, and a clock time in words before its day', () => {
  it("'Monday, June 2 - ...\\nTuesday - ...': each weekday heading the next line is the first such day after the line before", () => {
    const text = 'Schedule:\nMonday, June 2 - Delegations arrive.\nTuesday - Talks open.\n- Thursday: Final session.\nFriday - Departures.';
    expect(tx(text, '2025-05-20').map((t) => t.value)).toEqual(['2025-06-02', '2025-06-03', '2025-06-05', '2025-06-06']);
  });
  it('the chain breaks at a line that is no entry', () => {
    const text = 'Monday, June 2 - Delegations arrive.\nOfficials said little.\nTuesday - talks were held.';
    expect(find(text, '2025-05-20', 'Tuesday')).toMatchObject({ value: '2025-05-20' });
  });
  it("'until three in the morning on Sunday' is one TIME on that day", () => {
    expect(find('Shelling went on until three in the morning on Sunday.', '2025-05-20', 'three in the morning on Sunday')).toMatchObject({ type: 'TIME', value: '2025-05-18T03:00' });
  });
});

describe('dotted dates, key-date lists and wire clock times', () => {
  it("'14.02.2025' is a day, day first; a version number is not; '31.02.2025' is refused", () => {
    expect(tx('They carry the best-before dates 14.02.2025 and 28.02.2025.', '2025-02-05').map((t) => t.value)).toEqual(['2025-02-14', '2025-02-28']);
    expect(tx('Version 1.2.2024 shipped, then v1.2.2025.', '2025-02-05')).toEqual([]);
    const refused: RejectedTimex[] = [];
    expect(extractTimexes('Best before 31.02.2025.', { dct: '2025-02-05', onReject: (r) => refused.push(r) })).toEqual([]);
    expect(refused).toMatchObject([{ text: '31.02.2025', value: '2025-02-31', reason: 'not a real calendar date' }]);
  });
  it("'Oct. 14 - Third round of talks opens': the ordinal after the dash is no day of a range", () => {
    expect(tx('KEY DATES\nOct. 14 - Third round of talks opens\nNov. 9 - Fourth round due', '2015-10-16').map((t) => t.text)).toEqual(['Oct. 14', 'Nov. 9']);
  });
  it("'at around 0300 local time' is a TIME (APPROX); the restatement '(0600 GMT)' is left alone", () => {
    expect(find('Rebels attacked at around 0300 local time, killing six.', '2015-10-16', 'around 0300 local time')).toMatchObject({ type: 'TIME', value: '2015-10-16T03:00', mod: 'APPROX' });
    expect(tx('Clashes began at 9 a.m. local time (0600 GMT).', '2015-10-16').map((t) => t.text)).toEqual(['9 a.m. local time']);
  });
});

describe('forecasts, plans told in the past, and periods before or after the one under discussion', () => {
  it("'has forecast more rain for Friday and Saturday' looks ahead; 'had forecast rain for Monday, but none fell' does not", () => {
    expect(tx('The Met Office has forecast more rain for Friday and Saturday.', '2003-08-14').map((t) => t.value)).toEqual(['2003-08-15', '2003-08-16']);
    expect(find('It had forecast rain for Monday, but none fell.', '2003-08-14', 'Monday')).toMatchObject({ value: '2003-08-11' });
  });
  it("'was expected to peak at the weekend' is the nearest weekend, either side", () => {
    expect(find('Officials said the river was expected to peak at the weekend.', '2003-08-14', 'the weekend')).toMatchObject({ value: '2003-W33-WE' });
    expect(find('Officials said the river was expected to peak at the weekend.', '2003-08-12', 'the weekend')).toMatchObject({ value: '2003-W32-WE' });
    // said on a Wednesday, as near the next weekend as the last: the one the expectation looks to
    expect(find('Officials said the river was expected to peak at the weekend.', '2003-08-13', 'the weekend')).toMatchObject({ value: '2003-W33-WE' });
  });
  it("\"call off Thursday's planned march\" is the nearest Thursday", () => {
    expect(find("The union would meet on Wednesday to decide whether to call off Thursday's planned march.", '1997-11-18', 'Thursday')).toMatchObject({ value: '1997-11-20' });
  });
  it("'the previous week' after a day in the story is the week before that day", () => {
    expect(find('She left on February 13, after her husband was killed the previous week.', '2009-03-09', 'the previous week')).toMatchObject({ value: '2009-W06' });
  });
  it("'up from 272 the year before', 'the month after' count from the period just named; 'the year before the war' is no timex", () => {
    expect(find('Recalls rose to 298 in 2024, up from 272 the year before.', '2025-02-05', 'the year before')).toMatchObject({ value: '2023' });
    expect(find('In March 1998 prices rose, and they fell the month after.', '2025-02-05', 'the month after')).toMatchObject({ value: '1998-04' });
    expect(tx('Sales fell in the year before the war.', '2025-02-05')).toEqual([]);
  });
  it("'a quarter of a century ago' is the year 25 years back; 'a quarter of a century' a duration", () => {
    expect(find('The first shots were fired a quarter of a century ago.', '2019-09-22', 'a quarter of a century ago')).toMatchObject({ type: 'DATE', value: '1994' });
    expect(find('It lasted a quarter of a century.', '2019-09-22', 'a quarter of a century')).toMatchObject({ type: 'DURATION', value: 'P25Y' });
  });
  it("'another year of this' is a year; 'continued well into the afternoon' the afternoon of the day", () => {
    expect(find('People cannot live through another year of this.', '2015-10-16', 'another year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(find('Clashes began shortly after 9 a.m. and continued well into the afternoon.', '1997-11-18T19:42', 'the afternoon')).toMatchObject({ type: 'TIME', value: '1997-11-18TAF' });
  });
});

describe('the month a text named, a plan for a month, and hyphenated compounds', () => {
  it("'since that November' is the November the text named last, however far back", () => {
    const text = `They were seized on November 9, 2024. ${'Talks followed. '.repeat(30)}Staff have met every Thursday evening since that November.`;
    expect(find(text, '2026-01-31', 'that November')).toMatchObject({ value: '2024-11' });
  });
  it("'money we had budgeted for June' (said in March) is the June ahead, the nearest", () => {
    expect(find('We are spending in March money we had budgeted for June.', '2009-03-09', 'June')).toMatchObject({ value: '2009-06' });
  });
  it("'government-held', 'Toronto-based' are no past verbs: 'could force them to withdraw from government-held areas by the summer' looks ahead", () => {
    expect(find('A shortfall could force many of them to withdraw staff from government-held areas by the summer.', '2026-01-31', 'the summer')).toMatchObject({ value: '2026-SU' });
    expect(find('The firm was re-elected on Tuesday.', '2026-01-31', 'Tuesday')).toMatchObject({ value: '2026-01-27' });
  });
});

describe('bounds, ages, designations, approximations, habits and anaphoric days', () => {
  it("'for a decade or more' is one DURATION, mod EQUAL_OR_MORE; 'two days or more than that' keeps the duration alone", () => {
    expect(find('People who work nights for a decade or more are at risk.', '2018-09-05', 'a decade or more')).toMatchObject({ value: 'P10Y', mod: 'EQUAL_OR_MORE' });
    expect(find('It took two days or more than that.', '2018-09-05', 'two days')).toMatchObject({ value: 'P2D' });
  });
  it("'they range in age from 8 months to 52 years' are ages, no durations", () => {
    expect(tx('They range in age from 8 months to 52 years.', '2014-02-11')).toEqual([]);
    expect(find('The outbreak lasted 8 months.', '2014-02-11', '8 months')).toMatchObject({ value: 'P8M' });
  });
  it("'the asteroid 2011 QF7' is a designation; 'In 2011 QE2 sailed' still a year", () => {
    expect(tx('It will cruise to 2011 QF7, a near-Earth asteroid.', '2026-03-07')).toEqual([]);
    expect(find('In 2011 QE2 sailed.', '2026-03-07', '2011')).toMatchObject({ value: '2011' });
  });
  it("'until close to 4am' is an approximate clock time", () => {
    expect(find('The session went on until close to 4am.', '2011-02-19', 'close to 4am')).toMatchObject({ type: 'TIME', mod: 'APPROX' });
  });
  it("'In most years flu peaks in December or January', 'every year the river floods in April': no one year's months", () => {
    expect(tx('In most years flu peaks in December or January.', '2024-12-19').map((t) => t.value)).toEqual(['XXXX-12', 'XXXX-01']);
    expect(find('Every year the river floods in April.', '2024-12-19', 'April')).toMatchObject({ value: 'XXXX-04' });
  });
  it("'the turn of the century' is the year that opened the nearest one (by the tense late in a century); 'of the 20th century' 1900", () => {
    expect(find('It was reissued on CD at the turn of the century.', '2011-02-19', 'the turn of the century')).toMatchObject({ value: '2000' });
    expect(find('Life at the turn of the century was hard.', '1998-02-19', 'the turn of the century')).toMatchObject({ value: '1900' });
    expect(find('By the turn of the century, they will have moved.', '1998-02-19', 'the turn of the century')).toMatchObject({ value: '2000' });
    expect(find('Life at the turn of the 20th century was hard.', '2011-02-19', 'the turn of the 20th century')).toMatchObject({ value: '1900' });
  });
  it("'that Monday night' after a day of the story is that week's Monday, 'that' in the span; 'last June' stays the DCT's after 'In 2005'", () => {
    const text = 'On 15 October 1973, water flooded the pit. Doreen was nine when her father went down the pit that Monday night.';
    expect(find(text, '2023-10-12', 'that Monday night')).toMatchObject({ value: '1973-10-15TNI' });
    expect(find('In 2005 the court ordered a new trial, which did not take place until last June.', '2008-03-14', 'last June')).toMatchObject({ value: '2007-06' });
  });
  it("'new cases well into March' is a month", () => {
    expect(find('It would not surprise me to see new cases well into March.', '2014-02-11', 'March')).toMatchObject({ value: '2014-03' });
  });
});

describe('court and crime copy', () => {
  it("live-blog stamps ending in a colon ('4:52 p.m.: Judge ...') are the DCT's day, newest first", () => {
    const text = 'Jurors ended their second day Wednesday.\n\n4:52 p.m.: Judge Wexler sent the jury home.\n\n3:35 p.m.: The jury sent a note.\n\n10:20 a.m.: In a note, the jury asked a question.';
    expect(tx(text, '2025-05-14T16:52').map((t) => t.value)).toEqual(['2025-05-14', '2025-05-14T16:52', '2025-05-14T15:35', '2025-05-14T10:20']);
  });
  it("a telephone number ('0845 1 25 35 45') is no date", () => {
    expect(tx('Call Lancashire Police on 0845 1 25 35 45.', '2009-03-02')).toEqual([]);
  });
  it("'adjourned to February 4th' after 'October 22nd last year' is the first such day after it", () => {
    expect(find('The appeal was first listed for October 22nd last year, but was adjourned to February 4th.', '2002-11-15', 'February 4th')).toMatchObject({ value: '2002-02-04' });
  });
  it("'arrested on the Sunday afternoon' after a day of the story is that week's; 'The Friday explosions' keeps its article out", () => {
    const text = 'His life support was switched off on March 19, 2014, three days after the attack. He was arrested at home on the Sunday afternoon.';
    expect(find(text, '2015-07-23', 'the Sunday afternoon')).toMatchObject({ value: '2014-03-16TAF' });
    expect(find('The Friday explosions killed 110 people.', '1998-08-08', 'Friday')).toMatchObject({ value: '1998-08-07' });
  });
  it("'On Oct. 17, a Thursday,' is that day, in the year it fell on a Thursday", () => {
    expect(brief(tx('On Oct. 17, a Thursday, Vasko had dinner.', '1998-02-10'))).toEqual([['Oct. 17', 'DATE', '1996-10-17'], ['Thursday', 'DATE', '1996-10-17']]);
  });
  it("'four-and-a-half years' is a duration; 'the overnight clerk' no night", () => {
    expect(find('The verdict comes four-and-a-half years too late.', '2021-09-19', 'four-and-a-half years')).toMatchObject({ value: 'P4Y6M' });
    expect(tx('He shot the overnight clerk.', '2025-05-14')).toEqual([]);
  });
  it("'between 10pm and 11.30pm this Saturday': the first time is on the day the second names", () => {
    expect(tx('Officers will stop motorists between 10pm and 11.30pm this Saturday.', '2009-03-02T11:48').map((t) => t.value)).toEqual(['2009-03-07T22:00', '2009-03-07T23:30']);
  });
});

describe('schedules, timetables and launch windows', () => {
  it("'moves to Thursdays at 9 p.m.' is one set with its hour, as 'every Friday at 6pm' is", () => {
    expect(find('Northstar will move its drama to Thursdays at 9 p.m. this fall.', '1999-05-26', 'Thursdays at 9 p.m.')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-4T21:00' });
  });
  it("'twice an hour', 'twice-daily flights' keep their frequency", () => {
    expect(brief(tx('Trains stop twice an hour, and SkyWren will start twice-daily flights.', '2003-12-05'))).toEqual([['twice an hour', 'SET', 'PT1H'], ['twice-daily', 'SET', 'P1D']]);
  });
  it("'its 1999-2000 schedule' is one season; 'the period 2008-2012' two years", () => {
    expect(find('The network unveiled its 1999-2000 schedule.', '1999-05-26', '1999-2000')).toMatchObject({ value: '1999' });
    expect(tx('The period 2008-2012 was hard.', '1999-05-26').map((t) => t.text)).toEqual(['2008', '2012']);
  });
  it("'the Thursday slot' is a kind of slot, no day", () => {
    expect(tx('The American dramas have dominated the Thursday slot.', '1999-05-26')).toEqual([]);
  });
  it("British 'a week on Monday', 'a fortnight on Tuesday', 'a week tomorrow'; 'it has been a week today' a week and today", () => {
    expect(tx('From a week on Monday it won\'t stop here. The vote is a fortnight on Tuesday. It opens a week tomorrow.', '2003-12-05').map((t) => t.value)).toEqual(['2003-12-15', '2003-12-23', '2003-12-13']);
    expect(brief(tx('It has been a week today.', '2003-12-05'))).toEqual([['a week', 'DURATION', 'P1W'], ['today', 'DATE', '2003-12-05']]);
  });
  it("'will fly no earlier than September 22' looks ahead, and the clock time after a day ahead in the sentence is that day's", () => {
    expect(find('The satellite will now fly no earlier than September 22', '2021-09-16T19:05', 'September 22')).toMatchObject({ value: '2021-09-22' });
    expect(find('It will now take place no earlier than Wednesday, September 22, with a 45-minute window opening at 10.20 am.', '2021-09-16T19:05', '10.20 am')).toMatchObject({ value: '2021-09-22T10:20' });
  });
  it("'are being held back until January' looks ahead; 'by the summer if demand held up' too", () => {
    expect(find('Two other new series are being held back until January.', '1999-05-26', 'January')).toMatchObject({ value: '2000-01' });
    expect(find('The airline expected to add a third flight by the summer if demand held up.', '2003-12-05', 'the summer')).toMatchObject({ value: '2004-SU' });
  });
  it("'employers who needed to submit payroll by 5 p.m. Monday' is the nearest Monday; 'is expected to decide by Friday' ahead", () => {
    expect(find('We had 40,000 employers who needed to submit payroll by 5 p.m. Monday.', '2025-02-11T18:40', '5 p.m. Monday')).toMatchObject({ value: '2025-02-10T17:00' });
    expect(find('The board is expected to decide by Friday.', '2025-02-11', 'Friday')).toMatchObject({ value: '2025-02-14' });
  });
  it("'the status page, which it updated every 30 minutes, was unreachable around 15:00' is one time, not a habit's", () => {
    expect(find('The status page, which it updated every 30 minutes during the incident, was unreachable for about 20 minutes around 15:00.', '2025-02-11T18:40', 'around 15:00')).toMatchObject({ value: '2025-02-11T15:00' });
  });
});

describe('health and public-service copy', () => {
  it("a dateline 'Wednesday 12 November 2014 11.42 GMT' is one TIME", () => {
    expect(find('Rachel Penhaligon, health correspondent\nWednesday 12 November 2014 11.42 GMT\nDoctors will strike.', '2014-11-12T11:42', 'Wednesday 12 November 2014 11.42 GMT')).toMatchObject({ type: 'TIME', value: '2014-11-12T11:42' });
    expect(tx('Shares fell 2.50 on Friday.', '2014-11-12').map((t) => t.text)).toEqual(['Friday']);
  });
  it("'visits on Aug. 12, 13 and 19' are three days of August, no year 2013", () => {
    expect(brief(tx('Inspectors made unannounced visits on Aug. 12, 13 and 19, after complaints.', '2025-10-23'))).toEqual([
      ['Aug. 12', 'DATE', '2025-08-12'], ['13', 'DATE', '2025-08-13'], ['19', 'DATE', '2025-08-19'],
    ]);
  });
  it("'at about 7 p.m. the previous evening', 'at 6am the following morning' are one TIME on that day of the story", () => {
    const text = 'On Saturday a doctor was on the wards from 8am until almost midnight, and was called back in at 6am the following morning.';
    expect(tx(text, '2014-11-12T11:42').map((t) => [t.text, t.value])).toEqual([
      ['Saturday', '2014-11-08'], ['8am', '2014-11-08T08:00'], ['almost midnight', '2014-11-08T24:00'], ['6am the following morning', '2014-11-09T06:00'],
    ]);
    expect(find('On Aug. 12, an inspector found a resident last checked at about 7 p.m. the previous evening.', '2025-10-23', 'about 7 p.m. the previous evening')).toMatchObject({ value: '2025-08-11T19:00', mod: 'APPROX' });
  });
  it("'longer than six months' (MORE_THAN); 'as recently as November' leaves 'recently' out; 'Friday prayers' no day", () => {
    expect(find('Patients have been waiting longer than six months.', '2002-01-19', 'longer than six months')).toMatchObject({ mod: 'MORE_THAN' });
    expect(tx('A boy was paralysed as recently as November.', '2002-01-19').map((t) => t.text)).toEqual(['November']);
    expect(tx('The imam appealed at Friday prayers.', '2002-01-19')).toEqual([]);
  });
  it("'every few hours' is PTXH; 'by the evening' the evening of the day", () => {
    expect(find('By the weekend there was a new case every few hours.', '1997-02-18', 'every few hours')).toMatchObject({ type: 'SET', value: 'PTXH' });
    expect(find('She came home on Tuesday and could not stand by the evening.', '2019-03-08', 'the evening')).toMatchObject({ value: '2019-03-05TEV' });
  });
  it("'a day-case procedure' is no day; 'open from 07:00 to 19:00 this weekend' keeps the weekend apart", () => {
    expect(tx('The median wait for a day-case procedure fell.', '2008-07-21')).toEqual([]);
    expect(tx('The clinic will be open from 07:00 to 19:00 this weekend.', '2019-03-08T14:05').map((t) => t.text)).toEqual(['07:00', '19:00', 'this weekend']);
  });
  it("'Last winter ... in January alone' is that winter's January; 'On Tuesday last,' the past Tuesday", () => {
    expect(find('Last winter the trust cancelled 410 operations in January alone.', '2014-11-12', 'January')).toMatchObject({ value: '2014-01' });
    expect(find('On Tuesday last, 38 patients were on trolleys.', '2008-07-21', 'Tuesday last')).toMatchObject({ value: '2008-07-15' });
  });
});

describe('election copy', () => {
  it("'closed at 5pm last Monday' said on a Monday is a week back; 'by 5pm last Tuesday' the Tuesday before", () => {
    expect(tx('Applications closed at 5pm last Monday. Material had to be lodged by 5pm last Tuesday.', '2026-02-23T10:15').map((t) => t.value)).toEqual(['2026-02-16T17:00', '2026-02-17T17:00']);
  });
  it("'the election held a year ago today' is that day a year back, one expression", () => {
    expect(brief(tx('The party finished third in the election held a year ago today.', '2009-03-03'))).toEqual([['a year ago today', 'DATE', '2008-03-03']]);
  });
  it("'a count that dragged on through the night' is the night of the day, and '3.42am' after it the morning after", () => {
    const text = 'She won the by-election held yesterday after a count that dragged on through the night. The result was declared at 3.42am.';
    expect(tx(text, '2004-07-16T08:20').map((t) => t.value)).toEqual(['2004-07-15', '2004-07-15TNI', '2004-07-16T03:42']);
  });
  it("'worked through the night on Friday' is that Friday's night, one expression, as 'the night of Friday' is", () => {
    expect(brief(tx('Delegates worked through the night on Friday. Talks resumed on Saturday.', '2023-11-14'))).toEqual([
      ['the night on Friday', 'TIME', '2023-11-10TNI'], ['Saturday', 'DATE', '2023-11-11']]);
  });
  it("'Senators elected in August will serve' is the August behind; 'the plant will be built in August' ahead", () => {
    expect(find('Senators elected in August will serve their full terms.', '1997-11-15', 'August')).toMatchObject({ value: '1997-08' });
    expect(find('The plant will be built in August.', '1997-11-15', 'August')).toMatchObject({ value: '1998-08' });
  });
  it("'the third time this year that voters had been asked to go to the polls, after the election on June 6th' is this year's", () => {
    expect(find('This was the third time this year that voters had been asked to go to the polls, after the general election on June 6th.', '1997-11-15', 'June 6th')).toMatchObject({ value: '1997-06-06' });
  });
});

describe('weather and emergency copy', () => {
  it("what a forecast in the present tense gives a day is ahead ('is calling for another 10 cm Wednesday night', 'Snow is forecast for the area Monday night')", () => {
    const text = 'Environment Canada is calling for another 10 to 15 cm Wednesday night, followed by clearing skies and a deep freeze by the weekend, with a low near -28C Saturday night.';
    expect(tx(text, '1998-01-27').map((t) => t.value)).toEqual(['1998-01-28TNI', '1998-W05-WE', '1998-01-31TNI']);
    expect(find('Snow is forecast for the area Monday night and Tuesday.', '2014-03-09', 'Monday night')).toMatchObject({ value: '2014-03-10TNI' });
    expect(find('The forecast was for rain on Monday, but none fell.', '2014-03-09', 'Monday')).toMatchObject({ value: '2014-03-03' });
  });
  it("'Typhoon Marilag to hit Aurora Friday night' (a headline's infinitive) is ahead", () => {
    expect(find('Typhoon Marilag to hit Aurora Friday night', '2009-10-22', 'Friday night')).toMatchObject({ value: '2009-10-23TNI' });
  });
  it("'airlines cancelled 18 flights for Friday and Saturday' are the nearest such days", () => {
    expect(tx('Two airlines cancelled 18 flights to Tuguegarao for Friday and Saturday.', '2009-10-22').map((t) => t.value)).toEqual(['2009-10-23', '2009-10-24']);
    expect(tx('Trains on the coastal line have been cancelled for Friday and Saturday.', '2011-10-27').map((t) => t.value)).toEqual(['2011-10-28', '2011-10-29']);
  });
  it("'take effect across Alder Springs at 12:01 a.m. Monday, after the council voted Thursday night': the 'after' clause has its own tense", () => {
    expect(tx('Stage 3 water restrictions take effect across Alder Springs at 12:01 a.m. Monday, after the City Council voted 6-1 Thursday night.', '2026-06-13').map((t) => t.value)).toEqual(['2026-06-15T00:01', '2026-06-11TNI']);
  });
  it("'four days before Tuesday's memorial ceremonies' is the nearest Tuesday", () => {
    expect(find("The quake struck four days before Tuesday's memorial ceremonies.", '2014-03-09', 'Tuesday')).toMatchObject({ value: '2014-03-11' });
  });
  it("'since 2011, when it bottomed out in late September' is 2011's; 'the Ash Wednesday fires' an event's name", () => {
    expect(find('The lake is at its lowest since 2011, when it bottomed out at 29 percent in late September.', '2026-06-13', 'late September')).toMatchObject({ value: '2011-09', mod: 'END' });
    expect(tx('The worst conditions since the Ash Wednesday fires in February 1983.', '2003-01-15').map((t) => t.text)).toEqual(['February 1983']);
  });
  it("'cut to alternate days', 'on odd-numbered days' are every other day", () => {
    expect(brief(tx('Water supply was cut to alternate days. Hand watering is allowed on odd-numbered days.', '2019-05-31'))).toEqual([['alternate days', 'SET', 'P2D'], ['odd-numbered days', 'SET', 'P2D']]);
  });
});

describe('community and local copy', () => {
  it("'reopening pencilled in for November' (said in March) is ahead; 'had budgeted for June' stays the nearest", () => {
    expect(find('Lap swimmers will move, with reopening pencilled in for November.', '2019-03-05', 'November')).toMatchObject({ value: '2019-11' });
    expect(find('We are spending in March money we had budgeted for June.', '2009-03-09', 'June')).toMatchObject({ value: '2009-06' });
  });
  it("'homes normally picked up on Thursday' is every Thursday; 'Friday homes', 'the Thursday market' no days", () => {
    expect(find('Homes normally picked up on Thursday will be collected on Friday.', '2009-11-18', 'Thursday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-4' });
    expect(tx('Friday homes will be collected later. The Thursday market moves.', '2009-11-18')).toEqual([]);
  });
  it("'the band will play through the afternoon' is the afternoon of the day", () => {
    expect(find('On Saturday the band will play through the afternoon.', '2014-08-21', 'the afternoon')).toMatchObject({ value: '2014-08-23TAF' });
  });
  it("bare 'years ago', 'months ago' are some stretch back, as TimeBank tags them (PXY, PXM); 'three years ago' a year", () => {
    expect(brief(tx('Most neighbors went to biweekly recycling years ago.', '2009-11-18'))).toEqual([['years ago', 'DURATION', 'PXY']]);
    expect(find('It happened three years ago.', '2009-11-18', 'three years ago')).toMatchObject({ type: 'DATE', value: '2006' });
  });
  it("'in 1948 pupils did not return until March' is 1948 and its March", () => {
    expect(tx('In 1948 pupils did not return until March.', '2024-05-24').map((t) => t.value)).toEqual(['1948', '1948-03']);
  });
  it("\"she's flying over on Thursday\" looks ahead; an order 'closing the High Street from 6am on Saturday' starts on the nearest Saturday", () => {
    expect(find("She's 81 and she's flying over on Thursday.", '2024-05-24', 'Thursday')).toMatchObject({ value: '2024-05-30' });
    expect(find('The council has approved a temporary order closing the High Street from 6am on Saturday.', '2014-08-21', '6am on Saturday')).toMatchObject({ value: '2014-08-23T06:00' });
  });
});

describe('British past forms and an unpunctuated fronted "Overnight"', () => {
  it("'It had burnt about 800 hectares by Thursday night' is behind", () => {
    expect(find('The fire was started last Wednesday evening. It had burnt about 800 hectares by Thursday night.', '2003-01-15T18:20', 'Thursday night')).toMatchObject({ value: '2003-01-09TNI' });
  });
  it("'Overnight troops retook it' heading its sentence is the night of the day just told, as 'Overnight, ...' is; 'the overnight crews' no night", () => {
    expect(find('Rebels attacked the town on Tuesday. Overnight troops retook it.', '2003-01-15T18:20', 'Overnight')).toMatchObject({ value: '2003-01-14TNI' });
    expect(tx('The overnight crews went home.', '2003-01-15')).toEqual([]);
  });
});

describe('sports copy', () => {
  it("race results '2:13:40' after a name are times taken; 'at 10:32:15 local time' a clock time", () => {
    expect(brief(tx('RESULTS Men: 1 D K Muriuki (Kenya) 2:13:40; 2 P Makhanya (South Africa) 2:14:58.', '1996-10-28'))).toEqual([
      ['2:13:40', 'DURATION', 'PT2H13M40S'], ['2:14:58', 'DURATION', 'PT2H14M58S'],
    ]);
    expect(find('The blast came at 10:32:15 local time.', '1996-10-28', '10:32:15 local time')).toMatchObject({ type: 'TIME' });
  });
  it("'last season', 'this season', 'the end of this season' are seasons named by the year they start in", () => {
    expect(tx('Deccan finished sixth last season, and the coach was given until the end of this season.', '2022-08-31').map((t) => [t.text, t.value])).toEqual([
      ['last season', '2021'], ['the end of this season', '2022'],
    ]);
    expect(find('It lifted them into the play-off places for the first time this season.', '2009-12-27', 'this season')).toMatchObject({ value: '2009' });
    // after a possessive 'last' is the final one: 'this will be his last season in charge'
    expect(tx('Hnatiuk said this will be his last season in charge.', '1988-09-22')).toEqual([]);
  });
  it("'every other weekend' is every two weeks; 'next year I want the squad finished in July' next year's July", () => {
    expect(find('He sees his children every other weekend.', '2022-08-31', 'every other weekend')).toMatchObject({ type: 'SET', value: 'P2W' });
    expect(find('I was singing at weddings every weekend to pay for it.', '2022-08-31', 'every weekend')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-WE' });
    expect(find('The market opens each weekend.', '2022-08-31', 'each weekend')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-WE' });
    expect(find('Inspectors call every third weekend.', '2022-08-31', 'every third weekend')).toMatchObject({ type: 'SET', value: 'P3W' });
    expect(find('But next year I want the squad finished in July.', '2022-08-31', 'July')).toMatchObject({ value: '2023-07' });
    // a sentence led by 'last year' holds last year's months, even 'late May'
    expect(tx('Last year, the program began on April 20 and many patients were not vaccinated until late May, GPs said.', '2016-03-07').map((t) => t.value)).toEqual(['2015', '2015-04-20', '2015-05']);
    expect(tx('Last year more than 4,200 people were admitted to hospital between June and September.', '2016-03-07').map((t) => t.value)).toEqual(['2015', '2015-06', '2015-09']);
    // and 'Normally we might give 40 flu shots a day in April' is any April
    expect(find('"Normally we might give 40 flu shots a day in April," she said.', '2016-03-07', 'April')).toMatchObject({ value: 'XXXX-04' });
  });
});

describe('education copy', () => {
  it("'until ... August 28th to accept, and most courses begin in late September' is the September after it", () => {
    expect(find('Students will have until 5.15pm on Tuesday, August 28th to accept, and most courses begin in late September.', '2001-01-30', 'late September')).toMatchObject({ value: '2001-09', mod: 'END' });
  });
  it("'the 2026-27 income year', 'the spring semester' are whole spans", () => {
    expect(find('From the 2026-27 income year, graduates pay less.', '2026-01-25', 'the 2026-27 income year')).toMatchObject({ value: '2026' });
    expect(find('He is on exchange in Ohio for the spring semester.', '2026-01-25', 'the spring semester')).toMatchObject({ type: 'DATE' });
  });
});

describe('entertainment copy: listings, boxes and weekend guides', () => {
  it("a weekday heading a present-tense listing is the nearest such day, and its clock times are on it", () => {
    const text = 'Pick of the weekend\n\nSaturday\n\nThe quiz crowns its winner in a live final (Channel One, 7.15pm).\n\nSunday\n\nThe drama (9pm) is the obvious choice.';
    expect(find(text, '2017-10-13T06:00', 'Saturday')).toMatchObject({ value: '2017-10-14' });
    expect(find(text, '2017-10-13T06:00', '7.15pm')).toMatchObject({ value: '2017-10-14T19:15' });
    expect(find(text, '2017-10-13T06:00', 'Sunday')).toMatchObject({ value: '2017-10-15' });
    // a heading whose line below is in the past tense still looks back
    expect(find('Saturday\n\nThe quiz crowned its winner in a live final.', '2017-10-13', 'Saturday')).toMatchObject({ value: '2017-10-07' });
  });
  it("a day closing a labelled line of a box, with no verb, is the nearest such day", () => {
    const text = 'Restoration estimates (as at 5pm Sunday)\nNorth Vale: 10pm tonight\nMarsh Park: midday Monday\nAsh Ridge: Tuesday afternoon';
    expect(find(text, '2013-11-24T18:15', 'midday Monday')).toMatchObject({ value: '2013-11-25T12:00' });
    expect(find(text, '2013-11-24T18:15', 'Tuesday afternoon')).toMatchObject({ value: '2013-11-26TAF' });
  });
  it("'the weekend' said on a Friday with no tense is the one starting tomorrow", () => {
    expect(find("The rest of the weekend's best TV.", '2017-10-13', 'the weekend')).toMatchObject({ value: '2017-W41-WE' });
    expect(find('Crowds gathered over the weekend.', '2017-10-13', 'the weekend')).toMatchObject({ value: '2017-W40-WE' });
  });
});

describe('subjects of a forecast, where a day falls, and the small hours after an evening', () => {
  it("'said Monday would be fine' and 'storms are possible on Friday' look ahead", () => {
    expect(find('The bureau said Monday would be fine and warm.', '2013-11-24', 'Monday')).toMatchObject({ value: '2013-11-25' });
    // ('should', 'could', 'might' too: 'Forecasters said the weekend should stay mostly dry', told on a Friday)
    expect(find('Forecasters said the weekend should stay mostly dry.', '1997-08-15', 'the weekend')).toMatchObject({ value: '1997-W33-WE' });
    expect(find('Storms are also possible again on Friday.', '2013-11-24', 'Friday')).toMatchObject({ value: '2013-11-29' });
    expect(find('The bureau said Monday was fine and warm.', '2013-11-24', 'Monday')).toMatchObject({ value: '2013-11-18' });
  });
  it("'Christmas Day falls on Wednesday' is this week's Wednesday; 'the stock fell on Wednesday' is not", () => {
    expect(find('Christmas Day falls on Wednesday this year.', '2002-12-22', 'Wednesday')).toMatchObject({ value: '2002-12-25' });
    expect(find('The stock fell on Wednesday.', '2002-12-22', 'Wednesday')).toMatchObject({ value: '2002-12-18' });
  });
  it('a small hour after an evening on the same day is the next morning, and the story stays on the evening', () => {
    expect(find('The channel shows horror films from 7pm until 3am.', '2017-10-13', '3am')).toMatchObject({ value: '2017-10-14T03:00' });
    const eve = 'The road closes at 4pm today and reopens at 2am. Fireworks 9pm; main display midnight.';
    expect(find(eve, '2009-12-31', '2am')).toMatchObject({ value: '2010-01-01T02:00' });
    expect(find(eve, '2009-12-31', '9pm')).toMatchObject({ value: '2009-12-31T21:00' });
    expect(find('At midnight on December 31, 1999, they sat watching the pumps. By 12.20am they had gone home.', '2009-12-31', '12.20am')).toMatchObject({ value: '2000-01-01T00:20' });
    // a small hour before any evening keeps its day
    expect(find('The fire broke out at 3am on Tuesday. By 9am it was out.', '2009-12-31', '9am')).toMatchObject({ value: '2009-12-29T09:00' });
  });
});

describe('numbers and words that are no spans of time, and abbreviated units', () => {
  it("'a year-round cinema', 'four quarter sections' of land, 'a drop of less than a quarter' are untagged", () => {
    expect(tx('The festival hopes to turn it into a year-round cinema.', '1999-07-27')).toEqual([]);
    expect(tx('He has farmed the same four quarter sections since he was young.', '1994-09-15')).toEqual([]);
    expect(tx('The studio projects a drop of less than a quarter for Sunday.', '2002-12-22').map((t) => t.text)).toEqual(['Sunday']);
  });
  it('the last group of a telephone number is no year; a table of years still is', () => {
    expect(tx('Tickets $28, concessions $20. Bookings (02) 660 1994.', '1994-03-05')).toEqual([]);
    expect(tx('For tickets call 555-1994.', '1994-03-05')).toEqual([]);
    expect(tx('Per cent combined   1994   1993', '1994-09-15').map((t) => t.value)).toEqual(['1994', '1993']);
  });
  it("ranges of years before a colon, and from before 1900, are two years", () => {
    expect(tx('2011-2014: Hearings held twice a week', '2025-11-10').map((t) => t.value)).toEqual(['2011', '2014', 'P1W']);
    expect(tx('He speaks on "The Mills of the Valley, 1850-1950."', '1997-04-06').map((t) => t.value)).toEqual(['1850', '1950']);
  });
  it("'3hr 10min', '5-yr', '45 mins', '2 hrs' are durations", () => {
    expect(find('Running time 3hr 10min.', '1994-03-05', '3hr 10min')).toMatchObject({ type: 'DURATION', value: 'PT3H10M' });
    expect(find('Wheat 92 88 (5-yr avg 95)', '1994-09-15', '5-yr')).toMatchObject({ type: 'DURATION', value: 'P5Y' });
    expect(find('The drive takes 45 mins.', '1994-03-05', '45 mins')).toMatchObject({ value: 'PT45M' });
    expect(find('It took 2 hrs.', '1994-03-05', '2 hrs')).toMatchObject({ value: 'PT2H' });
  });
  it("'the first half' of a play is no half-year; of a company's year it is", () => {
    expect(tx('Goneril is a cartoon for much of the first half, though the final act is strong.', '1994-03-05')).toEqual([]);
    expect(find('Profit rose 12% in the first half.', '1994-09-05', 'the first half')).toMatchObject({ value: '1994-H1' });
  });
});

describe('holidays, decades and dates as features and histories write them', () => {
  it('more national days, and a bare "New Year\'s"', () => {
    expect(find('News of the sale broke on Republic Day, last Friday.', '2024-01-31', 'Republic Day')).toMatchObject({ value: '2024-01-26' });
    expect(find('Patrols run from 8am to 6pm daily until Australia Day.', '2009-12-31', 'Australia Day')).toMatchObject({ value: '2010-01-26' });
    expect(find('No decision until we see what happens after New Year\'s.', '2002-12-22', "New Year's")).toMatchObject({ value: '2003-01-01' });
    expect(tx("She made three New Year's resolutions.", '2002-12-22')).toEqual([]);
  });
  it("a holiday with its day set beside it takes that day ('Thanksgiving, Oct. 10' in Canada)", () => {
    expect(find('Most hoped to have the crop off by Thanksgiving, Oct. 10.', '1994-09-15', 'Thanksgiving')).toMatchObject({ value: '1994-10-10' });
    expect(find('Families will gather for Thanksgiving.', '1994-09-15', 'Thanksgiving')).toMatchObject({ value: '1994-11-24' });
  });
  it("'every Christmas Eve' is a set; 'the Fourth of July' keeps its article", () => {
    expect(find('They have played every Christmas Eve since 1998.', '2008-11-20', 'every Christmas Eve')).toMatchObject({ type: 'SET', value: 'XXXX-12-24' });
    expect(find('The first lamps will burn by the Fourth of July.', '1897-04-08', 'the Fourth of July')).toMatchObject({ value: '1897-07-04' });
  });
  it("'the 70s or 80s', 'the noughties' are decades; 'in his 80s' and 'highs in the 70s' are not", () => {
    expect(tx('It revisits a single year from the 70s or 80s each week.', '2017-10-13').filter((t) => t.type === 'DATE').map((t) => [t.text, t.value])).toEqual([['the 70s', '197'], ['80s', '198']]);
    expect(find('How the noughties remade the town.', '2009-12-31', 'the noughties')).toMatchObject({ value: '200' });
    expect(tx('He is in his 80s.', '2017-10-13')).toEqual([]);
    expect(tx('Highs in the 70s are forecast.', '2017-10-13').map((t) => t.text)).not.toContain('the 70s');
  });
  it("'April 14 last year' is one expression; 'Jun 2016', \"March '44\" are months", () => {
    expect(find('I finished the last chapter on April 14 last year.', '2024-01-31', 'April 14 last year')).toMatchObject({ value: '2023-04-14' });
    expect(find('Jun 2016: Office shifted', '2025-11-10', 'Jun 2016')).toMatchObject({ value: '2016-06' });
    expect(find("They launched her in March '44. Forty-three years later the yard closed.", '2019-11-08', "March '44")).toMatchObject({ value: '1944-03' });
    expect(find("They launched her in March '44. Forty-three years later the yard closed.", '2019-11-08', 'Forty-three years later')).toMatchObject({ value: '1987' });
  });
  it("'the winter of 1962-63', 'the late 18th century', 'The September quarter of 2008' are whole", () => {
    expect(find('It will not rival the winter of 1962-63.', '2001-12-17', 'the winter of 1962-63')).toMatchObject({ value: '1962-WI' });
    expect(find('Most were built in the late 18th century.', '2012-03-14', 'the late 18th century')).toMatchObject({ value: '17' });
    // (an adjective before its noun leaves the noun's 'the' out: 'the 17th-century palace')
    expect(find('He turned the east wing of the 17th-century palace into a hotel.', '2012-03-14', '17th-century')).toMatchObject({ value: '16' });
    expect(find('The September quarter of 2008: house prices fall.', '2009-12-31', 'The September quarter of 2008')).toMatchObject({ value: '2008-Q3' });
  });
});

describe("'the 2022 financial year', 'at the time', 'with winter coming'", () => {
  it("'the 2022 financial year' is the year, the noun in the span", () => {
    expect(find('The company reported a net loss for the 2022 financial year.', '2025-03-12', 'the 2022 financial year')).toMatchObject({ type: 'DATE', value: '2022' });
  });
  it("'at the time' in a past sentence is 'the time', PAST_REF; not 'at the time of', nor in a sentence ahead", () => {
    expect(find('Donnelly, who was a constable at the time, said the killing changed the town.', '2019-11-09', 'the time')).toMatchObject({ value: 'PAST_REF' });
    expect(tx('At the time of the attack, he was at home.', '2019-11-09')).toEqual([]);
    expect(tx('We will decide at the time.', '2019-11-09')).toEqual([]);
  });
  it("'With winter coming', 'as summer approaches' is the season ahead", () => {
    expect(find('With winter coming and the dark setting in earlier, people want to feel safe.', '2009-05-18', 'winter')).toMatchObject({ value: '2009-WI' });
    expect(find('As summer approaches, crowds grow.', '2009-10-18', 'summer')).toMatchObject({ value: '2010-SU' });
  });
});

describe('a story told from a dated day years back', () => {
  const text = 'He shipped out for England in September 1943. On the night of June 5, 1944, he climbed into a transport plane. '
    + 'Wounded by shrapnel in early July, he rejoined his unit for the landings in the Netherlands that September. That December his division was surrounded.';
  it("goes on from that day: 'in early July', 'that September', 'That December' are 1944's", () => {
    expect(tx(text, '1995-11-09').map((t) => [t.text, t.value])).toEqual([
      ['September 1943', '1943-09'], ['the night of June 5, 1944', '1944-06-05TNI'], ['early July', '1944-07'], ['that September', '1944-09'], ['That December', '1944-12']]);
  });
  it("not a dated event named in passing: 'charged in the Dec. 21, 1988, bombing ... agreed in April' is this April", () => {
    expect(find('Two agents were charged in the Dec. 21, 1988, bombing of a jet. They were removed from the list after their leader agreed in April to hand them over.', '1999-06-07', 'April'))
      .toMatchObject({ value: '1999-04' });
  });
});

describe('years after participles, holidays of old years, weekday compounds, weekday mornings, a century of something', () => {
  it("'a network installed in 2018 sends readings' is a year (not a count before a plural noun); 'injured in 2000 crashes' a count", () => {
    expect(find('A rain-gauge network installed in 2018 sends readings every 15 minutes.', '2026-07-12', '2018')).toMatchObject({ value: '2018' });
    expect(tx('They were injured in 2000 crashes.', '2026-07-12')).toEqual([]);
  });
  it("'Christmas Day 1872' is that day", () => {
    expect(find('His entry for Christmas Day 1872 notes that the boats worked.', '2009-07-14', 'Christmas Day 1872')).toMatchObject({ value: '1872-12-25' });
  });
  it("'now and then' is no time; 'the Saturday-night dances' no day", () => {
    expect(tx('They record, now and then, a complaint about the price of rice.', '2009-07-14')).toEqual([]);
    expect(tx('Residents asked whether the hall would host the Saturday-night dances.', '2001-05-16')).toEqual([]);
  });
  it("'Weekday mornings', 'weekend evenings' are sets", () => {
    expect(brief(tx('Weekday mornings are reserved for school groups.', '2009-07-14'))).toEqual([['Weekday mornings', 'SET', 'XXXX-WXX-WDTMO']]);
    expect(find('It opens on weekend evenings.', '2009-07-14', 'weekend evenings')).toMatchObject({ value: 'XXXX-WXX-WETEV' });
  });
  it("'traces a century of trade' is a duration, '2.2 million barrels a day of cuts' a rate's unit", () => {
    expect(brief(tx('A new exhibition traces a century of trade on the water.', '2009-07-14'))).toEqual([['a century', 'DURATION', 'P100Y']]);
    expect(brief(tx('It delayed the return of 2.2 million barrels a day of cuts.', '2009-07-14'))).toEqual([['a day', 'SET', 'P1D']]);
  });
});

describe('a named day the holiday list does not know, with its date beside it', () => {
  it("'on Youth Day, 16 June', 'Heritage Day, 24 September 2002' are that date; 'On Christmas Day' keeps 'On' out", () => {
    expect(find('She will headline a free concert on Youth Day, 16 June.', '2025-06-01', 'Youth Day')).toMatchObject({ value: '2025-06-16' });
    expect(find('Reopening: Heritage Day, 24 September 2002.', '2001-05-16', 'Heritage Day')).toMatchObject({ value: '2002-09-24' });
    expect(tx('On Christmas Day, Dec. 25, shops close.', '2025-06-01').map((t) => t.text)).toEqual(['Christmas Day', 'Dec. 25']);
  });
});

describe("'come' before a time", () => {
  it("'Come Wednesday night and ask us', 'come spring' lie ahead, even after a past sentence", () => {
    expect(find('A meeting was held last week. She said: "Come Wednesday night and ask us anything."', '2003-09-15', 'Wednesday night')).toMatchObject({ value: '2003-09-17TNI' });
    expect(find('Come spring, the ferry returns to the island, he said.', '2003-09-15', 'spring')).toMatchObject({ value: '2004-SP' });
    expect(find('The ferry stopped in July. Come Friday, it will sail again.', '2003-09-15', 'Friday')).toMatchObject({ value: '2003-09-19' });
  });
  it("'they come Monday' after a past verb is left to its tense", () => {
    expect(find('The engineers came Monday to inspect it.', '2003-09-17', 'Monday')).toMatchObject({ value: '2003-09-15' });
  });
});

describe('a dateline that gives its day', () => {
  const story = 'Himalayan Herald News Service\nPosted: Sunday, November 20, 2011\n\nKESARIGARH (Uttarakhand), Nov 19: The telescope was opened on Saturday. The ceremony began at 10.30 am. "Today I finally saw it," he said.';
  it('is the day the story is told from, a day or three before the paper is dated', () => {
    const out = tx(story, '2011-11-20').map((t) => [t.text, t.value]);
    expect(out).toContainEqual(['Today', '2011-11-19']);
    expect(out).toContainEqual(['10.30 am', '2011-11-19T10:30']);
    expect(out).toContainEqual(['Saturday', '2011-11-19']);
    expect(out).toContainEqual(['Sunday, November 20, 2011', '2011-11-20']);
  });
  it("'NAIROBI, June 3 (Reuters) -' and '19 November —' too; a dateline of the creation day, or of a week before, changes nothing", () => {
    expect(find('NAIROBI, June 3 (Reuters) - Talks resumed today.', '2021-06-04', 'today')).toMatchObject({ value: '2021-06-03' });
    expect(find('MUMBAI, 19 November \u2014 Shares fell today.', '2019-11-20', 'today')).toMatchObject({ value: '2019-11-19' });
    expect(find('NAIROBI, June 4 (Reuters) - Talks resumed today.', '2021-06-04', 'today')).toMatchObject({ value: '2021-06-04' });
    expect(find('NAIROBI, May 20 (Reuters) - Talks resumed today.', '2021-06-04', 'today')).toMatchObject({ value: '2021-06-04' });
  });
  it("'KESSLING, Ohio, Nov. 18 -', 'PORTLAND, Ore., Nov. 18 -': a state after the place", () => {
    expect(find('KESSLING, Ohio, Nov. 18 - Federal investigators said today that ice caused the crash.', '1987-11-19', 'today')).toMatchObject({ value: '1987-11-18' });
    expect(find('PORTLAND, Ore., Nov. 18 - The mill closed today.', '1987-11-19', 'today')).toMatchObject({ value: '1987-11-18' });
  });
});

describe("'Today' as the present; a month as its sentence's subject", () => {
  it("'Today' set against a time years back, and 'alive today', are the present", () => {
    const text = '"Ten years ago a network going down meant you could not call your aunt. Today it means the whole economy stops," he said.';
    expect(find(text, '2016-03-08', 'Today')).toMatchObject({ value: 'PRESENT_REF' });
    expect(find('The next eclipse is not until 2090, so for nearly everyone alive today, this is it.', '1999-08-09', 'today')).toMatchObject({ value: 'PRESENT_REF' });
    // what happened today is the day, even after 'years ago'
    expect(find('Ten years ago the firm had one shop. Today it said it would open a tenth.', '2016-03-08', 'Today')).toMatchObject({ value: '2016-03-08' });
    expect(find('Ten years ago the firm had one shop. Today, the company announced a tenth.', '2016-03-08', 'Today')).toMatchObject({ value: '2016-03-08' });
    expect(find('Today we have students who can build one.', '2016-03-08', 'Today')).toMatchObject({ value: '2016-03-08' });
  });
  it("'\"July was the quietest I've known\"' is the month; 'June was furious' a woman", () => {
    expect(find('"July was the quietest I\'ve known in 20 years," said a baker.', '1999-08-09', 'July')).toMatchObject({ value: '1999-07' });
    expect(find('June is typically the wettest month of the year.', '1999-08-09', 'June')).toMatchObject({ type: 'DATE' });
    expect(tx('June was furious when she heard.', '1999-08-09')).toEqual([]);
  });
});

describe('zones named in full; a second verb of a modal', () => {
  it("'9.42pm East African Time on June 24', '7 p.m. Indian Standard Time on Friday' are one time each", () => {
    expect(find('The launch window would open at 9.42pm East African Time on June 24.', '2021-06-16', '9.42pm East African Time on June 24')).toMatchObject({ type: 'TIME', value: '2021-06-24T21:42' });
    expect(find('The match starts at 7 p.m. Indian Standard Time on Friday.', '2021-06-16', '7 p.m. Indian Standard Time on Friday')).toMatchObject({ type: 'TIME', value: '2021-06-18T19:00' });
  });
  it("'would open at 9.42pm on June 24 and last two hours': 'last' is the verb", () => {
    expect(find('The window would open at 9.42pm on June 24 and last two hours.', '2021-06-16', 'two hours')).toMatchObject({ type: 'DURATION', value: 'PT2H' });
    expect(find('She will arrive and the last two days were hard.', '2021-06-16', 'the last two days')).toMatchObject({ value: 'P2D' });
  });
});

describe("a programme's lines headed by their days", () => {
  const text = 'The schedule published this morning shows:\n\nSunday: womenswear, with eight shows from 09:30\nMonday: graduate collections, between 10:00 and 16:00\nTuesday and Wednesday: menswear and accessories\n\nMonday: the index fell 2 per cent.';
  it('are days ahead, each line read on its own; a line told in the past is behind', () => {
    const out = tx(text, '2008-02-08T14:37').map((t) => [t.text, t.value]);
    expect(out).toEqual([
      ['this morning', '2008-02-08TMO'], ['Sunday', '2008-02-10'], ['09:30', '2008-02-10T09:30'], ['Monday', '2008-02-11'],
      ['10:00', '2008-02-11T10:00'], ['16:00', '2008-02-11T16:00'], ['Tuesday', '2008-02-12'], ['Wednesday', '2008-02-13'], ['Monday', '2008-02-04'],
    ]);
  });
});

describe("'Black Saturday', 'pre-Diwali', a participle after 'with', '$95 more a month'", () => {
  it("'Black Saturday' (the Philippines' Holy Saturday) is the day before Easter; '2 p.m. on Black Saturday' one time", () => {
    expect(find('Most banks stay closed on Black Saturday and Easter Sunday.', '1999-03-29', 'Black Saturday')).toMatchObject({ value: '1999-04-03' });
    expect(find('Branches will open from 10 a.m. to 2 p.m. on Black Saturday.', '1999-03-29', '2 p.m. on Black Saturday')).toMatchObject({ value: '1999-04-03T14:00' });
    expect(find('The vigil is held on Holy Saturday.', '2024-03-20', 'Holy Saturday')).toMatchObject({ value: '2024-03-30' });
  });
  it("'the busy pre-Diwali evening' is no Diwali", () => {
    expect(tx('The app was down on the busy pre-Diwali evening.', '2022-10-22').map((t) => t.text)).not.toContain('Diwali');
  });
  it("'restart it at Saturday noon with its clocks moved forward': no past tense in the participle", () => {
    expect(find('It will shut down at 6 p.m. Thursday and restart it at Saturday noon with its clocks moved forward.', '1999-03-29', 'Saturday noon')).toMatchObject({ value: '1999-04-03T12:00' });
  });
  it("'$95 more a month' is a rate", () => {
    expect(find('Borrowers will pay about $95 more a month.', '2026-02-03', 'a month')).toMatchObject({ type: 'SET', value: 'P1M' });
  });
});

describe("'the last night shift', 'Local 1907', 'the same quarter last year' after months", () => {
  it('are a shift, a union local and a quarter', () => {
    expect(tx('The last night shift will run on Jan. 11.', '2001-11-20').map((t) => t.text)).toEqual(['Jan. 11']);
    expect(find('We met last night.', '2001-11-20', 'last night')).toMatchObject({ value: '2001-11-19TNI' });
    expect(tx('said the president of Local 1907 of the union.', '2001-11-20')).toEqual([]);
    expect(find('Dealers sold 118,430 units from January to March, up from 111,516 in the same quarter last year.', '2025-04-05', 'the same quarter last year')).toMatchObject({ value: '2024-Q1' });
  });
});

describe("'In 2007 people were writing us off'", () => {
  it('is a year before the clause it sets, and what comes three years later is dated from it', () => {
    const got = tx('"In 2007 people were writing us off, and three years later we had a record vintage."', '2015-09-29');
    expect(got.map((t) => [t.text, t.value])).toEqual([['2007', '2007'], ['three years later', '2010']]);
  });
  it('a round number there may still be a count, and people counted without a preposition of time are counted', () => {
    expect(tx('In 2000 people were evacuated from the valley.', '2015-09-29')).toEqual([]);
    expect(tx('About 2007 people were evacuated from the valley.', '2015-09-29')).toEqual([]);
  });
});

describe("'worked from 11 p.m. Sunday until about 6 a.m. Monday'", () => {
  it('the end of a range of days with their hours follows its start', () => {
    expect(find('Pickers worked from 11 p.m. Sunday until about 6 a.m. Monday, when the temperature fell.', '2011-01-19', 'about 6 a.m. Monday')).toMatchObject({ value: '2011-01-17T06:00' });
    expect(find('Crews will work from 11 p.m. Sunday until 6 a.m. Monday.', '2011-01-19', '6 a.m. Monday')).toMatchObject({ value: '2011-01-24T06:00' });
  });
  it('an order approved to run from a day, however long its object, starts on the nearest such day', () => {
    const t = 'The council has approved a temporary order closing the High Street between Bridge Street and Sheep Street from 6am on Saturday until midnight on Monday.';
    expect(find(t, '2014-08-21', '6am on Saturday')).toMatchObject({ value: '2014-08-23T06:00' });
    expect(find(t, '2014-08-21', 'midnight on Monday')).toMatchObject({ value: '2014-08-25T24:00' });
  });
});
