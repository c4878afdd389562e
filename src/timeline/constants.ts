/**
 * Word lists for English news prose used by the pipeline stages.
 * General rules about the language only: no names, places or dates of particular articles.
 */

/**
 * Abbreviations that are followed by a full stop but do not end a sentence (case-sensitive, without
 * the final dot): titles, months, weekdays, US state abbreviations as used in party/state tags
 * ("D-Va."), and common shortenings.
 */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and ranks
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Rev', 'Fr', 'Sr', 'St', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Cmdr', 'Adm',
  'Sgt', 'Cpl', 'Pvt', 'Brig', 'Sen', 'Rep', 'Reps', 'Sens', 'Gov', 'Govt', 'Pres', 'Supt', 'Amb', 'Hon', 'Atty', 'Insp',
  'Det', 'Ald', 'Msgr', 'Gens',
  // months and weekdays
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  // AP-style state abbreviations
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass',
  'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis',
  'Wyo', 'Ida', 'Del', 'Wisc',
  // other shortenings that are followed by a name or a number
  'No', 'Nos', 'Vol', 'vol', 'pp', 'p', 'Fig', 'fig', 'approx', 'est', 'cf', 'vs', 'v', 'Mt', 'Ft', 'Pt', 'Ave', 'Blvd',
  'Rd', 'Dept', 'Univ', 'Assn', 'Bros', 'e.g', 'i.e', 'al', 'ca',
]);

/**
 * Abbreviations that usually sit inside a sentence but may also end one ("… said the U.S. The …",
 * "… Acme Inc. Shares …"): a sentence ends after them only when the next word is a typical sentence
 * opener (see SENTENCE_OPENERS).
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Inc', 'Corp', 'Co', 'Ltd', 'Jr', 'Sr', 'etc', 'LLC', 'Bros', 'Plc', 'plc', 'Esq',
]);

/** Words that typically open a sentence; used to decide whether "U.S." or "a.m." ends one. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'But', 'And',
  'Or', 'So', 'Yet', 'In', 'On', 'At', 'As', 'After', 'Before', 'When', 'While', 'Although', 'Though', 'However', 'Meanwhile',
  'Still', 'Also', 'If', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Some', 'Many', 'Most', 'Officials', 'Critics', 'Asked',
  'According', 'For', 'Now', 'Then', 'Later', 'Earlier', 'Since', 'Under', 'With', 'Without', 'Despite', 'During', 'By',
]);

/** Weekday names (lower case), Sunday first as in `Date#getUTCDay`. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Month names and their news abbreviations (lower case, without dot) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/**
 * Words before a date expression that make it a deadline or a plan: the day is when something is
 * due, not when something happened ("had until Thursday", "approve it by June 3", "a Thursday deadline").
 */
export const DEADLINE_CUES = /\b(until|till|by|before|no later than|deadline|due|expires?|expiring|ultimatum)\b/i;

/** Verbs/auxiliaries marking a plan or a future happening in the clause of the expression. */
export const FUTURE_CUES =
  /\b(will|would|shall|is to|are to|was to|were to|is set to|are set to|is due to|are due to|is expected to|are expected to|is scheduled to|are scheduled to|was scheduled to|were scheduled to|plans? to|planned to|planning to|scheduled|upcoming|intends? to|going to)\b/i;

/** Reporting verbs, for trimming attribution tails from titles ("…, the ministry said."). */
export const REPORTING_VERBS =
  'said|says|say|told|added|noted|wrote|writes|stressed|argued|insisted|explained|reported|reports|announced|claimed|confirmed|according';

/**
 * Function words and reporting boilerplate that carry no content for matching two reports of the
 * same happening.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet for of in on at to from by with without within into onto upon over under about above below ' +
    'after before during since until till than then that this these those there here which who whom whose what when where why how ' +
    'is are was were be been being am do does did done doing have has had having will would shall should can could may might must ' +
    'not no yes it its it\'s he him his she her hers they them their theirs we us our ours you your i me my mine one ones ' +
    'as if while though although because also just only even still already again very more most much many some any all both each ' +
    'other another such own same few several new said says say saying told tell tells added adding noted wrote writes stressed ' +
    'according reported reports mr mrs ms dr per via around across against between through among amid ' +
    'early late earlier later last next week weekend day days today tonight yesterday tomorrow morning afternoon evening night ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december jan feb mar apr jun jul aug sep sept oct nov dec year years month months time times hour hours ' +
    'percent people thing things way ways lot part first second third'
  ).split(/\s+/),
);

/**
 * Titles, offices and descriptors that precede a name ("Finnish President Maria Lindqvist",
 * "Sen. Jane Roe"); stripped from actor names. Lower case, without final dot.
 */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  (
    'president vice prime minister foreign defense defence finance interior secretary state chancellor premier king queen prince princess ' +
    'sen senator rep representative gov governor mayor gen general lt col colonel maj major capt captain adm admiral sgt ' +
    'mr mrs ms dr prof rev sir dame lord lady judge justice chief spokesman spokeswoman spokesperson envoy special ambassador ' +
    'minister commissioner chairman chairwoman chair ceo director leader speaker deputy assistant attorney pope cardinal ' +
    'bishop sheikh emir crown former acting interim army navy air force national security adviser advisor ' +
    'u.s us british french german russian ukrainian american chinese european finnish polish turkish israeli'
  ).split(/\s+/),
);

/**
 * News words that name the same kind of happening, folded to one concept for matching reports
 * ("talks" / "negotiations" / "meeting"; "lashed out" / "criticized"). General vocabulary only.
 */
export const EVENT_CONCEPTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '~meeting': 'talk talks negotiation negotiations negotiate negotiated meeting meetings met meet session round summit discussion discussions consultation consultations',
    '~statement': 'statement declaration communique communiqué',
    '~post': 'post posted posting tweet tweeted message',
    '~call': 'call phone phoned',
    '~deadline': 'deadline ultimatum',
    '~criticise': 'criticized criticised criticize criticise lashed slammed complained attacked blasted rebuked denounced condemned',
    '~progress': 'progress breakthrough productive constructive',
    '~agreement': 'agreement deal accord pact',
    '~proposal': 'proposal plan framework draft',
    '~approve': 'approve approved accept accepted sign respond',
    '~vote': 'vote voted ballot',
    '~resign': 'resign resigned resignation quit',
    '~attack': 'strike strikes struck attack attacked shelling bombing',
  }).flatMap(([concept, words]) => words.split(' ').map((w) => [w, concept] as [string, string])),
);

/** A dateline opening a lede: a place in capitals, maybe a region after a comma and an agency in brackets, then a dash ("WASHINGTON —", "ST. LOUIS (AP) —", "KYIV, Ukraine —"). */
export const DATELINE = /^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?(?:\s*\([^)]{1,30}\))?\s*(?:[—–]|--)\s*/u;
