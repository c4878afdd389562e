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
