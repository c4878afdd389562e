import { describe, expect, it } from 'vitest';
import { southernHemisphere } from '../../../src/timeline/temporal/locale.ts';
import { find, tx } from './helpers.ts';

describe('southern-hemisphere seasons', () => {
  it('a story whose dateline or places are Australian, New Zealand or South African reckons its seasons from the south', () => {
    expect(southernHemisphere('SYDNEY (AAP) - The council voted on Tuesday.')).toBe(true);
    expect(southernHemisphere('The pool closes. Queensland swimmers will use the Brisbane centre.')).toBe(true);
    expect(southernHemisphere('WASHINGTON - The president spoke on Tuesday.')).toBe(false);
    // a region or city of its own: 'Hawke's Bay', 'Toowoomba', 'Stellenbosch'
    expect(southernHemisphere("Ruakiwi quake: schools shut as aftershocks rattle Hawke's Bay")).toBe(true);
    expect(southernHemisphere('Floodwaters cut the highway west of Toowoomba.')).toBe(true);
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

describe("whose Independence Day, whose Thanksgiving", () => {
  it("the country the story names most: India's 15 August, the Philippines' 12 June, Canada's October Thanksgiving; the United States' when none", () => {
    expect(find('NEW DELHI: Members will attend Independence Day functions, the Lok Sabha secretariat said.', '2026-07-03', 'Independence Day')).toMatchObject({ value: '2026-08-15' });
    expect(find('MANILA, Philippines - The parade on Independence Day drew crowds, officials said.', '2026-07-03', 'Independence Day')).toMatchObject({ value: '2026-06-12' });
    expect(find('LUSAKA - The wildlife authority will open a ranger school before Independence Day, Zambian officials said.', '1997-10-14', 'Independence Day')).toMatchObject({ value: '1997-10-24' });
    expect(find('KYIV - Ukrainians marked Independence Day with a parade.', '2023-09-01', 'Independence Day')).toMatchObject({ value: '2023-08-24' });
    expect(find('TORONTO - Stores will close for Thanksgiving, Ontario officials said.', '2026-09-03', 'Thanksgiving')).toMatchObject({ value: '2026-10-12' });
    expect(find('Fireworks are planned for Independence Day.', '2026-06-03', 'Independence Day')).toMatchObject({ value: '2026-07-04' });
    // an Indian story that names no Indian place still counts its money in crore and lakh
    expect(find('The publisher will invest Rs 140 crore in a news channel that goes on air on Independence Day.', '2004-06-15', 'Independence Day')).toMatchObject({ value: '2004-08-15' });
    expect(find('Families will gather for Thanksgiving.', '2026-09-03', 'Thanksgiving')).toMatchObject({ value: '2026-11-26' });
  });
});

describe("South Africa's holidays", () => {
  const ZA = 'Hotels in Durban, South Africa, are almost full for Youth Day on 16 June.';
  it("'Youth Day', 'Women's Day' and 'Heritage Day' are South Africa's in a South African story", () => {
    expect(find(ZA, '2010-05-18', 'Youth Day')).toMatchObject({ type: 'DATE', value: '2010-06-16' });
    expect(find("Women's Day is a public holiday in South Africa.", '2010-05-18', "Women's Day")).toMatchObject({ value: '2010-08-09' });
    expect(find('Johannesburg offices will close on Heritage Day.', '2010-05-18', 'Heritage Day')).toMatchObject({ value: '2010-09-24' });
    expect(find('Cape Town marks Freedom Day with a concert.', '2010-04-20', 'Freedom Day')).toMatchObject({ value: '2010-04-27' });
  });
  it('elsewhere those names are left alone (other countries keep other days), and a named observance is no day', () => {
    expect(tx('Youth Day celebrations were held in Beijing.', '2010-05-18')).toEqual([]);
    // (a Canadian one dated by the date after it)
    expect(find('The diner in Halifax, Nova Scotia, will stay open on Heritage Day, Feb. 16.', '2026-02-11', 'Heritage Day')).toMatchObject({ value: '2026-02-16' });
    expect(tx("The United Nations declared 18 July International Nelson Mandela Day.", '2013-07-17').map((t) => t.text)).toEqual(['18 July']);
  });
  it('a story naming South Africa most still takes Independence Day from the country that has one', () => {
    const text = 'The Lagos airline, which leases jets from South Africa and hired pilots from South Africa, will add a Nigeria route before Independence Day.';
    expect(find(text, '1996-06-04', 'Independence Day')).toMatchObject({ value: '1996-10-01' });
  });
});

describe("a southern hemisphere's time zone", () => {
  it("'all times NZDT' places a story south: 'last winter', said in February, is the winter of the year before's middle months", () => {
    expect(find('Live coverage from the waterfront; all times NZDT. It is a dry end to the summer after last winter flooded the waterfront twice.', '2016-02-27T17:40', 'last winter')).toMatchObject({ value: '2015-WI' });
  });
});
