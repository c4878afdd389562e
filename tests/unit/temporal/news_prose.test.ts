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
