/**
 * TEST DOUBLE: a small in-memory implementation of the Store interface, for route tests that must
 * not depend on the SQLite backend. Search is a plain substring match; the assertions in the
 * route tests are about the server's behaviour (rendering, escaping, validation, error shape),
 * not about search quality.
 */
import { createHash } from 'node:crypto';
import type { MarsadDocument } from '../../src/doc/types.ts';
import type {
  ArticleInfo,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  EventRow,
  Page,
  PutResult,
  QuoteRow,
  SearchHit,
  SearchQuery,
  SearchResult,
  Stats,
  Store,
  StoredArticle,
  StoryRow,
} from '../../src/store/types.ts';

import { UserError } from '../../src/cli/main.ts';

function pageOf<T>(all: T[], limit = 20, cursor?: string | null): Page<T> {
  let offset = 0;
  if (cursor) {
    const m = /^o(\d+)$/.exec(cursor);
    if (!m) throw new UserError(`invalid cursor "${cursor}"`);
    offset = Number(m[1]);
  }
  const items = all.slice(offset, offset + limit);
  return { items, next: offset + limit < all.length ? `o${offset + limit}` : null, total: all.length };
}

export class MemoryStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly articles: StoredArticle[] = [];
  /** Calls seen, so tests can check what the server asked for. */
  readonly calls: Array<{ method: string; args: unknown }> = [];
  private failNext: string | null = null;

  /** Makes the next call to `method` throw an internal error (to test the 500 path). */
  failOn(method: string): void {
    this.failNext = method;
  }

  private hit(method: string, args: unknown): void {
    this.calls.push({ method, args });
    if (this.failNext === method) {
      this.failNext = null;
      throw new Error(`simulated failure in ${method} at /secret/path/store.ts:42`);
    }
  }

  /** Assigns story and near-duplicate group ids (the real store computes them). */
  group(story: number, dupGroup: number | null, ...ids: number[]): void {
    for (const a of this.articles) {
      if (ids.includes(a.id)) {
        a.story = story;
        a.dupGroup = dupGroup;
      }
    }
  }

  async putDocument(doc: MarsadDocument, info: ArticleInfo): Promise<PutResult> {
    this.hit('putDocument', info);
    const hash = createHash('sha256').update(doc.text).digest('hex');
    const existing = this.articles.find((a) => a.hash === hash);
    if (existing) return { id: existing.id, created: false };
    const id = this.articles.length + 1;
    this.articles.push({
      id,
      hash,
      headline: doc.article.headline?.text ?? doc.meta.title ?? null,
      published: doc.article.published?.value ?? doc.meta.referenceDate ?? null,
      site: info.site,
      url: info.url,
      origin: info.origin,
      ingestedAt: '2026-01-01T00:00:00.000Z',
      dupGroup: null,
      story: null,
      doc,
    });
    return { id, created: true };
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    this.hit('getArticle', id);
    return this.articles.find((a) => a.id === id) ?? null;
  }

  private summary(a: StoredArticle): ArticleSummary {
    const { doc: _doc, ...s } = a;
    return s;
  }

  async listArticles(opts: {
    limit?: number;
    cursor?: string | null;
    site?: string;
  }): Promise<Page<ArticleSummary>> {
    this.hit('listArticles', opts);
    const all = this.articles
      .filter((a) => !opts.site || a.site === opts.site)
      .map((a) => this.summary(a))
      .reverse();
    return pageOf(all, opts.limit, opts.cursor);
  }

  async deleteArticle(id: number): Promise<boolean> {
    const i = this.articles.findIndex((a) => a.id === id);
    if (i < 0) return false;
    this.articles.splice(i, 1);
    return true;
  }

  async search(q: SearchQuery, opts?: { facets?: boolean }): Promise<SearchResult> {
    this.hit('search', { q, opts });
    const terms = q.q.split(/\s+/).filter(Boolean);
    const hits: SearchHit[] = [];
    for (const a of this.articles) {
      const text = a.doc.text;
      if (!terms.every((t) => text.includes(t))) continue;
      const first = text.indexOf(terms[0]!);
      const from = Math.max(0, first - 30);
      const snip = text.slice(from, from + 120);
      const highlights: Array<[number, number]> = [];
      for (const t of terms) {
        let i = snip.indexOf(t);
        while (i >= 0) {
          highlights.push([i, i + t.length]);
          i = snip.indexOf(t, i + t.length);
        }
      }
      hits.push({
        type: 'article',
        articleId: a.id,
        headline: a.headline,
        published: a.published,
        site: a.site,
        score: 1,
        snippet: { text: snip, highlights },
        matched: terms.map((t) => ({ term: t, forms: [t] })),
      });
    }
    const page = pageOf(hits, q.limit, q.cursor);
    const result: SearchResult = {
      hits: page.items,
      total: hits.length,
      totalExact: true,
      next: page.next,
      rankWindow: null,
    };
    if (opts?.facets) {
      const matched = this.articles.filter((a) => hits.some((h) => h.articleId === a.id));
      const ents = new Map<
        string,
        { key: string; name: string; type: EntitySummary['type']; count: number }
      >();
      const sites = new Map<string, number>();
      const months = new Map<string, number>();
      for (const a of matched) {
        for (const e of a.doc.entities) {
          const cur = ents.get(e.key) ?? { key: e.key, name: e.name, type: e.type, count: 0 };
          cur.count++;
          ents.set(e.key, cur);
        }
        if (a.site) sites.set(a.site, (sites.get(a.site) ?? 0) + 1);
        if (a.published) months.set(a.published.slice(0, 7), (months.get(a.published.slice(0, 7)) ?? 0) + 1);
      }
      result.facets = {
        entities: [...ents.values()].sort((x, y) => y.count - x.count),
        sites: [...sites].map(([site, count]) => ({ site, count })),
        months: [...months]
          .map(([month, count]) => ({ month, count }))
          .sort((x, y) => x.month.localeCompare(y.month)),
        articles: matched.length,
        complete: true,
      };
    }
    return result;
  }

  private entityTable(): Map<
    string,
    EntitySummary & {
      aliases: Set<string>;
      roles: Map<string, number>;
      months: Map<string, number>;
      ids: Set<number>;
    }
  > {
    const m = new Map<
      string,
      EntitySummary & {
        aliases: Set<string>;
        roles: Map<string, number>;
        months: Map<string, number>;
        ids: Set<number>;
      }
    >();
    for (const a of this.articles) {
      for (const e of a.doc.entities) {
        let row = m.get(e.key);
        if (!row) {
          row = {
            key: e.key,
            type: e.type,
            name: e.name,
            en: e.en,
            articles: 0,
            mentions: 0,
            aliases: new Set(),
            roles: new Map(),
            months: new Map(),
            ids: new Set(),
          };
          m.set(e.key, row);
        }
        row.ids.add(a.id);
        row.articles = row.ids.size;
        row.mentions += e.mentions.length;
        for (const x of e.mentions) row.aliases.add(x.text);
        for (const r of e.roles) row.roles.set(r.text, (row.roles.get(r.text) ?? 0) + 1);
        if (a.published)
          row.months.set(
            a.published.slice(0, 7),
            (row.months.get(a.published.slice(0, 7)) ?? 0) + e.mentions.length,
          );
      }
    }
    return m;
  }

  async listEntities(opts: {
    type?: EntitySummary['type'];
    q?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<EntitySummary>> {
    this.hit('listEntities', opts);
    const all = [...this.entityTable().values()]
      .filter((e) => (!opts.type || e.type === opts.type) && (!opts.q || e.name.includes(opts.q)))
      .map(({ key, type, name, en, articles, mentions }) => ({ key, type, name, en, articles, mentions }))
      .sort((a, b) => b.mentions - a.mentions);
    return pageOf(all, opts.limit, opts.cursor);
  }

  async getEntity(key: string): Promise<EntityDetail | null> {
    this.hit('getEntity', key);
    const t = this.entityTable();
    const e = t.get(key);
    if (!e) return null;
    const related = [...t.values()]
      .filter((o) => o.key !== key)
      .map((o) => ({
        key: o.key,
        type: o.type,
        name: o.name,
        en: o.en,
        articles: o.articles,
        mentions: o.mentions,
        together: [...o.ids].filter((id) => e.ids.has(id)).length,
      }))
      .filter((o) => o.together > 0)
      .sort((a, b) => b.together - a.together);
    return {
      key: e.key,
      type: e.type,
      name: e.name,
      en: e.en,
      articles: e.articles,
      mentions: e.mentions,
      aliases: [...e.aliases],
      roles: [...e.roles].map(([text, count]) => ({ text, count })),
      timeline: [...e.months]
        .map(([month, count]) => ({ month, count }))
        .sort((a, b) => a.month.localeCompare(b.month)),
      related,
    };
  }

  async listQuotes(opts: {
    speaker?: string;
    q?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<QuoteRow>> {
    this.hit('listQuotes', opts);
    const rows: QuoteRow[] = [];
    for (const a of this.articles) {
      for (const q of a.doc.quotes) {
        const sp = q.speaker.entity ? a.doc.entities.find((e) => e.id === q.speaker.entity) : undefined;
        rows.push({
          articleId: a.id,
          headline: a.headline,
          published: a.published,
          kind: q.kind,
          text: q.text,
          speakerName: sp?.name ?? q.speaker.text?.text ?? null,
          speakerKey: sp?.key ?? null,
          cue: q.cue?.text ?? null,
          stance: q.stance ?? null,
          targets: (q.target ?? []).flatMap((id) => a.doc.entities.find((e) => e.id === id)?.key ?? []),
        });
      }
    }
    const all = rows.filter(
      (r) =>
        (!opts.speaker || r.speakerKey === opts.speaker || (r.speakerName ?? '').includes(opts.speaker)) &&
        (!opts.q || r.text.text.includes(opts.q)),
    );
    return pageOf(all, opts.limit, opts.cursor);
  }

  async listQuotesAbout(key: string, opts: { limit?: number; cursor?: string | null }): Promise<Page<QuoteRow>> {
    this.hit('listQuotesAbout', { key, ...opts });
    const all = (await this.listQuotes({ limit: 100000 })).items.filter((r) => r.targets.includes(key)).reverse();
    return pageOf(all, opts.limit, opts.cursor);
  }

  async listEvents(opts: {
    status?: string;
    from?: string;
    to?: string;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<EventRow>> {
    this.hit('listEvents', opts);
    const rows: EventRow[] = [];
    for (const a of this.articles) {
      const ent = (id: string) => a.doc.entities.find((e) => e.id === id);
      for (const ev of a.doc.events) {
        const place = ev.place ? ent(ev.place) : undefined;
        rows.push({
          articleId: a.id,
          headline: a.headline,
          published: a.published,
          type: ev.type,
          status: ev.status,
          trigger: ev.trigger,
          date: ev.time?.value ?? null,
          participants: ev.participants.flatMap((id) => {
            const e = ent(id);
            return e ? [{ key: e.key, name: e.name, en: e.en }] : [];
          }),
          place: place ? { key: place.key, name: place.name, en: place.en } : null,
        });
      }
    }
    const all = rows
      .filter(
        (r) =>
          (!opts.status || r.status === opts.status) &&
          (!opts.from || (r.date ?? '') >= opts.from) &&
          (!opts.to || (r.date ?? '') <= opts.to),
      )
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    return pageOf(all, opts.limit, opts.cursor);
  }

  async listStories(opts: { limit?: number; cursor?: string | null }): Promise<Page<StoryRow>> {
    this.hit('listStories', opts);
    const byStory = new Map<number, StoredArticle[]>();
    for (const a of this.articles)
      if (a.story !== null) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a]);
    const all: StoryRow[] = [...byStory].map(([id, arts]) => {
      const dups = new Map<number, number[]>();
      for (const a of arts)
        if (a.dupGroup !== null) dups.set(a.dupGroup, [...(dups.get(a.dupGroup) ?? []), a.id]);
      return {
        id,
        title: arts[0]!.headline,
        articles: arts.map((a) => this.summary(a)),
        duplicateGroups: [...dups.values()].filter((g) => g.length > 1),
      };
    });
    return pageOf(all, opts.limit, opts.cursor);
  }

  async stats(): Promise<Stats> {
    this.hit('stats', null);
    return {
      articles: this.articles.length,
      entities: this.entityTable().size,
      quotes: this.articles.reduce((n, a) => n + a.doc.quotes.length, 0),
      events: this.articles.reduce((n, a) => n + a.doc.events.length, 0),
    };
  }

  async close(): Promise<void> {}
}
