import { describe, expect, it } from 'vitest';
import { find } from './helpers.ts';

describe("the verb 'last' is no past cue", () => {
  it("'expected to last through the weekend', 'will last into Sunday' look ahead", () => {
    expect(find('The heat wave is expected to last through the weekend.', '2013-03-20', 'the weekend')).toMatchObject({ value: '2013-W12-WE' });
    expect(find('The storm will last into Sunday, forecasters said.', '2013-03-20', 'Sunday')).toMatchObject({ value: '2013-03-24' });
  });
  it("'last Sunday' and 'lasted until Sunday' stay in the past", () => {
    expect(find('The storm hit last Sunday.', '2013-03-20', 'last Sunday')).toMatchObject({ value: '2013-03-17' });
    expect(find('The storm lasted until Sunday.', '2013-03-20', 'Sunday')).toMatchObject({ value: '2013-03-17' });
  });
});

describe('holidays with a future cue', () => {
  it('are the next occurrence, however far ahead', () => {
    expect(find('Families will gather for Thanksgiving.', '2013-03-20', 'Thanksgiving')).toMatchObject({ value: '2013-11-28' });
    expect(find('The shop will close on Christmas Eve.', '2013-03-20', 'Christmas Eve')).toMatchObject({ value: '2013-12-24' });
    expect(find('Fireworks are planned for New Year\'s Eve.', '2013-03-20', "New Year's Eve")).toMatchObject({ value: '2013-12-31' });
  });
  it('are the last occurrence in the past tense', () => {
    expect(find('Crowds gathered on Christmas Day.', '2013-03-20', 'Christmas Day')).toMatchObject({ value: '2012-12-25' });
    expect(find('Sales fell over Thanksgiving.', '2013-03-20', 'Thanksgiving')).toMatchObject({ value: '2012-11-22' });
  });
});
