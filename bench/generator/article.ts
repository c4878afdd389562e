/**
 * Composes one synthetic news article. Articles are grouped into stories: every article of a
 * story reports the same happening on the same day (from different outlets, with different
 * wording), so the pipeline's cross-source merging has real work to do.
 *
 * Article i depends only on (seed, i): a 1,000-article corpus is the prefix of a 10,000 one.
 */
import { Random } from "./random.ts";
import {
  apDate, apDateWithYear, apTime, calendar, dayNumber, isoDate, isoDateTimeInZone, longDate,
  monthName, numericDate, weekday,
} from "./dates.ts";
import { CITIES, FIRST_NAMES, LAST_NAMES, PUBLISHERS, type City, type Publisher } from "./lexicon.ts";
import { GENERIC, TOPICS, type TopicKit } from "./topics.ts";

/** Stories fall on days in this window (about two years). */
export const FIRST_DAY = dayNumber(2023, 1, 2);
export const LAST_DAY = dayNumber(2024, 12, 27);

const NUMBER_WORDS = ["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];

interface Story {
  index: number;
  topic: TopicKit;
  city: City;
  day: number;
  /** Topic vocabulary fixed for the story, so all its articles describe the same happening. */
  slots: Record<string, string>;
  publishers: Publisher[];
}

export interface GeneratedArticle {
  fileName: string;
  text: string;
}

function personName(rng: Random): { full: string; last: string } {
  const last = rng.pick(LAST_NAMES);
  return { full: `${rng.pick(FIRST_NAMES)} ${last}`, last };
}

function makeStory(seed: string, index: number, size: number): Story {
  const rng = new Random(`${seed}/story/${index}`);
  const topic = rng.pick(TOPICS);
  const city = rng.pick(CITIES);
  const day = rng.int(FIRST_DAY, LAST_DAY);
  const cast = topic.cast(rng, city.name);
  const slots: Record<string, string> = { CITY: city.name, COUNTRY: city.country, ORG1: cast.ORG1, ORG2: cast.ORG2 };
  cast.roles.forEach((role, k) => {
    const p = personName(rng);
    slots[`P${k + 1}`] = `${role} ${p.full}`;
    slots[`P${k + 1}L`] = p.last;
  });
  for (const [key, options] of Object.entries(topic.words)) slots[key] = rng.pick(options);
  slots["EXTRA"] = personName(rng).full;
  slots["EXTRA2"] = personName(rng).full;
  const next = slots["NEXT"] ?? "another meeting";
  slots["NEXT_CAP"] = next.charAt(0).toUpperCase() + next.slice(1);

  // The story's calendar: deadline and next meeting ahead of every article (published D or D+1),
  // within the week so weekday names are what a reporter would write.
  const deadline = day + rng.int(3, 6);
  const nextMeeting = day + rng.int(2, deadline - day - 1);
  const later = day + rng.int(12, 45);
  const prior = day - rng.int(14, 60);
  const priorFull = day - rng.int(200, 700);
  const yearsAgo = rng.int(2, 10);
  const hour = rng.pick([8, 9, 10, 11, 13, 14, 15, 16, 17]);
  Object.assign(slots, {
    WD_D: weekday(day),
    DEADLINE_WD: weekday(deadline),
    NEXT_WD: weekday(nextMeeting),
    TIME: `${apTime(hour, rng.pick([0, 0, 15, 30, 45]))} ${city.timeLabel}`,
    LATER_AP: apDate(later),
    LATER_LONG: longDate(later),
    LATER_NUMERIC: numericDate(later),
    LATER_TIME: apTime(rng.pick([9, 10, 11, 14]), rng.pick([0, 30])),
    PRIOR_AP: apDate(prior),
    PRIOR_FULL: apDateWithYear(priorFull),
    PRIOR_MONTH: monthName(prior - 30),
    YEAR_PAST: String(calendar(day).year - rng.int(2, 8)),
    YEARS_AGO_CAP: NUMBER_WORDS[yearsAgo - 2] as string,
  });
  const publishers = rng.sample(PUBLISHERS, size);
  return { index, topic, city, day, slots, publishers };
}

/**
 * Fills `{SLOT}`s. A person's surname slot (`{P1L}`) gives the full name with role until the
 * person has been introduced, as a reporter would write.
 */
function fill(template: string, slots: Record<string, string>, introduced: Set<string>): string {
  let text = template;
  for (let pass = 0; pass < 4 && text.includes("{"); pass++) {
    text = text.replace(/\{([A-Z0-9_]+)\}/g, (_, key: string) => {
      const person = /^(P\d)L?$/.exec(key);
      const wanted = person && !introduced.has(person[1] as string) ? (person[1] as string) : key;
      if (person) introduced.add(person[1] as string);
      const value = slots[wanted];
      if (value === undefined) throw new Error(`generator: no value for {${key}} in “${template}”`);
      return value;
    });
  }
  text = text.replace(/([ap]\.m\.)\./g, "$1");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Draws templates without repeating one until its pool is used up. */
class Deck {
  private readonly left = new Map<readonly string[], string[]>();
  private readonly rng: Random;
  constructor(rng: Random) {
    this.rng = rng;
  }
  draw(pool: readonly string[]): string {
    let left = this.left.get(pool);
    if (!left || left.length === 0) {
      left = pool.slice();
      this.left.set(pool, left);
    }
    const i = Math.floor(this.rng.next() * left.length);
    const picked = left[i] as string;
    left[i] = left[left.length - 1] as string;
    left.pop();
    return picked;
  }
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .split("-")
    .slice(0, 7)
    .join("-");
}

const yamlString = (value: string): string => JSON.stringify(value);

function composeArticle(seed: string, story: Story, position: number, articleIndex: number): GeneratedArticle {
  const rng = new Random(`${seed}/article/${articleIndex}`);
  const publisher = story.publishers[position] as Publisher;
  const pubDay = story.day + (rng.chance(0.55) ? 0 : 1);
  const sameDay = pubDay === story.day;
  const slots: Record<string, string> = { ...story.slots, WD_PUB: weekday(pubDay) };
  // How this reporter refers to the day of the happening.
  slots["ON_D"] = rng.weighted([
    [`on ${weekday(story.day)}`, 5],
    [weekday(story.day), 4],
    [`on ${apDate(story.day)}`, 1],
    [sameDay ? `earlier ${weekday(story.day)}` : `late ${weekday(story.day)}`, 1],
  ] as const);
  const introduced = new Set<string>();
  const deck = new Deck(rng);
  const say = (templates: readonly string[]): string => fill(deck.draw(templates), slots, introduced);
  const opinion = (): string =>
    fill(`${rng.pick(GENERIC.openers)}${rng.pick(GENERIC.subjects)} ${rng.pick(GENERIC.verbs)} ${rng.pick(GENERIC.claims)}.`, slots, introduced);

  const title = fill(rng.pick(story.topic.headlines), slots, new Set(["P1", "P2", "P3", "P4"]));
  const blocks: string[] = [];
  const lead = say(story.topic.leads);
  const datelinePrefix = rng.chance(0.6) ? `${story.city.dateline} — ` : "";
  blocks.push(`${datelinePrefix}${lead} ${say(story.topic.follow)}`);
  blocks.push(`${say(GENERIC.quotes)} ${say(GENERIC.details)}`);
  blocks.push(`${say(GENERIC.details)} ${say(GENERIC.deadlines)}`);
  blocks.push(`${say(GENERIC.quotes)} ${say(GENERIC.analysis)} ${say(GENERIC.analysis)}`);
  const headings = rng.sample(GENERIC.headings, 2);
  blocks.push(`## ${headings[0]}`);
  blocks.push(`${say(GENERIC.schedule)} ${say(GENERIC.deadlines)} ${say(GENERIC.analysis)}`);
  if (rng.chance(0.6)) {
    const items = rng.sample(story.topic.listItems, rng.int(3, 5));
    blocks.push(say(story.topic.listIntro));
    blocks.push(items.map((item) => `- ${item}`).join("\n"));
  }
  blocks.push(`## ${headings[1]}`);
  blocks.push(`${say(GENERIC.background)} ${say(GENERIC.background)} ${say(GENERIC.analysis)}`);

  const target = rng.int(640, 780);
  let words = blocks.reduce((n, b) => n + wordCount(b), 0);
  const closing = say(GENERIC.closings);
  while (words + wordCount(closing) < target) {
    const sentences = rng.int(3, 5);
    const parts: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const r = rng.next();
      parts.push(r < 0.15 ? say(GENERIC.background) : r < 0.25 ? say(GENERIC.schedule) : r < 0.6 ? say(GENERIC.analysis) : opinion());
    }
    const paragraph = parts.join(" ");
    blocks.push(paragraph);
    words += wordCount(paragraph);
  }
  blocks.push(closing);

  const fm: string[] = ["---", `title: ${yamlString(title)}`];
  if (rng.chance(0.7)) fm.push(`subtitle: ${yamlString(fill(rng.pick(story.topic.subtitles), slots, new Set()))}`);
  const hasPublisher = rng.chance(0.92);
  if (hasPublisher) fm.push(`publisher: ${yamlString(publisher.name)}`);
  const authorCount = rng.weighted([[0, 1], [1, 12], [2, 5], [3, 2]] as const);
  const authors = Array.from({ length: authorCount }, () => personName(rng).full);
  fm.push(authors.length === 0 ? "authors: []" : `authors:\n${authors.map((a) => `  - ${yamlString(a)}`).join("\n")}`);
  const slug = slugify(title);
  const c = calendar(pubDay);
  if (hasPublisher) {
    fm.push(`url: ${yamlString(`https://${publisher.domain}/${c.year}/${String(c.month).padStart(2, "0")}/${String(c.day).padStart(2, "0")}/${slug}`)}`);
  }
  const pubHour = sameDay ? rng.int(15, 23) : rng.int(5, 13);
  fm.push(
    rng.chance(0.12)
      ? `published: ${yamlString(isoDate(pubDay))}`
      : `published: ${yamlString(isoDateTimeInZone(pubDay, pubHour, rng.int(0, 11) * 5, publisher.zone))}`,
  );
  if (publisher.statesZone) fm.push(`timezone: ${yamlString(publisher.zone)}`);
  if (rng.chance(0.7)) fm.push(`dateline: ${yamlString(story.city.dateline)}`);
  fm.push("---");

  const fileName = `${isoDate(pubDay)}-${slug}-${String(articleIndex).padStart(5, "0")}.md`;
  return { fileName, text: `${fm.join("\n")}\n\n${blocks.join("\n\n")}\n` };
}

/** Yields the first n articles of the corpus for a seed, in order. */
export function* generateCorpus(n: number, seed = "news-timeline"): Generator<GeneratedArticle> {
  const sizes = new Random(`${seed}/story-sizes`);
  let produced = 0;
  for (let storyIndex = 0; produced < n; storyIndex++) {
    const size = sizes.weighted([[1, 25], [2, 25], [3, 25], [4, 15], [5, 10]] as const);
    const story = makeStory(seed, storyIndex, size);
    for (let position = 0; position < size && produced < n; position++) {
      yield composeArticle(seed, story, position, produced);
      produced++;
    }
  }
}
