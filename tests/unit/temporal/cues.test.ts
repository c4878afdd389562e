import { describe, expect, it } from 'vitest';
import { find, tx } from './helpers.ts';

describe("'to' + infinitive as a future cue", () => {
  it('after an adjective of possibility it is no plan', () => {
    // 'hard for the maker to meet orders': the clause is past, the summer is this year's
    expect(find('Supply problems made it hard for the maker to meet orders well into the summer.', '2024-10-26', 'the summer')).toMatchObject({ value: '2024-SU' });
    expect(find('Flooding made it difficult to hold classes well into the spring.', '2024-10-26', 'the spring')).toMatchObject({ value: '2024-SP' });
  });
  it('after a verb or noun of intention it still points ahead', () => {
    expect(find('The company plans to open the plant in the summer.', '2024-10-26', 'the summer')).toMatchObject({ value: '2025-SU' });
    expect(find('Mediators pressed for talks to resume Monday.', '2024-10-23', 'Monday')).toMatchObject({ value: '2024-10-28' });
  });
});

describe("an '-ed' word after an infinitive's verb is an adjective", () => {
  it("'will meet on Wednesday to review fixed deposit rates' looks ahead; 'plans to discuss revised figures on Friday' too", () => {
    expect(find('Its board will meet on Wednesday to review fixed deposit rates.', '2019-10-04', 'Wednesday')).toMatchObject({ value: '2019-10-09' });
    expect(find('The council plans to discuss revised figures on Friday.', '2019-10-02', 'Friday')).toMatchObject({ value: '2019-10-04' });
  });
  it("'is believed to have died on Monday' is still the past", () => {
    expect(find('The climber is believed to have died on Monday.', '2019-10-04', 'Monday')).toMatchObject({ value: '2019-09-30' });
  });
});

describe("clause boundaries and 'vs.'", () => {
  it("'Roe vs. Wade' does not end the sentence for a cue before it", () => {
    expect(find('Lawyers will argue Smith vs. Jones again in February.', '2024-03-10', 'February')).toMatchObject({ value: '2025-02' });
  });
  it('a fronted adverbial takes the main verb even after a long subject with vs.', () => {
    const text = 'In January, a week after the anniversary of the Roe vs. Wade decision, a fire at a clinic in Dallas destroyed its records.';
    expect(find(text, '2024-10-26', 'January')).toMatchObject({ value: '2024-01' });
  });
  it("a longer fronted phrase with no verb ('Because of the federal holiday on Monday, ...') takes the main clause's tense", () => {
    const text = "Because of the federal holiday on Monday, the department's next report will be issued on Tuesday, Oct. 15.";
    expect(find(text, '1991-10-08', 'Monday')).toMatchObject({ value: '1991-10-14' });
    expect(find('Because of the storm on Monday, the report was issued late.', '1991-10-09', 'Monday')).toMatchObject({ value: '1991-10-07' });
  });
  it("'Shortly after midnight,' is fronted too: the main clause's tense picks the midnight", () => {
    expect(find('Shortly after midnight, police stormed the building.', '2013-03-20', 'midnight').value).toBe('2013-03-19T24:00');
    expect(find('Just after midnight, police stormed the building.', '2013-03-20', 'midnight').value).toBe('2013-03-19T24:00');
    expect(find('Shortly after midnight, police will open the gates.', '2013-03-20', 'midnight').value).toBe('2013-03-20T24:00');
  });
  it('a sentence still ends at a period after a lower-case word', () => {
    // the future 'will' is in the sentence before: February stays the past one
    expect(find('The judges will rule. In February the court was closed.', '2024-03-10', 'February')).toMatchObject({ value: '2024-02' });
  });
});

describe('plans in the present tense', () => {
  it("a fronted day takes a present-tense plan of the main clause ('On Tuesday, the league plans to hold ...')", () => {
    expect(find('On Tuesday, the league plans to hold a news conference.', '2024-10-28', 'Tuesday')).toMatchObject({ value: '2024-10-29' });
  });
  it("'plans' as a noun, or a past plan, is no future cue", () => {
    expect(find('On Friday, when the minister set aside vacation plans for the trip, the ministry lifted the warning.', '2024-10-28', 'Friday')).toMatchObject({ value: '2024-10-25' });
    expect(find('On Friday, the government planned to pay the workers.', '2024-10-28', 'Friday')).toMatchObject({ value: '2024-10-25' });
  });
  it("'is scheduled to' far back in the sentence points ahead; 'was scheduled to' does not", () => {
    const text = (aux: string) => `The envoy ${aux} scheduled to spend only five hours on the ground in the capital, her first stop Tuesday morning.`;
    expect(find(text('is'), '2024-10-28', 'Tuesday morning')).toMatchObject({ value: '2024-10-29TMO' });
    expect(find(text('was'), '2024-10-28', 'Tuesday morning')).toMatchObject({ value: '2024-10-22TMO' });
  });
});

describe("a past form spelt like the base form ('hit', 'put')", () => {
  const DCT = '2024-03-13'; // a Wednesday
  it("after 'to', a modal or 'do' is no past tense: the day lies ahead", () => {
    expect(find('The cyclone is expected to hit the coast late Thursday.', DCT, 'late Thursday')).toMatchObject({ value: '2024-03-14' });
    expect(find('Forecasters say the storm will hit the islands on Saturday.', DCT, 'Saturday')).toMatchObject({ value: '2024-03-16' });
    expect(find('The speaker will put the bill to a vote on Friday.', DCT, 'Friday')).toMatchObject({ value: '2024-03-15' });
  });
  it('on its own it is still the past', () => {
    expect(find('The cyclone hit the coast on Thursday.', DCT, 'Thursday')).toMatchObject({ value: '2024-03-07' });
    expect(find('Guards put the prisoner in a cell on Friday.', DCT, 'Friday')).toMatchObject({ value: '2024-03-08' });
    expect(find('The storm did not hit the island on Monday.', DCT, 'Monday')).toMatchObject({ value: '2024-03-11' });
  });
});

describe('a present tense in -s announces a schedule', () => {
  const DCT = '2024-03-13'; // a Wednesday
  it('a few words before the day', () => {
    expect(find('The prime minister leaves for Tokyo on Saturday.', DCT, 'Saturday')).toMatchObject({ value: '2024-03-16' });
    expect(find('The bill now goes to the upper house on Thursday.', DCT, 'Thursday')).toMatchObject({ value: '2024-03-14' });
    expect(find('The club plays its first home game on Sunday.', DCT, 'Sunday')).toMatchObject({ value: '2024-03-17' });
    expect(find('The party holds its annual congress in Lyon on Sunday.', DCT, 'Sunday')).toMatchObject({ value: '2024-03-17' });
  });
  it("not a past verb nearer the day, nor a base form after 'not'", () => {
    expect(find('The envoy heads a team that arrived in Lima on Monday.', DCT, 'Monday')).toMatchObject({ value: '2024-03-11' });
    expect(find('The two sides did not meet Monday.', DCT, 'Monday')).toMatchObject({ value: '2024-03-11' });
    expect(find('She says she left the office on Monday.', DCT, 'Monday')).toMatchObject({ value: '2024-03-11' });
  });
});

describe("a second predicate after 'and' has a tense of its own", () => {
  const DCT = '2024-03-13'; // a Wednesday
  it("'was in Rome on Friday and would fly home on Sunday': Friday is past", () => {
    const all = tx('An aide said the envoy was in Rome on Friday and would fly home on Sunday.', DCT);
    expect(all.map((t) => [t.text, t.value])).toEqual([['Friday', '2024-03-08'], ['Sunday', '2024-03-17']]);
    expect(find('The court heard the appeal on Monday and will rule on Friday.', DCT, 'Monday')).toMatchObject({ value: '2024-03-11' });
  });
  it("'will tour the towns on Friday and said ...': a reporting verb after 'and' is a second predicate", () => {
    expect(find('The minister will tour the towns on Friday and said cabinet would review the package.', DCT, 'Friday')).toMatchObject({ value: '2024-03-15' });
  });
  it("a coordination of days still takes the verb after it ('Monday and Tuesday will be holidays')", () => {
    expect(find('Monday and Friday will be holidays.', DCT, 'Monday')).toMatchObject({ value: '2024-03-18' });
    expect(find('Talks on Friday will focus on trade.', DCT, 'Friday')).toMatchObject({ value: '2024-03-15' });
  });
});

describe("the 'to' of a span of hours is no infinitive", () => {
  const DCT = '2019-11-23'; // a Saturday
  it("'imposed load-shedding from 9am to 11pm on Wednesday' is the past Wednesday", () => {
    expect(find('The utility imposed load-shedding from 9am to 11pm on Wednesday.', DCT, '11pm on Wednesday')).toMatchObject({ value: '2019-11-20T23:00' });
  });
  it("'I am to testify on Friday' is still a plan", () => {
    expect(find('"I am to testify on Friday," she said.', DCT, 'Friday')).toMatchObject({ value: '2019-11-29' });
  });
});

describe("a present 'is' / 'are' before the day looks ahead", () => {
  it("'the finals are all on Sunday', 'the votes are both on Thursday'", () => {
    expect(find('The shearing finals and the horse classes are all on Sunday.', '1997-08-15', 'Sunday')).toMatchObject({ value: '1997-08-17' });
    expect(find('The two votes are both on Thursday.', '1997-08-15', 'Thursday')).toMatchObject({ value: '1997-08-21' });
  });
  it("a past 'were all on Sunday' stays back", () => {
    expect(find('The finals were all on Sunday.', '1997-08-15', 'Sunday')).toMatchObject({ value: '1997-08-10' });
  });
});

describe("nouns and adjectives that look like plans or pasts", () => {
  it("'were told about the plan at meetings on Wednesday': 'the plan' with no infinitive after it is no plan for the day", () => {
    expect(find('Members were told about the plan at meetings on Wednesday.', '2005-12-02', 'Wednesday')).toMatchObject({ value: '2005-11-30' });
    expect(find('The council backed the plan to reopen the pool on Saturday.', '2005-12-02', 'Saturday').value).toBe('2005-12-03');
  });
  it("'a meeting for affected shoppers ... on Saturday': an '-ed' word after a preposition, before a noun, is an adjective", () => {
    expect(find('It will hold a meeting for affected shoppers at the town social hall at 10am on Saturday.', '2013-03-14', '10am on Saturday')).toMatchObject({ value: '2013-03-16T10:00' });
  });
});
