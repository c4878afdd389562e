import { describe, expect, it } from 'vitest';
import { find, tx } from './helpers.ts';

const DCT = '2025-11-23'; // a Sunday, ISO week 47

describe('deictic days and narrative days', () => {
  it('today / yesterday / tomorrow', () => {
    expect(find('Officials said today that aid would flow.', DCT, 'today').value).toBe('2025-11-23');
    expect(find('The minister resigned yesterday.', DCT, 'yesterday').value).toBe('2025-11-22');
    expect(find('Parliament votes tomorrow.', DCT, 'tomorrow').value).toBe('2025-11-24');
  });
  it("'later that day' / 'earlier in the day' / 'the same day' are the day being discussed", () => {
    const text = 'Rebels entered the city on Nov. 20. Later that day, the army withdrew. The same day, the UN met.';
    expect(find(text, DCT, 'Later that day').value).toBe('2025-11-20');
    expect(find(text, DCT, 'The same day').value).toBe('2025-11-20');
    const t2 = 'The strike hit a market on Friday. Earlier in the day, sirens sounded.';
    expect(find(t2, DCT, 'Earlier in the day').value).toBe('2025-11-21');
  });
  it("'the day before,' and 'the day after.' count from the day being discussed; 'the day before the vote' is no date of its own", () => {
    expect(find('Rebels entered the city on Nov. 20. The day before, the army had withdrawn.', DCT, 'The day before').value).toBe('2025-11-19');
    expect(find('Rebels entered the city on Nov. 20. Aid arrived the day after.', DCT, 'the day after').value).toBe('2025-11-21');
    expect(tx('Rebels entered the city on Nov. 20, the day before the vote.', DCT).map((t) => t.text)).not.toContain('the day before');
    expect(tx('The day before he died, he wrote a letter.', DCT).map((t) => t.text)).not.toContain('The day before');
  });
  it("'that afternoon' is a part of the day being discussed, 'the next afternoon' of the day after", () => {
    const text = 'Rebels entered the city on Nov. 20. That afternoon, the army withdrew. The next afternoon, the UN met.';
    expect(find(text, DCT, 'That afternoon').value).toBe('2025-11-20TAF');
    expect(find(text, DCT, 'The next afternoon').value).toBe('2025-11-21TAF');
    expect(find('Rebels entered the city on Nov. 20. That night, the army withdrew.', DCT, 'That night').value).toBe('2025-11-20TNI');
  });
  it("'the previous Friday' counts from the day being discussed", () => {
    expect(find('Stocks fell on Thursday, Nov. 20, after rising the previous Friday.', DCT, 'the previous Friday').value).toBe('2025-11-14');
  });
});

describe('weeks, months, years, quarters', () => {
  it('weeks are weeks, not days', () => {
    expect(find('The envoy visited Kyiv last week.', DCT, 'last week').value).toBe('2025-W46');
    expect(find('Talks continue this week.', DCT, 'this week').value).toBe('2025-W47');
    expect(find('A summit is planned next week.', DCT, 'next week').value).toBe('2025-W48');
  });
  it('months and years relative to the DCT', () => {
    expect(find('Prices rose last month.', DCT, 'last month').value).toBe('2025-10');
    expect(find('Growth slowed this year.', DCT, 'this year').value).toBe('2025');
    expect(find('Elections are due early next year.', DCT, 'early next year')).toMatchObject({ value: '2026', mod: 'START' });
    expect(find('Inflation peaked two years ago.', DCT, 'two years ago').value).toBe('2023');
  });
  it('bare years and decades', () => {
    expect(find('The pipeline was built in 2010.', DCT, '2010').value).toBe('2010');
    expect(find('Crime fell sharply in the 1990s.', DCT, 'the 1990s').value).toBe('199');
    expect(find('He served in the late 1980s.', DCT, 'the late 1980s')).toMatchObject({ value: '198', mod: 'END' });
  });
  it('quarters and fiscal years', () => {
    expect(find('Profit rose 12% in the third quarter.', DCT, 'the third quarter').value).toBe('2025-Q3');
    expect(find('Third-quarter revenue beat forecasts.', DCT, 'Third-quarter').value).toBe('2025-Q3');
    expect(find('The company expects a loss in fiscal 2026.', DCT, 'fiscal 2026').value).toBe('2026');
    expect(find('Sales for FY 2025 beat forecasts.', DCT, 'FY 2025').value).toBe('2025');
    expect(find("The plan runs through fiscal '27.", DCT, "fiscal '27").value).toBe('2027');
    const q = 'Net income rose in the third quarter. A year earlier, the company lost money.';
    expect(find(q, DCT, 'A year earlier').value).toBe('2024-Q3');
  });
  it("year-end is the end of the DCT's year; 'since year-end' the last one", () => {
    expect(find('The company expects to complete the sale by year-end.', '2025-11-02', 'year-end')).toMatchObject({ value: '2025', mod: 'END' });
    expect(find("New rules should be in place by year's end.", '2025-10-26', "year's end")).toMatchObject({ value: '2025', mod: 'END' });
    expect(find('The index has risen 12% since year-end.', '2025-10-30', 'year-end')).toMatchObject({ value: '2024', mod: 'END' });
    // an adjective, not a time of its own
    expect(tx('In 2024, when year-end profit was lower, the bank cut jobs.', '2025-10-30').map((t) => t.text)).not.toContain('year-end');
  });
  it('halves: the last half of a year, the first two quarters', () => {
    expect(find('Earnings will be lower for the last half of 2025.', '2025-10-26', 'the last half of 2025').value).toBe('2025-H2');
    expect(find('Weak demand may last through the first two quarters of 2026.', '2025-10-26', 'the first two quarters of 2026').value).toBe('2026-H1');
    expect(find("Sales were flat in the last half of the '80s.", '2025-10-26', "the last half of the '80s")).toMatchObject({ value: '198', mod: 'END' });
  });
  it("'post-1959', 'pre-1990' are years with their prefix", () => {
    expect(find('The post-1959 politics split thousands of families.', '2025-02-24', 'post-1959')).toMatchObject({ value: '1959', mod: 'AFTER' });
    expect(find('Output is back to pre-1990 levels.', '2025-02-24', 'pre-1990')).toMatchObject({ value: '1990', mod: 'BEFORE' });
  });
  it("a month without a year: 'in early August' in a March article is last August unless future cues", () => {
    expect(find('The ceasefire collapsed in early August.', '2025-03-10', 'early August')).toMatchObject({ value: '2024-08', mod: 'START' });
    expect(find('The ceasefire will be reviewed in early August.', '2025-03-10', 'early August').value).toBe('2025-08');
    expect(find('Exports fell in January.', '2025-03-10', 'January').value).toBe('2025-01');
  });
  it("a fronted month takes the tense of the clause after the comma: 'In January, the company brought in ...'", () => {
    expect(find('In January, the hospital group brought in a new chief executive.', '2025-10-27', 'January').value).toBe('2025-01');
    expect(find('In January, the hospital group will open a new wing.', '2025-10-27', 'January').value).toBe('2026-01');
  });
  it("a past verb right before a month-day keeps it behind the DCT: 'the fiscal year ended Jan. 31'", () => {
    expect(find('In the fiscal year ended Jan. 31, the retailer reported sales of $59 million.', '2025-10-31', 'Jan. 31').value).toBe('2025-01-31');
    // declared and paid later: 'payable Dec. 7', 'will be paid Dec. 14' stay ahead
    expect(find('Directors declared a dividend payable Dec. 7 to holders of record.', '2025-10-27', 'Dec. 7').value).toBe('2025-12-07');
    expect(find('The increased dividend will be paid Dec. 14 to holders of record.', '2025-10-27', 'Dec. 14').value).toBe('2025-12-14');
    expect(find('The offer was extended to Nov. 20.', '2025-10-31', 'Nov. 20').value).toBe('2025-11-20');
  });
  it("a future modal keeps a bare month ahead: 'will be named commander for a mission in December'", () => {
    expect(find('Colonel Reyes will be named commander of the space shuttle for a mission in December.', '2025-03-04', 'December').value).toBe('2025-12');
    // without the modal the nearer past December wins
    expect(find('Colonel Reyes was named commander of the space shuttle for a mission in December.', '2025-03-04', 'December').value).toBe('2024-12');
  });
  it("broadcast transcripts: a month or season with a spelled-out year", () => {
    expect(find('Oil fell to the level we saw in the winter of nineteen ninety-four.', '2025-02-23', 'the winter of nineteen ninety-four').value).toBe('1994-WI');
    expect(find('January nineteen ninety-seven. A bomb exploded at a clinic.', '2025-02-27', 'January nineteen ninety-seven').value).toBe('1997-01');
  });
  it("'a week or so ago' is an approximate date", () => {
    expect(find('Then, a week or so ago, the general picked the day.', '2025-11-24', 'a week or so ago')).toMatchObject({ type: 'DATE', value: '2025-W47', mod: 'APPROX' });
  });
  it('seasons and holidays', () => {
    expect(find('Fighting intensified last summer.', DCT, 'last summer').value).toBe('2025-SU');
    // said in December: last year's Thanksgiving, not the one a week back
    expect(find('Talks stalled over Thanksgiving last year.', '2025-12-05', 'Thanksgiving').value).toBe('2024-11-28');
    expect(find('Talks stalled over Thanksgiving.', '2025-12-05', 'Thanksgiving').value).toBe('2025-11-27');
  });
});

describe('references', () => {
  it('now / currently / recently / the past / the future', () => {
    expect(find('The front is now quiet.', DCT, 'now').value).toBe('PRESENT_REF');
    expect(find('Some 600,000 troops are currently deployed.', DCT, 'currently').value).toBe('PRESENT_REF');
    expect(find('The army recently retook the town.', DCT, 'recently').value).toBe('PAST_REF');
    expect(find('Such deals failed in the past.', DCT, 'the past').value).toBe('PAST_REF');
    expect(find('Sanctions may be eased in the future.', DCT, 'the future').value).toBe('FUTURE_REF');
  });
});

describe("'soon' and 'the future'", () => {
  const texts = (x: string, dct = '2025-11-23') => tx(x, dct).map((t) => t.text);
  it("'soon' ahead of the DCT is FUTURE_REF, and so is 'as soon as possible'", () => {
    expect(find('Prosecutors may soon seek an indictment.', '2025-11-23', 'soon')).toMatchObject({ type: 'DATE', value: 'FUTURE_REF' });
    expect(find('The airline said it will resume flights as soon as possible.', '2025-11-23', 'as soon as possible')).toMatchObject({ value: 'FUTURE_REF' });
  });
  it("not 'as soon as' an event, 'soon after', or a past 'soon'", () => {
    expect(texts('The group could leave as soon as the roads reopen.')).toEqual([]);
    expect(texts('He was arrested soon after the attack.')).toEqual([]);
    expect(texts('A trickle of cash soon became a flood.')).toEqual([]);
    expect(texts('He was soon released from the hospital.')).toEqual([]);
  });
  it("'the future of' something is its fate, not a time; 'in the future' is", () => {
    expect(texts('The vote is very important to the future of our peoples.')).toEqual([]);
    expect(texts('Analysts said the future looks bleak for the carrier.')).toEqual([]);
    expect(find('Whether it helps in the future is yet to be seen.', '2025-11-23', 'the future')).toMatchObject({ value: 'FUTURE_REF' });
  });
});

describe("'today' that is a day", () => {
  it("a sentence-initial 'Today' and 'today's meeting' are the DCT", () => {
    expect(find('Officials met. Today the talks resume.', '2024-10-28', 'Today')).toMatchObject({ value: '2024-10-28' });
    expect(find("Today's meeting was tense, a delegate said.", '2024-10-28', 'Today')).toMatchObject({ value: '2024-10-28' });
  });
});

describe('a narrative day after a month named as when something happened', () => {
  const DCT = '2025-11-24';
  it("'that same day' after 'last March' is a day of that March", () => {
    const text = 'Inspectors visited the mine on Tuesday. Floods have closed it twice, the latest last March, when a tunnel collapsed. Its manager resigned that same day.';
    expect(find(text, DCT, 'that same day').value).toBe('2025-03-XX');
  });
  it("'later that day' after 'in June 2019' keeps the month and year", () => {
    expect(find('The treaty was signed in June 2019. Later that day, protesters marched.', DCT, 'Later that day').value).toBe('2019-06-XX');
  });
  it('a day named after the month still wins', () => {
    const text = 'Talks began in March. On March 12, the envoy arrived. Later that day, the talks collapsed.';
    expect(find(text, DCT, 'Later that day').value).toBe('2025-03-12');
  });
  it('a month used as a modifier is no time of an event', () => {
    const text = 'The ministry said Monday that October exports rose. Later that day, the prime minister spoke.';
    expect(find(text, DCT, 'Later that day').value).toBe('2025-11-24');
  });
});

describe("'N days later' counts from an event in the story, not from the DCT", () => {
  const DCT = '2025-11-24';
  it("'Three days later' / 'two weeks earlier' are durations, the signal left out of the span", () => {
    const text = 'The dam failed after heavy rain. Three days later, rescuers reached the village.';
    expect(find(text, DCT, 'Three days')).toMatchObject({ type: 'DURATION', value: 'P3D' });
    expect(find('Two weeks earlier, the ministry had warned of floods.', DCT, 'Two weeks')).toMatchObject({ type: 'DURATION', value: 'P2W' });
    expect(find('A few days later, the mayor resigned.', DCT, 'A few days')).toMatchObject({ type: 'DURATION', value: 'PXD' });
  });
  it('from the day just named, when there is one', () => {
    expect(find('The dam failed on March 3. Three days later, rescuers reached the village.', DCT, 'Three days later')).toMatchObject({ type: 'DATE', value: '2025-03-06' });
    expect(find('The talks opened on Friday. Two weeks earlier, the envoy had resigned.', DCT, 'Two weeks earlier')).toMatchObject({ type: 'DATE', value: '2025-11-07' });
    expect(find('Voting ended on Nov. 2. A day later, the count began.', DCT, 'A day later').value).toBe('2025-11-03');
  });
  it("'ago' and 'from now' still count from the DCT", () => {
    expect(find('The dam failed three days ago.', DCT, 'three days ago')).toMatchObject({ type: 'DATE', value: '2025-11-21' });
    expect(find('The dam will reopen two weeks from now.', DCT, 'two weeks from now')).toMatchObject({ type: 'DATE', value: '2025-W50' });
  });
  it("'a year earlier' in a results story stays a date", () => {
    expect(find('Profit rose to $5 million from $4 million a year earlier.', DCT, 'a year earlier').type).toBe('DATE');
  });
});

describe("'of tomorrow' / 'of today' in general", () => {
  const DCT = '2025-11-24';
  it("'the leaders of tomorrow' is FUTURE_REF, 'the youth of today' PRESENT_REF", () => {
    expect(find('The academy trains the leaders of tomorrow.', DCT, 'tomorrow').value).toBe('FUTURE_REF');
    expect(find('The youth of today face a harder job market.', DCT, 'today').value).toBe('PRESENT_REF');
  });
  it('a day is still a day', () => {
    expect(find('The results of today\'s vote are due at midnight.', DCT, 'today').value).toBe('2025-11-24');
    expect(find('The events of yesterday shocked the capital.', DCT, 'yesterday').value).toBe('2025-11-23');
    expect(find('The minutes of the meeting of tomorrow will be published.', DCT, 'tomorrow').value).toBe('2025-11-25');
  });
});

describe("'four years later' counts from the year just named", () => {
  const DCT = '2025-11-26';
  it('years, months and decades from the year or month named in the same or previous sentence', () => {
    expect(find('She was first elected in 2012 and re-elected four years later.', DCT, 'four years later')).toMatchObject({ type: 'DATE', value: '2016' });
    expect(find('The mill opened in March 2020. Six months later it closed.', DCT, 'Six months later')).toMatchObject({ type: 'DATE', value: '2020-09' });
    expect(find('The club was founded in 1950. Three decades later it was sold.', DCT, 'Three decades later').value).toBe('1980');
  });
  it('with no year named, a duration (never the DCT plus four years)', () => {
    expect(find('He left the firm. Two years later, he returned.', DCT, 'Two years')).toMatchObject({ type: 'DURATION', value: 'P2Y' });
  });
  it("'a year earlier' in a results story is unchanged", () => {
    expect(find('Profit rose to $5 million from $4 million a year earlier.', DCT, 'a year earlier').value).toBe('2024');
  });
});

describe("'the first week of June': a week of a month", () => {
  const DCT = '2024-03-15'; // a Friday
  it('is the ISO week holding the middle of those seven days, its year from the tense', () => {
    expect(find('Talks are set for the second week of April.', DCT, 'the second week of April').value).toBe('2024-W15');
    expect(find('The floods came in the first week of June.', DCT, 'the first week of June').value).toBe('2023-W22');
    expect(find('The plant closed in the last week of June 2019.', DCT, 'the last week of June 2019').value).toBe('2019-W26');
  });
  it('a week under way is not ahead of the DCT', () => {
    expect(find('He resigned in the third week of March, aides said.', DCT, 'the third week of March').value).toBe('2024-W12');
  });
  it("'the last week of', 'the last year of the war' are not last week or last year", () => {
    const texts = (s: string) => tx(s, DCT).map((t) => t.text);
    expect(texts('The vote fell in the last week of the campaign.')).not.toContain('last week');
    expect(texts('Food ran out in the last year of the war.')).not.toContain('last year');
    expect(find('Prices fell last week.', DCT, 'last week').value).toBe('2024-W10');
    expect(texts('The vote fell in the last week of the campaign.')).not.toContain('the last week');
    expect(texts('Food ran out in the last year of the war.')).not.toContain('the last year');
  });
  it("'the last decade' keeps its determiner, as 'the past decade' does; 'the past decade', 'the past month' are stretches up to the DCT", () => {
    expect(find('Rents have doubled in the last decade.', DCT, 'the last decade').value).toBe('201');
    expect(find('Rents have doubled in the past decade.', DCT, 'the past decade')).toMatchObject({ type: 'DURATION', value: 'P10Y' });
    expect(find('Prices rose 2% over the past month.', DCT, 'the past month')).toMatchObject({ type: 'DURATION', value: 'P1M' });
    expect(find('Prices rose 2% over the past year.', DCT, 'the past year')).toMatchObject({ type: 'DATE', value: '2023' });
    expect(tx('The city grew fastest in the last decade of the century.', DCT).map((t) => t.text)).not.toContain('the last decade');
  });
});

describe("market reports: 'for the week', 'the week's'", () => {
  const DCT = '2024-03-18'; // a Monday
  it("is the week of the day under discussion (the Friday whose close is reported), else the DCT's", () => {
    expect(find('The index slipped 1.2% on Friday. For the week, it lost 3.8%.', DCT, 'the week').value).toBe('2024-W11');
    expect(find('Volume rose from Thursday, the week\'s busiest session.', DCT, 'the week').value).toBe('2024-W11');
    expect(find('Fuel prices will stay high for the week, traders said.', DCT, 'the week').value).toBe('2024-W12');
  });
  it("not 'the week before', 'the week ended Friday', 'a week'", () => {
    const texts = (s: string) => tx(s, DCT).map((t) => t.text);
    expect(texts('He was fired the week before.')).not.toContain('the week');
    expect(texts('The fund lost money for the week ended Friday.')).not.toContain('the week');
  });
});

describe('a year fronting its sentence is its months, seasons and holidays', () => {
  it("'In 1967 the band played Carnegie Hall on St Patrick's Day', also after ', and'", () => {
    expect(find("In 1967 the band played Carnegie Hall on St Patrick's Day.", '2017-11-14', "St Patrick's Day")).toMatchObject({ value: '1967-03-17' });
    expect(find("The record was a hit in 1965, and in 1967 the band played Carnegie Hall on St Patrick's Day.", '2017-11-14', "St Patrick's Day")).toMatchObject({ value: '1967-03-17' });
  });
  it("'After the flood in 1965, he told families they could pay in the fall', and its months", () => {
    expect(find('After the flood in 1965, he told families they could pay in the fall, after harvest.', '1992-02-19', 'the fall')).toMatchObject({ value: '1965-FA' });
    expect(find('After the flood in 1965, he sold pumps at cost in March.', '1992-02-19', 'March')).toMatchObject({ value: '1965-03' });
  });
  it("not a year of its own later in the sentence, nor 'Since 1965', nor 'last'", () => {
    expect(find("Since 1965 the band has played on St Patrick's Day.", '2017-11-14', "St Patrick's Day").value).not.toBe('1965-03-17');
    expect(find('In 1990 the firm moved, and it moved again last March.', '1992-02-19', 'last March')).toMatchObject({ value: '1991-03' });
  });
});

describe("'this calendar year', 'last calendar year'", () => {
  it('is the year, the noun in the span', () => {
    const all = tx('It was the fifth cut this calendar year, after two last calendar year.', '2019-10-04');
    expect(all.map((t) => [t.text, t.value])).toEqual([['this calendar year', '2019'], ['last calendar year', '2018']]);
  });
});

describe('a count of units later, from the year just named', () => {
  it("'Half a century later', 'A century later': fifty and a hundred years on from the year named", () => {
    expect(find('The still ran for the first time on 14 November 1969. Half a century later, the firm is celebrating.', '2019-10-16', 'Half a century later')).toMatchObject({ type: 'DATE', value: '2019' });
    expect(find('It was built in 1890. A century later it burned down.', '2019-10-16', 'A century later')).toMatchObject({ type: 'DATE', value: '1990' });
  });
});

describe('a number after a month-day and a comma', () => {
  it("'on November 14, 50 years to the day after …': the number is a count, no year", () => {
    const t = tx('The celebrations begin at 6.30 pm IST on November 14, 50 years to the day after the first spirit ran.', '2019-10-16');
    expect(t.map((x) => [x.text, x.value])).toEqual([['6.30 pm IST on November 14', '2019-11-14T18:30'], ['50 years', 'P50Y']]);
  });
  it("'Visits on Aug. 12, 13 and 19 were cancelled': the sentence's first word is a noun, no schedule's verb", () => {
    expect(tx('Visits on Aug. 12, 13 and 19 were cancelled.', '2019-10-16').map((x) => x.value)).toEqual(['2019-08-12', '2019-08-13', '2019-08-19']);
  });
});

