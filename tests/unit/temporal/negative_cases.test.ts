import { describe, expect, it } from 'vitest';
import { find, tx } from './helpers.ts';

const DCT = '2025-11-23';
const none = (s: string) => expect(tx(s, DCT).map((t) => t.text)).toEqual([]);

describe('text that must yield no timex', () => {
  it('fractions are not dates', () => {
    none('Nearly 1/2 of the votes were counted, and 3/4 of the districts reported.');
  });
  it("'sat', 'may', 'march' as verbs or nouns", () => {
    none('The delegates sat in silence.');
    none('The plan may fail, officials warned.');
    none('Thousands joined a march on Washington.');
    none('Protesters march through the capital.');
  });
  it('numbers that are not years', () => {
    none('Some 1,200 troops and 600,000 personnel were mobilised.');
    none('The 28-point plan was drafted by the Group of 20 and discussed at the G20.');
    none('He finished second, and the second round is over.');
    none('Russia deployed 2000 soldiers near the border.');
  });
  it('fractions written as words and ages are not durations', () => {
    none('About three-quarters of voters backed him.');
    none('The 52 years old man was detained.');
  });
  it('newspaper names are not weekdays', () => {
    none('The Sunday Times reported the leak.');
    none('By Helen Carr, The Sunday Courier. The Sunday Nation reported it.');
    expect(find('On Sunday World leaders met.', DCT, 'Sunday')).toBeDefined();
  });
  it("'High Noon' and 'high noon' are not clock times", () => {
    none('The poster showed Gary Cooper in the film High Noon.');
    none('For the reformers, high noon has arrived.');
  });
  it('prices are not clock times', () => {
    none('Earnings were 2.50 a share.');
  });
  it("'USA Today' is a title; 'today's youth' and 'many of today's computers' are the present in general", () => {
    none('He told USA Today that he would run again.');
    none('The case is for today\'s youth what the blockade was for their parents.');
    none('Many of today\'s personal computers use the chip.');
  });
});

describe("a possessive's 'last night', an 'overnight' that means all at once", () => {
  it("'it was going to be her last night' names no night before the DCT", () => {
    expect(tx('She keeps saying she thought it was going to be her last night.', '1996-10-17')).toEqual([]);
    expect(find('He left last night.', '1996-10-17', 'last night')).toMatchObject({ value: '1996-10-16TNI' });
  });
  it("'changed the place overnight', 'became a star overnight' are no night; 'turned to snow overnight' is", () => {
    expect(tx('The killing changed the place overnight.', '2019-11-09')).toEqual([]);
    expect(tx('He became a star overnight.', '2019-11-09')).toEqual([]);
    expect(find('It turned to snow overnight.', '2019-11-09', 'overnight')).toMatchObject({ value: '2019-11-08TNI' });
  });
  it("'current' the noun (a monsoon current, 'the current is strong') is no present; 'the current plan' is", () => {
    none('Forecasters said a fresh monsoon current expected to enter the province would bring rain.');
    none('Swimmers were warned that the current is strong and were swept away by the current.');
    expect(find('Under the current plan, fees stay the same.', DCT, 'current')).toMatchObject({ value: 'PRESENT_REF' });
  });
  it("'two overnight expresses', 'an overnight sleeper' are kinds of train, no night", () => {
    none('Trains have been cancelled, including two overnight expresses and an overnight sleeper.');
    expect(find('Rain fell overnight.', '2011-10-27', 'overnight')).toMatchObject({ value: '2011-10-26TNI' });
  });
  it("'Extension 9 may have to wait': a lower-case 'may' after a number is the verb", () => {
    expect(tx('Residents of areas such as Extension 9 may have to wait until Thursday morning.', '2019-09-15').map((t) => t.text)).toEqual(['Thursday morning']);
    expect(find('The hall opened on 9 May.', '2019-09-15', '9 May')).toMatchObject({ value: '2019-05-09' });
  });
  it("'the present budget', 'at the present pace' are adjectives; 'to the present', 'the present day' are the present", () => {
    none('There is no provision in the present budget, and at the present pace nothing changes.');
    expect(tx('From 1990 to the present, prices rose. The present day is hard.', '2008-11-19').map((t) => [t.text, t.value])).toEqual([['1990', '1990'], ['the present', 'PRESENT_REF'], ['The present day', 'PRESENT_REF']]);
  });
});
