import { describe, expect, it } from 'vitest';
import { find, tx } from './helpers.ts';

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
  it("'two years before the war' is a duration without 'before'", () => {
    expect(find('He left two years before the war began.', DCT, 'two years')).toMatchObject({ type: 'DURATION', value: 'P2Y' });
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
  it('a quantity per unit of time is a rate, not a timex (TimeML news practice)', () => {
    expect(tx('He earns $50,000 a year.', DCT).map((t) => t.text)).not.toContain('a year');
    expect(tx('The new route adds nearly 700 seats a week.', DCT).map((t) => t.text)).not.toContain('a week');
    expect(tx('Employers added 358,000 jobs a month over the winter.', DCT).map((t) => t.text)).not.toContain('a month');
  });
});
