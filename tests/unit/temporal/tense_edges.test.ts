import { describe, expect, it } from 'vitest';
import { find, tx } from './helpers.ts';

describe("'as early as' a day", () => {
  it('after a past verb is the earliest it already was so: behind the DCT', () => {
    expect(find('Forecasters had warned as early as Tuesday that the heat could produce severe storms.', '2018-07-20', 'Tuesday')).toMatchObject({ value: '2018-07-17' });
    expect(find('Officials knew as early as Monday that the dam was failing.', '2018-07-20', 'Monday')).toMatchObject({ value: '2018-07-16' });
  });
  it('in a plan is the earliest it can happen: ahead', () => {
    expect(find('A decision could come as early as Tuesday.', '2018-07-20', 'Tuesday')).toMatchObject({ value: '2018-07-24' });
    expect(find('Officials said a vote could be held as early as Tuesday.', '2018-07-20', 'Tuesday')).toMatchObject({ value: '2018-07-24' });
  });
});

describe("a modal before 'have'", () => {
  it("'should have power back by Saturday night', 'may have more details Monday': 'have' a full verb looks ahead", () => {
    expect(find('Most customers should have power back by Saturday night.', '2018-07-20', 'Saturday night')).toMatchObject({ value: '2018-07-21TNI' });
    expect(find('Police may have more details on Monday.', '2018-07-20', 'Monday')).toMatchObject({ value: '2018-07-23' });
  });
  it("'should have won on Saturday', 'could have been finished by Monday': a modal perfect is a past", () => {
    expect(find('The team should have won on Saturday.', '2018-07-20', 'Saturday')).toMatchObject({ value: '2018-07-14' });
    expect(find('The plane left at 8:47 p.m. Tuesday on what should have been a 35-minute hop.', '1987-11-19', '8:47 p.m. Tuesday')).toMatchObject({ value: '1987-11-17T20:47' });
    expect(find('The work could have been finished by Monday.', '2018-07-20', 'Monday')).toMatchObject({ value: '2018-07-16' });
  });
});

describe("a day earlier in the DCT's own month", () => {
  it('is no day eleven months ahead when the future tense is another verb\'s', () => {
    expect(find("Shareholders will receive a premium of 27 percent over the stock's closing price on June 2, before the bid was disclosed.", '2014-06-18', 'June 2')).toMatchObject({ value: '2014-06-02' });
  });
  it('a later day of the month with a past verb of its own is still last year\'s', () => {
    expect(find('In the year-ago quarter, the second quarter ended Oct. 31, the company had a loss.', '1989-10-27', 'Oct. 31')).toMatchObject({ value: '1988-10-31' });
  });
  it('a day of another month follows the tense', () => {
    expect(find('The new terminal will open on March 2.', '2014-06-18', 'March 2')).toMatchObject({ value: '2015-03-02' });
  });
});

describe("a month's statistics", () => {
  it("'figures for mortgage approvals in January are due next week', 'the jobs report for June will be released': the month is behind", () => {
    expect(find('Official figures for mortgage approvals in January are due next week.', '2026-02-10', 'January')).toMatchObject({ value: '2026-01' });
    expect(find('The jobs report for June will be released on Friday.', '2026-07-01', 'June')).toMatchObject({ value: '2026-06' });
    expect(find('Data on retail sales for March are due on Thursday.', '2026-04-10', 'March')).toMatchObject({ value: '2026-03' });
  });
  it("'the festival in January will draw crowds' still looks ahead; 'support for May' is no month", () => {
    expect(find('The festival in January will draw crowds.', '2026-04-10', 'January')).toMatchObject({ value: '2027-01' });
    expect(tx('There was support for May among MPs.', '2026-04-10')).toEqual([]);
  });
});

describe('seasons and months of the time under discussion', () => {
  it("'In the summer of 1951 ... the following spring ... That autumn': counted from the season named", () => {
    const text = 'In the summer of 1951 he won the fiddle competition, and the following spring he was invited to record. That autumn he toured.';
    expect(find(text, '2011-02-19', 'the following spring')).toMatchObject({ type: 'DATE', value: '1952-SP' });
    expect(find(text, '2011-02-19', 'That autumn')).toMatchObject({ value: '1952-FA' });
  });
  it("'the winter of 2010 ... the following autumn' is 2011's; 'In 1973 ... the following January' is 1974's", () => {
    expect(find('He died in the winter of 2010. Then, the following autumn, she stood for parliament.', '2016-08-28', 'the following autumn')).toMatchObject({ value: '2011-FA' });
    expect(find('In 1973 the pit flooded in October. The inquiry opened the following January.', '2023-10-12', 'the following January')).toMatchObject({ value: '1974-01' });
  });
  it("a month in a sentence fronted by a year is that year's ('In 1973 the pit flooded in October')", () => {
    expect(find('In 1973 the pit flooded in October.', '2023-10-12', 'October')).toMatchObject({ value: '1973-10' });
    expect(find('The pit flooded in October.', '2023-11-12', 'October')).toMatchObject({ value: '2023-10' });
  });
});

describe('more durations', () => {
  it("'the past half-century' is fifty years, 'a half-century ago' a year", () => {
    expect(find('For the past half-century, the families have waited.', '2023-10-12', 'the past half-century')).toMatchObject({ type: 'DURATION', value: 'P50Y' });
    expect(find('A half-century ago the mine closed.', '2022-06-13', 'A half-century ago')).toMatchObject({ type: 'DATE', value: '1972' });
  });
  it("'about 2\u00bd hours' has its vulgar fraction", () => {
    expect(find('The outage lasted about 2\u00bd hours.', '2016-03-08', 'about 2\u00bd hours')).toMatchObject({ value: 'PT2H30M' });
  });
  it("'A second, weaker front', 'a second cold front' are ordinals; 'a second later', 'for a second' are times", () => {
    expect(tx('A second, weaker front is expected. A second cold front follows.', '2022-06-13').map((t) => t.text)).toEqual([]);
    expect(find('The lights flickered and, a second later, went out.', '2022-06-13', 'a second')).toMatchObject({ value: 'PT1S' });
  });
  it("'an hour earlier', 'about 25 minutes later': from the clock time just named", () => {
    const text = 'The director halted the count at 5:47 a.m. Friday. Weather balloons released an hour earlier had measured wind shear.';
    expect(find(text, '2026-03-07T18:20', 'an hour earlier')).toMatchObject({ type: 'TIME', value: '2026-03-06T04:47' });
    expect(find('Police arrived about half an hour later.', '2013-03-20', 'about half an hour')).toMatchObject({ type: 'DURATION', value: 'PT30M' });
  });
  it("'compared with 5.3 a week earlier' is the week before the DCT's; 'two weekends ago' the weekend before last", () => {
    expect(find('The rate rose to 8.1, compared with 5.3 a week earlier.', '2024-12-19', 'a week earlier')).toMatchObject({ type: 'DATE', value: '2024-W50' });
    expect(find('They were exposed at a tournament two weekends ago.', '2014-02-11', 'two weekends ago')).toMatchObject({ type: 'DATE', value: '2014-W05-WE' });
  });
});

describe('more tense cues', () => {
  it("'told the Inquirer by phone on Wednesday night that she would file' dates the telling", () => {
    expect(find('Lim told the Inquirer by phone on Wednesday night that she would file on Dec. 1.', '2009-11-26T19:45', 'Wednesday night')).toMatchObject({ value: '2009-11-25TNI' });
  });
  it("'payable on or about December 8' looks ahead; 'within two hours of going on sale on Tuesday' does not", () => {
    expect(find('A dividend of Sh2.50 per share, payable on or about December 8 to shareholders.', '2023-07-14', 'December 8')).toMatchObject({ value: '2023-12-08' });
    expect(find('Tickets sold out within two hours of going on sale on Tuesday.', '2025-10-18', 'Tuesday')).toMatchObject({ value: '2025-10-14' });
  });
  it("'the warning is valid from 22:00 on Tuesday', 'followed by a cold air mass over the weekend' look ahead", () => {
    expect(find('The warning is valid from 22:00 on Tuesday until 23:00 on Wednesday.', '2022-06-13T15:32', '22:00 on Tuesday')).toMatchObject({ value: '2022-06-14T22:00' });
    expect(find('A second front is expected on Friday, followed by a cold air mass over the weekend.', '2022-06-13T15:32', 'the weekend')).toMatchObject({ value: '2022-W24-WE' });
  });
});

describe('verbs of causing', () => {
  it("'winds forced NASA to call off the launch early Friday': what was caused was done, behind the DCT", () => {
    expect(find('Gusty winds forced NASA to call off the launch of its probe early Friday.', '2026-03-07T18:20', 'early Friday')).toMatchObject({ value: '2026-03-06' });
    expect(find('The storm prompted the city to close schools on Monday.', '2026-03-07', 'Monday')).toMatchObject({ value: '2026-03-02' });
  });
  it("an infinitive after the object of another verb still follows the tense ('will ask the city to close schools on Monday')", () => {
    expect(find('The union will ask the city to close schools on Monday.', '2026-03-07', 'Monday')).toMatchObject({ value: '2026-03-09' });
  });
});

describe('plans in the present tense', () => {
  it("'wants to close schools on Monday', 'wants the city to close schools on Monday' look ahead", () => {
    expect(find('The union wants to close schools on Monday.', '2026-03-07', 'Monday')).toMatchObject({ value: '2026-03-09' });
    expect(find('The union wants the city to close schools on Monday.', '2026-03-07', 'Monday')).toMatchObject({ value: '2026-03-09' });
  });
  it("'failed to close schools on Monday': a past verb before the infinitive speaks for the day, behind", () => {
    expect(find('The union failed to close schools on Monday.', '2026-03-07', 'Monday')).toMatchObject({ value: '2026-03-02' });
  });
});

describe('a month named by a plan in the present tense', () => {
  it("'hopes to finish the work by April', 'is expected to take effect in April', 'wants the policy in place by April' (in September): next April", () => {
    expect(find('The council hopes to finish the work by April.', '2025-09-10', 'April')).toMatchObject({ value: '2026-04' });
    expect(find('The rule is expected to take effect in April.', '2025-09-10', 'April')).toMatchObject({ value: '2026-04' });
    expect(find('It wants the policy in place by April, when the new financial year begins.', '2018-09-05', 'April')).toMatchObject({ value: '2019-04' });
  });
  it("a past verb between the plan and the month keeps it behind ('expects revenue of $4.8 billion, down from a July forecast')", () => {
    expect(find('The company now expects revenue of $4.8 billion, down from a July forecast.', '2024-10-29', 'July')).toMatchObject({ value: '2024-07' });
    expect(find('The board hoped to finish the work by April.', '2025-09-10', 'April')).toMatchObject({ value: '2025-04' });
  });
  it("a fronted month dates the clause's own reporting verb ('In September, it announced plans to acquire ...'), not an attribution set off by commas", () => {
    expect(find('In September, it announced plans to acquire a fruit business.', '1989-10-30', 'September')).toMatchObject({ value: '1989-09' });
    expect(find('In September, officials said, the firm will open a second plant.', '2014-03-30', 'September')).toMatchObject({ value: '2014-09' });
  });
});

describe('a season without a year, by tense', () => {
  it("'will publish its report in the spring', said in June: this spring is over, so next year's", () => {
    expect(find('The inquiry will publish its final report in the spring.', '2024-06-23', 'the spring')).toMatchObject({ value: '2025-SP' });
    expect(find('The new line will open in the autumn.', '2024-12-02', 'the autumn')).toMatchObject({ value: '2025-FA' });
  });
  it("'will open in the summer', said in May: this summer; 'closed in the summer', said in May: last summer", () => {
    expect(find('The pool will open in the summer.', '2024-05-10', 'the summer')).toMatchObject({ value: '2024-SU' });
    expect(find('The plant closed in the summer.', '2024-05-10', 'the summer')).toMatchObject({ value: '2023-SU' });
  });
});

describe("a fronted 'From <day>,'", () => {
  it("takes its tense from the clause after the comma ('From Monday, passengers will have to book ahead')", () => {
    expect(find('From Monday, passengers will have to book ahead.', '2024-01-17', 'Monday')).toMatchObject({ value: '2024-01-22' });
    expect(find('From Monday, passengers had to book ahead.', '2024-01-17', 'Monday')).toMatchObject({ value: '2024-01-15' });
  });
});

describe('a month named with its year earlier in the text', () => {
  it("gives its year to a day of that month only if the tense allows ('The last election, in October 2014, ... voters go to the polls on Oct. 19', in 2015)", () => {
    expect(find('The last general election, in October 2014, drew 38 per cent. Federal voters go to the polls two weeks later, on Oct. 19.', '2015-09-25', 'Oct. 19')).toMatchObject({ value: '2015-10-19' });
    expect(find('In August 1968, she helped lead a march. The march began on Aug. 17.', '2015-09-25', 'Aug. 17')).toMatchObject({ value: '1968-08-17' });
    // not once another year has been named since
    expect(find('The deficit must be closed by the end of March 2013. The office expects growth of 2.5 per cent in 2012. Borrowing in 2010-11, which ends on 31 March, will be lower.', '2011-03-24', '31 March')).toMatchObject({ value: '2011-03-31' });
  });
});

describe("a negated past before 'until'", () => {
  it("'debate did not begin until Wednesday morning', 'were not settled until late Wednesday', 'it was not until Friday that': behind", () => {
    expect(find('Debate did not begin until Wednesday morning.', '1997-06-12', 'Wednesday morning')).toMatchObject({ value: '1997-06-11TMO' });
    expect(find('The last amendments were not settled until late Wednesday.', '1997-06-12', 'late Wednesday')).toMatchObject({ value: '1997-06-11' });
    expect(find('It was not until Friday that the bill passed.', '1997-06-12', 'Friday')).toMatchObject({ value: '1997-06-06' });
  });
  it("'would not resume until Monday', 'do not expect a decision until Friday': ahead", () => {
    expect(find('The talks would not resume until Monday, he said.', '1997-06-12', 'Monday')).toMatchObject({ value: '1997-06-16' });
    expect(find('Officials do not expect a decision until Friday.', '1997-06-12', 'Friday')).toMatchObject({ value: '1997-06-13' });
  });
});

describe("a plan given up in the past perfect, and which midnight", () => {
  it("'had hoped to close a deal by Friday evening', stamped early Saturday: the nearest Friday", () => {
    expect(find('The presidency had hoped to close a deal by Friday evening.', '2011-12-17T02:40', 'Friday evening')).toMatchObject({ value: '2011-12-16TEV' });
  });
  it("'planned for 19:00 ... cancelled just after midnight': the midnight closing that evening; 'early Thursday ... ran well past midnight': the one opening it", () => {
    expect(find('The presidency had hoped to close a deal by Friday evening. A press conference planned for 19:00 was pushed back and finally cancelled just after midnight.', '2011-12-17T02:40', 'midnight')).toMatchObject({ value: '2011-12-16T24:00' });
    expect(find('The House passed a bill early Thursday, ending nearly 14 hours of debate that ran well past midnight.', '1997-06-12', 'midnight')).toMatchObject({ value: '1997-06-11T24:00' });
  });
});

describe('a month after a month ahead, and a month of statistics', () => {
  it("'open for enrolment in October, with classes starting in February' (said in June): February after that October", () => {
    expect(tx('The first courses open for enrolment in October, with classes starting in February.', '2019-06-18').map((t) => t.value)).toEqual(['2019-10', '2020-02']);
    expect(tx('The plant will reopen in October, after it closed in February.', '2019-06-18').map((t) => t.value)).toEqual(['2019-10', '2019-02']);
  });
  it("'closes on 9 August, and hearings will be held in July' (said in June): a month ahead on its own stays this year's", () => {
    expect(find('The comment period closes on 9 August, and public hearings will be held in July.', '2019-06-07', 'July')).toMatchObject({ value: '2019-07' });
    expect(find('He will take over the licence on 1 May, subject to the committee, which meets in April.', '2003-01-18', 'April')).toMatchObject({ value: '2003-04' });
    expect(find('The academy will take its first intake in February, with a second group starting in July.', '2018-05-11', 'July')).toMatchObject({ value: '2019-07' });
  });
  it("'will revise the June figures', 'the May jobs report': the statistics' month is behind", () => {
    expect(find('The department will revise the June figures in its next two reports.', '2022-07-08', 'June')).toMatchObject({ value: '2022-06' });
    expect(find('Economists expect the May jobs report to show a slowdown.', '2022-06-01', 'May')).toMatchObject({ value: '2022-05' });
  });
});

describe("a day fronted with 'For'", () => {
  it("'For Saturday, police have issued traffic advisories ... between 7 a.m. and 1 p.m.': the coming Saturday and its hours", () => {
    expect(tx('For Saturday, Delhi Police has issued traffic advisories for roads around the palace between 7 a.m. and 1 p.m.', '2026-02-11T10:45').map((t) => t.value)).toEqual(['2026-02-14', '2026-02-14T07:00', '2026-02-14T13:00']);
    expect(find('For Monday, forecasters expect heavy snow.', '2026-02-11', 'Monday')).toMatchObject({ value: '2026-02-16' });
  });
  it("'For Monday, the team chose a new captain': a simple past keeps it behind", () => {
    expect(find('For Monday, the team chose a new captain.', '2026-02-11', 'Monday')).toMatchObject({ value: '2026-02-09' });
  });
});

describe('plans told in the past tense around a possessive day', () => {
  it("'said Friday's action would go ahead unless a deal was reached by 6pm on Thursday' (on Wednesday): both ahead", () => {
    expect(tx("Ms Breen said Friday's action would go ahead unless a deal was reached by 6pm on Thursday.", '2005-12-14').map((t) => t.value)).toEqual(['2005-12-16', '2005-12-15T18:00']);
  });
  it("'said Friday's vote was close': behind", () => {
    expect(find("He said Friday's vote was close.", '2005-12-14', 'Friday')).toMatchObject({ value: '2005-12-09' });
  });
  it("'Those who pre-order before Friday get a free case': 'before' a day with no past tense is ahead", () => {
    expect(find('Those who pre-order before Friday get a free case.', '2023-10-03', 'Friday')).toMatchObject({ value: '2023-10-06' });
    expect(find('The deal collapsed before Friday.', '2023-10-03', 'Friday')).toMatchObject({ value: '2023-09-29' });
  });
});

describe('forecasts, phases and headline words', () => {
  it("'has forecast rain ... from Thursday': ahead", () => {
    expect(find('The Met Office has forecast rain in the valley and snow on the higher reaches from Thursday.', '2003-10-22', 'Thursday')).toMatchObject({ value: '2003-10-23' });
  });
  it("'between April and June next year': the year phrase is both months'", () => {
    expect(tx('A second phase, between April and June next year, will follow.', '2014-10-14').map((t) => t.value)).toEqual(['2015-04', '2015-06']);
  });
  it("'earlier in the evening' whole; 'beyond the summer'; '3:15 p.m. New York time' with its zone; 'four an hour' a rate's unit", () => {
    expect(find('Units had come under attack earlier in the evening.', '2014-10-14', 'earlier in the evening')).toMatchObject({ type: 'TIME' });
    expect(find('The phase must not be pushed back beyond the summer.', '2014-10-14', 'the summer')).toMatchObject({ value: '2015-SU' });
    expect(find('Shares were down at 3:15 p.m. New York time.', '2026-06-09T16:12', '3:15 p.m. New York time')).toMatchObject({ value: '2026-06-09T15:15' });
    expect(tx('Trains will run, rising to four an hour at peak times.', '2014-10-14').map((t) => [t.text, t.type, t.value])).toEqual([['an hour', 'SET', 'PT1H']]);
  });
});

describe('participles that name a thing to be done say no past', () => {
  it("'to be fully contained by Saturday', 'hope to have the pipeline repaired by Thursday' look ahead; 'was fully contained by Saturday' does not", () => {
    expect(find('He expected the fire to be fully contained by Saturday if temperatures drop.', '2026-02-16', 'Saturday')).toMatchObject({ value: '2026-02-21' });
    expect(find('Officials hope to have the pipeline from the reservoir repaired by Thursday.', '2026-02-16', 'Thursday')).toMatchObject({ value: '2026-02-19' });
    expect(find('The fire was fully contained by Saturday.', '2026-02-16', 'Saturday')).toMatchObject({ value: '2026-02-14' });
  });
  it("'would keep its helpline staffed over Christmas' looks ahead; 'kept the helpline staffed over Christmas' does not", () => {
    expect(find('She said the service would keep its helpline staffed over Christmas.', '2014-11-24', 'Christmas')).toMatchObject({ value: '2014-12-25' });
    expect(find('The council will leave the gates locked until Monday.', '2014-11-26', 'Monday')).toMatchObject({ value: '2014-12-01' });
    expect(find('The service kept its helpline staffed over Christmas.', '2014-11-24', 'Christmas')).toMatchObject({ value: '2013-12-25' });
  });
});

describe('a chance of what may come', () => {
  it("'There is a chance of more thunderstorms on Thursday' looks ahead; 'There was a chance of rain on Thursday' does not", () => {
    expect(find('There is a chance of more thunderstorms this afternoon and on Thursday.', '2026-02-16', 'Thursday')).toMatchObject({ value: '2026-02-19' });
    expect(find('Forecasters warned of a risk of frost on Sunday night.', '2026-02-16', 'Sunday night')).toMatchObject({ value: '2026-02-22TNI' });
    expect(find('There was a chance of rain on Thursday, but it stayed dry.', '2026-02-16', 'Thursday')).toMatchObject({ value: '2026-02-12' });
  });
});

describe("a deadline met in the past perfect is past", () => {
  it("'had lodged their tax returns by Friday', 'had been evacuated by Sunday night'; 'had hoped to close a deal by Friday evening' too", () => {
    expect(find('About 2.1 million Australians had lodged their tax returns by Friday, the tax office said.', '2019-07-06T06:42', 'Friday')).toMatchObject({ value: '2019-07-05' });
    expect(find('Most residents had been evacuated by Sunday night.', '2019-07-06T06:42', 'Sunday night')).toMatchObject({ value: '2019-06-30TNI' });
    expect(find('Ministers had hoped to close a deal by Friday evening.', '2011-12-17T02:40', 'Friday evening')).toMatchObject({ value: '2011-12-16TEV' });
    expect(find('Residents must lodge their returns by Friday.', '2019-07-06T06:42', 'Friday')).toMatchObject({ value: '2019-07-12' });
  });
});

describe("what one is heading into, and 'not before'", () => {
  it("'worried heading into the summer' and 'means not before the summer' look ahead", () => {
    expect(find('The director said the pace has her worried heading into the summer.', '1994-04-14', 'the summer')).toMatchObject({ value: '1994-SU' });
    expect(find('He said the firm hoped to restock as soon as allowed, which realistically means not before the summer.', '2006-02-21', 'the summer')).toMatchObject({ value: '2006-SU' });
  });
});

describe("a month in a sentence about next year's event", () => {
  it("\"next year's round will also be held in October\" is next year's October; \"next year's budget was approved in March\" is not", () => {
    expect(find("Organisers confirmed that next year's round will also be held in October.", '2011-10-08', 'October')).toMatchObject({ value: '2012-10' });
    expect(find("Next year's budget was approved in March.", '2011-10-08', 'March')).toMatchObject({ value: '2011-03' });
  });
});

describe("a state reached 'by' a day, in the simple past", () => {
  it("'was back in service by Tuesday afternoon', 'had already filled … by Saturday afternoon' are behind; 'was expected to be done by Friday', 'if … were not found by Wednesday' are not so read", () => {
    expect(find('Crews worked for 30 hours, and the main was back in service by Tuesday afternoon.', '1996-01-25', 'Tuesday afternoon')).toMatchObject({ value: '1996-01-23TAF' });
    expect(find('She had already filled two drums and every pot she owns by Saturday afternoon.', '2019-09-15', 'Saturday afternoon')).toMatchObject({ value: '2019-09-14TAF' });
    expect(find('The work was expected to be finished by Friday.', '1996-01-24', 'Friday')).toMatchObject({ value: '1996-01-26' });
    expect(find('He said the search would be widened if the missing were not found by Wednesday.', '2017-08-21', 'Wednesday')).toMatchObject({ value: '2017-08-23' });
  });
});

