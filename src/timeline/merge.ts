/**
 * Stage 4 — merging: candidate events on the same day that report the same happening (shared rare
 * content words and actors, same kind) become one event with several citations; sentences with no
 * date of their own may join a nearby event by content. Work is bucketed by day (never all events
 * against all events); within a day only the pairs that share a term or an actor are scored in full,
 * found through inverted indexes, and undated sentences are matched through an inverted index too.
 * Term weights are a calendar quarter's (see `periodOf`), and the merge can be incremental: it
 * remembers each day's clusters and each article's matches under keys of their inputs (`MergeMemo`).
 */
import type { Citation, TimelineEvent } from './types.ts';
import type { CandidateEvent } from './events.ts';
import type { ArticleAnalysis } from './pipeline.ts';
import { sortedBy } from './order.ts';
import { centroid, contentTerms, needleTest, needleText, termId, termNeedles, TermStats, type StoredTermStats, type TermVector } from './terms.ts';
import { dayNumber } from './articleDate.ts';
import { eventId, hash53 } from './ids.ts';
import { sentenceAt } from './segment.ts';

export interface MergeOptions {
  /** Minimum similarity for two dated reports on the same day to be one event. */
  threshold: number;
  /** Minimum similarity for an undated sentence to join an event by content. */
  contentThreshold: number;
  /** Content matches only join events at most this many days before/after the article's day. */
  contentWindowDays: number;
}

export const DEFAULT_MERGE_OPTIONS: MergeOptions = { threshold: 0.12, contentThreshold: 0.3, contentWindowDays: 3 };

/** Weight of the words outside the core clause of a sentence (the core clause weighs 1). */
const REST_WEIGHT = 0.4;
/** Sentences this early in an article are its lede: two ledes on one day likely report the same happening. */
const LEDE_SENTENCES = 3;
const LEDE_BONUS = 0.1;
/** The cosine below which two reports' shared actors add nothing to their similarity. */
const ACTOR_MIN_COSINE = 0.04;

const EVENT_BLOCKS = new Set(['paragraph', 'listItem', 'blockquote']);

export interface Member {
  cand: CandidateEvent;
  vec: TermVector;
  /** The report's actor keys, each with its weight: its IDF (as a term of the quarter the day's reports are weighted by) over the highest IDF there. */
  actorKeys: Map<string, number>;
  order: number;
  lede: boolean;
}

/** "Claudia Berger" → "berger"; organisations keep their full lower-cased name. */
export function actorKey(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words.length <= 3 ? words[words.length - 1]! : words.join(' ');
}

/**
 * Similarities of every pair of a day's members (a symmetric n×n matrix, row-major, 0 on the
 * diagonal). Two members of different kinds score 0; otherwise the score is the cosine of their
 * vectors, plus (when that cosine reaches `ACTOR_MIN_COSINE`) 0.25 × the weight of the rarest actor
 * key they share (the mean of its weights in the two reports), plus 0.3 for two deadlines
 * with a shared actor, plus the lede bonus for two ledes of different articles.
 *
 * Only pairs that share a term have a cosine and only pairs that share an actor key have an actor
 * weight: both are gathered through inverted indexes over the day, so a busy day costs its shared
 * words rather than a cosine for each of its n² pairs. Every pair still gets its value (average
 * link also averages the values below the threshold).
 */
export function similarityMatrix(members: Member[]): Float64Array {
  const n = members.length;
  // One matrix for the parts too (a busy day's matrices are what the stage allocates most): the
  // upper triangle ([i*n+j], i < j) gathers the pair's dot product, the lower one ([j*n+i]) its actor
  // share; the last pass puts the pair's similarity in both.
  const sims = new Float64Array(n * n);
  for (const group of kindGroups(members)) {
    addTermDots(members, group, sims);
    addSharedActors(members, group, sims);
    for (let x = 0; x < group.length; x++) {
      const i = group[x]!;
      const a = members[i]!;
      for (let y = x + 1; y < group.length; y++) {
        const j = group[y]!;
        const b = members[j]!;
        let s = sims[i * n + j]!;
        const actor = sims[j * n + i]!;
        // a shared actor counts only for reports that share some wording too: the same people on one day
        // are often in different happenings (the verdict and the shares' fall after it)
        if (s >= ACTOR_MIN_COSINE) s += 0.25 * actor;
        // two deadlines falling on the same day about the same actors are the same deadline
        if (a.cand.deadline && b.cand.deadline && actor > 0) s += 0.3;
        if (a.lede && b.lede && a.cand.article !== b.cand.article) s += LEDE_BONUS;
        sims[i * n + j] = sims[j * n + i] = s;
      }
    }
  }
  return sims;
}

/** Member indices by kind (ascending within each): members of different kinds never match. */
function kindGroups(members: Member[]): number[][] {
  const byKind = new Map<string, number[]>();
  members.forEach((m, i) => {
    const g = byKind.get(m.cand.kind);
    if (g) g.push(i);
    else byKind.set(m.cand.kind, [i]);
  });
  return [...byKind.values()];
}

/**
 * Adds the dot product of the vectors of every pair of `group` that shares a term into the upper
 * triangle of `sims` (n×n, [i*n+j] with i < j). Each product is summed while walking the smaller vector of the pair (the
 * earlier member's on equal sizes) in its own order, which is the order a term-by-term cosine of the
 * two sums in: the same bits, so a threshold or a tie falls the same way.
 */
function addTermDots(members: Member[], group: number[], sims: Float64Array): void {
  const n = members.length;
  const postings = new Map<number, Postings>();
  for (const i of group) {
    const { ids, weights } = members[i]!.vec;
    for (let k = 0; k < ids.length; k++) addPosting(postings, ids[k]!, i, weights[k]!);
  }
  for (const i of group) {
    const { ids, weights } = members[i]!.vec;
    for (let e = 0; e < ids.length; e++) {
      const w = weights[e]!;
      const p = postings.get(ids[e]!)!;
      for (let k = 0; k < p.ids.length; k++) {
        const j = p.ids[k]!;
        if (!walksFirst(ids.length, i, members[j]!.vec.ids.length, j)) continue;
        const at = i < j ? i * n + j : j * n + i;
        sims[at] = sims[at]! + w * p.weights[k]!;
      }
    }
  }
}

/** Whether the cosine of members i and j walks i's vector: the smaller one, i on a tie of size if i < j. */
function walksFirst(sizeI: number, i: number, sizeJ: number, j: number): boolean {
  return sizeI < sizeJ || (sizeI === sizeJ && i < j);
}

/**
 * For every pair of `group` that shares an actor key, the largest weight (the mean of the two
 * members' weights of the key) of the keys they share, into the lower triangle of `sims` (n×n, [j*n+i] with i < j).
 */
function addSharedActors(members: Member[], group: number[], sims: Float64Array): void {
  const n = members.length;
  const byKey = new Map<string, number[]>();
  for (const i of group) {
    for (const k of members[i]!.actorKeys.keys()) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  }
  for (const [k, list] of byKey) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      const vx = members[list[x]!]!.actorKeys.get(k)!;
      for (let y = x + 1; y < list.length; y++) {
        const at = list[y]! * n + list[x]!;
        sims[at] = Math.max(sims[at]!, (vx + members[list[y]!]!.actorKeys.get(k)!) / 2);
      }
    }
  }
}

/**
 * What a merge leaves for the next one (`MergeIncremental.previous`): each day's clusters and each article's
 * content matches, each under the key of the reports it was computed from, and each quarter's term
 * statistics. A rebuild recomputes a day or an article when its key changed or when the weight of
 * one of its words did (its quarter's statistics tell which: `TermStats.changedSince`), and takes
 * the rest as they were: the same events, bit for bit, as a merge from scratch (a test checks this
 * after edits, additions, removals and date changes).
 */
export interface MergeMemo {
  version: string;
  /**
   * Day → its key (its quarter and its reports), its stamp (which changes whenever its clusters or
   * their weights may have: content matches near the day are keyed by it), its clusters (member
   * indices within the day, in cluster order) and a digest of what its reports say (`content`: a
   * day clustered again that reads as before keeps its stamp).
   */
  days: Record<string, { key: string; stamp: string; groups: number[][]; content?: string }>;
  /**
   * Article slug → its key (itself and the stamps of the days in its window), its own key, and its
   * content matches ([sentence index, day, cluster index within the day]) with their similarities.
   */
  articles: Record<string, { key: string; self?: string; attach: [number, string, number][]; scores?: number[] }>;
  /**
   * Quarter → its key, its term statistics, and the keys of the articles they count (so that a
   * rebuild can update them by the articles that changed instead of counting the quarter again).
   */
  periods: Record<string, { key: string; stats: StoredTermStats; members?: string[] }>;
}

/** How much a merge took from its memo (for the build's report). */
export interface MergeReuse {
  days: number;
  reusedDays: number;
  articles: number;
  reusedArticles: number;
  /** Quarters whose term statistics were updated by the articles that changed, and those counted again. */
  updatedQuarters: number;
  countedQuarters: number;
  /** Articles matched again against only the days of their window that changed (counted in `articles`, not in `reusedArticles`). */
  partlyMatchedArticles: number;
  /** Days clustered again (counted in `days`, not in `reusedDays`) whose reports read as before: their stamps stay. */
  sameDays: number;
}

/** Keys for an incremental merge: each article's content key (slug → e.g. its content digest), and the previous memo. */
export interface MergeIncremental {
  keys: ReadonlyMap<string, string>;
  previous?: MergeMemo | undefined;
  /**
   * Versions of articles that the previous build merged and this one does not (edited or removed
   * articles), each with its slug and content key as `keys` gave them then: with them a quarter's
   * term statistics are updated by what changed rather than counted again. Without one that a
   * quarter needs, the quarter is counted again (the same statistics, more slowly).
   */
  replaced?: readonly ReplacedArticle[] | undefined;
}

/** What the statistics need of an article version that is gone: its sentences and its blocks' kinds. */
export interface ReplacedArticle {
  slug: string;
  key: string;
  analysis: Pick<ArticleAnalysis, 'sentences' | 'blocks'>;
}

/** Bump when the merge changes what it computes from the same analyses (invalidates every memo). */
const MERGE_VERSION = 2;

/**
 * Beyond this many changed terms in a quarter, or needles for them, texts are tokenised rather than
 * searched for them first (`needleTest`: 160 needles cost about half of tokenising).
 */
const MAX_NEEDLE_TERMS = 150;
const MAX_NEEDLES = 200;

/** No term changed weight. */
const NONE: ReadonlySet<number> = new Set();

/**
 * Term weights come from the event sentences of the articles of one calendar quarter (by article
 * date): the reports on a day are weighted by the news of the day's quarter (or, for a day in a
 * quarter without articles, of the quarter of the day's first report), an article's undated
 * sentences by the news of its own quarter. Words common in a quarter's news weigh little, rare
 * ones much, as with weights over the whole collection; but one article only changes the weights
 * of its own quarter, so a rebuild re-merges a quarter rather than everything, and what merges
 * does not drift as the archive grows.
 */
function periodOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}

interface ArticleState {
  a: ArticleAnalysis;
  period: string;
  key: string;
  /** Content terms of its event sentences, by sentence index (computed when first needed). */
  terms?: (number[] | undefined)[];
  lede?: Set<number>;
}

/** An article's lede: the indices of its first body paragraphs' sentences. */
function ledeOf(st: ArticleState): Set<number> {
  if (!st.lede) {
    const { a } = st;
    const body = a.sentences.filter((s) => a.blocks[s.block]!.kind === 'paragraph').map((s) => s.index);
    st.lede = new Set(body.slice(0, LEDE_SENTENCES));
  }
  return st.lede;
}

/** Whether two clusterings of a day are the same (groups of the same members, in the same order). */
function sameGroups(a: unknown, b: number[][]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((g, i) => Array.isArray(g) && g.length === b[i]!.length && g.every((x, k) => x === b[i]![k]));
}

/** The text of an article's event sentences, joined: what `sentenceTerms` reads. */
function eventText(a: Pick<ArticleAnalysis, 'sentences' | 'blocks'>): string {
  const parts: string[] = [];
  for (const s of a.sentences) if (EVENT_BLOCKS.has(a.blocks[s.block]!.kind)) parts.push(s.text);
  return parts.join('\n');
}

/** Content terms of an article's event sentences, by sentence index. */
function sentenceTerms(a: Pick<ArticleAnalysis, 'sentences' | 'blocks'>): (number[] | undefined)[] {
  const bySentence: (number[] | undefined)[] = [];
  for (const s of a.sentences) if (EVENT_BLOCKS.has(a.blocks[s.block]!.kind)) bySentence[s.index] = contentTerms(s.text);
  return bySentence;
}

/** A report's sentence terms: as its article's were computed, or of the sentence alone (the same terms). */
function reportTerms(p: Pending): readonly number[] {
  return p.art.terms?.[p.cand.citation.sentenceIndex] ?? contentTerms(p.cand.citation.sentence);
}

interface Pending {
  cand: CandidateEvent;
  art: ArticleState;
  /** Index of the candidate in its article. */
  index: number;
  order: number;
  member?: Member;
}

export function mergeEvents(articles: ArticleAnalysis[], options: MergeOptions = DEFAULT_MERGE_OPTIONS): TimelineEvent[] {
  return mergeTimeline(articles, options).events;
}

/**
 * The merge, optionally incremental: with `incremental`, every day's clusters and every article's
 * content matches are taken from `incremental.previous` when their keys are unchanged, and the
 * returned `memo` is for the next build.
 */
export function mergeTimeline(
  articles: ArticleAnalysis[],
  options: MergeOptions = DEFAULT_MERGE_OPTIONS,
  incremental?: MergeIncremental,
): { events: TimelineEvent[]; memo?: MergeMemo; reuse: MergeReuse } {
  // Article order: earliest day first, then slug (the first citation of an event gives its id).
  const ordered = sortedBy(articles, (a) => [a.date.day, a.input.slug]);
  const version = `${MERGE_VERSION}:${options.threshold}:${options.contentThreshold}:${options.contentWindowDays}:${REST_WEIGHT}:${LEDE_SENTENCES}:${LEDE_BONUS}:${ACTOR_MIN_COSINE}`;
  const previous = incremental?.previous?.version === version ? incremental.previous : undefined;
  const caching = incremental !== undefined;
  const reuse: MergeReuse = { days: 0, reusedDays: 0, articles: 0, reusedArticles: 0, updatedQuarters: 0, countedQuarters: 0, partlyMatchedArticles: 0, sameDays: 0 };

  // An article's key, hashed once (the day and article keys below are made of many of them).
  const states = ordered.map(
    (a): ArticleState => ({ a, period: periodOf(a.date.day), key: caching ? hash53(`${a.input.slug}@${incremental.keys.get(a.input.slug) ?? ''}`).toString(36) : '' }),
  );
  const byPeriod = new Map<string, ArticleState[]>();
  for (const st of states) {
    const list = byPeriod.get(st.period);
    if (list) list.push(st);
    else byPeriod.set(st.period, [st]);
  }
  const periodKeys = new Map<string, string>();
  if (caching) for (const [m, list] of byPeriod) periodKeys.set(m, hash53(list.map((st) => st.key).join('\n')).toString(36));

  const termsOf = (st: ArticleState): (number[] | undefined)[] => {
    st.terms ??= sentenceTerms(st.a);
    return st.terms;
  };
  const memo: MergeMemo | undefined = caching ? { version, days: {}, articles: {}, periods: {} } : undefined;
  const periodStats = new Map<string, TermStats>();
  const computeStats = (period: string): TermStats => {
    const stats = new TermStats();
    for (const st of byPeriod.get(period) ?? []) for (const terms of termsOf(st)) if (terms) stats.add(terms);
    return stats;
  };
  // The article versions that are gone, by the key the memo knows them under.
  const replacedByKey = new Map<string, ReplacedArticle>();
  for (const r of incremental?.replaced ?? []) replacedByKey.set(hash53(`${r.slug}@${r.key}`).toString(36), r);
  /**
   * A quarter's statistics from those it had: less the articles no longer in it (their versions
   * from `replaced`), plus those new to it. Undefined when that cannot be done (a version missing,
   * a memo without members, counts that do not add up) or would not be cheaper than counting.
   */
  const updatedStats = (period: string, kept: { stats: StoredTermStats; members?: unknown }): TermStats | undefined => {
    const before = kept.members;
    if (!Array.isArray(before) || !before.every((k) => typeof k === 'string')) return undefined;
    const now = byPeriod.get(period) ?? [];
    const nowKeys = new Set(now.map((st) => st.key));
    const beforeKeys = new Set(before as string[]);
    const gone = (before as string[]).filter((k) => !nowKeys.has(k));
    const added = now.filter((st) => !beforeKeys.has(st.key));
    if (beforeKeys.size !== before.length || gone.length + added.length > now.length) return undefined;
    const olds: ReplacedArticle[] = [];
    for (const k of gone) {
      const old = replacedByKey.get(k);
      if (!old) return undefined;
      olds.push(old);
    }
    const stats = TermStats.fromStored(kept.stats);
    for (const old of olds) for (const terms of sentenceTerms(old.analysis)) if (terms && !stats.remove(terms)) return undefined;
    for (const st of added) for (const terms of termsOf(st)) if (terms) stats.add(terms);
    return stats;
  };
  // With a memo: each quarter's statistics, kept as they were when its articles are, and the terms
  // whose weight changed since the last build (none for a kept quarter).
  const changedTerms = new Map<string, ReadonlySet<number> | 'all'>();
  if (memo) {
    for (const period of byPeriod.keys()) {
      const key = periodKeys.get(period)!;
      const kept = previous?.periods?.[period];
      const valid = kept !== undefined && validStats(kept.stats);
      if (valid && kept.key === key) {
        memo.periods[period] = kept;
        changedTerms.set(period, NONE);
      } else {
        const updated = valid ? updatedStats(period, kept) : undefined;
        if (updated) reuse.updatedQuarters++;
        else reuse.countedQuarters++;
        const stats = updated ?? computeStats(period);
        periodStats.set(period, stats);
        memo.periods[period] = { key, stats: stats.toStored(), members: (byPeriod.get(period) ?? []).map((st) => st.key) };
        changedTerms.set(period, valid ? stats.changedSince(kept.stats) : 'all');
      }
    }
  }
  const statsOf = (period: string): TermStats => {
    let stats = periodStats.get(period);
    if (!stats) {
      const kept = memo?.periods[period];
      stats = kept ? TermStats.fromStored(kept.stats) : computeStats(period);
      periodStats.set(period, stats);
    }
    return stats;
  };
  // A test for a quarter's changed terms in a text, before tokenising it (null: too many terms for it to pay).
  const needles = new Map<string, ((text: string) => boolean) | null>();
  /**
   * Whether none of the terms of some texts changed weight in the quarter since the last build.
   * `text` is what they come from (the texts joined); `terms` gives them, and is called only when
   * some did change and the text holds one of their needles (most texts have none of the few words
   * one edit changes, and finding that out costs far less than tokenising them).
   */
  const sameWeights = (period: string, text: () => string, terms: () => Iterable<number>): boolean => {
    const changed = changedTerms.get(period) ?? 'all';
    if (changed === 'all') return false;
    if (changed.size === 0) return true;
    let wanted = needles.get(period);
    if (wanted === undefined) {
      const list = changed.size <= MAX_NEEDLE_TERMS ? termNeedles(changed) : [];
      needles.set(period, (wanted = list.length > 0 && list.length <= MAX_NEEDLES ? needleTest(list) : null));
    }
    if (wanted && !wanted(needleText(text()))) return true;
    for (const t of terms()) if (changed.has(t)) return false;
    return true;
  };
  /** The quarter whose weights a day's reports take: the day's own, or its first report's when the day's quarter has no articles. */
  const statsPeriodOf = (day: string, pending: Pending[]): string => {
    const own = periodOf(day);
    return byPeriod.has(own) ? own : pending[0]!.art.period;
  };
  const memberOf = (p: Pending, stats: TermStats): Member => {
    if (!p.member) {
      const lede = ledeOf(p.art);
      const maxIdf = stats.maxIdf();
      const terms = reportTerms(p);
      const actorShares = new Map<string, number>();
      // actor keys weigh by the rarity of the same word as a term (a key no sentence has: the rarest)
      for (const k of p.cand.actors.map(actorKey)) actorShares.set(k, stats.idfOfTerm(k) / maxIdf);
      p.member = {
        cand: p.cand,
        vec: stats.weightedVector(contentTerms(p.cand.core), terms, REST_WEIGHT),
        actorKeys: actorShares,
        order: p.order,
        lede: lede.has(p.cand.citation.sentenceIndex),
      };
    }
    return p.member;
  };

  // Bucket candidates by day, in article/sentence order.
  const buckets = new Map<string, Pending[]>();
  let order = 0;
  for (const st of states) {
    st.a.candidates.forEach((cand, index) => {
      const list = buckets.get(cand.date);
      const p: Pending = { cand, art: st, index, order: order++ };
      if (list) list.push(p);
      else buckets.set(cand.date, [p]);
    });
  }

  /** Every term a day's similarities weigh: its reports' sentences, core clauses and actor keys. */
  function* dayTerms(pending: Pending[]): Iterable<number> {
    for (const p of pending) {
      yield* reportTerms(p);
      yield* contentTerms(p.cand.core);
      for (const name of p.cand.actors) {
        const t = termId(actorKey(name));
        if (t !== undefined) yield t;
      }
    }
  }

  /**
   * The report's sentence as its article has it, when that differs from the citation's ('' when not):
   * `reportTerms` reads the article's sentence once its terms are known, else the citation's.
   */
  const otherSentence = (p: Pending): string => {
    const own = p.art.a.sentences[p.cand.citation.sentenceIndex]?.text;
    return own === undefined || own === p.cand.citation.sentence ? '' : own;
  };

  /**
   * Everything of a report that its day's clustering reads (`memberOf`, `similarityMatrix`, and
   * which article and sentence it is, for the content matches): its article, kind, deadline,
   * actors, core clause, sentence (as the article has it too, should the two differ) and whether it
   * is a lede; their order within the day is the order of the day's reports.
   */
  const reportContent = (p: Pending): string => {
    const { cand } = p;
    const lede = ledeOf(p.art).has(cand.citation.sentenceIndex) ? 1 : 0;
    // each text after its length, so that no text can pass for a field boundary (JSON would do too, at three times the cost)
    const other = otherSentence(p);
    const actors = cand.actors.join('\n');
    return `${cand.citation.sentenceIndex} ${cand.kind} ${cand.deadline ? 1 : 0} ${lede} ${cand.article.length}:${cand.article}${actors.length}:${actors}${cand.core.length}:${cand.core}${cand.citation.sentence.length}:${cand.citation.sentence}${other.length}:${other}`;
  };

  /** The texts `dayTerms` come from, joined (for `sameWeights`). */
  const dayText = (pending: Pending[]): string => {
    const parts: string[] = [];
    for (const p of pending) {
      const other = otherSentence(p);
      if (other) parts.push(other);
      parts.push(p.cand.citation.sentence, p.cand.core, ...p.cand.actors.map(actorKey));
    }
    return parts.join('\n');
  };

  const clustersByDay = new Map<string, LazyCluster[]>();
  const dayStamps = new Map<number, string>();
  for (const [day, pending] of buckets) {
    reuse.days++;
    const period = statsPeriodOf(day, pending);
    const key = caching ? hash53(`${period}\n${pending.map((p) => `${p.art.key}#${p.index}`).join('\n')}`).toString(36) : '';
    const kept = previous?.days[day];
    // whether the day's words weigh as they did, worked out at most once (for reusing its clusters, or its stamp)
    let weightsKept: boolean | undefined;
    const sameDayWeights = (): boolean => (weightsKept ??= sameWeights(period, () => dayText(pending), () => dayTerms(pending)));
    let groups = kept?.key === key ? kept.groups : undefined;
    if (groups && !validGroups(groups, pending.length)) groups = undefined;
    if (groups && !sameDayWeights()) groups = undefined;
    const reused = groups !== undefined;
    if (groups) reuse.reusedDays++;
    else {
      // Average-link agglomerative clustering within the day: two groups merge while the mean
      // similarity between their reports reaches the threshold (no chaining through one shared word).
      const stats = statsOf(period);
      const members = pending.map((p) => memberOf(p, stats));
      const parent = averageLinkGroups(similarityMatrix(members), members.length, options.threshold);
      const byRoot = new Map<number, number[]>();
      parent.forEach((root, i) => {
        const group = byRoot.get(root);
        if (group) group.push(i);
        else byRoot.set(root, [i]);
      });
      groups = [...byRoot.values()];
    }
    // What the day's clusters were computed from, by content (its key names articles: any edit to
    // one changes it). A day clustered again whose reports read as before, with the same weights,
    // has the clusters it had: it keeps its stamp, and the content matches near it stay valid.
    let content = reused ? kept?.content : undefined;
    let stamp = '';
    if (caching) {
      if (reused && typeof kept?.stamp === 'string') stamp = kept.stamp;
      else {
        content = hash53(`${period}\n${pending.map(reportContent).join('\n')}`).toString(36);
        const same = typeof kept?.stamp === 'string' && kept.content === content && sameGroups(kept.groups, groups) && sameDayWeights();
        if (same) reuse.sameDays++;
        stamp = same ? kept!.stamp : hash53(`${key}\n${periodKeys.get(period)}`).toString(36);
      }
    }
    if (memo) memo.days[day] = content === undefined ? { key, stamp, groups } : { key, stamp, groups, content };
    dayStamps.set(dayNumber(day), stamp);
    clustersByDay.set(
      day,
      groups.map((g) => new LazyCluster(g.map((i) => pending[i]!), (p) => memberOf(p, statsOf(period)))),
    );
  }

  attachByContent(states, clustersByDay, dayStamps, statsOf, termsOf, sameWeights, options, previous, memo, reuse);

  // Build events with stable ids.
  const events: TimelineEvent[] = [];
  const usedIds = new Set<string>();
  for (const [day, clusters] of clustersByDay) {
    for (const c of clusters) {
      const first = c.pending[0]!.cand;
      let id = eventId(first.article, first.citation.sentenceIndex, day);
      for (let n = 2; usedIds.has(id); n++) id = `${eventId(first.article, first.citation.sentenceIndex, day)}-${n}`;
      usedIds.add(id);
      const cands = c.pending.map((p) => p.cand);
      const ev: TimelineEvent = {
        id,
        date: day,
        kind: first.kind,
        title: first.title,
        actors: mergeActors(cands.map((m) => m.actors)),
        citations: [...cands.map((m) => m.citation), ...c.content],
        related: [...new Set(cands.flatMap((m) => m.related))].filter((d) => d !== day).sort(),
      };
      // a report that states the time gives the part of day too (it is the time's)
      const timed = cands.find((m) => m.time);
      const pod = timed?.partOfDay ?? cands.find((m) => m.partOfDay)?.partOfDay;
      if (pod) ev.partOfDay = pod;
      if (timed?.time) {
        ev.time = timed.time;
        if (timed.timeZone) ev.timeZone = timed.timeZone;
      }
      events.push(ev);
    }
  }
  return memo ? { events, memo, reuse } : { events, reuse };
}

/** Whether remembered statistics have the shape `TermStats.fromStored` reads. */
function validStats(s: unknown): s is StoredTermStats {
  const x = s as StoredTermStats | undefined;
  return !!x && Number.isInteger(x.n) && Array.isArray(x.terms) && Array.isArray(x.df) && x.terms.length === x.df.length;
}

/** Whether remembered groups are a partition of a day's n members (a damaged memo is recomputed, never trusted). */
function validGroups(groups: unknown, n: number): groups is number[][] {
  if (!Array.isArray(groups)) return false;
  const seen = new Uint8Array(n);
  let count = 0;
  for (const g of groups) {
    if (!Array.isArray(g) || g.length === 0) return false;
    for (const i of g) {
      if (!Number.isInteger(i) || i < 0 || i >= n || seen[i]) return false;
      seen[i] = 1;
      count++;
    }
  }
  return count === n;
}

/** A day's cluster: its reports, the content matches it gathers, and its centroid (computed when a content match needs it). */
class LazyCluster {
  readonly content: Citation[] = [];
  readonly pending: Pending[];
  private readonly memberOf: (p: Pending) => Member;
  private c: TermVector | undefined;
  constructor(pending: Pending[], memberOf: (p: Pending) => Member) {
    this.pending = pending;
    this.memberOf = memberOf;
  }
  get centroid(): TermVector {
    this.c ??= centroid(this.pending.map((p) => this.memberOf(p).vec));
    return this.c;
  }
  get firstOrder(): number {
    return this.pending[0]!.order;
  }
}

/**
 * Groups of n items by average-link clustering over their similarities (`sims`: symmetric n×n, row-major);
 * returns for each item the index of its group's first item. Deterministic: ties are broken by index.
 *
 * Two groups only merge when the mean similarity between their items reaches the threshold, so at
 * least one pair across them must reach it: groups never cross the connected components of the
 * graph whose edges are the pairs at or above the threshold. Each component is clustered on its
 * own (same result, far less work on a busy day, where most reports are about different things).
 */
export function averageLinkGroups(sims: Float64Array, n: number, threshold: number): number[] {
  const root = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]!]!;
    return i;
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (sims[i * n + j]! >= threshold) {
        const a = find(i);
        const b = find(j);
        if (a !== b) root[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const components = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const c = components.get(r);
    if (c) c.push(i);
    else components.set(r, [i]);
  }
  const parent = Array.from({ length: n }, (_, i) => i);
  for (const members of components.values()) {
    if (members.length > 1) clusterComponent(members, sims, n, threshold, parent);
  }
  return parent;
}

/**
 * Average-link clustering of one component (`members`: item indices, ascending; `sims`: rows of
 * `stride` items); writes each item's group's first index into `parent`.
 *
 * Greedy: merge the pair of groups with the highest mean similarity (ties: the first pair in row
 * order) while it reaches the threshold. Each row keeps its best partner to the right, so a step
 * rescans only the rows whose best partner was one of the merged groups (O(n²) in practice rather
 * than O(n³) for a rescan of all pairs; the same pairs are chosen, as the clustering test checks
 * against the textbook definition).
 */
function clusterComponent(members: number[], sims: Float64Array, stride: number, threshold: number, parent: number[]): void {
  const n = members.length;
  const sum: Float64Array[] = members.map((gi) => {
    const row = new Float64Array(n);
    for (let k = 0; k < n; k++) row[k] = sims[gi * stride + members[k]!]!;
    return row;
  });
  const groups: (number[] | null)[] = members.map((_, i) => [i]);
  /** Row i's best partner j > i (-1: none reaches the threshold) and its mean similarity. */
  const bestJ = new Int32Array(n).fill(-1);
  const bestV = new Float64Array(n);
  const avg = (i: number, j: number): number => sum[i]![j]! / (groups[i]!.length * groups[j]!.length);
  const rescan = (i: number): void => {
    let bj = -1;
    let best = threshold;
    for (let j = i + 1; j < n; j++) {
      if (!groups[j]) continue;
      const v = avg(i, j);
      if (v >= best && !(v === best && bj >= 0)) {
        best = v;
        bj = j;
      }
    }
    bestJ[i] = bj;
    bestV[i] = best;
  };
  for (let i = 0; i < n; i++) rescan(i);
  for (;;) {
    let bi = -1;
    let best = threshold;
    for (let i = 0; i < n; i++) {
      if (!groups[i] || bestJ[i]! < 0) continue;
      const v = bestV[i]!;
      if (v >= best && !(v === best && bi >= 0)) {
        best = v;
        bi = i;
      }
    }
    if (bi < 0) break;
    const bj = bestJ[bi]!;
    groups[bi] = [...groups[bi]!, ...groups[bj]!];
    groups[bj] = null;
    for (let k = 0; k < n; k++) {
      if (k === bi || !groups[k]) continue;
      sum[bi]![k] = sum[k]![bi] = sum[bi]![k]! + sum[bj]![k]!;
    }
    rescan(bi);
    for (let i = 0; i < bi; i++) {
      if (!groups[i]) continue;
      if (bestJ[i] === bi || bestJ[i] === bj) {
        rescan(i);
        continue;
      }
      // the merged group may now be row i's best partner (to the left of its current one on a tie)
      const v = avg(i, bi);
      if (v > bestV[i]! || (v === bestV[i]! && (bestJ[i]! < 0 ? v >= threshold : bi < bestJ[i]!))) {
        if (v >= threshold) {
          bestJ[i] = bi;
          bestV[i] = v;
        }
      }
    }
    for (let i = bi + 1; i < n; i++) if (groups[i] && bestJ[i] === bj) rescan(i);
  }
  for (const g of groups) {
    if (!g) continue;
    const first = members[Math.min(...g)]!;
    for (const i of g) parent[members[i]!] = first;
  }
}

/** Union of actor lists: case-insensitive, a bare surname dropped when a full name ends with it. */
export function mergeActors(lists: string[][]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) {
    for (const a of list) {
      const lower = a.toLowerCase();
      if (!seen.has(lower)) seen.set(lower, a);
    }
  }
  if (seen.size < 2) return [...seen.values()];
  const lowers = [...seen.keys()];
  const out: string[] = [];
  for (const [lower, a] of seen) if (!lowers.some((b) => b !== lower && b.endsWith(` ${lower}`))) out.push(a);
  return out;
}

/**
 * Undated sentences that report an already-dated event join it as a `match: 'content'` citation:
 * only events within a few days of the article's date, only above a high similarity, the best one.
 * An article's matches depend on itself, the clusters of the days in its window (their stamps) and
 * the weights of its words in its quarter: with a memo, an article whose key (itself and those
 * stamps) is unchanged and none of whose words changed weight keeps its matches.
 */
function attachByContent(
  states: ArticleState[],
  clustersByDay: Map<string, LazyCluster[]>,
  dayStamps: Map<number, string>,
  statsOf: (period: string) => TermStats,
  termsOf: (st: ArticleState) => (number[] | undefined)[],
  sameWeights: (period: string, text: () => string, terms: () => Iterable<number>) => boolean,
  options: MergeOptions,
  previous: MergeMemo | undefined,
  memo: MergeMemo | undefined,
  reuse: MergeReuse,
): void {
  const dayByNumber = new Map<number, string>();
  for (const day of clustersByDay.keys()) dayByNumber.set(dayNumber(day), day);
  // The previous build's stamps, by day number: which days of a window changed since.
  const previousStamps = new Map<number, string>();
  for (const [day, d] of Object.entries(previous?.days ?? {})) if (typeof d?.stamp === 'string') previousStamps.set(dayNumber(day), d.stamp);
  const changedDay = (d: number): boolean => (dayStamps.get(d) ?? '-') !== (previousStamps.get(d) ?? '-');
  const windowDays = (around: number): number[] => {
    const out: number[] = [];
    for (let d = around - options.contentWindowDays; d <= around + options.contentWindowDays; d++) out.push(d);
    return out;
  };
  // The postings of a window, built once for each article day that needs them: of all its days,
  // and of only the days that changed since the last build.
  const whole = new WindowCache(clustersByDay, dayByNumber);
  const changedOnly = new WindowCache(clustersByDay, dayByNumber);
  for (const st of states) {
    const a = st.a;
    const articleDayNum = dayNumber(a.date.day);
    reuse.articles++;
    const days = windowDays(articleDayNum);
    let key = '';
    if (memo) key = hash53([st.key, ...days.map((d) => dayStamps.get(d) ?? '-')].join('\n')).toString(36);
    const remembered = previous?.articles[a.input.slug];
    let attach: [number, string, number][] | undefined = remembered && memo && validAttach(remembered.attach, a, clustersByDay) ? remembered.attach : undefined;
    // the article's words weigh as they did: what it matched on the days that did not change still holds
    const sameWords = attach !== undefined && sameWeights(st.period, () => eventText(a), () => termsOf(st).flatMap((t) => t ?? []));
    let scores: number[] = [];
    if (attach && sameWords && remembered!.key === key) {
      reuse.reusedArticles++;
      scores = Array.isArray(remembered!.scores) ? remembered!.scores : [];
    } else {
      const stats = statsOf(st.period);
      const full = (): Window => whole.of(articleDayNum, days);
      const out: Match[] = [];
      const before = remembered?.scores;
      if (attach && sameWords && remembered!.self === st.key && Array.isArray(before) && before.length === attach.length && before.every((x) => typeof x === 'number')) {
        // Only days of its window changed: each sentence is scored against their clusters, and what it
        // matched elsewhere (with its score) competes; a sentence whose match was on a changed day is
        // scored against the whole window again.
        reuse.partlyMatchedArticles++;
        const changedDays = days.filter(changedDay);
        const changed = new Set(changedDays);
        const old = new Map(attach.map((m, k) => [m[0], { day: m[1], index: m[2], score: before[k]! }]));
        const part = changedOnly.of(articleDayNum, changedDays);
        for (const s of matchable(a, termsOf(st))) {
          const o = old.get(s.index);
          if (o && changed.has(dayNumber(o.day))) {
            const m = bestMatch(s, stats, a.input.slug, full(), options.contentThreshold);
            if (m) out.push(m);
            continue;
          }
          const m = bestMatch(s, stats, a.input.slug, part, options.contentThreshold);
          const kept: Match | undefined = o && { sentence: s.index, day: o.day, index: o.index, score: o.score, cluster: clustersByDay.get(o.day)![o.index]! };
          const best = !m ? kept : !kept ? m : m.score > kept.score || (m.score === kept.score && m.cluster.firstOrder < kept.cluster.firstOrder) ? m : kept;
          if (best) out.push(best);
        }
      } else {
        for (const s of matchable(a, termsOf(st))) {
          const m = bestMatch(s, stats, a.input.slug, full(), options.contentThreshold);
          if (m) out.push(m);
        }
      }
      attach = out.map((m) => [m.sentence, m.day, m.index]);
      scores = out.map((m) => m.score);
    }
    if (memo) memo.articles[a.input.slug] = { key, self: st.key, attach, scores };
    for (const [sentenceIndex, day, index] of attach) {
      const s = a.sentences[sentenceIndex]!;
      clustersByDay.get(day)![index]!.content.push({ article: a.input.slug, sentenceIndex, sentence: s.text, expression: null, match: 'content' });
    }
  }
}

/** Whether remembered matches still point at sentences and clusters that exist (a damaged memo is recomputed). */
function validAttach(attach: unknown, a: ArticleAnalysis, clustersByDay: Map<string, LazyCluster[]>): attach is [number, string, number][] {
  return (
    Array.isArray(attach) &&
    attach.every(
      (x) =>
        Array.isArray(x) &&
        Number.isInteger(x[0]) &&
        a.sentences[x[0]] !== undefined &&
        typeof x[1] === 'string' &&
        Number.isInteger(x[2]) &&
        clustersByDay.get(x[1])?.[x[2]] !== undefined,
    )
  );
}

/** The clusters of some days, with postings (term → the clusters with the term and its centroid weight) and a score per cluster. */
interface Window {
  postings: Map<number, Postings>;
  clusters: { cluster: LazyCluster; day: string; index: number }[];
  scores: Float64Array;
  touched: number[];
}

/** The window of the last article day asked for (articles come in day order, so most ask for the same one). */
class WindowCache {
  private day = Number.NaN;
  private window: Window | undefined;
  private readonly clustersByDay: Map<string, LazyCluster[]>;
  private readonly dayByNumber: Map<number, string>;
  constructor(clustersByDay: Map<string, LazyCluster[]>, dayByNumber: Map<number, string>) {
    this.clustersByDay = clustersByDay;
    this.dayByNumber = dayByNumber;
  }

  of(articleDay: number, days: number[]): Window {
    if (this.window && this.day === articleDay) return this.window;
    const postings = new Map<number, Postings>();
    const clusters: Window['clusters'] = [];
    for (const d of days) {
      const day = this.dayByNumber.get(d);
      if (!day) continue;
      this.clustersByDay.get(day)!.forEach((cluster, index) => {
        const id = clusters.push({ cluster, day, index }) - 1;
        const c = cluster.centroid;
        for (let k = 0; k < c.ids.length; k++) addPosting(postings, c.ids[k]!, id, c.weights[k]!);
      });
    }
    this.day = articleDay;
    this.window = { postings, clusters, scores: new Float64Array(clusters.length), touched: [] };
    return this.window;
  }
}

/** A content match: a sentence, the cluster it joins (by day and index), and its similarity. */
interface Match {
  sentence: number;
  day: string;
  index: number;
  score: number;
  cluster: LazyCluster;
}

/** The sentences of an article that may join an event by content: undated, in the body, with three content terms or more. */
function matchable(a: ArticleAnalysis, termsOf: (number[] | undefined)[]): { index: number; terms: number[] }[] {
  const dated = new Set<number>();
  for (const t of a.timexes) {
    // any temporal expression gives the sentence a date of its own
    const s = sentenceAt(a.sentences, t.start);
    if (s) dated.add(s.index);
  }
  for (const r of a.rejectedTimexes ?? []) {
    // a refused date ('Feb. 30', 'in 3025') is still the sentence's own: it must not borrow another day
    const s = sentenceAt(a.sentences, r.start);
    if (s) dated.add(s.index);
  }
  const out: { index: number; terms: number[] }[] = [];
  for (const s of a.sentences) {
    if (dated.has(s.index) || !EVENT_BLOCKS.has(a.blocks[s.block]!.kind)) continue;
    const terms = termsOf[s.index] ?? [];
    if (terms.length >= 3) out.push({ index: s.index, terms });
  }
  return out;
}

/**
 * The cluster of the window a sentence is most similar to, above the content threshold (on a tie,
 * the cluster whose first report comes first), leaving out a cluster the sentence is itself a report of.
 */
function bestMatch(s: { index: number; terms: number[] }, stats: TermStats, slug: string, w: Window, threshold: number): Match | undefined {
  if (w.clusters.length === 0) return undefined;
  const { postings, clusters, scores, touched } = w;
  const { ids, weights } = stats.vector(s.terms);
  for (let e = 0; e < ids.length; e++) {
    const weight = weights[e]!;
    const p = postings.get(ids[e]!);
    if (!p) continue;
    for (let i = 0; i < p.ids.length; i++) {
      const id = p.ids[i]!;
      if (scores[id] === 0) touched.push(id);
      scores[id] = scores[id]! + weight * p.weights[i]!;
    }
  }
  let best = -1;
  let bestScore = threshold;
  for (const id of touched) {
    const score = scores[id]!;
    scores[id] = 0;
    const c = clusters[id]!.cluster;
    if (score < bestScore || (score === bestScore && best < 0)) continue;
    if (c.pending.some((p) => p.cand.article === slug && p.cand.citation.sentenceIndex === s.index)) continue;
    if (score > bestScore || c.firstOrder < clusters[best]!.cluster.firstOrder) {
      best = id;
      bestScore = score;
    }
  }
  touched.length = 0;
  return best < 0 ? undefined : { sentence: s.index, day: clusters[best]!.day, index: clusters[best]!.index, score: bestScore, cluster: clusters[best]!.cluster };
}

/** Clusters holding a term, with the term's weight in each centroid (parallel arrays). */
interface Postings {
  ids: number[];
  weights: number[];
}

function addPosting(index: Map<number, Postings>, term: number, id: number, weight: number): void {
  const p = index.get(term);
  if (p) {
    p.ids.push(id);
    p.weights.push(weight);
  } else index.set(term, { ids: [id], weights: [weight] });
}
