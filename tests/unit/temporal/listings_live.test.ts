import { describe, expect, it } from 'vitest';
import { brief, find, tx } from './helpers.ts';

describe('live blogs and timelines', () => {
  it("a clock time heading a line, a dash after it, is the DCT's day, and so is the entry's own clock time", () => {
    const text = 'Jurors deliberated for three days, beginning Monday afternoon.\n\n4:40 p.m. ET \u2014 Jury has reached a verdict\n\nA clerk told reporters at 4:38 p.m. that the jury had reached a verdict.\n\n3:42 p.m. ET \u2014 Jurors ask to rehear testimony';
    const got = tx(text, '2023-05-17T17:48');
    expect(got.find((t) => t.text === '4:40 p.m. ET')).toMatchObject({ value: '2023-05-17T16:40' });
    expect(got.find((t) => t.text === '4:38 p.m.')).toMatchObject({ value: '2023-05-17T16:38' });
    expect(got.find((t) => t.text === '3:42 p.m. ET')).toMatchObject({ value: '2023-05-17T15:42' });
  });
  it("a stamp later than the DCT's own hour is the day before's", () => {
    expect(find('Updates\n\n11:15 p.m. \u2014 Polls have closed.', '2023-05-17T09:00', '11:15 p.m.')).toMatchObject({ value: '2023-05-16T23:15' });
  });
  it("a clock time at a paragraph's end and the date heading the next paragraph stay apart ('at 4pm.\\n\\nJune 8: ...')", () => {
    const text = 'June 5: Testing detects E. coli in the reservoir. Council issues a boil-water alert at 4pm.\n\nJune 8: Two children are admitted to hospital.';
    expect(brief(tx(text, '2012-07-22'))).toEqual([['June 5', 'DATE', '2012-06-05'], ['4pm', 'TIME', '2012-06-05T16:00'], ['June 8', 'DATE', '2012-06-08']]);
  });
  it("so do a closed clock time and the next sentence's date ('at 4pm. June 8 was worse'); '9 a.m. Tuesday' is one", () => {
    const got = tx('Council issued an alert at 4pm. June 8 was worse. The vote is at 9 a.m. Tuesday.', '2012-07-22').map((t) => t.text);
    expect(got).toEqual(['4pm', 'June 8', '9 a.m. Tuesday']);
  });
});

describe('listings: the clock times of a set', () => {
  it("'every Saturday from 8 a.m. to noon': the set and two clock times of every such day", () => {
    expect(brief(tx('The farmers market continues every Saturday from 8 a.m. to noon on Main Street.', '2018-09-13'))).toEqual([
      ['every Saturday', 'SET', 'XXXX-WXX-6'], ['8 a.m.', 'TIME', 'XXXX-XX-XXT08:00'], ['noon', 'TIME', 'XXXX-XX-XXT12:00'],
    ]);
  });
  it("'open from 16:00 to 22:00 daily': the clock times before a set, and 'daily' after a clock time is no rate", () => {
    expect(brief(tx('The shelter is open from 16:00 to 22:00 daily.', '2022-06-13'))).toEqual([
      ['16:00', 'TIME', 'XXXX-XX-XXT16:00'], ['22:00', 'TIME', 'XXXX-XX-XXT22:00'], ['daily', 'SET', 'P1D'],
    ]);
    expect(tx('Shares rose 5% daily.', '2022-06-13').map((t) => t.text)).toEqual([]);
  });
  it('a clock time with no set near it keeps its day', () => {
    expect(find('The shelter opened at 4pm on Tuesday.', '2022-06-13', '4pm on Tuesday')).toMatchObject({ value: '2022-06-07T16:00' });
  });
});
