import { describe, expect, it } from 'vitest';
import { brief, find, tx } from './helpers.ts';

describe('live blogs and timelines', () => {
  it("a clock time heading a line, a dash after it, is the DCT's day, and so is the entry's own clock time", () => {
    const text = 'Jurors deliberated for three days, beginning Monday afternoon.\n\n4:40 p.m. ET \u2014 Jury has reached a verdict\n\nA clerk told reporters at 4:38 p.m. that the jury had reached a verdict.\n\n3:42 p.m. ET \u2014 Jurors ask to rehear testimony';
    const got = tx(text, '2023-05-17T17:48');
    expect(got.find((t) => t.text === '4:40 p.m. ET')).toMatchObject({ value: '2023-05-17T16:40' });
    expect(got.find((t) => t.text === '4:38 p.m.')).toMatchObject({ value: '2023-05-17T16:38' });
    expect(got.find((t) => t.text === '3:42 p.m. ET')).toMatchObject({ value: '2023-05-17T15:42' });
  });
  it("a stamp later than the DCT's own hour is the day before's", () => {
    expect(find('Updates\n\n11:15 p.m. \u2014 Polls have closed.', '2023-05-17T09:00', '11:15 p.m.')).toMatchObject({ value: '2023-05-16T23:15' });
  });
  it("a clock time at a paragraph's end and the date heading the next paragraph stay apart ('at 4pm.\\n\\nJune 8: ...')", () => {
    const text = 'June 5: Testing detects E. coli in the reservoir. Council issues a boil-water alert at 4pm.\n\nJune 8: Two children are admitted to hospital.';
    expect(brief(tx(text, '2012-07-22'))).toEqual([['June 5', 'DATE', '2012-06-05'], ['4pm', 'TIME', '2012-06-05T16:00'], ['June 8', 'DATE', '2012-06-08']]);
  });
  it("so do a closed clock time and the next sentence's date ('at 4pm. June 8 was worse'); '9 a.m. Tuesday' is one", () => {
    const got = tx('Council issued an alert at 4pm. June 8 was worse. The vote is at 9 a.m. Tuesday.', '2012-07-22').map((t) => t.text);
    expect(got).toEqual(['4pm', 'June 8', '9 a.m. Tuesday']);
  });
});

describe('listings: the clock times of a set', () => {
  it("'every Saturday from 8 a.m. to noon': the set and two clock times of every such day", () => {
    expect(brief(tx('The farmers market continues every Saturday from 8 a.m. to noon on Main Street.', '2018-09-13'))).toEqual([
      ['every Saturday', 'SET', 'XXXX-WXX-6'], ['8 a.m.', 'TIME', 'XXXX-XX-XXT08:00'], ['noon', 'TIME', 'XXXX-XX-XXT12:00'],
    ]);
  });
  it("'open from 16:00 to 22:00 daily': the clock times before a set, and 'daily' after a clock time is no rate", () => {
    expect(brief(tx('The shelter is open from 16:00 to 22:00 daily.', '2022-06-13'))).toEqual([
      ['16:00', 'TIME', 'XXXX-XX-XXT16:00'], ['22:00', 'TIME', 'XXXX-XX-XXT22:00'], ['daily', 'SET', 'P1D'],
    ]);
    expect(tx('Shares rose 5% daily.', '2022-06-13').map((t) => t.text)).toEqual([]);
  });
  it('a clock time with no set near it keeps its day', () => {
    expect(find('The shelter opened at 4pm on Tuesday.', '2022-06-13', '4pm on Tuesday')).toMatchObject({ value: '2022-06-07T16:00' });
  });
});

describe('more listings and schedules', () => {
  it("'opens every day at 10.30am.' leaves the sentence's full stop out; 'every day at 9 a.m.' keeps its own", () => {
    expect(tx('The pub opens every day at 10.30am. The cafe opens every day at 9 a.m. and closes at noon.', '2025-01-22').filter((t) => t.type === 'TIME').map((t) => t.text))
      .toEqual(['10.30am', '9 a.m.', 'noon']);
  });
  it("'from February 14th to 16th': the second day, with its ordinal suffix, is a date of its own", () => {
    expect(brief(tx('The food weekend runs from February 14th to 16th.', '2025-01-22'))).toEqual([['February 14th', 'DATE', '2025-02-14'], ['16th', 'DATE', '2025-02-16']]);
  });
  it("'open weekends', 'works most weekends', 'on weekends' are every weekend; 'Two weekends ago' is not", () => {
    const got = brief(tx('The farm is open weekends. She works most weekends. On weekends the mall is busy. Two weekends ago it rained.', '2018-09-13'));
    expect(got).toEqual([['weekends', 'SET', 'XXXX-WXX-WE'], ['most weekends', 'SET', 'XXXX-WXX-WE'], ['weekends', 'SET', 'XXXX-WXX-WE'], ['Two weekends ago', 'DATE', '2018-W35-WE']]);
  });
  it("\"the drive-in's last weekend\" is its final one, no weekend before the DCT", () => {
    expect(tx("Lakeview Drive-In's last weekend is here.", '2018-09-13')).toEqual([]);
    expect(find('Prices rose last week.', '2018-09-13', 'last week')).toMatchObject({ value: '2018-W36' });
  });
  it("'over the long weekend' is the weekend, by tense", () => {
    expect(find('Roads will be busy over the long weekend.', '2022-06-13', 'the long weekend')).toMatchObject({ value: '2022-W24-WE' });
  });
  it("'the prior-year quarter', 'the prior-year period' are the quarter in focus a year back", () => {
    const text = 'Net sales for the third quarter rose 5% from the prior-year quarter, and from the prior-year period.';
    expect(find(text, '2025-11-25', 'the prior-year quarter')).toMatchObject({ value: '2024-Q3' });
    expect(find(text, '2025-11-25', 'the prior-year period')).toMatchObject({ value: '2024-Q3' });
  });
  it("'by the end of the fiscal year' is one expression, its end", () => {
    expect(find('Inventory will fall by the end of the fiscal year.', '2022-06-13', 'the end of the fiscal year')).toMatchObject({ value: '2022', mod: 'END' });
  });
  it("'a session that went on until close to 4am' after a day ended the morning after it", () => {
    expect(find("His funeral on February 2nd was followed by a session that went on until close to 4am.", '2011-02-19', 'close to 4am')).toMatchObject({ value: '2011-02-03T04:00', mod: 'APPROX' });
    expect(find('The vote on Tuesday ended at 4am.', '2011-02-19', '4am')).toMatchObject({ value: '2011-02-15T04:00' });
  });
});

describe('a timeline of line stamps in ascending order', () => {
  const text = 'A man robbed the post office at about 17:25 on Monday.\n\nPolice have released the following timeline of events:\n\n17:25 - The man threatens two members of staff.\n\n17:48 - An officer spots the car.\n\n18:10 - The car is found abandoned.\n\n02:40 on Tuesday - A man is arrested.';
  it('is of the day just named, not the DCT (a live blog runs newest first)', () => {
    expect(tx(text, '2011-10-20T14:10').map((t) => t.value)).toEqual(['2011-10-17T17:25', '2011-10-17T17:25', '2011-10-17T17:48', '2011-10-17T18:10', '2011-10-18T02:40']);
  });
  it('newest first, the stamps stay the DCT day', () => {
    const blog = 'The jury began deliberating on Monday.\n\n4:40 p.m. ET - The jury has reached a verdict.\n\n3:55 p.m. ET - Lawyers return.';
    expect(tx(blog, '2023-05-17T17:48').map((t) => t.value)).toEqual(['2023-05-15', '2023-05-17T16:40', '2023-05-17T15:55']);
  });
});

describe("a forecast's list of days", () => {
  it("'Tonight: ...\\nTuesday: ...\\nWednesday: ...\\nFriday to Sunday: ...' are the coming days", () => {
    const text = 'Christchurch forecast\n\nTonight: Snow showers developing from about 11pm.\nTuesday: Snow easing to showers by midday.\nWednesday: Fine after a hard frost.\nThursday: Rain, turning to snow in the evening.\nFriday to Sunday: Cold southwesterlies.\n';
    expect(tx(text, '2017-07-10T16:45').filter((t) => t.type === 'DATE').map((t) => t.value)).toEqual(['2017-07-11', '2017-07-12', '2017-07-13', '2017-07-14', '2017-07-16']);
  });
  it("a list of past days ('Monday: Protesters gathered.') without a 'Tonight:' line stays behind", () => {
    expect(tx('How the week unfolded\n\nMonday: Protesters gathered.\nTuesday: Police moved in.\n', '2017-07-13').map((t) => t.value)).toEqual(['2017-07-10', '2017-07-11']);
  });
});

describe('entertainment listings and awards', () => {
  it("'album of the year', 'Newcomer of the year' are award titles, no year", () => {
    expect(tx('She took album of the year and female artist of the year. Newcomer of the year went to Lindo.', '2025-06-01')).toEqual([]);
    expect(find('Sales for the year rose.', '2025-06-01', 'the year')).toMatchObject({ value: '2025' });
  });
  it("', now Tuesday 21 October' in a list of moved dates is no 'now'", () => {
    expect(brief(tx('Harlow Vale: Tuesday 18 March, now Tuesday 21 October', '2008-03-12'))).toEqual([
      ['Tuesday 18 March', 'DATE', '2008-03-18'], ['Tuesday 21 October', 'DATE', '2008-10-21']]);
  });
  it("'open 10am to 6pm weekdays', 'continue weekdays at 4 p.m.': a set of weekdays, and its hours every such day's", () => {
    expect(brief(tx('The box office is open 10am to 6pm weekdays.', '2002-08-03'))).toEqual([
      ['10am', 'TIME', 'XXXX-XX-XXT10:00'], ['6pm', 'TIME', 'XXXX-XX-XXT18:00'], ['weekdays', 'SET', 'XXXX-WXX-WD']]);
    expect(find('Reruns will continue weekdays at 4 p.m.', '1996-05-21', 'weekdays')).toMatchObject({ type: 'SET' });
  });
  it("'postpone spring tour', 'the autumn shows' are seasons; 'spring water' is not", () => {
    expect(find('Hollow Kings postpone spring tour after surgery', '2008-03-12', 'spring')).toMatchObject({ value: '2008-SP' });
    expect(find('Fans who cannot make the autumn shows may claim a refund.', '2008-03-12', 'autumn')).toMatchObject({ value: '2008-FA' });
    expect(tx('He drank spring water.', '2008-03-12')).toEqual([]);
  });
  it("'Biggest Audience in Five Years' in a title-case headline is a duration; 'He watched 60 Minutes' a show", () => {
    expect(find("'Harbor Light' Signs Off With Its Biggest Audience in Five Years\n\nBy DANA WHITCOMB", '1996-05-21', 'Five Years')).toMatchObject({ value: 'P5Y' });
    expect(tx('He watched 60 Minutes last night.', '1996-05-21').map((t) => t.text)).toEqual(['last night']);
  });
  it("'were shot in March on the docks' is the month ('March on' after 'in')", () => {
    expect(find('The last scenes were shot in March on the docks.', '1996-05-21', 'March')).toMatchObject({ value: '1996-03' });
  });
});

describe('power-cut timetables', () => {
  const DCT = '2008-01-20'; // a Sunday
  it("'Monday 21 January: 06:00 to 08:00' is a date, then its hours", () => {
    expect(brief(tx('Monday 21 January: 06:00 to 08:00', DCT))).toEqual([
      ['Monday 21 January', 'DATE', '2008-01-21'], ['06:00', 'TIME', '2008-01-21T06:00'], ['08:00', 'TIME', '2008-01-21T08:00']]);
  });
  it("'the week ahead' on a Sunday is the next week; 'this past week' on a Sunday the week now ending", () => {
    expect(find('Your power-cut timetable for the week ahead', DCT, 'the week ahead')).toMatchObject({ value: '2008-W04' });
    expect(find("This past week's cuts left homes dark.", DCT, 'This past week')).toMatchObject({ value: '2008-W03' });
    expect(find('This past week was hard.', '2008-01-21', 'This past week')).toMatchObject({ value: '2008-W03' });
  });
  it("'face four hours a day in the dark from Monday': 'from' a day with no past tense looks ahead", () => {
    expect(find('Residents face up to four hours a day in the dark from Monday as the utility warns that rationing could last until winter.', DCT, 'Monday')).toMatchObject({ value: '2008-01-21' });
    expect(find('He worked from Monday to Friday.', DCT, 'Monday')).toMatchObject({ value: '2008-01-14' });
  });
  it("'by the end of the quarter' is the quarter under discussion, with its end", () => {
    expect(find('Output averaged 41,300 barrels a day in the quarter ended Sept. 30. The field was pumping 6,200 barrels a day by the end of the quarter.', '1996-10-31', 'the end of the quarter'))
      .toMatchObject({ value: '1996-Q3', mod: 'END' });
  });
});

describe("a live blog's entry hour", () => {
  const blog = 'Festival live\n\n9.55am - Good morning. The festival opens at 11am, and brewers have been busy.\n\n1.10pm - Kiln Street will pour a collaboration beer at 9pm. The Sunday recovery session runs from 10am to 2pm.';
  it("a plan's hour after the entry's stamp is that day's, though the blog was last stamped later ('9.55am - … opens at 11am')", () => {
    const t = tx(blog, '2016-02-27T17:40');
    expect(t.find((x) => x.text === '11am')).toMatchObject({ value: '2016-02-27T11:00' });
    expect(t.find((x) => x.text === '9pm')).toMatchObject({ value: '2016-02-27T21:00' });
  });
  it('a stamp is never tomorrow, whatever the tense after it', () => {
    expect(tx(blog, '2016-02-27T17:40').find((x) => x.text === '1.10pm')).toMatchObject({ value: '2016-02-27T13:10' });
  });
  it("'The Sunday recovery session runs from 10am', 'The Saturday final kicks off at 3pm': a weekday before its noun, the verb in the present, is ahead", () => {
    expect(tx(blog, '2016-02-27T17:40').find((x) => x.text === 'Sunday')).toMatchObject({ value: '2016-02-28' });
    expect(find('The Saturday final kicks off at 3pm.', '2016-02-24', 'Saturday')).toMatchObject({ value: '2016-02-27' });
    expect(find('The Saturday final kicked off at 3pm.', '2016-02-24', 'Saturday')).toMatchObject({ value: '2016-02-20' });
  });
});

describe('a live blog whose stamps stand alone on their lines', () => {
  it("'4.15pm⏎A quick recap …': a clock time alone on its line, text on the next, is the entry's stamp on the DCT's day", () => {
    const blog = 'Live updates. Latest entries first.\n\n4.40pm\nThat is where we will leave it.\n\n11.04am\nIt is done. Both ministers signed at 11am sharp, a week after talks closed last Thursday.\n\n10.20am\nThe delegations are filing in.';
    const t = tx(blog, '2026-03-04T16:40');
    expect(['4.40pm', '11.04am', '11am', '10.20am'].map((s) => t.find((x) => x.text === s)?.value))
      .toEqual(['2026-03-04T16:40', '2026-03-04T11:04', '2026-03-04T11:00', '2026-03-04T10:20']);
  });
});

describe("live-blog stamps with a double hyphen, and lap times", () => {
  it("'6:42 p.m. -- That's a wrap': a stamp of the DCT's day; 'Ortega 1:13.402' is no clock time", () => {
    const blog = 'Updated 6:42 p.m. ET\n\n6:42 p.m. -- That is a wrap.\n\n5:58 p.m. -- Chequered flag. Top five: Ortega 1:13.402, Lamarre +0.118.\n\n1:05 p.m. -- Good afternoon and welcome, a day after rain overnight on Thursday.';
    const t = tx(blog, '2026-06-19T18:42');
    expect(t.filter((x) => x.type === 'TIME' && /p\.m\./.test(x.text)).map((x) => x.value)).toEqual(['2026-06-19T18:42', '2026-06-19T18:42', '2026-06-19T17:58', '2026-06-19T13:05']);
    expect(t.map((x) => x.text)).not.toContain('1:13');
  });
});
