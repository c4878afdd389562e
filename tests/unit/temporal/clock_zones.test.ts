import { describe, expect, it } from 'vitest';
import { find, tx } from './helpers.ts';

const DCT = '2025-11-24T14:00:00-05:00'; // a Monday afternoon, US Eastern

describe('clock times and zones', () => {
  it("zone abbreviations chrono does not know stay in the span: '6:41 PM AT', '9.40pm SAST', '7am EAT'", () => {
    expect(tx('Posted Wednesday, May 14, 2003 at 6:41 PM AT. The flight leaves at 9.40pm SAST and lands at 7am EAT.', '2003-05-14T18:41').map((t) => t.text))
      .toEqual(['Wednesday, May 14, 2003 at 6:41 PM AT', '9.40pm SAST', '7am EAT']);
  });
  it("'one minute past midnight on Tuesday' is a clock time in words; '12 noon', '12 midnight' keep their 12", () => {
    expect(find('The ban will come into force at one minute past midnight on Tuesday.', '2006-07-21T16:42', 'one minute past midnight on Tuesday')).toMatchObject({ type: 'TIME', value: '2006-07-25T00:01' });
    expect(tx('Zones will be without power from 10am to 12 noon, and the market shuts at 12 midnight.', '2011-05-17T09:12').map((t) => t.text)).toEqual(['10am', '12 noon', '12 midnight']);
  });
  it("South African '14h00 on Saturday', 'from 09h30' are clock times; a race time 'won in 2h08' is none", () => {
    expect(find('A public meeting will be held at the community hall at 14h00 on Saturday.', '1996-10-09', '14h00 on Saturday')).toMatchObject({ type: 'TIME', value: '1996-10-12T14:00' });
    expect(find('The clinic is open from 09h30 on Monday.', '1996-10-09', '09h30 on Monday')).toMatchObject({ value: '1996-10-14T09:30' });
    expect(tx('She won the marathon in 2h08 and set a record time of 2h07.', '1996-10-09')).toEqual([]);
  });
  it("a wire-style time in GMT is a time of its day: '0455 GMT on Friday', 'at 2200 GMT'", () => {
    expect(find('The quake struck at 0455 GMT on Friday.', DCT, '0455 GMT on Friday')).toMatchObject({ type: 'TIME', value: '2025-11-21T04:55' });
    expect(find('The ceasefire took effect at 2200 GMT.', DCT, '2200 GMT')).toMatchObject({ type: 'TIME', value: '2025-11-24T22:00' });
  });
  it('the GMT restatement in parentheses is not a second expression', () => {
    const all = tx('The landslide hit at about 9:10 a.m. (0610 GMT) Friday.', DCT);
    expect(all.map((t) => t.text)).not.toContain('0610 GMT');
    expect(all.find((t) => t.text === 'about 9:10 a.m.')?.value).toBe('2025-11-21T09:10');
  });
  it("'10:30 a.m. local time (0830 GMT) Thursday' takes the day after the parenthetical, and the clause's tense", () => {
    const all = tx('The launch is set for 10:30 a.m. local time (0830 GMT) Thursday.', DCT);
    expect(all.find((t) => t.text === 'Thursday')?.value).toBe('2025-11-27');
    expect(all.find((t) => t.text === '10:30 a.m. local time')?.value).toBe('2025-11-27T10:30');
  });
  it("a clock time's period ends no sentence ('9 p.m. EST Thursday'), a new sentence after it still starts one", () => {
    expect(find('Polls will open from 7 a.m. until 9 p.m. EST Thursday.', DCT, '9 p.m. EST Thursday').value).toBe('2025-11-27T21:00');
    expect(find('He will arrive at 9 a.m. Officials met him on Thursday.', DCT, 'Thursday').value).toBe('2025-11-20');
  });
  it("a GMT restatement that looks like a year is no year: '(2030 GMT Tuesday)'", () => {
    const all = tx('The blast happened at 4:30 a.m. local time (2030 GMT Tuesday).', DCT);
    expect(all.map((t) => t.text)).not.toContain('2030');
    expect(all.find((t) => t.text === '4:30 a.m. local time')?.type).toBe('TIME');
    // a year before a zone-like word that is no clock time stays a year
    expect(tx('The plan runs until 2075 UTC standards change.', DCT).map((t) => t.text)).toContain('2075');
  });
  it('a four-digit number with impossible minutes is no time', () => {
    expect(tx('Unit 1275 GMT was sold.', DCT).map((t) => t.text)).not.toContain('1275 GMT');
  });
});

describe('clock-time ranges', () => {
  it("both ends are expressions: 'from 10:15 a.m. to 11:30 a.m.'", () => {
    const all = tx('Trading was halted from 10:15 a.m. to 11:30 a.m. on the exchange.', DCT);
    expect(all.map((t) => [t.text, t.value])).toEqual([['10:15 a.m.', '2025-11-24T10:15'], ['11:30 a.m.', '2025-11-24T11:30']]);
  });
  it("a range's day holds both ends: 'from 7 a.m. until 9 p.m. EST Thursday'", () => {
    const all = tx('Polls will stay open from 7 a.m. until 9 p.m. EST Thursday.', DCT);
    expect(all.map((t) => [t.text, t.value])).toEqual([['7 a.m.', '2025-11-27T07:00'], ['9 p.m. EST Thursday', '2025-11-27T21:00']]);
  });
  it('a weekday range still runs forward within a week', () => {
    const all = tx('Fighting raged from Tuesday to Thursday.', DCT);
    expect(all.map((t) => t.value)).toEqual(['2025-11-18', '2025-11-20']);
  });
});

describe("'midnight' without a day", () => {
  it('a past midnight opened the day, a coming one closes it', () => {
    expect(find('The general strike began at midnight.', DCT, 'midnight').value).toBe('2025-11-23T24:00');
    expect(find('The ceasefire offer expires at midnight.', DCT, 'midnight').value).toBe('2025-11-24T24:00');
    expect(find('The offer expired at midnight Friday.', DCT, 'midnight Friday').value).toBe('2025-11-21T24:00');
  });
  it("a clock time with 'tonight', 'last night', 'this afternoon' is one time of that day, after noon when the part of day says so", () => {
    expect(find('The deadline is midnight tonight.', DCT, 'midnight tonight')).toMatchObject({ type: 'TIME', value: '2025-11-24T24:00' });
    expect(find('The shooting happened around 9:30 last night.', DCT, 'around 9:30 last night')).toMatchObject({ type: 'TIME', value: '2025-11-23T21:30' });
    expect(find('The vote was held at 3:15 this afternoon.', DCT, '3:15 this afternoon').value).toBe('2025-11-24T15:15');
    expect(find('They met at 7:45 this morning.', DCT, '7:45 this morning').value).toBe('2025-11-24T07:45');
    // a written a.m./p.m. stands
    expect(find('The fire was reported at 11 p.m. last night.', DCT, '11 p.m. last night').value).toBe('2025-11-23T23:00');
    expect(find('He will speak this evening at 8:30.', DCT, 'this evening at 8:30').value).toBe('2025-11-24T20:30');
  });
});

describe("'nearly midnight', 'about noon'", () => {
  it('keep the approximation in the span; what did not finish until then ended at the close of the day under discussion', () => {
    expect(find('She played last Thursday and did not finish until nearly midnight.', '2026-02-10', 'nearly midnight')).toMatchObject({ value: '2026-02-05T24:00', mod: 'APPROX' });
    expect(find('Lunch is served at about noon.', '2026-02-10', 'about noon')).toMatchObject({ value: '2026-02-10T12:00', mod: 'APPROX' });
  });
});

describe("a day, then 'from' a span of its hours", () => {
  it("'on Saturday from 10:00 to 13:00' is the day and two clock times of it, not 'Saturday from 10:00'", () => {
    expect(tx('Officers will hold a drop-in session on Saturday from 10:00 to 13:00.', '2011-10-20T14:10').map((t) => [t.text, t.value])).toEqual([['Saturday', '2011-10-22'], ['10:00', '2011-10-22T10:00'], ['13:00', '2011-10-22T13:00']]);
    expect(tx('The lookout will hold an open house on Saturday, Oct. 1, from 9 a.m. to 3 p.m., with talks.', '1988-09-22').map((t) => [t.text, t.value]))
      .toEqual([['Saturday, Oct. 1', '1988-10-01'], ['9 a.m.', '1988-10-01T09:00'], ['3 p.m.', '1988-10-01T15:00']]);
  });
});

describe("'11 at night'", () => {
  it("after a preposition of time is the evening's hour (1 to 5, the small hours); a count before 'at night' is not", () => {
    expect(find('He went home after 11 at night.', '2026-01-21', '11 at night')).toMatchObject({ type: 'TIME', value: '2026-01-21T23:00' });
    expect(find('The bar shuts at 2 at night.', '2026-01-21', '2 at night')).toMatchObject({ value: '2026-01-21T02:00' });
    expect(tx('They lost 3 at night games.', '2026-01-21')).toEqual([]);
  });
});

describe("a bare hour starting a range whose end is a clock time: 'from 4 to 8 p.m. Thursday'", () => {
  it('is a time, in the half of the day that keeps it before the end', () => {
    const all = tx('Visitation will be from 4 to 8 p.m. Thursday at the funeral home.', '1992-02-19');
    expect(all.map((t) => [t.text, t.value])).toEqual([['4', '1992-02-20T16:00'], ['8 p.m. Thursday', '1992-02-20T20:00']]);
    expect(find('The market will be open from 10 to 2 p.m. on Sunday.', '1992-02-19', '10')).toMatchObject({ value: '1992-02-23T10:00' });
  });
  it("not a bare number without 'from', nor a 24-hour clock's start", () => {
    expect(tx('Scores rose 4 to 8 p.m. Thursday.', '1992-02-19').map((t) => t.text)).not.toContain('4');
    expect(find('The hotline is open from 7:00 to 22:00 daily.', '1992-02-19', '7:00').value).toMatch(/T07:00$/);
  });
});

describe("a clock time naming a thing takes the day it is of: 'the 1:15 p.m. trip on Sunday'", () => {
  it('is on that day, not on a day named before', () => {
    expect(find('The boat left on June 30. Residents said the 1:15 p.m. trip on Sunday was crowded.', '2017-08-21T21:42', '1:15 p.m.')).toMatchObject({ value: '2017-08-20T13:15' });
  });
  it("not a clock time of its own before a verb: 'left at 6 a.m. and returned on Sunday'", () => {
    expect(find('The boat left at 6 a.m. and returned on Sunday.', '2017-08-21T21:42', '6 a.m.').value).not.toMatch(/^2017-08-20/);
  });
});
