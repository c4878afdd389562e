/**
 * Dates the temporal stage recognises but refuses: impossible calendar dates and implausible years
 * are never returned as expressions, and each is handed to `onReject` with its value and reason
 * (the build report lists them). Text that only looks numeric yields neither.
 */
import { describe, expect, it } from 'vitest';
import { extractTimexes, type RejectedTimex } from '../../../src/timeline/temporal/index.ts';

const DCT = '2025-11-24';
const UNREAL = 'not a real calendar date';
const IMPLAUSIBLE = "implausible year: more than 300 years after the article's date";

function run(text: string, dct = DCT): { found: [string, string][]; refused: [string, string, string][] } {
  const refused: RejectedTimex[] = [];
  const found = extractTimexes(text, { dct, onReject: (r) => refused.push(r) });
  for (const r of refused) expect(text.slice(r.start, r.end)).toBe(r.text);
  return { found: found.map((t) => [t.text, t.value]), refused: refused.map((r) => [r.text, r.value, r.reason]) };
}

describe('impossible calendar dates are refused and reported, not dropped', () => {
  it.each([
    ['The contract was signed on Feb. 30.', 'Feb. 30', 'XXXX-02-30'],
    ['The contract was signed on April 31.', 'April 31', 'XXXX-04-31'],
    ['The contract was signed on April 31, 2025.', 'April 31, 2025', '2025-04-31'],
    ['The contract was signed on Monday, June 31.', 'Monday, June 31', 'XXXX-06-31'],
    ['The contract was signed on 31 June 2024.', '31 June 2024', '2024-06-31'],
    ['The contract was signed on the 30th of February.', '30th of February', 'XXXX-02-30'],
    ['The memo is dated 11/31/2025.', '11/31/2025', '2025-11-31'],
    ['The memo is dated 31/04/2025.', '31/04/2025', '2025-04-31'],
    ['The filing is dated 2025-02-29.', '2025-02-29', '2025-02-29'],
    ['The filing is dated 2025-13-01.', '2025-13-01', '2025-13-01'],
    ['The vote was held on Feb. 29, 2025.', 'Feb. 29, 2025', '2025-02-29'],
  ])('%s', (text, span, value) => {
    // Nothing is placed: not the date, and not a stray year read out of it ('2025' of 'April 31, 2025').
    expect(run(text)).toEqual({ found: [], refused: [[span, value, UNREAL]] });
  });

  it('real dates next to them are still read', () => {
    expect(run('The vote was held on Feb. 29, 2024, and the count on April 30, 2025.').found).toEqual([
      ['Feb. 29, 2024', '2024-02-29'],
      ['April 30, 2025', '2025-04-30'],
    ]);
    // Day/month order is a real day: left to the date parsers.
    expect(run('The memo is dated 13/11/2025.')).toEqual({ found: [['13/11/2025', '2025-11-13']], refused: [] });
    // 'Feb. 29' without a year exists in leap years: not refused here.
    expect(run('The vote was held on Feb. 29.').refused).toEqual([]);
  });

  it('without onReject the refused dates are simply not returned', () => {
    expect(extractTimexes('It was signed on Feb. 30, and on 11/31/2025.', { dct: DCT })).toEqual([]);
  });
});

describe('implausible years are refused and reported; history and projections are kept', () => {
  it.each([
    ['It plans to land on Mars in 3025.', '3025', '3025'],
    ['The vault is sealed until the year 2500.', 'the year 2500', '2500'],
    ['The probe arrives on March 3, 3025.', 'March 3, 3025', '3025-03-03'],
    ['The colony opens in early 3025.', 'early 3025', '3025'],
  ])('%s', (text, span, value) => {
    expect(run(text)).toEqual({ found: [], refused: [[span, value, IMPLAUSIBLE]] });
  });

  it('years of history and of long-range projections are years', () => {
    expect(run('The abbey was founded in 1066 and rebuilt in 1492.').found).toEqual([['1066', '1066'], ['1492', '1492']]);
    expect(run('Emissions must reach zero by 2050, and seas will keep rising until 2300.').found).toEqual([
      ['2050', '2050'],
      ['2300', '2300'],
    ]);
    expect(run('Warming could reach 4C by 2100.').found).toEqual([['2100', '2100']]);
  });

  it('what is implausible depends on the article date, not on the machine clock', () => {
    expect(run('The tunnel will be finished by 2350.', '2025-11-24').refused).toEqual([['2350', '2350', IMPLAUSIBLE]]);
    expect(run('The tunnel will be finished by 2350.', '2100-01-10')).toEqual({ found: [['2350', '2350']], refused: [] });
  });

  it('four-digit numbers that are counts or names are neither years nor refused', () => {
    for (const text of [
      'A crowd of 5000 people gathered.',
      'Attendance rose from 3000 to 4000.',
      'Flight 2100 landed safely.',
      'The index rose 2150 points.',
      'It cost 3025 dollars.',
    ]) {
      expect(run(text), text).toEqual({ found: [], refused: [] });
    }
  });
});

describe('a bare number is not a clock time', () => {
  it('French text: "lundi 24 novembre" gives no time (it gave T24:00 before the clock-time guard)', () => {
    const text = "Le conseil municipal a adopté lundi 24 novembre le budget pour l'année prochaine, après trois heures de débat.";
    expect(run(text, '2025-11-24T19:30:00+01:00')).toEqual({ found: [], refused: [] });
  });

  it('numbers after "at", scores and prices are not times; written clock times are', () => {
    expect(run('The index closed at 10, and earnings were 2.50 a share; the score was 24 to 10.')).toEqual({ found: [], refused: [] });
    expect(run('The polls closed at 8 p.m. and the count began at 21:30.').found).toEqual([
      ['8 p.m.', '2025-11-24T20:00'],
      ['21:30', '2025-11-24T21:30'],
    ]);
  });
});
