/**
 * Story kits: the vocabulary and sentence templates of one kind of news story. Templates use
 * `{SLOT}` placeholders filled by `article.ts`; date slots (`{ON_D}`, `{WD_PUB}`, `{DEADLINE_WD}`,
 * `{LATER_AP}`, …) are computed from the story's calendar so every weekday and date agrees.
 *
 * People: P1..P4 are `{P1}` (full name with role on first mention) and `{P1L}` (surname).
 */
import type { Random } from "./random.ts";
import { AGENCY_KINDS, COMPANY_KINDS, ORG_PREFIXES, UNION_KINDS } from "./lexicon.ts";

export interface StoryCast {
  /** Organisation names. */
  ORG1: string;
  ORG2: string;
  /** Role phrases placed before each person's full name on first mention. */
  roles: [string, string, string, string];
}

export interface TopicKit {
  key: string;
  cast(rng: Random, city: string): StoryCast;
  /** Topic vocabulary, merged into the slot table. */
  words: Record<string, readonly string[]>;
  headlines: readonly string[];
  subtitles: readonly string[];
  /** The happening on day D; always contains a D expression. */
  leads: readonly string[];
  follow: readonly string[];
  listIntro: readonly string[];
  listItems: readonly string[];
}

const company = (rng: Random): string => `${rng.pick(ORG_PREFIXES)} ${rng.pick(COMPANY_KINDS)}`;

export const TOPICS: readonly TopicKit[] = [
  {
    key: "labor",
    cast: (rng) => {
      const prefix = rng.pick(ORG_PREFIXES);
      return {
        ORG1: `${prefix} ${rng.pick(COMPANY_KINDS)}`,
        ORG2: `the ${rng.pick(ORG_PREFIXES)} ${rng.pick(UNION_KINDS)}`,
        roles: ["union president", "chief executive", rng.pick(["Mayor", "Gov."]), "labor economist"],
      };
    },
    words: {
      EVENT: ["the negotiations", "the contract talks", "the bargaining session"],
      HAPPEN: ["reached a tentative agreement on a new four-year contract", "failed to reach a deal after 19 hours of talks", "walked away from the bargaining table"],
      ISSUE: ["wages and staffing levels", "health-care costs", "pension contributions and overtime rules"],
      GROUP: ["workers", "union members", "shift supervisors"],
      NEXT: ["a ratification vote", "a strike authorization vote", "another round of talks"],
      DEADLINE_WHAT: ["to return to the table", "to respond to the union's counteroffer", "before a walkout begins"],
      STAKE: ["about 12,000 jobs", "service at three plants", "the company's holiday shipping season"],
    },
    headlines: ["{ORG1} and Union Reach Tentative Deal After Marathon Talks", "Talks Collapse at {ORG1} as Strike Deadline Looms", "{ORG1} Workers Edge Closer to Walkout", "Union Rejects {ORG1} Offer, Sets Deadline"],
    subtitles: ["Negotiators remain split over {ISSUE}", "The dispute affects {STAKE}", "Both sides said progress was made but gaps remain"],
    leads: [
      "{ORG1} and {ORG2} {HAPPEN} {ON_D}, leaving the fate of {STAKE} uncertain.",
      "Negotiators for {ORG1} and {ORG2} {HAPPEN} {ON_D} in {CITY}, according to people familiar with {EVENT}.",
      "After a tense week, {ORG2} {HAPPEN} with {ORG1} {ON_D}, union leaders said.",
    ],
    follow: ["The dispute centers on {ISSUE}, which {GROUP} say have not kept pace with inflation.", "{ORG1} has said it cannot afford the union's demands on {ISSUE}."],
    listIntro: ["The main points of dispute:", "What the union is asking for:"],
    listItems: ["A 14 percent raise over four years", "Limits on mandatory overtime", "Restoring pension contributions cut in the last contract", "New staffing minimums on night shifts", "A ban on hiring temporary workers for permanent roles"],
  },
  {
    key: "council",
    cast: (rng, city) => ({
      ORG1: `the ${city} City Council`,
      ORG2: `the ${rng.pick(ORG_PREFIXES)} ${rng.pick(AGENCY_KINDS)}`,
      roles: ["Mayor", "Councilmember", "executive director", "budget analyst"],
    }),
    words: {
      EVENT: ["the budget debate", "the council meeting", "the public hearing"],
      HAPPEN: ["voted 7-2 to approve a $2.4 billion budget", "delayed a vote on the spending plan", "approved a new transit levy after a heated debate"],
      ISSUE: ["property taxes", "police overtime and library hours", "bus service cuts"],
      GROUP: ["residents", "homeowners", "commuters"],
      NEXT: ["a final vote", "a second reading of the ordinance", "a public comment period"],
      DEADLINE_WHAT: ["to submit amendments", "to balance the budget under state law", "to file objections"],
      STAKE: ["funding for 40 bus routes", "about 300 city jobs", "the city's credit rating"],
    },
    headlines: ["{CITY} Council Approves Budget After Late-Night Session", "Council Delays Vote on {CITY} Spending Plan", "{CITY} Budget Fight Centers on {ISSUE}"],
    subtitles: ["Residents packed the chamber to speak about {ISSUE}", "The plan now goes to the mayor", "At stake is {STAKE}"],
    leads: [
      "{ORG1} {HAPPEN} {ON_D}, ending weeks of wrangling over {ISSUE}.",
      "After more than six hours of testimony, {ORG1} {HAPPEN} {ON_D}.",
      "Members of {ORG1} {HAPPEN} {ON_D} as {GROUP} lined up to speak.",
    ],
    follow: ["The measure affects {STAKE}, according to figures from {ORG2}.", "Critics said the plan leans too heavily on {ISSUE}."],
    listIntro: ["What is in the budget:", "Highlights of the plan:"],
    listItems: ["$180 million for road repairs", "A hiring freeze at most city departments", "Extended library hours on weekends", "A 3 percent increase in water rates", "New funding for homeless shelters"],
  },
  {
    key: "court",
    cast: (rng) => ({
      ORG1: company(rng),
      ORG2: `the ${rng.pick(ORG_PREFIXES)} County District Court`,
      roles: ["Judge", "defense attorney", "prosecutor", "law professor"],
    }),
    words: {
      EVENT: ["the trial", "the hearing", "the case"],
      HAPPEN: ["ruled that the lawsuit against {ORG1} could proceed", "dismissed most of the charges", "ordered {ORG1} to pay $48 million in damages"],
      ISSUE: ["the company's safety records", "the contracts signed in the deal", "emails between executives"],
      GROUP: ["plaintiffs", "former employees", "shareholders"],
      NEXT: ["a sentencing hearing", "an appeal", "jury selection"],
      DEADLINE_WHAT: ["to file an appeal", "to turn over the documents", "to respond to the motion"],
      STAKE: ["hundreds of millions of dollars in claims", "the company's main operating license", "the careers of two executives"],
    },
    headlines: ["Judge Rules Against {ORG1} in Closely Watched Case", "{ORG1} Ordered to Pay Damages", "Court Clears Way for Lawsuit Against {ORG1}"],
    subtitles: ["The ruling could affect {STAKE}", "Lawyers for the company said they would appeal", "The case turned on {ISSUE}"],
    leads: [
      "A judge in {ORG2} {HAPPEN} {ON_D}, a setback for the company.",
      "{ORG2} {HAPPEN} {ON_D}, after lawyers spent two days arguing over {ISSUE}.",
      "In a 42-page decision issued {ON_D}, {ORG2} {HAPPEN}.",
    ],
    follow: ["The case puts at risk {STAKE}.", "Lawyers for {GROUP} said the decision vindicated their claims about {ISSUE}."],
    listIntro: ["Key findings in the ruling:", "What the judge said:"],
    listItems: ["The company knew of the defects for years", "Internal audits were not disclosed", "Two executives misled investors", "The arbitration clause does not apply", "Damages will be set at a later hearing"],
  },
  {
    key: "business",
    cast: (rng) => ({
      ORG1: company(rng),
      ORG2: company(rng),
      roles: ["chief executive", "chief executive", "Commissioner", "analyst"],
    }),
    words: {
      EVENT: ["the deal", "the merger talks", "the earnings call"],
      HAPPEN: ["agreed to buy {ORG2} for $6.1 billion", "reported a quarterly loss and cut its forecast", "called off its planned merger with {ORG2}"],
      ISSUE: ["antitrust concerns", "rising interest rates", "weak demand in Asia"],
      GROUP: ["shareholders", "investors", "employees"],
      NEXT: ["a shareholder vote", "a review by competition regulators", "the next earnings report"],
      DEADLINE_WHAT: ["to submit a rival bid", "to approve the deal", "to file the merger documents"],
      STAKE: ["about 9,000 jobs", "a market worth $40 billion", "the company's credit rating"],
    },
    headlines: ["{ORG1} to Buy {ORG2} in $6.1 Billion Deal", "{ORG1} Shares Slide After Forecast Cut", "{ORG1} Abandons Merger With {ORG2}"],
    subtitles: ["The deal faces scrutiny over {ISSUE}", "Investors worry about {ISSUE}", "The move affects {STAKE}"],
    leads: [
      "{ORG1} {HAPPEN} {ON_D}, the latest sign of consolidation in the industry.",
      "{ORG1} said {ON_D} that it {HAPPEN}, sending its shares down 8 percent.",
      "In a statement released {ON_D}, {ORG1} said it {HAPPEN}.",
    ],
    follow: ["The announcement comes amid {ISSUE}.", "Analysts said the move puts {STAKE} in question."],
    listIntro: ["Terms of the deal:", "By the numbers:"],
    listItems: ["$42 a share in cash and stock", "A breakup fee of $250 million", "Combined revenue of about $19 billion", "Expected savings of $600 million a year", "Headquarters to remain in the city"],
  },
  {
    key: "diplomacy",
    cast: (rng) => ({
      ORG1: `the ${rng.pick(ORG_PREFIXES)} Trade Council`,
      ORG2: `the ${rng.pick(ORG_PREFIXES)} Alliance`,
      roles: ["Foreign Minister", "Special Envoy", "Secretary", "senior fellow"],
    }),
    words: {
      EVENT: ["the talks", "the summit", "the negotiations"],
      HAPPEN: ["held what officials called constructive talks", "signed a framework agreement on tariffs", "ended talks without a joint statement"],
      ISSUE: ["tariffs on steel and grain", "border security", "the status of the disputed region"],
      GROUP: ["delegates", "negotiators", "diplomats"],
      NEXT: ["a second round of talks", "a leaders' summit", "a vote in parliament"],
      DEADLINE_WHAT: ["to respond to the proposal", "to reach a final agreement", "before the tariffs take effect"],
      STAKE: ["$30 billion in annual trade", "a fragile ceasefire", "the alliance's credibility"],
    },
    headlines: ["Envoys Report Progress in {CITY} Talks", "Talks in {CITY} End Without Deal", "Officials Sign Framework on {ISSUE}"],
    subtitles: ["The two sides remain divided over {ISSUE}", "A deadline looms", "Officials said work remains"],
    leads: [
      "Officials from {ORG1} and {ORG2} {HAPPEN} in {CITY} {ON_D}, according to a statement.",
      "Negotiators {HAPPEN} {ON_D} in {CITY}, where {EVENT} had been expected to run late.",
      "Delegations from {ORG1} and {ORG2} {HAPPEN} {ON_D} after a day of meetings in {CITY}.",
    ],
    follow: ["The discussions focused on {ISSUE}.", "At stake is {STAKE}, officials said."],
    listIntro: ["What is in the framework:", "Sticking points:"],
    listItems: ["Phased cuts to tariffs over five years", "A joint monitoring commission", "New inspection rules at border crossings", "Quotas on agricultural imports", "A review clause after two years"],
  },
  {
    key: "weather",
    cast: (rng) => ({
      ORG1: `the ${rng.pick(ORG_PREFIXES)} ${rng.pick(["Transit Authority", "Port Authority", "Utilities Commission"])}`,
      ORG2: `${rng.pick(ORG_PREFIXES)} Energy`,
      roles: ["emergency management director", "spokesperson", rng.pick(["Mayor", "Gov."]), "meteorologist"],
    }),
    words: {
      EVENT: ["the storm", "the outage", "the cleanup"],
      HAPPEN: ["knocked out power to more than 200,000 customers", "shut down rail service across the region", "flooded dozens of streets near the river"],
      ISSUE: ["aging power lines", "drainage and flood barriers", "the emergency response"],
      GROUP: ["residents", "commuters", "business owners"],
      NEXT: ["a damage assessment", "an emergency council session", "the reopening of the bridge"],
      DEADLINE_WHAT: ["to restore power to all customers", "to reopen the main line", "to clear the debris"],
      STAKE: ["service for 1.2 million riders", "hundreds of homes", "the region's busiest port"],
    },
    headlines: ["Storm Leaves Thousands Without Power in {CITY}", "Flooding Shuts Down Service Across {CITY}", "Crews Race to Restore Power After Storm"],
    subtitles: ["Officials blamed {ISSUE}", "Restoration could take days", "The storm affected {STAKE}"],
    leads: [
      "A powerful storm {HAPPEN} {ON_D}, officials said.",
      "High winds and heavy rain {HAPPEN} in {CITY} {ON_D}.",
      "The storm that swept through {CITY} {ON_D} {HAPPEN}, according to {ORG2}.",
    ],
    follow: ["Crews from {ORG2} were working around the clock.", "The damage renewed questions about {ISSUE}."],
    listIntro: ["What residents should know:", "Where things stand:"],
    listItems: ["Shelters are open at three high schools", "Boil-water advisories remain in effect", "Schools will stay closed", "Report outages by phone, not online", "Avoid downed lines and flooded roads"],
  },
  {
    key: "health",
    cast: (rng) => ({
      ORG1: `the ${rng.pick(ORG_PREFIXES)} Public Health Department`,
      ORG2: `${rng.pick(ORG_PREFIXES)} Memorial Hospital`,
      roles: ["health commissioner", "Dr.", "Secretary", "epidemiologist"],
    }),
    words: {
      EVENT: ["the outbreak", "the investigation", "the closure"],
      HAPPEN: ["confirmed 14 new cases of measles", "announced it would close its maternity ward", "issued an advisory after a spike in hospital admissions"],
      ISSUE: ["vaccination rates", "staffing shortages", "emergency room wait times"],
      GROUP: ["parents", "patients", "nurses"],
      NEXT: ["a public meeting", "a vaccination clinic", "a state inspection"],
      DEADLINE_WHAT: ["to submit a staffing plan", "to report new cases", "to show proof of vaccination"],
      STAKE: ["care for 50,000 patients", "the region's only trauma center", "school attendance"],
    },
    headlines: ["Health Officials Confirm New Cases in {CITY}", "{ORG2} to Close Maternity Ward", "Hospital Admissions Spike, Prompting Advisory"],
    subtitles: ["Officials point to {ISSUE}", "The decision affects {STAKE}", "Parents are urged to check records"],
    leads: [
      "{ORG1} {HAPPEN} {ON_D}, raising concern about {ISSUE}.",
      "Health officials {HAPPEN} {ON_D}, days after {GROUP} raised the alarm.",
      "{ORG2} {HAPPEN} {ON_D}, according to a notice posted by {ORG1}.",
    ],
    follow: ["Officials said {ISSUE} had worsened over the past year.", "The move affects {STAKE}."],
    listIntro: ["Symptoms to watch for:", "What officials recommend:"],
    listItems: ["Check vaccination records", "Call ahead before visiting a clinic", "Keep sick children at home", "Wash hands frequently", "Watch for fever and rash"],
  },
];

/** Sentences any story can use; they draw on the slot table (and so on the kit's words). */
export const GENERIC = {
  quotes: [
    "“We made real progress today, but there is more work to do,” {P1L} said {WD_PUB}.",
    "“This is not the outcome anyone wanted,” {P2} said in a statement {ON_D}.",
    "{P1L} told reporters {ON_D} that {EVENT} had been “difficult but productive.”",
    "“Nobody should mistake our patience for weakness,” {P1L} said {WD_PUB} night.",
    "In an interview {WD_PUB}, {P2L} said {EVENT} would continue “as long as it takes.”",
  ],
  details: [
    "At {TIME}, {P1L} emerged to brief reporters, saying {EVENT} had touched on {ISSUE}.",
    "Earlier in the day, {P2L} had met privately with {P3} to discuss {ISSUE}.",
    "The session began at {TIME} and ran past midnight, according to two people briefed on it.",
    "By late {WD_D}, aides were circulating a draft that addressed {ISSUE}.",
    "{P2L} arrived at {TIME} and left without speaking to reporters.",
  ],
  deadlines: [
    "{ORG1} has until {DEADLINE_WD} {DEADLINE_WHAT}.",
    "Officials set a {DEADLINE_WD} deadline {DEADLINE_WHAT}, {P3L} said.",
    "{P3} gave both sides until {DEADLINE_WD} {DEADLINE_WHAT}, warning that further delays would be costly.",
    "The parties are expected to meet again {NEXT_WD}, ahead of a {DEADLINE_WD} deadline.",
  ],
  schedule: [
    "{NEXT_CAP} is scheduled for {LATER_AP}, according to {ORG1}.",
    "{ORG1} plans to hold {NEXT} on the morning of {LATER_LONG}.",
    "{P3L} said {NEXT} would take place on {LATER_AP} at {LATER_TIME}.",
    "A decision is expected next month, {P4L} said, though the timing could slip.",
    "{NEXT_CAP} had originally been set for {LATER_NUMERIC} but is likely to be moved.",
  ],
  background: [
    "The dispute dates back to {YEAR_PAST}, when {ORG1} first raised concerns about {ISSUE}.",
    "{YEARS_AGO_CAP} years ago, a similar standoff ended only after state officials intervened.",
    "The last agreement was signed on {PRIOR_FULL}, and it expired this year.",
    "Last week, {P2L} had signaled a willingness to compromise on {ISSUE}.",
    "On {PRIOR_AP}, {ORG2} published a report criticizing {ISSUE}.",
    "Tensions rose in {PRIOR_MONTH}, when talks broke down over {ISSUE}.",
  ],
  analysis: [
    "{P4}, who has studied {ISSUE} for two decades, said the outcome would shape {STAKE} for years.",
    "For {GROUP}, the stakes are immediate: many said they had already begun making contingency plans.",
    "Some {GROUP} said they were frustrated by the pace of {EVENT} and the lack of public information.",
    "{P4L} noted that similar disputes elsewhere had been resolved only after outside mediators stepped in.",
    "The broader question, analysts said, is whether {ORG1} can rebuild trust with {GROUP}.",
    "Mr. {P4L} cautioned against reading too much into a single round of {EVENT}.",
    "Several {GROUP} interviewed outside the building said they had expected a quicker resolution.",
    "Supporters of the plan argue it is the only realistic path forward given {ISSUE}.",
    "Opponents counter that it shifts the burden onto {GROUP} without addressing {ISSUE}.",
    "The U.S. experience offers a mixed record, according to a review by {P4}.",
    "Neither side has released detailed figures, making it hard to judge the competing claims.",
    "{ORG2} did not respond to requests for comment, and {ORG1} declined to elaborate.",
    "Gen. {EXTRA}, a retired U.S. Army officer who advised {ORG1} in {YEAR_PAST}, said the plan was workable.",
    "Dr. {EXTRA}, who reviewed the proposal for {ORG2}, called it “a reasonable starting point.”",
    "The issue has become a point of contention this week among local officials.",
    "Documents reviewed by reporters show that {ISSUE} was flagged internally well before {EVENT}.",
    "Observers said the tone of {EVENT} had improved, even if the substance had not.",
  ],
  /** Combinatorial filler: opener × subject × verb × claim. */
  openers: ["", "Still, ", "Privately, ", "For now, ", "In recent months, ", "Even so, ", "At the same time, "],
  subjects: ["{P4L}", "several {GROUP}", "people close to {ORG1}", "officials at {ORG2}", "critics", "supporters of the plan", "two people familiar with the discussions", "independent analysts", "Ms. {EXTRA2}, a spokesperson for {ORG2},"],
  verbs: ["said", "argued", "warned", "acknowledged", "suggested", "noted", "insisted"],
  claims: [
    "that {ISSUE} had been neglected for too long",
    "that the costs would fall mostly on {GROUP}",
    "that a compromise was within reach",
    "that {ORG1} had underestimated the opposition",
    "that the public deserved more information about {EVENT}",
    "that the numbers did not add up",
    "that {STAKE} could not be protected without new money",
    "that the timeline was unrealistic",
    "that similar efforts in other cities had failed",
    "that the outcome would set a precedent for the region",
    "that {ORG2} had been left out of key decisions",
    "that the real test would come when the details were published",
    "that {GROUP} were running out of patience",
    "that the dispute had become more about politics than policy",
  ],
  headings: ["What comes next", "The road ahead", "Background", "How we got here", "Why it matters", "What they are saying"],
  closings: [
    "{P1L} said {GROUP} would be kept informed as the situation develops.",
    "Neither side would say {WD_PUB} when a final agreement might be reached.",
    "“We will be back at the table,” {P2L} said. “That much I can promise.”",
  ],
};
