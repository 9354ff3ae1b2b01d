/**
 * Stories: related articles about one development, clustered by shared entities and shared
 * salient terms within a time window. Near-duplicate copies always share a story. Clusters are
 * built by linking pairs above a similarity threshold (union–find); very common terms are ignored
 * so that generic vocabulary cannot chain unrelated articles together.
 */
// @ts-nocheck

import type { SqlStore, StoryInput } from './sql-store.ts';

export interface StoryOptions {
  /** Largest gap between two linked articles' dates, in days. */
  windowDays?: number;
  /** Similarity at or above which two articles are linked. */
  threshold?: number;
}

export interface Story {
  title: string | null;
  articles: number[];
  first: string | null;
  last: string | null;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function days(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

export function clusterStories(items: StoryInput[], opts: StoryOptions = {}): Story[] {
  const window = opts.windowDays ?? 3;
  const threshold = opts.threshold ?? 0.2;
  const n = items.length;
  // Document frequency: terms in more than max(3, 2%) of the articles carry no story signal.
  const df = new Map<string, number>();
  for (const it of items) for (const t of new Set(it.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const maxDf = Math.max(3, Math.floor(n * 0.02));
  const terms = items.map((it) => new Set(it.terms.filter((t) => (df.get(t) ?? 0) <= maxDf)));
  const keys = items.map((it) => new Set(it.keys));

  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Copies of one wire story are one story.
  const byDup = new Map<number, number>();
  items.forEach((it, i) => {
    if (it.dupGroup === null) return;
    const first = byDup.get(it.dupGroup);
    if (first === undefined) byDup.set(it.dupGroup, i);
    else union(first, i);
  });

  // Candidates: articles sharing at least one feature (inverted index over terms and entity keys).
  const index = new Map<string, number[]>();
  items.forEach((_, i) => {
    for (const t of terms[i]!) index.set(`t:${t}`, [...(index.get(`t:${t}`) ?? []), i]);
    for (const k of keys[i]!) index.set(`k:${k}`, [...(index.get(`k:${k}`) ?? []), i]);
  });
  for (let i = 0; i < n; i++) {
    const shared = new Map<number, number>();
    const feats = [...[...terms[i]!].map((t) => `t:${t}`), ...[...keys[i]!].map((k) => `k:${k}`)];
    for (const f of feats) {
      const list = index.get(f)!;
      if (list.length > 200) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      if (count < 2 || days(items[i]!.published, items[j]!.published) > window) continue;
      const tSim = jaccard(terms[i]!, terms[j]!);
      const both = keys[i]!.size > 0 && keys[j]!.size > 0;
      const sim = both ? 0.5 * tSim + 0.5 * jaccard(keys[i]!, keys[j]!) : tSim;
      if (sim >= threshold) union(i, j);
    }
  }

  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  const stories: Story[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const its = members.map((i) => items[i]!).sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id - b.id);
    const dates = its.map((x) => x.published).filter((d): d is string => !!d);
    stories.push({
      title: its.find((x) => x.headline)?.headline ?? null,
      articles: its.map((x) => x.id),
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
    });
  }
  return stories.sort((a, b) => b.articles.length - a.articles.length || (a.articles[0]! - b.articles[0]!));
}

/**
 * Recomputes every story from the archive and stores the result (one transaction). The change
 * counter is read before the inputs, so an article committed meanwhile leaves the stories stale
 * rather than silently left out.
 */
export async function rebuildStories(store: SqlStore, opts: StoryOptions = {}): Promise<number> {
  const version = await store.articlesVersion();
  const stories = clusterStories(await store.storyInputs(), opts);
  await store.setStories(stories, version);
  return stories.length;
}

/**
 * Rebuilds the stories when articles changed since they were built, one process at a time (a
 * second waits, then finds them fresh). Returns whether it rebuilt.
 */
export async function rebuildStoriesIfStale(store: SqlStore, opts: StoryOptions = {}): Promise<boolean> {
  if (!(await store.storiesStale())) return false;
  return store.exclusive(async () => {
    if (!(await store.storiesStale())) return false;
    await rebuildStories(store, opts);
    return true;
  });
}
