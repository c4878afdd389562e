import { describe, expect, it } from 'vitest';
import { find } from './helpers.ts';

describe('weekday direction', () => {
  it("'said Monday' is the past (or the DCT itself)", () => {
    expect(find('Zelensky said Monday that talks were constructive.', '2025-11-24', 'Monday').value).toBe('2025-11-24');
    expect(find('The Kremlin said Monday it had not seen the plan.', '2025-11-25', 'Monday').value).toBe('2025-11-24');
  });
  it('deadlines point ahead of the DCT even in past-tense sentences', () => {
    const s = 'Trump had given Ukraine a Thursday deadline to accept the plan.';
    expect(find(s, '2025-11-23', 'Thursday').value).toBe('2025-11-27');
    expect(find('The White House has given Kyiv until Thursday to respond.', '2025-11-23', 'Thursday').value).toBe('2025-11-27');
    expect(find('He wants an answer by Thursday, officials said.', '2025-11-23', 'Thursday').value).toBe('2025-11-27');
  });
  it('modal and future cues', () => {
    expect(find('The two leaders will meet Friday in Geneva.', '2025-11-23', 'Friday').value).toBe('2025-11-28');
    expect(find('Negotiators said they would resume talks Wednesday.', '2025-11-23', 'Wednesday').value).toBe('2025-11-26');
    expect(find('A vote is expected next Tuesday.', '2025-11-23', 'next Tuesday').value).toBe('2025-11-25');
  });
  it('headline infinitives announce plans', () => {
    expect(find('Erdogan to Speak With Putin on Monday', '2025-11-23', 'Monday').value).toBe('2025-11-24');
  });
  it('a plan seen from the past is past', () => {
    expect(find('The offer had been due to expire Friday evening.', '2025-11-24', 'Friday evening').value).toBe('2025-11-21TEV');
  });
  it("lower-case '-ed' words are past cues, proper names are not", () => {
    expect(find('The father would be traveling to the United States Thursday.', '2025-11-25', 'Thursday').value).toBe('2025-11-27');
  });
  it('past narrative weekdays', () => {
    expect(find('Rescuers pulled three survivors from the rubble on Friday.', '2025-11-23', 'Friday').value).toBe('2025-11-21');
    expect(find('The ministry announced the sanctions last Wednesday.', '2025-11-23', 'last Wednesday').value).toBe('2025-11-19');
  });
  it('part of day joins the weekday', () => {
    const t = find('Protesters gathered Friday night outside parliament.', '2025-11-23', 'Friday night');
    expect([t.type, t.value]).toEqual(['TIME', '2025-11-21TNI']);
  });
});
