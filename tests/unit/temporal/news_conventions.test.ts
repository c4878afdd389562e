import { describe, expect, it } from 'vitest';
import { find, tx } from './helpers.ts';

describe("business-news 'the year'", () => {
  it("'for the year' is the DCT's year", () => {
    expect(find('For the year, cereal volume was flat, the company said.', '2024-10-30', 'the year')).toMatchObject({ type: 'DATE', value: '2024' });
    expect(find('Sales rose 4% in the first nine months of the year.', '2024-10-30', 'the year')).toMatchObject({ type: 'DATE', value: '2024' });
  });
  it("'the year ended March 31' is a twelve-month span", () => {
    expect(find('The unit had revenue of $76 million for the year ended March 31.', '2024-10-30', 'the year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(find('In the fiscal year ending June 30, the bank lost money.', '2024-10-30', 'the fiscal year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
  });
  it("not 'the year before', 'the year-earlier quarter', 'the year 2000', 'the year when'", () => {
    const texts = (s: string) => tx(s, '2024-10-30').map((t) => t.text);
    expect(texts('Profit was $3 million, down from $4 million the year before.')).not.toContain('the year');
    expect(texts('Net fell from the year-earlier quarter.')).not.toContain('the year');
    expect(texts('The bug was feared before the year 2000.')).not.toContain('the year');
    expect(texts('It was the year when everything changed.')).not.toContain('the year');
  });
});

describe("'the quarter' in earnings reports", () => {
  it("'the quarter ended July 31' is the calendar quarter holding most of its months", () => {
    expect(find('In the quarter ended July 31, the retailer had 5.6 million shares outstanding.', '2024-10-30', 'the quarter')).toMatchObject({ value: '2024-Q2' });
    expect(find('For the quarter ended Sept. 30, the airline posted net income of $133 million.', '2024-10-30', 'the quarter')).toMatchObject({ value: '2024-Q3' });
    expect(find('For the quarter ended Jan. 31, sales fell.', '2024-03-10', 'the quarter')).toMatchObject({ value: '2023-Q4' });
  });
  it('a fiscal quarter already in focus keeps the focus', () => {
    const text = 'The company earned $5 million in the fiscal first quarter. It reported sales of $538 million for the quarter ended Sept. 29.';
    expect(find(text, '2024-10-26', 'the quarter')).toMatchObject({ value: '2024-Q1' });
  });
  it("'the quarter to $2.35 billion' is a quarter, 'quarter-to-quarter' is not", () => {
    expect(find('Revenue inched up 3.7% in the quarter to $2.35 billion.', '2024-10-30', 'the quarter')).toMatchObject({ type: 'DATE', value: '2024-Q3' });
    expect(tx('The quarter-to-quarter comparison was also enhanced by charges.', '2024-10-30').map((t) => t.text)).not.toContain('The quarter');
  });
});

describe("'last'/'next' before a month-day", () => {
  it("'last Oct. 23' is the month-day, in the past", () => {
    expect(find('The doctor was shot last Oct. 23 in his home.', '1999-04-19', 'Oct. 23')).toMatchObject({ type: 'DATE', value: '1998-10-23' });
  });
  it("'next March 3' is the coming March 3 even when the nearest one is past", () => {
    expect(find('The talks will resume next March 3, officials said.', '1999-04-19', 'March 3')).toMatchObject({ value: '2000-03-03' });
  });
  it("'last March' alone is still the month", () => {
    expect(find('Prices rose last March.', '1999-04-19', 'last March')).toMatchObject({ value: '1998-03' });
  });
});

describe('decades and centuries as durations', () => {
  it("'less than a decade' is counted in years like 'about a decade'", () => {
    expect(find('The ban lasted less than a decade.', '1999-03-12', 'less than a decade')).toMatchObject({ type: 'DURATION', value: 'P10Y' });
    expect(find('He ruled for about a decade.', '1999-03-12', 'about a decade')).toMatchObject({ type: 'DURATION', value: 'P10Y' });
  });
});

describe("'a year earlier' after a span of months", () => {
  it("after 'for the nine months' it is the year before, not the quarter in focus", () => {
    const text = 'Net income rose 12% in the third quarter. For the nine months, the company earned $40 million, compared with a loss a year earlier.';
    expect(find(text, '2024-10-30', 'a year earlier')).toMatchObject({ value: '2023' });
  });
  it('a quarter named again brings the quarter back into focus', () => {
    const text = 'For the first nine months, sales rose 5%. In the third quarter, profit fell from $3 million a year earlier.';
    expect(find(text, '2024-10-30', 'a year earlier')).toMatchObject({ value: '2023-Q3' });
  });
});

describe('a quarter placed a year back is one expression', () => {
  const DCT = '2024-10-30';
  it("'the quarter a year ago', 'the corresponding period last year', 'last year's quarter' are the quarter in focus a year earlier", () => {
    const text = 'The chip maker lost $41 million in the third quarter. For the quarter a year ago, it posted a profit of $7 million.';
    expect(find(text, DCT, 'the quarter a year ago')).toMatchObject({ type: 'DATE', value: '2023-Q3' });
    const t2 = 'The brewer\'s second-quarter profit slipped to $90 million from $95 million in the corresponding period last year. Exports for last year\'s quarter were flat.';
    expect(find(t2, DCT, 'the corresponding period last year').value).toBe('2023-Q2');
    expect(find(t2, DCT, "last year's quarter").value).toBe('2023-Q2');
  });
  it("'last year's $2 billion' is still last year", () => {
    expect(find("Sales rose to $2.5 billion from last year's $2 billion.", DCT, 'last year').value).toBe('2023');
  });
});

describe('a year-earlier comparison after an outlook', () => {
  const DCT = '2024-10-24'; // the fourth quarter under way
  const outlook = 'The paper maker posted a 40% drop in third-quarter profit. Analysts expect the slump to deepen in the fourth quarter and to last through the second quarter of 2025. ';
  it('goes back to the last quarter that has ended, whose results are reported', () => {
    expect(find(outlook + 'In the year-ago period, the company earned $80 million.', DCT, 'the year-ago period').value).toBe('2023-Q3');
    expect(find(outlook + 'Sales fell to $1.1 billion from $1.3 billion a year earlier.', DCT, 'a year earlier').value).toBe('2023-Q3');
    expect(find(outlook + 'In the 2023 period, it had earned $3 million.', DCT, 'the 2023 period').value).toBe('2023-Q3');
  });
  it("keeps the quarter ahead when the comparison is part of the outlook, and a quarter over when it is the last one named", () => {
    const text = 'Profit fell in the third quarter. The company expects fourth-quarter sales to match the year-earlier level.';
    expect(find(text, DCT, 'year-earlier').value).toBe('2023-Q4');
    expect(find('Profit fell in the second quarter. The third quarter was better than a year earlier.', DCT, 'a year earlier').value).toBe('2023-Q3');
    // no quarter over named: the quarter in focus, as before
    expect(find('Orders for the fourth quarter were 5% above the year-ago period.', DCT, 'the year-ago period').value).toBe('2023-Q4');
  });
});

describe("'the October-December quarter': a quarter named by its months", () => {
  const DCT = '2024-03-12';
  it('is that calendar quarter, its year as for any quarter named without one', () => {
    expect(find('The economy shrank 0.4% in the October-December quarter.', DCT, 'the October-December quarter')).toMatchObject({ type: 'DATE', value: '2023-Q4' });
    expect(find('Output grew in the July-September 2022 period.', DCT, 'the July-September 2022 period').value).toBe('2022-Q3');
    expect(find('Exports fell in the January-March quarter.', DCT, 'the January-March quarter').value).toBe('2024-Q1');
  });
  it('months that are no calendar quarter stay months', () => {
    const texts = tx("The retailer's December-February quarter was weak.", DCT).map((t) => t.text);
    expect(texts).toEqual(['December', 'February']);
    expect(tx('Prices rose between October and December.', DCT).map((t) => t.text)).toEqual(['October', 'December']);
  });
});

describe("'the 1988 period' in a results story", () => {
  const DCT = '2024-10-30';
  it("is that year's quarter in focus", () => {
    const text = 'The retailer swung to a loss in the third quarter. In the 2023 period, it had earned $3 million.';
    expect(find(text, DCT, 'the 2023 period')).toMatchObject({ type: 'DATE', value: '2023-Q3' });
    expect(find('Online orders doubled in the second quarter from the 2023 quarter.', DCT, 'the 2023 quarter').value).toBe('2023-Q2');
  });
  it("is the year after a span of months, and the year with no quarter in focus", () => {
    const text = 'For the first nine months, the carrier earned $1.2 billion, up from $800 million in the 2023 period.';
    expect(find(text, DCT, 'the 2023 period').value).toBe('2023');
    expect(find('Revenue doubled from the 2019 period.', DCT, 'the 2019 period').value).toBe('2019');
  });
});

describe('halves and parts of day as one expression', () => {
  it("'the second half of the year' is one half-year", () => {
    expect(find('Growth should pick up in the second half of the year.', '2025-11-24', 'the second half of the year')).toMatchObject({ type: 'DATE', value: '2025-H2' });
    expect(tx('Growth should pick up in the second half of the year.', '2025-11-24').map((t) => t.text)).not.toContain('the year');
  });
  it("'before dawn on Sunday', 'at dusk Friday' join the part of day and the day", () => {
    expect(find('Shelling resumed shortly before dawn on Sunday.', '2025-11-24', 'dawn on Sunday')).toMatchObject({ type: 'TIME', value: '2025-11-23TMO' });
    expect(find('The convoy left at dusk Friday.', '2025-11-24', 'dusk Friday')).toMatchObject({ type: 'TIME', value: '2025-11-21TEV' });
  });
});

describe("a death notice's arrangements, told without a verb, are still to come", () => {
  it("'Reposing at ... on Wednesday evening from 5pm', 'Removal on Thursday morning'", () => {
    const all = tx("Reposing at Gallagher's Funeral Home on Wednesday evening from 5pm. Removal on Thursday morning to St Brendan's Church.", '2017-11-14T18:47');
    expect(all.map((t) => [t.text, t.value])).toEqual([['Wednesday evening', '2017-11-15TEV'], ['5pm', '2017-11-15T17:00'], ['Thursday morning', '2017-11-16TMO']]);
  });
  it("a notice told in the past stays back: 'Funeral Mass was held on Monday'", () => {
    expect(find('Funeral Mass was held on Monday at St Brendan\'s.', '2017-11-14', 'Monday')).toMatchObject({ value: '2017-11-13' });
  });
});
