import { describe, expect, it } from 'vitest';
import { find, tx } from './helpers.ts';

const DCT = '2025-11-24'; // a Monday

describe("'overnight'", () => {
  it('is the night before the DCT when no day is under discussion', () => {
    expect(find('Asian markets slid overnight as oil prices jumped.', DCT, 'overnight')).toMatchObject({ type: 'TIME', value: '2025-11-23TNI' });
  });
  it('is the night before a recent day under discussion, which stays the day under discussion', () => {
    const text = 'Ferry services resumed on Friday. Storms overnight had cut power to the port. Traffic was down 3% from the previous Friday.';
    expect(find(text, DCT, 'overnight').value).toBe('2025-11-20TNI');
    expect(find(text, DCT, 'the previous Friday').value).toBe('2025-11-14');
  });
  it('ignores a background date that is not recent news', () => {
    const text = 'The floods of Oct. 3 displaced thousands. Relief convoys that set out overnight reached the valley.';
    expect(find(text, DCT, 'overnight').value).toBe('2025-11-23TNI');
  });
  it('is the coming night after a modal', () => {
    expect(find('Polling stations will stay open overnight in the capital.', DCT, 'overnight').value).toBe('2025-11-24TNI');
  });
  it("is no night in a rate, a kind of thing or 'suddenly'", () => {
    const texts = (s: string) => tx(s, DCT).map((t) => t.text);
    expect(texts('The central bank raised its overnight rate to 4.5%.')).not.toContain('overnight');
    expect(texts('Banks borrowed in the overnight lending market.')).not.toContain('overnight');
    expect(texts('The hotel offers an overnight stay for two.')).not.toContain('overnight');
    expect(texts('Peace will not happen overnight, the envoy warned.')).not.toContain('overnight');
    expect(texts('The singer became a star almost overnight.')).not.toContain('overnight');
  });
});
