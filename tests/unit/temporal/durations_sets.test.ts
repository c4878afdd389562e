import { describe, expect, it } from 'vitest';
import { brief, find, tx } from './helpers.ts';

const DCT = '2025-11-23';

describe('durations', () => {
  it('approximate and exact amounts keep their modifiers in the span', () => {
    expect(find('The talks lasted about a month.', DCT, 'about a month')).toMatchObject({ type: 'DURATION', value: 'P1M', mod: 'APPROX' });
    expect(find('The war has gone on for nearly four years.', DCT, 'nearly four years')).toMatchObject({ type: 'DURATION', value: 'P4Y' });
    expect(find('Prices doubled over the past 18 months.', DCT, 'the past 18 months')).toMatchObject({ type: 'DURATION', value: 'P18M' });
    expect(find('The meeting ran three hours.', DCT, 'three hours')).toMatchObject({ type: 'DURATION', value: 'PT3H' });
  });
  it('numbers with thousands separators', () => {
    expect(find('The siege lasted 1,000 days.', DCT, '1,000 days')).toMatchObject({ type: 'DURATION', value: 'P1000D' });
  });
  it('hyphenated adjectives', () => {
    expect(find('He signed a two-year contract.', DCT, 'two-year')).toMatchObject({ type: 'DURATION', value: 'P2Y' });
  });
  it("a unit with '-long' and no number is a duration ('day-long', 'decades-long', 'yearlong')", () => {
    expect(find('The families emerged from their third day-long meeting with officials.', DCT, 'day-long')).toMatchObject({ type: 'DURATION', value: 'P1D' });
    expect(find('It marks the end of a decades-long dispute over the border.', DCT, 'decades-long')).toMatchObject({ type: 'DURATION', value: 'PXDE' });
    expect(find('The yearlong inquiry ended on Friday.', DCT, 'yearlong')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(tx('The land belongs to a lifelong farmer.', DCT)).toEqual([]);
  });
  it("a duration heading its noun phrase keeps 'the'; one modifying a noun does not", () => {
    expect(find('For the nine months, the utility earned $210 million.', DCT, 'the nine months')).toMatchObject({ type: 'DURATION', value: 'P9M' });
    expect(find('She gave the union a week instead of the three days it had asked for.', DCT, 'the three days')).toMatchObject({ value: 'P3D' });
    expect(find('The eight-year plan was dropped.', DCT, 'eight-year')).toMatchObject({ value: 'P8Y' });
    expect(find('The two day summit opens in Oslo.', DCT, 'two day')).toMatchObject({ value: 'P2D' });
    expect(find('Prices rose in six months.', DCT, 'six months').value).toBe('P6M');
  });
  it("'two years before the war' is a duration without 'before'", () => {
    expect(find('He left two years before the war began.', DCT, 'two years')).toMatchObject({ type: 'DURATION', value: 'P2Y' });
  });
  it("'deliberated over two days before returning': 'over' a preposition stays out; 'over two years ago' is more than two", () => {
    expect(tx('The jury deliberated over two days before returning its verdict.', DCT).map((t) => t.text)).toEqual(['two days']);
    expect(find('It happened over two years ago.', DCT, 'over two years ago')).toMatchObject({ type: 'DATE', mod: 'MORE_THAN' });
  });
});

describe('sets', () => {
  it('every / each / adverbs', () => {
    expect(find('The market opens every Sunday.', DCT, 'every Sunday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-7' });
    expect(find('Tickets sell out each season.', DCT, 'each season')).toMatchObject({ type: 'SET' });
    expect(find('The council meets weekly.', DCT, 'weekly')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(find('Dividends are paid quarterly.', DCT, 'quarterly')).toMatchObject({ type: 'SET' });
    expect(find('The ferry sails twice a week.', DCT, 'twice a week')).toMatchObject({ type: 'SET', value: 'P1W' });
  });
  it('the unit of a rate is a SET of its own: "$50,000 a year", "700 seats a week", "£48m a year"', () => {
    expect(find('He earns $50,000 a year.', DCT, 'a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(find('The new route adds nearly 700 seats a week.', DCT, 'a week')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(find('Employers added 358,000 jobs a month over the winter.', DCT, 'a month')).toMatchObject({ type: 'SET', value: 'P1M' });
    expect(find('The scheme costs £48m a year to run.', DCT, 'a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(find('The mine ships 10 million tonnes of coal a year.', DCT, 'a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(find('Cleaners earn $13 an hour.', DCT, 'an hour')).toMatchObject({ type: 'SET', value: 'PT1H' });
    // the rate's amount and noun stay outside; a duration after a preposition is still a duration
    expect(tx('They hired 40 new people a month and trained for a week.', DCT).map((t) => [t.text, t.type])).toEqual([['a month', 'SET'], ['a week', 'DURATION']]);
  });
  it('a speed or the price of a night is a measure, not a rate of time', () => {
    expect(tx('Winds of 150 kilometres an hour hit the coast.', DCT)).toEqual([]);
    expect(tx('The glacier moved about 5 kilometers a year.', DCT)).toEqual([]);
    expect(tx('Rooms cost $55 a night, or from €95 per night in August.', DCT).map((t) => t.text)).toEqual(['August']);
    expect(tx('The chip runs 15 million instructions per second.', DCT)).toEqual([]);
  });
  it('a frequency adverb after an amount is a rate, not a timex', () => {
    const texts = (x: string) => tx(x, DCT).map((t) => t.text);
    expect(texts('Analysts expect revenue to grow 12% annually through 2028.')).not.toContain('annually');
    expect(texts('The new plant would build 5,000 cars annually.')).not.toContain('annually');
    expect(texts('The fund pays out $3 million yearly.')).not.toContain('yearly');
    expect(texts('Average daily trading volume was 40 million shares.')).not.toContain('daily');
  });
  it('a frequency adverb after a verb or a count of times is still a set', () => {
    expect(find('The festival is held annually in the capital.', DCT, 'annually')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(find('The committee meets weekly.', DCT, 'weekly')).toMatchObject({ type: 'SET', value: 'P1W' });
    // the count of times is part of the set, as in 'twice a week' (TimeML: freq)
    expect(find('Nurses check the patients three times daily.', DCT, 'three times daily')).toMatchObject({ type: 'SET', value: 'P1D' });
  });
});

describe('the time of day of a recurrence is part of the set', () => {
  it("'every Tuesday at 8 p.m.', 'at 10 a.m. each Monday' recur at that time", () => {
    expect(brief(tx('The quiz show airs every Tuesday at 8 p.m. on the public channel.', DCT))).toEqual([['every Tuesday at 8 p.m.', 'SET', 'XXXX-WXX-2T20:00']]);
    expect(brief(tx('At 10 a.m. each Monday, the council opens its doors.', DCT))).toEqual([['10 a.m. each Monday', 'SET', 'XXXX-WXX-1T10:00']]);
    expect(brief(tx('Buses leave every Friday at 6:45 pm EST.', DCT))).toEqual([['every Friday at 6:45 pm EST', 'SET', 'XXXX-WXX-5T18:45']]);
  });
  it("'every day at noon', '9 a.m. every day': a set and a clock time of no particular day, each its own", () => {
    expect(brief(tx('The gun is fired every day at noon from the castle.', DCT))).toEqual([['every day', 'SET', 'P1D'], ['noon', 'TIME', 'XXXX-XX-XXT12:00']]);
    expect(brief(tx('Screenings will begin at 9 a.m. every day, and lines run from 7 a.m. to 11 p.m. each day.', DCT))).toEqual([
      ['9 a.m.', 'TIME', 'XXXX-XX-XXT09:00'], ['every day', 'SET', 'P1D'], ['7 a.m.', 'TIME', 'XXXX-XX-XXT07:00'], ['11 p.m.', 'TIME', 'XXXX-XX-XXT23:00'], ['each day', 'SET', 'P1D'],
    ]);
  });
  it("'every fortnight' is every two weeks", () => {
    expect(find('The cuts would be reviewed every fortnight.', DCT, 'every fortnight')).toMatchObject({ type: 'SET', value: 'P2W' });
  });
  it("'roughly every two years', 'about every 20 minutes' keep the approximation (mod APPROX)", () => {
    expect(find('Royal tours came roughly every two years.', DCT, 'roughly every two years')).toMatchObject({ type: 'SET', value: 'P2Y', mod: 'APPROX' });
    expect(find('Buses run about every 20 minutes.', DCT, 'about every 20 minutes')).toMatchObject({ value: 'PT20M', mod: 'APPROX' });
  });
  it("'every Sunday morning', 'each Friday night' recur in that part of the day", () => {
    expect(brief(tx('The choir rehearses every Sunday morning.', DCT))).toEqual([['every Sunday morning', 'SET', 'XXXX-WXX-7TMO']]);
    expect(brief(tx('Fans queue each Friday night outside the club.', DCT))).toEqual([['each Friday night', 'SET', 'XXXX-WXX-5TNI']]);
  });
  it('a single day at a time stays a time; a clock time elsewhere in the sentence is not taken', () => {
    expect(brief(tx('The minister arrived on Tuesday at 8 p.m.', DCT))).toEqual([['Tuesday at 8 p.m.', 'TIME', '2025-11-18T20:00']]);
    expect(brief(tx('Every Thursday the market opens; on Friday at 9 a.m. it was shut.', DCT)).map((t) => t[0])).toEqual(['Every Thursday', 'Friday at 9 a.m.']);
    expect(tx('Parking costs $8 per day at most sites.', DCT).some((t) => /T\d/.test(t.value))).toBe(false);
  });
});

describe('a weekday before a plural part of day recurs', () => {
  it("'Sunday mornings', 'on Thursday nights' are sets with the part of day", () => {
    expect(find('The programme airs Sunday mornings on state radio.', '2025-11-24', 'Sunday mornings')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-7TMO' });
    expect(find('Volunteers patrol the park on Thursday nights.', '2025-11-24', 'Thursday nights')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-4TNI' });
  });
  it("'Monday and Wednesday evenings' gives each day the set", () => {
    const all = tx('The museum opens late on Monday and Wednesday evenings in winter.', '2025-11-24');
    expect(all.find((t) => t.text === 'Monday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1TEV' });
    expect(all.find((t) => t.text === 'Wednesday evenings')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-3TEV' });
  });
  it("a single 'Friday night' or 'Monday and Tuesday' stays a date", () => {
    expect(find('Crowds gathered Friday night outside the court.', '2025-11-24', 'Friday night')).toMatchObject({ type: 'TIME', value: '2025-11-21TNI' });
    expect(find('Talks were held Monday and Tuesday in Vienna.', '2025-11-26', 'Monday')).toMatchObject({ type: 'DATE', value: '2025-11-24' });
  });
});

describe("'one day' after a modal is an indefinite future, not a day's span", () => {
  it("'may one day', 'hopes to one day' are FUTURE_REF", () => {
    expect(find('Researchers say the vaccine may one day protect millions.', '2025-11-24', 'one day')).toMatchObject({ type: 'DATE', value: 'FUTURE_REF' });
    expect(find('The young striker hopes to one day captain the national side.', '2025-11-24', 'one day')).toMatchObject({ type: 'DATE', value: 'FUTURE_REF' });
  });
  it("'lasted one day', 'will strike for one day' stay durations", () => {
    expect(find('The general strike lasted one day.', '2025-11-24', 'one day')).toMatchObject({ type: 'DURATION', value: 'P1D' });
    expect(find('Teachers will strike for one day next week.', '2025-11-24', 'one day')).toMatchObject({ type: 'DURATION', value: 'P1D' });
  });
});

describe("the verb 'last' is not 'the last'", () => {
  it("'expected to last two weeks' spans only the duration", () => {
    const t = find('The inquiry is expected to last two weeks.', '2025-11-24', 'two weeks');
    expect(t).toMatchObject({ type: 'DURATION', value: 'P2W' });
    expect(t.direction).toBeUndefined();
    expect(find('The hearings could last three days.', '2025-11-24', 'three days').value).toBe('P3D');
  });
  it("'over the last three years' keeps its leader", () => {
    expect(find('Exports doubled over the last three years.', '2025-11-24', 'the last three years')).toMatchObject({ value: 'P3Y', direction: 'past' });
  });
});

describe('vague spans', () => {
  it("'for a while', 'for some time' are PXX durations", () => {
    expect(find('The bridge will stay closed to lorries for a while.', '2025-11-24', 'a while')).toMatchObject({ type: 'DURATION', value: 'PXX' });
    expect(find('Interest rates are likely to stay high for some time, the governor said.', '2025-11-24', 'some time')).toMatchObject({ type: 'DURATION', value: 'PXX' });
  });
  it("not a point: 'some time ago', 'a while ago', 'at some time'", () => {
    const texts = (s: string) => tx(s, '2025-11-24').map((t) => t.text);
    expect(texts('The two met some time ago.')).not.toContain('some time');
    expect(texts('She left the party a while ago.')).not.toContain('a while');
    expect(texts('The plant will close at some time.')).not.toContain('some time');
  });
  it("'several quarters of growth' is time, 'three quarters of the vote' a fraction", () => {
    expect(find('The chain posted a loss after several quarters of growth.', '2025-11-24', 'several quarters')).toMatchObject({ type: 'DURATION', value: 'PXQ' });
    expect(tx('The ruling party won three quarters of the vote.', '2025-11-24')).toEqual([]);
    expect(tx('A few quarters of the budget went unspent.', '2025-11-24')).toEqual([]);
  });
});

describe("a superlative's span: 'for the first time in years'", () => {
  it("'in years' / 'in decades' closing a superlative clause is a vague duration", () => {
    expect(find('The two leaders shook hands for the first time in years.', '2025-11-24', 'years')).toMatchObject({ type: 'DURATION', value: 'PXY' });
    expect(find('The river fell to its lowest level in decades, officials said.', '2025-11-24', 'decades')).toMatchObject({ type: 'DURATION', value: 'PXDE' });
  });
  it("not 'in months of talks' nor a counted span", () => {
    expect(tx('The deal was reached in months of talks.', '2025-11-24').map((t) => t.text)).not.toContain('months');
    expect(find('Rates are at their highest in 15 years.', '2025-11-24', '15 years').value).toBe('P15Y');
  });
});

describe("'daily' / 'weekly' as a newspaper", () => {
  const DCT = '2024-03-15';
  const texts = (s: string) => tx(s, DCT).map((t) => t.text);
  it("'the Communist Party daily Granma', 'the business daily said', \"People's Daily\" are papers, not sets", () => {
    expect(texts('The Communist Party daily Granma printed the letter on its front page.')).not.toContain('daily');
    expect(texts('The business daily Nikkei reported the merger.')).not.toContain('daily');
    expect(texts('The daily said the minister had resigned.')).not.toContain('daily');
    expect(texts("An editorial in the weekly, which is close to the army, called for calm.")).not.toContain('weekly');
    expect(texts("The party newspaper People's Daily reported the visit.")).not.toContain('Daily');
  });
  it("a paper named with its determiner and kind: 'the Roscommon weekly has', 'became a daily in 1891', 'a four-page weekly by'", () => {
    expect(texts('The Roscommon weekly has missed only a handful of issues since 1847.')).toEqual(['1847']);
    expect(texts('The paper was founded as a four-page weekly by a printer and became a daily in 1891.')).toEqual(['1891']);
    expect(texts('It is the third daily in the state to close this year.')).toEqual(['this year']);
    expect(texts('The company will also launch a weekly business magazine.')).toEqual([]);
    // a verb between the determiner and the word: the adverb of a recurrence
    expect(find('The meetings are held weekly.', DCT, 'weekly')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(find('The council meets weekly in the town hall.', DCT, 'weekly')).toMatchObject({ type: 'SET', value: 'P1W' });
  });
  it("'flights run daily', 'daily Mass', 'Daily, the group meets' stay sets", () => {
    expect(find('Ferries to the island run daily.', DCT, 'daily')).toMatchObject({ type: 'SET', value: 'P1D' });
    expect(find('The pope celebrates daily Mass in the chapel.', DCT, 'daily')).toMatchObject({ type: 'SET', value: 'P1D' });
    expect(find('Weekly, the council meets in the old town hall.', DCT, 'Weekly')).toMatchObject({ type: 'SET', value: 'P1W' });
  });
});

describe("'the 15th of each month'", () => {
  it('is a day of every month, one set', () => {
    expect(tx('The data is released on the 15th of each month.', '2024-11-08').map((t) => [t.text, t.type, t.value])).toEqual([['the 15th of each month', 'SET', 'XXXX-XX-15']]);
    expect(tx('Rent is due on the first of every month.', '2024-11-08').map((t) => [t.text, t.type, t.value])).toEqual([['the first of every month', 'SET', 'XXXX-XX-01']]);
  });
});

describe('more durations and approximations', () => {
  it("'a little over three years', 'slightly more than two months' keep the approximation (MORE_THAN)", () => {
    expect(find('The term ends in a little over three years.', DCT, 'a little over three years')).toMatchObject({ value: 'P3Y', mod: 'MORE_THAN' });
    expect(find('It took slightly more than two months.', DCT, 'slightly more than two months')).toMatchObject({ value: 'P2M', mod: 'MORE_THAN' });
  });
  it("'a whole year', 'a single day', '20-odd years' are spans; 'a single day shift', 'a day trip' are none", () => {
    expect(brief(tx('You might see two peregrines in a whole year. In a single day 1,000 hawks pass. It took him 20-odd years.', DCT)))
      .toEqual([['a whole year', 'DURATION', 'P1Y'], ['a single day', 'DURATION', 'P1D'], ['20-odd years', 'DURATION', 'P20Y']]);
    expect(find('It took him 20-odd years.', DCT, '20-odd years')).toMatchObject({ mod: 'APPROX' });
    expect(tx('The plant will return to a single day shift, and visitors can make a day trip.', DCT)).toEqual([]);
  });
  it("'if we wait another year', 'for another week' are one more of the unit; 'on another day' is none", () => {
    expect(find('If we wait another year, the hole only gets deeper.', DCT, 'another year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(find('The crossing will take at least another week.', DCT, 'at least another week')).toMatchObject({ value: 'P1W', mod: 'EQUAL_OR_MORE' });
    expect(find('The strike will last another fortnight.', DCT, 'another fortnight')).toMatchObject({ value: 'P2W' });
    expect(tx('We met on another day.', DCT)).toEqual([]);
  });
  it("'spends hours every night', 'spent days in hospital': a vague span", () => {
    expect(find('He spends hours every night online.', DCT, 'hours')).toMatchObject({ type: 'DURATION', value: 'PTXH' });
    expect(find('She spent days in hospital.', DCT, 'days')).toMatchObject({ type: 'DURATION', value: 'PXD' });
  });
  it("'A generation ago' is some time back", () => {
    expect(find('A generation ago, there were four corner stores here.', DCT, 'A generation ago')).toMatchObject({ type: 'DATE', value: 'PAST_REF' });
  });
});

describe('clock times of a recurrence named earlier in the sentence', () => {
  it("'Every Saturday morning for 31 years, he unlocked the door at 7 o'clock': every such day's hour", () => {
    expect(find("Every Saturday morning for 31 years, Stan unlocked the door of his store at 7 o'clock sharp.", '1996-03-09', "7 o'clock")).toMatchObject({ value: 'XXXX-XX-XXT07:00' });
    expect(find('A pop-up store will open every weekend this month, from 11am to 9pm.', '2023-10-03', '11am')).toMatchObject({ value: 'XXXX-XX-XXT11:00' });
  });
  it("'open until 10 p.m., seven days a week'", () => {
    expect(find('The store stayed open until 10 p.m., seven days a week.', '1996-03-09', '10 p.m.')).toMatchObject({ value: 'XXXX-XX-XXT22:00' });
  });
  it('a clock time of another sentence than the set keeps its day', () => {
    expect(find('He opened every Saturday. Last Saturday he closed at 7 p.m.', '1996-03-09', '7 p.m.')).toMatchObject({ value: '1996-03-02T19:00' });
  });
});

describe('more recurrences and spans', () => {
  it("'from 8 a.m. to 8 p.m. Eastern time daily', 'at 9:20 a.m. on Mondays, Wednesdays and Saturdays': hours of a recurrence", () => {
    expect(find('A toll-free line is open from 8 a.m. to 8 p.m. Eastern time daily.', DCT, '8 a.m.')).toMatchObject({ value: 'XXXX-XX-XXT08:00' });
    expect(find('Flights will leave at 9:20 a.m. on Mondays, Wednesdays and Saturdays.', DCT, '9:20 a.m.')).toMatchObject({ value: 'XXXX-XX-XXT09:20' });
  });
  it("'fortnightly', 'half-hourly' are sets; 'under an hour' keeps 'under' (LESS_THAN)", () => {
    expect(find('A counsellor visits fortnightly.', DCT, 'fortnightly')).toMatchObject({ type: 'SET', value: 'P2W' });
    expect(find('It plans half-hourly trains.', DCT, 'half-hourly')).toMatchObject({ type: 'SET', value: 'PT30M' });
    expect(find('The trip takes under an hour.', DCT, 'under an hour')).toMatchObject({ value: 'PT1H', mod: 'LESS_THAN' });
  });
  it("a title-case headline's 'Early Next Year' is a date; 'on This Week' a programme", () => {
    expect(find('Larkspur Pushes Home Hub to Early Next Year', '2026-06-09', 'Early Next Year')).toMatchObject({ value: '2027', mod: 'START' });
    expect(tx('He appeared on This Week with the host.', '2026-06-09')).toEqual([]);
  });
});

describe('a count before a hyphenated duration', () => {
  it("'three eight-hour shifts', 'three one-day stoppages' are one shift or stoppage long; 'thirty six hours' is 36", () => {
    expect(brief(tx('The plant runs three eight-hour shifts.', '2011-04-07'))).toEqual([['eight-hour', 'DURATION', 'PT8H']]);
    expect(brief(tx('Drivers voted for three one-day stoppages.', '2011-04-07'))).toEqual([['one-day', 'DURATION', 'P1D']]);
    expect(find('The siege lasted thirty six hours.', '2011-04-07', 'thirty six hours')).toMatchObject({ value: 'PT36H' });
    expect(find('The plan takes twenty-five years.', '2011-04-07', 'twenty-five years')).toMatchObject({ value: 'P25Y' });
  });
});

describe("'the first fortnight', 'the first hour': the first stretch of one unit", () => {
  it('is a span of that unit', () => {
    expect(find('We had more than 90 groups through in the first fortnight.', '1998-03-22', 'the first fortnight')).toMatchObject({ type: 'DURATION', value: 'P2W' });
    expect(find('Most of the damage was done in the first hour.', '1998-03-22', 'the first hour')).toMatchObject({ type: 'DURATION', value: 'PT1H' });
  });
  it("not 'the first week of July' nor 'the first month's rent'", () => {
    expect(find('The fair runs in the first week of July.', '1998-03-22', 'the first week of July')).toMatchObject({ type: 'DATE' });
    expect(tx("Tenants pay the first month's rent up front.", '1998-03-22')).toEqual([]);
  });
});

describe("hundreds and halves of units", () => {
  const DCT = '1997-10-03';
  const brief = (s: string) => tx(s, DCT).map((t) => [t.text, t.type, t.value]);
  it("'a hundred and fifty years', 'another hundred and fifty years', 'two hundred years' count hundreds", () => {
    expect(brief('For a hundred and fifty years people have told us we got it wrong.')).toEqual([['a hundred and fifty years', 'DURATION', 'P150Y']]);
    expect(brief('I hope they keep telling us for another hundred and fifty years.')).toEqual([['another hundred and fifty years', 'DURATION', 'P150Y']]);
    expect(brief('The mill stood for two hundred years.')).toEqual([['two hundred years', 'DURATION', 'P200Y']]);
  });
  it("'one half-hour bulletin', 'a half-hour slot' leave the article to the noun; 'waited a half-hour' keeps it", () => {
    expect(brief('Television news meant one half-hour bulletin.')).toEqual([['half-hour', 'DURATION', 'PT30M']]);
    expect(brief('The show moves to a half-hour slot.')).toEqual([['half-hour', 'DURATION', 'PT30M']]);
    expect(brief('He waited a half-hour.')).toEqual([['a half-hour', 'DURATION', 'PT30M']]);
    // 'half an hour and a half-day': the half-day is its own
    expect(brief('It took half an hour and a half-day.').map((t) => t[0])).toEqual(['half an hour', 'a half-day']);
  });
  it("a cricketer's 'half-century' is fifty runs", () => {
    expect(tx('He reached his half-century off 38 balls.', DCT)).toEqual([]);
  });
});
