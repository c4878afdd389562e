/**
 * Stage 4 — merging: candidate events on the same day that report the same happening (shared rare
 * content words and actors, same kind) become one event with several citations; sentences with no
 * date of their own may join a nearby event by content. Work is bucketed by day (never all events
 * against all events); within a day only the pairs that share a term or an actor are scored in full,
 * found through inverted indexes, and undated sentences are matched through an inverted index too.
 */
import type { Citation, TimelineEvent } from './types.ts';
import type { CandidateEvent } from './events.ts';
import type { ArticleAnalysis } from './pipeline.ts';
import { centroid, contentTerms, TermStats, type TermVector } from './terms.ts';
import { dayNumber } from './articleDate.ts';
import { eventId } from './ids.ts';
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

const EVENT_BLOCKS = new Set(['paragraph', 'listItem', 'blockquote']);

export interface Member {
  cand: CandidateEvent;
  vec: TermVector;
  actorKeys: Set<string>;
  order: number;
  lede: boolean;
}

interface Cluster {
  members: Member[];
  content: Citation[];
  centroid: TermVector;
}

/** "Claudia Berger" → "berger"; organisations keep their full lower-cased name. */
function actorKey(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words.length <= 3 ? words[words.length - 1]! : words.join(' ');
}

/**
 * Similarities of every pair of a day's members (a symmetric n×n matrix, row-major, 0 on the
 * diagonal). Two members of different kinds score 0; otherwise the score is the cosine of their
 * vectors, plus 0.25 × the IDF share of the rarest actor key they share, plus 0.3 for two deadlines
 * with a shared actor, plus the lede bonus for two ledes of different articles.
 *
 * Only pairs that share a term have a cosine and only pairs that share an actor key have an actor
 * weight: both are gathered through inverted indexes over the day, so a busy day costs its shared
 * words rather than a cosine for each of its n² pairs. Every pair still gets its value (average
 * link also averages the values below the threshold).
 */
export function similarityMatrix(members: Member[], idfOf: (actorKey: string) => number, maxIdf: number): Float64Array {
  const n = members.length;
  // One matrix for the parts too (a busy day's matrices are what the stage allocates most): the
  // upper triangle ([i*n+j], i < j) gathers the pair's dot product, the lower one ([j*n+i]) its actor
  // share; the last pass puts the pair's similarity in both.
  const sims = new Float64Array(n * n);
  for (const group of kindGroups(members)) {
    addTermDots(members, group, sims);
    addSharedActors(members, group, idfOf, maxIdf, sims);
    for (let x = 0; x < group.length; x++) {
      const i = group[x]!;
      const a = members[i]!;
      for (let y = x + 1; y < group.length; y++) {
        const j = group[y]!;
        const b = members[j]!;
        let s = sims[i * n + j]!;
        const actor = sims[j * n + i]!;
        s += 0.25 * actor;
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
 * For every pair of `group` that shares an actor key, the largest IDF share (idf / maxIdf) of the
 * keys they share, into the lower triangle of `sims` (n×n, [j*n+i] with i < j).
 */
function addSharedActors(members: Member[], group: number[], idfOf: (actorKey: string) => number, maxIdf: number, sims: Float64Array): void {
  const n = members.length;
  const byKey = new Map<string, number[]>();
  for (const i of group) {
    for (const k of members[i]!.actorKeys) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  }
  for (const [k, list] of byKey) {
    if (list.length < 2) continue;
    const v = idfOf(k) / maxIdf;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const at = list[y]! * n + list[x]!;
        sims[at] = Math.max(sims[at]!, v);
      }
    }
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function mergeEvents(articles: ArticleAnalysis[], options: MergeOptions = DEFAULT_MERGE_OPTIONS): TimelineEvent[] {
  // Article order: earliest day first, then slug (the first citation of an event gives its id).
  const ordered = [...articles].sort((a, b) => cmp(a.date.day, b.date.day) || cmp(a.input.slug, b.input.slug));
  const stats = new TermStats();
  // Content terms of every event-bearing sentence, by article slug and sentence index.
  const sentenceTerms = new Map<string, (number[] | undefined)[]>();
  for (const a of ordered) {
    const bySentence: (number[] | undefined)[] = [];
    for (const s of a.sentences) {
      if (!EVENT_BLOCKS.has(a.blocks[s.block]!.kind)) continue;
      const terms = contentTerms(s.text);
      bySentence[s.index] = terms;
      stats.add(terms);
    }
    sentenceTerms.set(a.input.slug, bySentence);
  }
  // actor keys weigh by the rarity of the same word as a term (a key no sentence has: the rarest)
  const idfOf = (key: string): number => stats.idfOfTerm(key);
  const maxIdf = stats.maxIdf();

  // Bucket candidates by day, in article/sentence order.
  const buckets = new Map<string, Member[]>();
  let order = 0;
  for (const a of ordered) {
    const bodySentences = a.sentences.filter((s) => a.blocks[s.block]!.kind === 'paragraph').map((s) => s.index);
    const lede = new Set(bodySentences.slice(0, LEDE_SENTENCES));
    for (const cand of a.candidates) {
      const terms = sentenceTerms.get(cand.article)?.[cand.citation.sentenceIndex] ?? contentTerms(cand.citation.sentence);
      const m: Member = {
        cand,
        vec: stats.weightedVector(contentTerms(cand.core), terms, REST_WEIGHT),
        actorKeys: new Set(cand.actors.map(actorKey)),
        order: order++,
        lede: lede.has(cand.citation.sentenceIndex),
      };
      const list = buckets.get(cand.date) ?? [];
      list.push(m);
      buckets.set(cand.date, list);
    }
  }

  const clustersByDay = new Map<string, Cluster[]>();
  for (const [day, members] of buckets) {
    // Average-link agglomerative clustering within the day: two groups merge while the mean
    // similarity between their reports reaches the threshold (no chaining through one shared word).
    const parent = averageLinkGroups(similarityMatrix(members, idfOf, maxIdf), members.length, options.threshold);
    const byRoot = new Map<number, Member[]>();
    members.forEach((m, i) => {
      const group = byRoot.get(parent[i]!);
      if (group) group.push(m);
      else byRoot.set(parent[i]!, [m]);
    });
    clustersByDay.set(
      day,
      [...byRoot.values()].map((ms) => ({ members: ms, content: [], centroid: centroid(ms.map((m) => m.vec)) })),
    );
  }

  attachByContent(ordered, clustersByDay, stats, sentenceTerms, options);

  // Build events with stable ids.
  const events: TimelineEvent[] = [];
  const usedIds = new Set<string>();
  for (const [day, clusters] of clustersByDay) {
    for (const c of clusters) {
      const first = c.members[0]!.cand;
      let id = eventId(first.article, first.citation.sentenceIndex, day);
      for (let n = 2; usedIds.has(id); n++) id = `${eventId(first.article, first.citation.sentenceIndex, day)}-${n}`;
      usedIds.add(id);
      const ev: TimelineEvent = {
        id,
        date: day,
        kind: first.kind,
        title: first.title,
        actors: mergeActors(c.members.map((m) => m.cand.actors)),
        citations: [...c.members.map((m) => m.cand.citation), ...c.content],
        related: [...new Set(c.members.flatMap((m) => m.cand.related))].filter((d) => d !== day).sort(),
      };
      const pod = c.members.find((m) => m.cand.partOfDay)?.cand.partOfDay;
      if (pod) ev.partOfDay = pod;
      const timed = c.members.find((m) => m.cand.time)?.cand;
      if (timed?.time) {
        ev.time = timed.time;
        if (timed.timeZone) ev.timeZone = timed.timeZone;
      }
      events.push(ev);
    }
  }
  return events;
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
  for (const list of lists) for (const a of list) if (!seen.has(a.toLowerCase())) seen.set(a.toLowerCase(), a);
  const all = [...seen.values()];
  return all.filter((a) => !all.some((b) => b !== a && b.toLowerCase().endsWith(` ${a.toLowerCase()}`)));
}

/**
 * Undated sentences that report an already-dated event join it as a `match: 'content'` citation:
 * only events within a few days of the article's date, only above a high similarity, the best one.
 */
function attachByContent(
  ordered: ArticleAnalysis[],
  clustersByDay: Map<string, Cluster[]>,
  stats: TermStats,
  sentenceTerms: Map<string, (number[] | undefined)[]>,
  options: MergeOptions,
): void {
  // Postings per day: day number → term → the clusters of that day with the term and its centroid
  // weight. A sentence only looks at the days within the window around its article's day.
  const clusters: Cluster[] = [];
  const byDay = new Map<number, Map<number, Postings>>();
  for (const [day, dayClusters] of clustersByDay) {
    const dn = dayNumber(day);
    let terms = byDay.get(dn);
    if (!terms) byDay.set(dn, (terms = new Map()));
    for (const c of dayClusters) {
      const id = clusters.push(c) - 1;
      for (let k = 0; k < c.centroid.ids.length; k++) addPosting(terms, c.centroid.ids[k]!, id, c.centroid.weights[k]!);
    }
  }
  const scores = new Float64Array(clusters.length);
  const touched: number[] = [];
  // Articles come in day order: one merged index for the window of each article day.
  let windowDay = Number.NaN;
  let window = new Map<number, Postings>();
  for (const a of ordered) {
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
    const articleDayNum = dayNumber(a.date.day);
    if (articleDayNum !== windowDay) {
      windowDay = articleDayNum;
      window = new Map();
      for (let d = articleDayNum - options.contentWindowDays; d <= articleDayNum + options.contentWindowDays; d++) {
        for (const [t, p] of byDay.get(d) ?? []) for (let i = 0; i < p.ids.length; i++) addPosting(window, t, p.ids[i]!, p.weights[i]!);
      }
    }
    if (window.size === 0) continue;
    const termsOf = sentenceTerms.get(a.input.slug) ?? [];
    for (const s of a.sentences) {
      if (dated.has(s.index) || !EVENT_BLOCKS.has(a.blocks[s.block]!.kind)) continue;
      const terms = termsOf[s.index] ?? [];
      if (terms.length < 3) continue;
      const { ids, weights } = stats.vector(terms);
      for (let e = 0; e < ids.length; e++) {
        const w = weights[e]!;
        const p = window.get(ids[e]!);
        if (!p) continue;
        for (let i = 0; i < p.ids.length; i++) {
          const id = p.ids[i]!;
          if (scores[id] === 0) touched.push(id);
          scores[id] = scores[id]! + w * p.weights[i]!;
        }
      }
      let best: Cluster | null = null;
      let bestScore = options.contentThreshold;
      for (const id of touched) {
        const score = scores[id]!;
        scores[id] = 0;
        const c = clusters[id]!;
        if (score < bestScore || (score === bestScore && !best)) continue;
        if (c.members.some((m) => m.cand.article === a.input.slug && m.cand.citation.sentenceIndex === s.index)) continue;
        if (score > bestScore || c.members[0]!.order < best!.members[0]!.order) {
          best = c;
          bestScore = score;
        }
      }
      touched.length = 0;
      if (best) {
        best.content.push({ article: a.input.slug, sentenceIndex: s.index, sentence: s.text, expression: null, match: 'content' });
      }
    }
  }
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
