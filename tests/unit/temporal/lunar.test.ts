/**
 * Holidays of the Hebrew, Islamic and Chinese calendars and Diwali, read off the runtime's calendars (src/timeline/temporal/
 * lunar.ts), against their published days.
 */
import { describe, expect, it } from 'vitest';
import { lunarHoliday } from '../../../src/timeline/temporal/lunar.ts';
import { find, tx } from './helpers.ts';

const day = (w: string, y: number, text = '') => {
  const d = lunarHoliday(w, y, text);
  return d && `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
};

describe('the days of lunar and lunisolar holidays', () => {
  it('Hebrew: Rosh Hashanah, Yom Kippur, Purim (in Adar II in a leap year)', () => {
    expect(day('Rosh Hashanah', 2025)).toBe('2025-09-23');
    expect(day('Yom Kippur', 2023)).toBe('2023-09-25');
    expect(day('Yom Kippur', 2026)).toBe('2026-09-21');
    expect(day('Purim', 2024)).toBe('2024-03-24');
    expect(day('Purim', 2025)).toBe('2025-03-14');
  });
  it("Islamic (Umm al-Qura): Eid al-Fitr, Eid al-Adha, and a bare 'Eid' by what the text speaks of", () => {
    expect(day('Eid ul-Fitr', 2013)).toBe('2013-08-08');
    expect(day('Eid al-Fitr', 2024)).toBe('2024-04-10');
    expect(day('Eid al-Adha', 2024)).toBe('2024-06-16');
    expect(day('Eid', 2024, 'Families bought goats for the sacrifice.')).toBe('2024-06-16');
    expect(day('Eid', 2024, 'The Ramadan fast ends.')).toBe('2024-04-10');
  });
  it('Chinese: the Lunar New Year', () => {
    expect(day('Lunar New Year', 2024)).toBe('2024-02-10');
    expect(day('Chinese New Year', 2025)).toBe('2025-01-29');
  });
  it('Diwali, the new moon after the sun enters sidereal Libra (2020 and 2023 a month after the October new moon), and Dhanteras', () => {
    expect(['2019', '2020', '2021', '2022', '2023', '2024', '2025'].map((y) => day('Diwali', Number(y))))
      .toEqual(['2019-10-27', '2020-11-14', '2021-11-04', '2022-10-24', '2023-11-12', '2024-10-31', '2025-10-20']);
    expect(day('Dhanteras', 2025)).toBe('2025-10-18');
  });
  it('a name that is none of them', () => {
    expect(lunarHoliday('Christmas', 2025, '')).toBeUndefined();
  });
});

describe('lunar holidays in text', () => {
  it("are resolved as other holidays: 'Eid ul-Fitr today', 'to mark Yom Kippur', 'on Diwali night'", () => {
    expect(find('Thousands will celebrate Eid ul-Fitr today after the new moon was sighted.', '2013-08-08', 'Eid ul-Fitr')).toMatchObject({ value: '2013-08-08' });
    expect(find('The congregation will mark Yom Kippur in the church.', '2026-09-18', 'Yom Kippur')).toMatchObject({ value: '2026-09-21' });
    expect(find('Crackers may be burst only on Diwali night.', '2025-10-18', 'Diwali night')).toMatchObject({ type: 'TIME', value: '2025-10-20TNI' });
  });
  it("what is got ready for, said of it in the present, or coming near, is the one ahead", () => {
    expect(find('Preparations for Diwali have entered the final stretch.', '2022-10-21', 'Diwali')).toMatchObject({ value: '2022-10-24' });
    expect(find('"Yom Kippur is the holiest day of the year," he said.', '2026-09-18', 'Yom Kippur')).toMatchObject({ value: '2026-09-21' });
    expect(find('With Diwali approaching, developers are offering free parking.', '2019-10-19', 'Diwali')).toMatchObject({ value: '2019-10-27' });
  });
  it("a holiday naming a custom ('Eid prayers', 'a Yom Kippur service') is no day", () => {
    expect(tx('The main Eid prayers will be held at the grounds.', '2013-08-08').map((t) => t.text)).not.toContain('Eid');
    expect(tx('She has not missed a Yom Kippur service in 70 years.', '2026-09-18').map((t) => t.text)).not.toContain('Yom Kippur');
  });
  it("Mother's Day: the second Sunday of May, and Mothering Sunday in Britain and Ireland", () => {
    expect(find("Florists expect a rush before Mother's Day.", '2024-04-20', "Mother's Day")).toMatchObject({ value: '2024-05-12' });
    expect(find("London florists expect a rush before Mother's Day, as across Britain.", '2024-02-20', "Mother's Day")).toMatchObject({ value: '2024-03-10' });
  });
  it("Father's Day: the first Sunday of September in Australia and New Zealand, the third of June elsewhere", () => {
    expect(find("WARRIGAL CREEK, QLD - The clinic will open on Father's Day.", '2019-08-05', "Father's Day")).toMatchObject({ value: '2019-09-01' });
    expect(find("The clinic in Parramatta, New South Wales, will open on Father's Day.", '2019-08-05', "Father's Day")).toMatchObject({ value: '2019-09-01' });
    expect(find("Shops in Auckland expect a rush before Father's Day.", '2019-08-05', "Father's Day")).toMatchObject({ value: '2019-09-01' });
    expect(find("CARDIFF, Wales - Shops expect a rush before Father's Day.", '2019-05-05', "Father's Day")).toMatchObject({ value: '2019-06-16' });
  });
});
