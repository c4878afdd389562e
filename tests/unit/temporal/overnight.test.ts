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

describe("'Overnight,' opening the sentence after a day", () => {
  it('is the night of that day, the story going on from it', () => {
    expect(find('Rebels attacked the town on Tuesday. Overnight, the army retook it.', '2024-11-08', 'Overnight').value).toBe('2024-11-05TNI');
    expect(find('On March 3, 2019, the storm hit the coast. Overnight, the river rose two meters.', '2024-11-08', 'Overnight').value).toBe('2019-03-03TNI');
    expect(find('Protesters gathered on Tuesday. "Overnight, police cleared the camp," he said.', '2024-11-08', 'Overnight').value).toBe('2024-11-05TNI');
  });
  it('still the night before in the past perfect, or not fronted', () => {
    expect(find('Ferry services resumed on Wednesday. Overnight, storms had cut power to the port.', '2024-11-08', 'Overnight').value).toBe('2024-11-05TNI');
    expect(find('Ferry services resumed on Wednesday. Storms overnight cut power to the port.', '2024-11-08', 'overnight').value).toBe('2024-11-05TNI');
  });
});

describe('the coming night and the next morning in a forecast', () => {
  it("'would reach Southland early this evening and push up the east coast overnight': tonight, however far back the 'would'", () => {
    expect(find('Harrington said the bitterly cold southerly change would reach Southland early this evening and push up the east coast overnight.', '2017-07-10T16:45', 'overnight').value).toBe('2017-07-10TNI');
  });
  it("'grit trucks would be out from 4am', 'will decide at 7am', in a story stamped 16:45: tomorrow's hours", () => {
    expect(find('Roads were likely to close from 10pm tonight. Grit trucks would be out from 4am.', '2017-07-10T16:45', '4am').value).toBe('2017-07-11T04:00');
    expect(find('The agency will decide at 7am.', '2017-07-10T16:45', '7am').value).toBe('2017-07-11T07:00');
    expect(find('The shop opened at 9am.', '2017-07-10T16:45', '9am').value).toBe('2017-07-10T09:00');
  });
});
