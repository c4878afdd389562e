import { describe, expect, it } from 'vitest';
import { southernHemisphere } from '../../../src/timeline/temporal/locale.ts';
import { find } from './helpers.ts';

describe('southern-hemisphere seasons', () => {
  it('a story whose dateline or places are Australian, New Zealand or South African reckons its seasons from the south', () => {
    expect(southernHemisphere('SYDNEY (AAP) - The council voted on Tuesday.')).toBe(true);
    expect(southernHemisphere('The pool closes. Queensland swimmers will use the Brisbane centre.')).toBe(true);
    expect(southernHemisphere('WASHINGTON - The president spoke on Tuesday.')).toBe(false);
    // one southern name among northern ones is not enough
    expect(southernHemisphere('Wheat exports from Canada to Britain and the United States rose, and Australia sold less.')).toBe(false);
  });
  it("'this summer' in an Australian March is the summer begun last December; 'next summer' in a South African June this December's", () => {
    expect(find('SYDNEY - More than 61,000 visits were recorded at the outdoor pool this summer.', '2019-03-05', 'this summer')).toMatchObject({ value: '2018-SU' });
    expect(find('PRETORIA, South Africa - The real test is next summer, she said.', '2008-06-09', 'next summer')).toMatchObject({ value: '2008-SU' });
    expect(find('Water restrictions will ease in spring, NSW Water said.', '2012-07-22', 'spring')).toMatchObject({ value: '2012-SP' });
    expect(find('AUCKLAND - The road has been shut since last winter.', '2018-01-14', 'last winter')).toMatchObject({ value: '2017-WI' });
  });
  it('the same sentences from the north keep the northern months', () => {
    expect(find('BOSTON - More than 61,000 visits were recorded at the outdoor pool this summer.', '2019-03-05', 'this summer')).toMatchObject({ value: '2019-SU' });
    expect(find('Water restrictions will ease in spring, the state said.', '2012-07-22', 'spring')).toMatchObject({ value: '2013-SP' });
  });
});
