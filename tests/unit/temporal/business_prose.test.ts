/**
 * Dates inside market and business prose: figures next to days, months used as modifiers, the
 * month under discussion, the present as a period.
 */
import { describe, expect, it } from 'vitest';
import { brief, find, tx } from './helpers.ts';

const DCT = '2024-10-28'; // a Monday

describe('business prose', () => {
  it('keeps the day after a figure chrono could take for a clock time', () => {
    expect(brief(tx('The index fell 6.43 on Friday.', DCT))).toEqual([['Friday', 'DATE', '2024-10-25']]);
    expect(brief(tx('The index fell 1.4%, or 6.43, on Friday, to 437.68.', DCT))).toEqual([['Friday', 'DATE', '2024-10-25']]);
    expect(brief(tx('Shares rose 2.50 on Oct. 3 in heavy trading.', DCT))).toEqual([['Oct. 3', 'DATE', '2024-10-03']]);
    // the figure itself is never a time
    expect(brief(tx('The stock paid 2.50 a share.', DCT))).toEqual([]);
  });

  it('starts a span at the expression, not at the punctuation before it', () => {
    const t = tx('The index, which fell 1.4%, on Friday, closed at 437.68.', DCT);
    expect(brief(t)).toEqual([['Friday', 'DATE', '2024-10-25']]);
  });

  it('reads a capitalised month used as a modifier after a determiner', () => {
    expect(brief(tx('The bank is trying to sell itself under a June agreement with shareholders.', DCT))).toEqual([['June', 'DATE', '2024-06']]);
    expect(brief(tx('The March elections will be close.', DCT))).toEqual([['March', 'DATE', '2025-03']]);
    // a name is not a month
    expect(brief(tx('She met June Carter in Nashville.', DCT))).toEqual([]);
    expect(brief(tx('He said the deal may be done.', DCT))).toEqual([]);
  });

  it("takes 'the following month' and 'later that month' from the month under discussion", () => {
    expect(brief(tx('In March, shareholders urged the company to act. The following month, it put itself up for sale.', DCT))).toEqual([
      ['March', 'DATE', '2024-03'],
      ['The following month', 'DATE', '2024-04'],
    ]);
    expect(brief(tx('The strike began on Dec. 3, 2023. Later that month, talks resumed.', DCT))).toEqual([
      ['Dec. 3, 2023', 'DATE', '2023-12-03'],
      ['Later that month', 'DATE', '2023-12'],
    ]);
    expect(brief(tx('Prices rose in December 2022 and fell the previous month.', DCT))).toEqual([
      ['December 2022', 'DATE', '2022-12'],
      ['the previous month', 'DATE', '2022-11'],
    ]);
    // 'a month-old strike' and 'the month before the vote' are not the month under discussion
    expect(tx('The month-old strike goes on.', DCT).map((t) => t.text)).not.toContain('The month');
  });

  it("reads 'these days' as the present", () => {
    expect(brief(tx('Stocks are cheap these days, analysts said.', DCT))).toEqual([['these days', 'DATE', 'PRESENT_REF']]);
  });
});

describe("British 'the year to September'", () => {
  it('is a twelve-month span, as \'the year ended\' is', () => {
    expect(find('In the year to September, inflation was 2.1%.', '2024-11-08', 'the year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(find('House prices rose 3% in the year to 30 June.', '2024-11-08', 'the year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });
  it("'the year to date' is still the year", () => {
    expect(find('Shares are up 20% for the year to date.', '2024-11-08', 'the year')).toMatchObject({ type: 'DATE', value: '2024' });
  });
});

describe("'next fiscal year', 'last financial year'", () => {
  it("are years counted from the DCT's, like 'fiscal 2025'", () => {
    expect(find('The company expects to return to profit next fiscal year.', '2024-11-08', 'next fiscal year')).toMatchObject({ type: 'DATE', value: '2025' });
    expect(find('Revenue fell in the last fiscal year.', '2024-11-08', 'the last fiscal year')).toMatchObject({ value: '2023' });
    expect(find('Profit rose this financial year.', '2024-11-08', 'this financial year')).toMatchObject({ value: '2024' });
  });
});

describe("'the September quarter'", () => {
  it('is the calendar quarter ending that month, its year from the tense', () => {
    expect(find('Exports rose in the September quarter.', '2024-11-08', 'the September quarter')).toMatchObject({ type: 'DATE', value: '2024-Q3' });
    expect(find('Profit fell in the December 2023 quarter.', '2024-11-08', 'the December 2023 quarter')).toMatchObject({ value: '2023-Q4' });
    expect(find('The company expects growth in the March quarter.', '2024-11-08', 'the March quarter')).toMatchObject({ value: '2025-Q1' });
  });
});

describe('the end of a reporting period, and the quarter a past verb speaks of', () => {
  it("'the three months ended Sept. 30' does not become the day under discussion: a clock time after it keeps the story's day", () => {
    const text = 'Shares fell 9 percent on Tuesday. Net income for the three months ended Sept. 30 was $148 million. The stock opened at $84.10 at 9:30 a.m. EDT.';
    expect(find(text, '2024-10-29', '9:30 a.m. EDT')).toMatchObject({ value: '2024-10-29T09:30' });
  });
  it("after an outlook for the fourth quarter, 'revenue grew 11 percent in the quarter' is the quarter that is over", () => {
    const text = 'The company reported third-quarter earnings. "Our pipeline for the fourth quarter is the strongest it has been," she said. Subscription revenue grew 11 percent in the quarter.';
    expect(find(text, '2024-10-29', 'the quarter')).toMatchObject({ value: '2024-Q3' });
  });
});

describe('quarters by months, split years, delivery months and opening hours', () => {
  it("'could pick up in the January-March quarter' (said in October) is next year's; 'July-September' alone a quarter; 'from July to September' two months", () => {
    expect(find('Sales could pick up in the January-March quarter if prices stay flat.', '2019-10-19', 'the January-March quarter')).toMatchObject({ value: '2020-Q1' });
    expect(find('Housing sales slide 18% in July-September as stock piles up', '2019-10-19', 'July-September')).toMatchObject({ value: '2019-Q3' });
    expect(tx('It ran from July to September.', '2019-10-19').map((t) => t.text)).toEqual(['July', 'September']);
  });
  it("'the 2014-15 financial year', 'the 2007/08 season' are whole spans, valued by the year they start in; '1998-99 budget' keeps the years", () => {
    expect(find('It takes the bill for the 2014-15 financial year to $1,620.', '2014-06-13', 'the 2014-15 financial year')).toMatchObject({ value: '2014' });
    expect(find('Its final estimate for the 2007/08 season is due.', '2008-06-09', 'the 2007/08 season')).toMatchObject({ value: '2007' });
    expect(find('The 1998-99 budget passed.', '1998-06-09', '1998-99')).toMatchObject({ value: '1998' });
  });
  it("'white maize for July delivery traded' is the contract month ahead; 'money we had budgeted for June' a month", () => {
    expect(find('White maize for July delivery traded at R1,690 a tonne.', '2008-06-09', 'July')).toMatchObject({ value: '2008-07' });
    expect(find('We are spending in March money we had budgeted for June.', '2008-06-09', 'June')).toMatchObject({ value: '2008-06' });
    expect(tx("Thanks for June's help.", '2008-06-09')).toEqual([]);
  });
  it("'this time last year' is the DCT's month a year back; 'this time next year' a year ahead", () => {
    expect(find('A tonne of urea cost about R3,200 this time last year.', '2008-06-09', 'this time last year')).toMatchObject({ value: '2007-06' });
    expect(find('By this time next year it will double.', '2008-06-09', 'this time next year')).toMatchObject({ value: '2009-06' });
  });
  it("'which normally begin in late March', 'farmers usually plant in the spring' are no one year's", () => {
    expect(find('The long rains, which normally begin in late March, came early.', '2009-03-09', 'late March')).toMatchObject({ value: 'XXXX-03', mod: 'END' });
    expect(find('Farmers usually plant in the spring.', '2009-03-09', 'the spring')).toMatchObject({ value: 'XXXX-SP' });
  });
  it("'open 8am to 8pm Monday to Friday': the hours and the days of a habit; 'from 9 a.m. Monday to 5 p.m. Friday' two times", () => {
    expect(brief(tx('The hardship line is open 8am to 8pm Monday to Friday and 9am to 1pm on Saturdays.', '2014-06-13'))).toEqual([
      ['8am', 'TIME', 'XXXX-XX-XXT08:00'], ['8pm', 'TIME', 'XXXX-XX-XXT20:00'], ['Monday', 'SET', 'XXXX-WXX-1'], ['Friday', 'SET', 'XXXX-WXX-5'],
      ['9am', 'TIME', 'XXXX-XX-XXT09:00'], ['1pm', 'TIME', 'XXXX-XX-XXT13:00'], ['Saturdays', 'SET', 'XXXX-WXX-6'],
    ]);
    expect(brief(tx('The vote runs from 9 a.m. Monday to 5 p.m. Friday.', '2014-06-13'))).toEqual([['9 a.m. Monday', 'TIME', '2014-06-16T09:00'], ['5 p.m. Friday', 'TIME', '2014-06-20T17:00']]);
  });
  it("'between 4pm and 8pm on weekdays' is a set of weekdays", () => {
    expect(find('It will charge 48 cents between 4pm and 8pm on weekdays.', '2014-06-13', 'weekdays')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-WD' });
  });
});

describe('the small hours and the middle of a season', () => {
  it("'the small hours of Sunday' is that morning; 'the early hours of Thursday morning' keeps 'Thursday morning' alone", () => {
    expect(find('Fighting erupted in the small hours of Sunday.', '2001-03-27', 'the small hours of Sunday')).toMatchObject({ type: 'TIME', value: '2001-03-25TMO' });
    expect(find('It burned in the early hours of Thursday morning.', '1999-10-08', 'Thursday morning')).toMatchObject({ value: '1999-10-07TMO' });
  });
  it("'in the middle of winter' is the winter, mod MID", () => {
    expect(find('People will get the first bill in the middle of winter.', '2014-06-13', 'the middle of winter')).toMatchObject({ value: '2014-WI', mod: 'MID' });
  });
});

describe("Indian fiscal quarters: 'Q3 FY25', 'Q4 of FY24', 'FY2024 Q1'", () => {
  it('are one expression, valued by the fiscal year\'s label', () => {
    expect(find('Net profit for Q3 FY25 rose 12 per cent.', '2024-03-16', 'Q3 FY25')).toMatchObject({ type: 'DATE', value: '2025-Q3' });
    expect(find('In Q4 of FY24, costs rose.', '2024-03-16', 'Q4 of FY24')).toMatchObject({ value: '2024-Q4' });
    expect(find('FY2024 Q1 sales fell.', '2024-03-16', 'FY2024 Q1')).toMatchObject({ value: '2024-Q1' });
  });
});

describe('transport and timetable prose', () => {
  it("'the April-to-June quarter' is a calendar quarter; 'by December-end' the end of that month", () => {
    expect(find('84.1% of trains ran on time in the April-to-June quarter.', '2012-10-24', 'the April-to-June quarter')).toMatchObject({ value: '2012-Q2' });
    expect(find('The line would open only by March 2026, and not by December-end as promised earlier this year.', '2025-11-28', 'December-end')).toMatchObject({ value: '2025-12', mod: 'END' });
  });
  it("'change twice a year, in May and December' are any year's months; 'every Saturday in June' is this June", () => {
    expect(brief(tx("Britain's rail timetables change twice a year, in May and December.", '2012-10-24'))).toEqual([
      ['twice a year', 'SET', 'P1Y'], ['May', 'DATE', 'XXXX-05'], ['December', 'DATE', 'XXXX-12']]);
    expect(find('A clinic will run every Saturday in June.', '2019-06-13', 'June')).toMatchObject({ value: '2019-06' });
  });
  it("'her course beginning Sept. 25 filled up' is the nearest Sept. 25; 'The week beginning 3 March was busy' the past one", () => {
    expect(find('Her course beginning Sept. 25 filled up in three days.', '1995-09-14', 'Sept. 25')).toMatchObject({ value: '1995-09-25' });
    expect(find('The week beginning 3 March was busy.', '1995-09-14', '3 March')).toMatchObject({ value: '1995-03-03' });
    expect(find('Starting Monday, shops close at 6pm.', '1995-09-14', 'Monday')).toMatchObject({ value: '1995-09-18' });
  });
  it("'had moved to a flat near the upcoming station in April' is the April behind", () => {
    expect(find('She said she had moved to a flat near the upcoming station in April.', '2025-11-28', 'April')).toMatchObject({ value: '2025-04' });
  });
});

describe("'the same period' after a month named in its sentence", () => {
  it('is that month, not the quarter in focus', () => {
    expect(find('The landed cost of petrol went up by about nine per cent last month, and the shilling lost ground over the same period.', '2013-09-14', 'the same period'))
      .toMatchObject({ value: '2013-08' });
  });
});

describe('a futures contract is named by its delivery month', () => {
  it("'November soybeans', 'for December delivery', 'the August contract': the nearest such month from the DCT's on", () => {
    const all = tx('November soybeans lost 6 cents. Corn for December delivery settled lower. The August contract fell.', '1991-10-08');
    expect(all.map((t) => [t.text, t.value])).toEqual([['November', '1991-11'], ['December', '1991-12'], ['August', '1992-08']]);
  });
  it('a month before another noun is still read by its tense', () => {
    expect(find('August sales fell 3 percent.', '1991-10-08', 'August')).toMatchObject({ value: '1991-08' });
  });
});

describe("'the same week last year', 'the same quarter of 1989': the period just named, a year back or in the year named", () => {
  it('takes the week of the day named, or the quarter, month or half named', () => {
    expect(find('Viewing share rose to 8.2 per cent in the week ended June 5, against 5.9 per cent in the same week last year.', '2004-06-15T21:40', 'the same week last year')).toMatchObject({ value: '2003-W23' });
    expect(find('Advertising fell 11 percent in the fourth quarter compared with the same quarter of 1989.', '1991-02-14', 'the same quarter of 1989')).toMatchObject({ value: '1989-Q4' });
    expect(find('Sales rose in March compared with the same month of 2019.', '2021-05-01', 'the same month of 2019')).toMatchObject({ value: '2019-03' });
    expect(find('Volumes in the first half of this year were up nine per cent on the same period of 2004.', '2005-10-03', 'the same period of 2004')).toMatchObject({ value: '2004-H1' });
    // nothing of its kind named before it: the year
    expect(find('Profit doubled compared with the same quarter of 2019.', '2021-05-01', 'the same quarter of 2019')).toMatchObject({ value: '2019' });
  });
});

describe("'the same month last year' after a month named in its sentence", () => {
  it('is one expression, that month a year back', () => {
    expect(find('Approvals dropped to 7,420 in September, down a third on the same month last year.', '2007-11-29', 'the same month last year')).toMatchObject({ value: '2006-09' });
  });
});

describe('the same period a year before a half-year named in the sentence', () => {
  it("'in the first half of the year, compared with the same period last year' is that half a year before", () => {
    expect(find('Arrivals rose 18 per cent in the first half of the year, compared with the same period last year.', '2006-07-14', 'the same period last year')).toMatchObject({ value: '2005-H1' });
  });
});

describe('a day declared a holiday is one to come', () => {
  it("'has declared Friday a work-free day', 'declared Monday a national day of mourning'", () => {
    expect(find('The state government has declared Friday a work-free day in the emirate.', '2008-02-21', 'Friday')).toMatchObject({ value: '2008-02-22' });
    expect(find('The president declared Monday a national day of mourning.', '2008-02-21', 'Monday')).toMatchObject({ value: '2008-02-25' });
    expect(find('The president declared on Monday that the war was over.', '2008-02-21', 'Monday')).toMatchObject({ value: '2008-02-18' });
  });
});

describe('what is booked for lies ahead', () => {
  it("'had been booked for the week of May 16', 'were fixed for the weekend': what is booked for lies ahead", () => {
    expect(find('Every hotel room within 40 miles had been booked for the week of May 16.', '1994-04-08', 'the week of May 16')).toMatchObject({ value: '1994-W20' });
    expect(find('The main celebrations were fixed for the weekend to allow guests to travel.', '2008-02-21', 'the weekend')).toMatchObject({ value: '2008-W08-WE' });
  });
  it("'Bookings for December are already ahead', 'bookings for the summer were up 6%'", () => {
    expect(find('Bookings for December are already 40 per cent ahead of last year.', '2006-07-14', 'December')).toMatchObject({ value: '2006-12' });
    expect(find('The operator said bookings for the summer were up 6% on last year.', '2011-03-18', 'the summer')).toMatchObject({ value: '2011-SU' });
  });
  it('a month in a past report without a booking stays back', () => {
    expect(find('Sales for December were up 6%.', '2007-03-18', 'December')).toMatchObject({ value: '2006-12' });
  });
});

describe('a closing price on a day', () => {
  it("'a 31% premium to the closing price on Friday', in a plan told on a Monday, is last Friday's", () => {
    expect(find("Pellham will pay $54 a share, a 31% premium to Stroud's closing price on Friday.", '2017-05-22', 'Friday')).toMatchObject({ value: '2017-05-19' });
  });
});

