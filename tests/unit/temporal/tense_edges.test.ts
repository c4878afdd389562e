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
