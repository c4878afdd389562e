import { describe, expect, it } from 'vitest';
import { brief, find, tx } from './helpers.ts';

describe('absolute and month-day dates', () => {
  it('full dates in several formats', () => {
    expect(find('The agreement was signed on Nov. 23, 2025, in Geneva.', '2025-11-30', 'Nov. 23, 2025').value).toBe('2025-11-23');
    expect(find('Filings dated 11/23/2025 were released.', '2025-12-01', '11/23/2025').value).toBe('2025-11-23');
    expect(find('It happened on Sunday, November 23, 2025, officials said.', '2025-11-25', 'Sunday, November 23, 2025').value).toBe('2025-11-23');
  });
  it("a year clipped to two digits after a preposition: \"In '77\", \"since '08\", \"the class of '92\"", () => {
    expect(tx("\"In '77 we watched the glow from the porch,\" she said.", '1987-09-09').map((t) => [t.text, t.value])).toEqual([["'77", '1977']]);
    expect(find("Prices have doubled since '08.", '2021-01-01', "'08")).toMatchObject({ value: '2008' });
    expect(find("The class of '92 will graduate in June.", '1987-09-09', "'92")).toMatchObject({ value: '1992' });
    expect(tx("The '80s tour sold out, and Rock '83 was a flop; he is 6' 11\".", '1987-09-09').map((t) => t.text)).toEqual(["The '80s"]);
  });
  it("years of the era: 'AD 910', 'around A.D. 1080', '400 BC' (BC0400, as HeidelTime writes it)", () => {
    expect(tx('The village was built around A.D. 1080. The hoard was buried in AD 910. The fort dates from 400 BC.', '1987-10-13').map((t) => [t.text, t.value, t.mod]))
      .toEqual([['around A.D. 1080', '1080', 'APPROX'], ['AD 910', '0910', undefined], ['400 BC', 'BC0400', undefined]]);
  });
  it("a month-day takes the DCT's year, or the neighbouring one by tense and distance", () => {
    expect(find('The two presidents would have a phone call on Nov. 24.', '2025-11-23', 'Nov. 24').value).toBe('2025-11-24');
    expect(find('Shares closed at a record on Dec. 15.', '2026-01-10', 'Dec. 15').value).toBe('2025-12-15');
    expect(find('The offer expires Jan. 2, the company said.', '2025-11-03', 'Jan. 2').value).toBe('2026-01-02');
  });
  it("'Monday, November 24' uses weekday agreement for the year", () => {
    const t = find('Talks resume Monday, November 24, in Abu Dhabi.', '2025-11-23', 'Monday, November 24');
    expect([t.type, t.value]).toEqual(['DATE', '2025-11-24']);
  });
  it("'Late Nov. 22' keeps 'Late' in the span with mod END; 'early on Nov. 23' START", () => {
    const late = find('Late Nov. 22, the White House circulated a new draft.', '2025-11-23', 'Late Nov. 22');
    expect([late.value, late.mod]).toEqual(['2025-11-22', 'END']);
    const early = find('The drones struck early on Nov. 23, local officials said.', '2025-11-24', 'early on Nov. 23');
    expect([early.value, early.mod]).toEqual(['2025-11-23', 'START']);
  });
  it('the morning of a date is a part of day', () => {
    const t = find('Delegations met on the morning of Monday, November 24, in Geneva.', '2025-11-23', 'the morning of Monday, November 24');
    expect([t.type, t.value]).toEqual(['TIME', '2025-11-24TMO']);
  });
  it("a date before 'at <number>' keeps its date: 'after Jan. 1, 2026 at 1,015 francs a share'", () => {
    expect(find('The bank may buy the stake after Jan. 1, 2026 at 1,015 francs a share.', '2025-10-27', 'Jan. 1, 2026').value).toBe('2026-01-01');
  });
  it("'the day before last Tuesday' and 'the week of March 6' are one expression each", () => {
    const t = 'The day before last Tuesday\'s hearing, the uncle went to see him.';
    expect(find(t, '2026-02-26', 'The day before last Tuesday').value).toBe('2026-02-23');
    expect(find('The case may be resolved in a hearing the week of March 9.', '2026-02-26', 'the week of March 9')).toMatchObject({ type: 'DATE', value: '2026-W11' });
    expect(find('The day after Christmas, stores reopened.', '2026-01-05', 'The day after Christmas').value).toBe('2025-12-26');
  });
  it("'April 24 and 25', 'Nov. 3 to 5': the second day is a date of its own", () => {
    const s = 'A ceremony will be held at the summit on April 24 and 25.';
    expect(brief(tx(s, '2025-02-10'))).toEqual([['April 24', 'DATE', '2025-04-24'], ['25', 'DATE', '2025-04-25']]);
    expect(brief(tx('Talks ran from Nov. 3 to 5 in Geneva.', '2025-11-20'))).toEqual([['Nov. 3', 'DATE', '2025-11-03'], ['5', 'DATE', '2025-11-05']]);
    // the second day is in the first one's year, even where the two alone would be read in different years
    expect(brief(tx('The exhibit runs from March 1 to 15.', '2013-03-20'))).toEqual([['March 1', 'DATE', '2014-03-01'], ['15', 'DATE', '2014-03-15']]);
    // counts after a date are not days
    expect(tx('Shares fell on May 2 and 3 percent more the next week.', '2025-05-20').map((t) => t.text)).not.toContain('3');
    expect(tx('The storm hit on Oct. 3 and 45 people died.', '2025-10-20').map((t) => t.text)).not.toContain('45');
  });
  it('a weekday range runs forward within a week', () => {
    expect(brief(tx('Offices will close from Friday through Sunday.', '2025-11-26'))).toEqual([['Friday', 'DATE', '2025-11-28'], ['Sunday', 'DATE', '2025-11-30']]);
    expect(brief(tx('Fighting raged from Tuesday to Thursday, officials said.', '2025-11-26'))).toEqual([['Tuesday', 'DATE', '2025-11-18'], ['Thursday', 'DATE', '2025-11-20']]);
  });
  it('no leading preposition in spans', () => {
    expect(tx('The vote is set for Tuesday, officials said on Friday.', '2025-11-23').map((t) => t.text)).toEqual(['Tuesday', 'Friday']);
  });
});

describe('clock times', () => {
  it('a time with a zone attaches to the day being discussed', () => {
    const t = find('The statement was posted at 9:25 pm ET.', '2025-11-22', '9:25 pm ET');
    expect([t.type, t.value]).toEqual(['TIME', '2025-11-22T21:25']);
  });
  it("a zoned time takes the DCT's calendar day in that zone", () => {
    // 02:30 UTC on Nov 24 is still Nov 23 in New York
    expect(find('The statement was posted at 9:25 pm ET.', '2025-11-24T02:30:00Z', '9:25 pm ET').value).toBe('2025-11-23T21:25');
  });
  it('a time with a weekday', () => {
    const t = find('Polls close at 8 p.m. EST Tuesday.', '2025-11-23', '8 p.m. EST Tuesday');
    expect([t.type, t.value]).toEqual(['TIME', '2025-11-25T20:00']);
  });
  it("a clock time takes the day after its parenthetical: '10:35 a.m. (0735 GMT) Friday'", () => {
    const s = 'The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.';
    expect(find(s, '2025-11-22', 'about 10:35 a.m.').value).toBe('2025-11-21T10:35');
    expect(find(s, '2025-11-22', 'Friday').value).toBe('2025-11-21');
  });
  it("a time in parentheses keeps its parentheses out: '(4 a.m. EDT Thursday)'", () => {
    const t = find("The father will leave at 4 in the morning (4 a.m. EDT Thursday), the president said.", '2025-11-26', '4 a.m. EDT Thursday');
    expect([t.type, t.value]).toEqual(['TIME', '2025-11-27T04:00']);
  });
  it("'mid afternoon' written with a space", () => {
    expect(find('By mid afternoon, officials were saying the road was open.', '2025-03-06', 'mid afternoon').value).toBe('2025-03-06TAF');
  });
  it('noon and midnight', () => {
    expect(find('The ultimatum expires at noon Thursday.', '2025-11-23', 'noon Thursday').value).toBe('2025-11-27T12:00');
  });
  it("'until midnight' / 'past midnight' in the past is the midnight that opened the day, ahead the one that closes it", () => {
    // 'until' alone is no cue here: the verb before the preposition says which midnight
    expect(find('The minister spoke until midnight, aides said.', '2025-11-23', 'midnight').value).toBe('2025-11-22T24:00');
    expect(find('The talks went on past midnight.', '2025-11-23', 'midnight').value).toBe('2025-11-22T24:00');
    expect(find('The polling stations will stay open until midnight.', '2025-11-23', 'midnight').value).toBe('2025-11-23T24:00');
    expect(find('Ballots must arrive by midnight.', '2025-11-23', 'midnight').value).toBe('2025-11-23T24:00');
  });
  it('prices and scores are not times', () => {
    expect(brief(tx('Earnings rose to 2.50 a share, and the index closed at 10.', '2025-11-23'))).toEqual([]);
  });
});

describe('a year before a plural noun', () => {
  const DCT = '2025-11-24';
  it("'the 2011 protests', 'in 2016 elections' are years", () => {
    expect(find('Students who joined the 2011 protests are now in parliament.', DCT, '2011').value).toBe('2011');
    expect(find('Turnout was lower than in 2016 elections, officials said.', DCT, '2016').value).toBe('2016');
  });
  it("'1500 protesters', 'some 2000 troops' are counts", () => {
    const texts = (s: string) => tx(s, DCT).map((t) => t.text);
    expect(texts('Police said 1500 protesters marched on the ministry.')).not.toContain('1500');
    expect(texts('Some 2000 troops were deployed to the border.')).not.toContain('2000');
  });
  it("behind 'the', a round number before people counted is a count: 'the 2000 delegates', not 'the 2016 candidates'", () => {
    const texts = (s: string) => tx(s, DCT).map((t) => t.text);
    expect(texts('Organisers said the 2000 delegates would vote by a show of hands.')).not.toContain('2000');
    expect(texts('The 1900 protesters dispersed after the police arrived.')).not.toContain('1900');
    expect(texts('Its 2000 employees were told to stay home.')).not.toContain('2000');
    expect(find('The 2016 candidates spent more on television than ever.', DCT, '2016').value).toBe('2016');
    expect(find('The 2000 elections were the closest in memory.', DCT, '2000').value).toBe('2000');
    expect(find('Investigators reopened the 2000 murders last month.', DCT, '2000').value).toBe('2000');
  });
});

describe("'Super Tuesday'", () => {
  it("is a date of a known year and an unknown day (party calendars set it), never this week's Tuesday", () => {
    expect(find('Turnout was high when she voted on Super Tuesday.', '2024-03-14', 'Super Tuesday')).toMatchObject({ type: 'DATE', value: '2024-XX-XX' });
    expect(find('Voters will go to the polls on Super Tuesday.', '2023-11-02', 'Super Tuesday').value).toBe('2024-XX-XX');
    expect(find('He swept the South on Super Tuesday in 2020.', '2023-11-02', 'Super Tuesday').value).toBe('2020-XX-XX');
    expect(tx('She voted on Super Tuesday.', '2024-03-14').map((t) => t.text)).not.toContain('Tuesday');
  });
});

describe('movable holidays', () => {
  const DCT = '2026-03-30'; // a Monday; Easter 2026 is April 5
  it('Easter and the days around it follow the Gregorian computus', () => {
    expect(find('Pilgrims are expected in Rome for Easter.', DCT, 'Easter').value).toBe('2026-04-05');
    expect(find('Shops will close on Good Friday.', DCT, 'Good Friday').value).toBe('2026-04-03');
    expect(find('The pope celebrated Mass on Palm Sunday.', DCT, 'Palm Sunday').value).toBe('2026-03-29');
  });
  it("'Easter week' / 'Holy Week' is the ISO week of Easter Sunday, this one while it runs", () => {
    expect(find('Hotels in the old town are full for Holy Week.', DCT, 'Holy Week').value).toBe('2026-W14');
    expect(find('Hotels were full during Thanksgiving week.', '2025-12-02', 'Thanksgiving week').value).toBe('2025-W48');
  });
  it("'the Thanksgiving holiday' is the holiday", () => {
    expect(find('Talks will resume after the Thanksgiving holiday.', '2025-11-24', 'Thanksgiving').value).toBe('2025-11-27');
  });
  it("'This Diwali he has promised to fly': 'this' is the year's own, whatever the tense", () => {
    expect(find('"This Diwali he has promised to fly," she said.', '2011-10-03', 'This Diwali').value).toBe('2011-10-26');
    expect(find('We stayed home this Easter.', '2011-05-03', 'this Easter').value).toBe('2011-04-24');
  });
  it("'the previous Christmas' is the one a year before; 'Christmas hampers', 'the Thanksgiving drive' are no days", () => {
    expect(find('The pantry gave out 1,410 hampers the previous Christmas.', '2026-01-17', 'the previous Christmas').value).toBe('2024-12-25');
    expect(tx('It handed out 1,860 Christmas hampers, and the Thanksgiving drive and its Christmas appeal fell short.', '2026-01-17')).toEqual([]);
  });
  it("'last Thanksgiving' keeps 'last' in its span", () => {
    expect(find('The bakery opened last Thanksgiving.', '2026-02-10', 'last Thanksgiving').value).toBe('2025-11-27');
  });
  it("names are not days: 'the Good Friday agreement', 'Black Monday', 'Christmas sales'", () => {
    const texts = (s: string) => tx(s, DCT).map((t) => t.text);
    expect(tx('Both parties signed the Good Friday agreement.', DCT)).toEqual([]);
    expect(tx('The index lost 22% on Black Monday.', DCT)).toEqual([]);
    expect(texts('Retailers reported weak Christmas sales.')).not.toContain('Christmas');
  });
});

describe("a bare 'March' or 'May' after a plan's 'for'", () => {
  it("'scheduled for March', 'set for May' are months", () => {
    expect(find('Elections are scheduled for March.', '2025-11-26', 'March').value).toBe('2026-03');
    expect(find('The referendum is set for May.', '2025-11-26', 'May').value).toBe('2026-05');
  });
  it("'support for May' is a name", () => {
    expect(tx('Polls showed rising support for May among voters.', '2025-11-26')).toEqual([]);
  });
});

describe("day-first dates after 'from'", () => {
  it("'from 1 July', 'from 3 June', 'from 1 May' are days (chrono reads 'from 1' as a clock time)", () => {
    expect(tx('Businesses will pay less payroll tax from 1 July and more from next year.', '2019-06-18').map((t) => [t.text, t.value])).toEqual([['1 July', '2019-07-01'], ['next year', '2020']]);
    expect(find('The new timetable applies from 3 June.', '2019-05-20', '3 June')).toMatchObject({ value: '2019-06-03' });
  });
  it("'from 1 to 3 August': both days, the second with its month; no clock time 'one to three'", () => {
    expect(tx('The festival runs from 1 to 3 August.', '2019-06-18').map((t) => [t.text, t.value])).toEqual([['1', '2019-08-01'], ['3 August', '2019-08-03']]);
  });
  it("'on 1 July, and again on 1 July 2021': the year written with a later mention is not the first one's", () => {
    expect(tx('The threshold will rise on 1 July, and again on 1 July 2021.', '2019-06-18').map((t) => t.value)).toEqual(['2019-07-01', '2021-07-01']);
  });
});

describe('Labour Day, a weekday and its day of the month, a year before its season', () => {
  it("Labour Day: September's first Monday in Canada, October's fourth in New Zealand; 'Thanksgiving Monday' whole", () => {
    expect(find('Shops in Toronto, Ontario, will close on Labour Day.', '2005-08-22', 'Labour Day')).toMatchObject({ value: '2005-09-05' });
    expect(find('Lifts in Queenstown, New Zealand, will run until Labour Day.', '2027-09-24', 'Labour Day')).toMatchObject({ value: '2027-10-25' });
    expect(find('Shops in Toronto, Ontario, will close on Thanksgiving Monday.', '2005-08-22', 'Thanksgiving Monday')).toMatchObject({ value: '2005-10-10' });
  });
  it("'Friday the 13th', 'Sunday the 1st': the nearest month where that day falls on that weekday", () => {
    expect(find('Opening day is Friday the 13th.', '1987-11-05', 'Friday the 13th')).toMatchObject({ type: 'DATE', value: '1987-11-13' });
    expect(find('The race was held on Sunday the 1st.', '1987-11-05', 'Sunday the 1st')).toMatchObject({ value: '1987-11-01' });
  });
  it("'The 2027 winter', 'the 1996 summer season': the year's season; not the 'Summer Olympics'", () => {
    expect(find('The 2027 winter opened in June.', '2027-09-24', 'The 2027 winter')).toMatchObject({ value: '2027-WI' });
    expect(find('Sales for the 1996 summer season rose.', '1997-01-10', 'the 1996 summer')).toMatchObject({ value: '1996-SU' });
    expect(tx('He won gold at the 2016 Summer Olympics.', '2027-09-24').map((t) => t.value)).toEqual(['2016']);
  });
});

describe('weekends of a day or of a month, and more holidays', () => {
  it("'the weekend of October 20', 'the last weekend of February', 'the first weekend in June': one weekend each", () => {
    const t = tx('The round moves to the weekend of October 20, after the last weekend of February was ruled out, and the first weekend in June.', '2011-10-08');
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['the weekend of October 20', '2011-W42-WE'], ['the last weekend of February', '2011-W08-WE'], ['the first weekend in June', '2011-W22-WE'],
    ]);
  });
  it("Family Day (Canada), Melbourne Cup Day (Australia), Bloomsday; not a school's 'Family Day'", () => {
    expect(find('The library in Ontario will close on Family Day.', '2026-01-21', 'Family Day')).toMatchObject({ value: '2026-02-16' });
    expect(find('Melbourne Cup Day is a holiday in Victoria and Sydney, Australia.', '2026-01-21', 'Melbourne Cup Day')).toMatchObject({ value: '2026-11-03' });
    expect(find('Readings in Dublin will run until Bloomsday.', '2019-05-17', 'Bloomsday')).toMatchObject({ value: '2019-06-16' });
    expect(tx('The school in Ontario holds a Family Day on Saturday.', '2026-01-21').map((x) => x.text)).toEqual(['Saturday']);
  });
});
