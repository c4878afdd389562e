/**
 * Deictic words: today / yesterday / tomorrow / tonight, and the TimeML
 * reference values PRESENT_REF ('now', 'currently'), PAST_REF ('recently',
 * 'the past'), FUTURE_REF ('the future', 'soon', 'as soon as possible').
 */
import type { Rule } from '../rules.ts';
import { defineRules, runRules } from '../rules.ts';
import type { Candidate, Ctx } from '../types.ts';
import { directionCue } from '../cues.ts';
import { addDays, fmtDay, fmtWeek, isoWeekday } from '../calendar.ts';

const rules: Rule[] = defineRules([
  {
    name: 'deictic-day',
    before: /\bthe day (?:before|after) $/i,
    re: /\b(?:today|yesterday|tomorrow)\b(?!'s? (?:news|world|society|standards|market|economy|generation|youth|young|children|kids|teenagers|consumers|technology|culture))/gi,
    make: (m, _ctx, pre) => {
      const w = m[0].toLowerCase();
      const head = _ctx.text.slice(Math.max(0, m.index - 24), m.index);
      // 'USA Today', 'VOA Today': a capitalised 'Today' right after a name is a title
      if (m[0] === 'Today' && /\b[A-Z][\w.]*\s$/.test(head) && !/[.!?:"'\u201c]\s*[A-Z][\w.]*\s$/.test(head)) return null;
      // 'many of today's personal computers': the present in general, not the day
      if (w === 'today' && /^['\u2019]s\b/.test(_ctx.text.slice(m.index + 5, m.index + 8)) && /\b(?:many|most|some|all|few|much) of\s+$/i.test(head)) return null;
      // 'the leaders of tomorrow', 'the youth of today': the future / present in general, not a day ('the events of
      // yesterday' is often the day itself)
      if (w !== 'yesterday' && /\bthe\s+[a-z-]+(?:\s+[a-z-]+)?\s+of\s+$/i.test(head) && !/^\s*['\u2019]s\b/.test(_ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))
        && !/\b(?:events?|meeting|session|talks|vote|results?|edition|issue|game|match|news|statement|attack|decision|ruling)\s+of\s+$/i.test(head)) {
        return { type: 'DATE', value: w === 'tomorrow' ? 'FUTURE_REF' : 'PRESENT_REF', anchor: 'dct' };
      }
      // 'for nearly everyone alive today': the present, not the day
      if (w === 'today' && /\b(?:alive|living)\s+$/i.test(head)) return { type: 'DATE', value: 'PRESENT_REF', anchor: 'dct' };
      // '"Ten years ago, a Kenyan university building a satellite would have sounded like a joke. Today we have students
      // who can build one"': set against a time years back, 'Today' opening its sentence is the present, not the day
      if (m[0] === 'Today' && /(?:^|[.!?]["'\u201d]?\s+|["\u201c]\s*)$/.test(head) && /^\s+(?:we|I|you|they|there|it|it's|people|most|many|our|every|almost|nearly|more|fewer)\b(?!\s+(?:[a-z]+ed|said|was|were|had|told|made|took|gave|won|lost|became|began|came|went|got|saw|met|sent|left)\b)/.test(_ctx.text.slice(m.index + 5, m.index + 40))
        && /\b(?:years|decades|generations|a century|centuries) ago\b|\bback then\b|\bin the (?:19|20)\d0s\b/i.test(_ctx.text.slice(Math.max(0, m.index - 300), m.index))) return { type: 'DATE', value: 'PRESENT_REF', anchor: 'dct' };
      const lead = pre['$start'] ? _ctx.text.slice(Number(pre['$start']), m.index).toLowerCase() : '';
      let offset = w.endsWith('yesterday') ? -1 : w.endsWith('tomorrow') ? 1 : 0;
      if (lead.startsWith('the day before')) offset -= 1;
      if (lead.startsWith('the day after')) offset += 1;
      return { type: 'DATE', value: '', pending: { kind: 'anchorday', offset }, anchor: 'dct', direction: offset < 0 ? 'past' : offset > 0 ? 'future' : 'same' };
    },
  },
  {
    name: 'overnight',
    // 'stocks fell overnight', 'overnight losses abroad': the night before the day under discussion
    // (the last day named, else the DCT), or the coming one with a future cue ('will stay open overnight').
    // Not a rate or a kind of thing ('the overnight rate', 'an overnight stay') nor 'suddenly' ('not happen
    // overnight', 'became a star almost overnight').
    // ('Overnight crews back-burned along the road': heading its sentence, an adverb before the subject)
    re: /(?<=(?:^|[.!?]["'\u201d]?\s+|\n\s*))\bOvernight\b(?=\s+[a-z]+\s+[a-z]+)|\bovernight\b(?![- ](?:rates?|loans?|lending|borrowing|funds?|money|repos?|repurchases?|deposits?|index|interbank|success|sensation|stays?|delivery|deliveries|shipping|mail|bags?|camps?|trips?|flights?|trains?|buses|coach(?:es)?|express(?:es)?|sleepers?|ferr(?:y|ies)|routes?|journeys?|guests?|visitors?|parking|shifts?|hours|crews?|staff|nurses?|workers?|clerks?|attendants?|cashiers?|managers?|supervisors?|editors?|desk|porters?|drivers?|services?|ambulances?|patrols?|guards?|vigils?)\b|\s+(?:ambulance|patrol|security|news|bus|train|ferry)\s)/gi,
    make: (m, ctx) => {
      const head = ctx.text.slice(Math.max(0, m.index - 110), m.index);
      if (/\b(?:an|almost|virtually|practically|literally|nearly|seemingly|never)\s+$/i.test(head)) return null;
      if (/\b(?:happen|happens|happened|change|changes|changed|disappear|disappears|disappeared|vanish|vanishes|vanished|transform|transformed|fix|fixed|solve|solved)\s+$/i.test(head)) return null;
      if (/\b(?:become|becomes|became|made|make|makes)\b(?:\s+[\w'-]+){0,4}\s+$/i.test(head)) return null;
      // only a modal or a forecast says the coming night ('will stay open overnight', 'are forecast to drop to 5
      // degrees overnight'); 'hit by overnight losses' is no deadline
      // ('rain is expected overnight', 'residents have been told to prepare for flooding overnight', 'bracing for storms overnight')
      const future = /\b(?:will|shall|won't|would|going to|(?:is|are)\s+(?:forecast|expected|predicted|likely|due|set)(?:\s+to)?|(?:prepare|prepares|preparing|brace|braces|bracing)\s+for)\b[^.;:!?]{0,90}$|'ll\b[^.;:!?]{0,90}$/i.test(head);
      return { type: 'TIME', value: '', pending: { kind: 'anchorday', offset: future ? 0 : -1 }, suffix: 'TNI', anchor: 'narrative' };
    },
  },
  {
    name: 'tonight',
    re: /\b(?:tonight|last night|this (?:morning|afternoon|evening)|(?:earlier|later) this (?:morning|afternoon|evening))\b/gi,
    make: (m, ctx) => {
      const w = m[0].toLowerCase();
      // 'the last night shift will run on Jan. 11': the final shift worked at night, no night before the DCT
      if (w === 'last night' && /\b(?:the|a|its|their|his|her|our)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const pod = /morning/.test(w) ? 'MO' : /afternoon/.test(w) ? 'AF' : /evening/.test(w) ? 'EV' : 'NI';
      return { type: 'TIME', value: '', pending: { kind: 'anchorday', offset: w === 'last night' ? -1 : 0 }, suffix: 'T' + pod, anchor: 'dct' };
    },
  },
  {
    name: 'this-hour',
    // 'the top stories this hour', 'later this hour' in a broadcast stamped with its time: that hour of the DCT's day
    re: /\b(?:(?:earlier|later)\s+)?this hour\b/gi,
    make: (_m, ctx) => (ctx.dct.time ? { type: 'TIME', value: `${fmtDay(ctx.dct)}T${ctx.dct.time.slice(0, 2)}`, anchor: 'dct' } : null),
  },
  {
    name: 'present-ref',
    re: /\b(?:(?:right\s+)?now|currently|presently|at present|nowadays|these days|the present(?:\s+(?:moment|day))?(?!\s+(?!(?:and|or|but|in|on|at|to|of|is|was|are|were|with|when|as|it|we|they|he|she|there|the|a|an|for|by|than|that|this|will|would|has|have|had|generation|time)\b)[a-z])|this\s+(?:very\s+)?moment|the current time)\b(?!-)/gi,
    make: (m, ctx) => {
      const w = m[0].toLowerCase();
      // 'the campaign group Fair Fares Now', 'Apocalypse Now': a capitalised 'Now' after a capitalised word inside a sentence is a name
      if (m[0] === 'Now' && /[A-Z][\w'-]*\s+$/.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)) && !/(?:^|[.!?:"\u201c]\s*|\n\s*)[A-Z][\w'-]*\s+$/.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) return null;
      // 'Castlegate Arena: Friday 14 March, now Friday 17 October': 'now' before the new date of something moved is 'instead'
      if (w === 'now' && /^\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/.test(ctx.text.slice(m.index + 3, m.index + 24))
        && /,\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return null;
      // 'now and then', 'every now and again': from time to time, no time
      if (w === 'now' && /^\s+and\s+(?:then|again)\b/i.test(ctx.text.slice(m.index + 3, m.index + 16))) return null;
      // 'now' as a discourse marker inside 'now that', 'from now on' is still PRESENT_REF in TimeML; 'by now' too.
      if (w === 'now' && /^\s*(?:-|\u2014)?\s*(?:defunct|retired|former|ex-)/i.test(ctx.text.slice(m.index + 3, m.index + 20))) return { type: 'DATE', value: 'PRESENT_REF', anchor: 'dct' };
      return { type: 'DATE', value: 'PRESENT_REF', anchor: 'dct' };
    },
  },
  {
    name: 'current-adj',
    // 'current' as an attributive temporal adjective ('current prices'); not 'current account', 'electric current'
    before: /\bthen[- ]$/i,
    re: /\bcurrent\b(?!\s+(?:account|accounts|affairs|events|and former|or former|employees|members|staff|directors|shareholders|holders|management|owners|officials|president|chairman|chief|officer|executive|board|flowing|density))/gi,
    make: (m, ctx, pre) => {
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      if (/\b(?:electric|electrical|ocean|strong|alternating|direct|monsoon|tidal|rip|sea|air|warm|cold|undersea|jet|westerly|easterly|northerly|southerly)\s*$/.test(before)) return null;
      // the noun: 'a fresh monsoon current expected to ...', 'the current is strong', 'swept away by the current.'
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      if (/^(?:\s*(?:[.,;:!?)]|$)|\s+(?:is|was|were|are|will|would|could|can|has|had|expected|carried|carrying|swept|sweeping|flows?|flowing|pulled|pushed|runs)\b)/i.test(after)) return null;
      return { type: 'DATE', value: pre['$start'] ? 'PAST_REF' : 'PRESENT_REF', anchor: 'dct' };
    },
  },
  {
    name: 'past-ref',
    // (not 'paralysed as recently as November': the month is the time, 'as recently as' its signal)
    re: /\b(?<!\bas\s)(?:recently(?!\s+as\b)|lately|the (?:recent |distant |not-too-distant |not too distant )?past|(?:the recent|recent) (?:years|weeks and months|days|times|history))\b(?![- ](?:years?|months?|weeks?|days?|\d)\b)/gi,
    make: (m, ctx) => {
      const w = m[0].toLowerCase().replace(/^in /, '');
      if (w.startsWith('earlier')) return null;
      if (w === 'formerly') return null; // 'formerly known as' is not a timex in TimeML practice
      const start = m.index + (m[0].length - w.length);
      void start;
      if (w === 'recent') {
        // 'recent' only as an attributive adjective: 'recent weeks' is handled by the duration rule
        const nextWord = /^\s+([a-z]+)/i.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20));
        if (!nextWord) return null;
      }
      return { type: 'DATE', value: 'PAST_REF', anchor: 'dct' };
    },
  },
  {
    name: 'past-ref',
    // 'who was a constable at the time, said', 'saying at the time he was ...': the time under discussion, behind (TimeBank
    // tags 'the time'; not 'at the time of the attack', 'at the time when', 'at the time it happened' is still)
    re: /(?<=\bat\s+)\bthe\s+time\b(?!\s+(?:of|when|that|which|where|in\s+which|and\s+place|being|limit|stated|specified|given|agreed|allowed|indicated)\b|[-'\u2019])/gi,
    make: (m, ctx) => {
      // a present or future sentence ('We will decide at the time') speaks of a time ahead or now, no PAST_REF
      const sentence = (ctx.text.slice(Math.max(0, m.index - 120), m.index).split(/[.!?]\s|\n/).pop() ?? '') + (ctx.text.slice(m.index, m.index + 80).split(/[.!?](?:\s|$)|\n/)[0] ?? '');
      if (!/\b(?:was|were|had|did|said|told|[a-z]{3,}ed)\b/i.test(sentence)) return null;
      return { type: 'DATE', value: 'PAST_REF', anchor: 'dct' };
    },
  },
  {
    name: 'past-ref',
    // 'A generation ago, there were four corner stores', 'generations ago': some time back, no year
    re: /\b(?:(?:a|one|a whole|an entire)\s+generation|generations)\s+ago\b/gi,
    make: () => ({ type: 'DATE', value: 'PAST_REF', anchor: 'dct' }),
  },
  {
    name: 'future-ref',
    re: /\b(?:the (?:near |distant |foreseeable |immediate )?future|future (?:quarters|years|months|periods)|a later date|the coming (?:days|weeks|months|years)|the (?:days|weeks|months|years) ahead|the (?:near|short|long|longer) term)\b/gi,
    make: (m, ctx) => {
      const w = m[0].toLowerCase();
      if (w === 'shortly') return null;
      // 'the future of our peoples', 'the future looks bleak': the fate of something, not a time
      if (/^the future$/.test(w) && /^\s+(?:of|looks?|looked|is|was)\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8))
        && !/\b(?:in|into)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return null;
      if (/coming (days|weeks|months|years)|(days|weeks|months|years) ahead/.test(w)) {
        const u = /days/.test(w) ? 'D' : /weeks/.test(w) ? 'W' : /months/.test(w) ? 'M' : 'Y';
        return { type: 'DURATION', value: `PX${u}`, anchor: 'dct' };
      }
      return { type: 'DATE', value: 'FUTURE_REF', anchor: 'dct' };
    },
  },
  {
    name: 'soon',
    // 'may soon seek an indictment', 'as soon as possible' (FUTURE_REF); not 'as soon as he arrives' or 'soon after
    // the attack' (relative to an event), nor a past 'soon' ('the trickle soon became a flood', 'he was soon released')
    re: /\b(?:as soon as possible|soon)\b(?!\s+(?:after|afterwards?|thereafter|as|enough)\b)/gi,
    make: (m, ctx) => {
      if (m[0].length === 4 && /\bas\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) return null;
      if (/\b(?:too|so|how)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return null;
      if (directionCue(ctx.text, m.index, m.index + m[0].length) === 'past') return null;
      return { type: 'DATE', value: 'FUTURE_REF', anchor: 'dct' };
    },
  },
  {
    name: 'new-year',
    // 'the appeal will be heard in the new year' (said in November: next year), 'prices have risen since the new year'
    // (this one); lower case only: 'New Year' is the holiday, 'a new year' any year
    re: /\b[Tt]he new year\b(?![-'\u2019])/g,
    make: (m, ctx) => {
      const dir = directionCue(ctx.text, m.index, m.index + m[0].length);
      const y = ctx.dct.y + (dir !== 'past' && ctx.dct.m >= 7 ? 1 : 0);
      return { type: 'DATE', value: String(y).padStart(4, '0'), anchor: 'dct' };
    },
  },
  {
    name: 'midweek',
    // 'cooler air arrives midweek', 'by midweek': the middle of the DCT's week, or of the next one when it is said ahead
    // of a week whose middle has passed (of the last one when said behind a week whose middle has not come)
    re: /\bmid-?week\b(?!-)/gi,
    make: (m, ctx) => {
      const dir = directionCue(ctx.text, m.index, m.index + m[0].length);
      const wd = isoWeekday(ctx.dct);
      const off = dir === 'future' && wd >= 4 ? 1 : dir === 'past' && wd <= 2 ? -1 : 0;
      return { type: 'DATE', value: fmtWeek(addDays(ctx.dct, 7 * off)), mod: 'MID', anchor: 'dct' };
    },
  },
]);

export function refsParser(ctx: Ctx): Candidate[] {
  const out = runRules(ctx, rules);
  // drop a leading 'in ' kept by a lookbehind-free regex
  for (const c of out) {
    const t = ctx.text.slice(c.start, c.end);
    const lead = /^in /i.exec(t);
    if (lead) c.start += lead[0].length;
  }
  return out;
}
