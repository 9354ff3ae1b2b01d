/** CoNLL token files (`token TAG`, blank line between sentences) and conlleval-style scoring. */
// @ts-nocheck


export interface ConllSentence {
  words: string[];
  tags: string[];
}

/** Parses `token [TAG]` lines; the first whitespace column is the token, the last the tag. */
export function readConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { words: [], tags: [] };
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const cols = t.split(/\s+/);
    cur.words.push(cols[0]!);
    cur.tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  if (cur.words.length) out.push(cur);
  return out;
}

interface Chunk {
  start: number;
  end: number;
  type: string;
}

function split(tag: string): [string, string] {
  if (tag === 'O' || tag.length < 3 || tag[1] !== '-') return ['O', ''];
  return [tag[0]!, tag.slice(2)];
}

/** Chunks as conlleval finds them (an I- after O or another type opens a chunk). */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const [p, ty] = i < tags.length ? split(tags[i]!) : ['O', ''];
    const startsNew = p === 'B' || (p === 'I' && (!open || open.type !== ty));
    if (open && (p === 'O' || startsNew)) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (startsNew) open = { start: i, end: -1, type: ty };
  }
  return out;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface Score {
  overall: Prf;
  byType: Record<string, Prf>;
  tokenAccuracy: number;
}

function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** Entity-level exact-match scores over sentences of gold and predicted tags. */
export function score(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Score {
  const counts = new Map<string, [number, number, number]>();
  const c = (ty: string) => {
    let v = counts.get(ty);
    if (!v) counts.set(ty, (v = [0, 0, 0]));
    return v;
  };
  let tokens = 0;
  let right = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!;
    const p = pred[s]!;
    for (let i = 0; i < g.length; i++) {
      tokens++;
      if (g[i] === p[i]) right++;
    }
    const gc = chunks(g);
    const pc = chunks(p);
    const key = (k: Chunk) => `${k.start}:${k.end}:${k.type}`;
    const gs = new Set(gc.map(key));
    for (const k of gc) c(k.type)[2]++;
    for (const k of pc) {
      c(k.type)[1]++;
      if (gs.has(key(k))) c(k.type)[0]++;
    }
  }
  const byType: Record<string, Prf> = {};
  let tc = 0;
  let tp = 0;
  let tg = 0;
  for (const [ty, [cc, pp, gg]] of [...counts].sort()) {
    byType[ty] = prf(cc, pp, gg);
    tc += cc;
    tp += pp;
    tg += gg;
  }
  return { overall: prf(tc, tp, tg), byType, tokenAccuracy: tokens ? right / tokens : 0 };
}

export function formatScore(s: Score): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = ['type      precision  recall      F1   gold  pred', '-'.repeat(50)];
  const row = (name: string, p: Prf) =>
    `${name.padEnd(8)}  ${pct(p.precision)}    ${pct(p.recall)}  ${pct(p.f1)}  ${String(p.gold).padStart(5)} ${String(p.predicted).padStart(5)}`;
  for (const [ty, p] of Object.entries(s.byType)) lines.push(row(ty, p));
  lines.push('-'.repeat(50));
  lines.push(row('overall', s.overall));
  lines.push(`token accuracy ${pct(s.tokenAccuracy)}%`);
  return lines.join('\n');
}
