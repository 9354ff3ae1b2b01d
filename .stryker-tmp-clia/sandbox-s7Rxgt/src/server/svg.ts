// @ts-nocheck
import { html, type SafeHtml } from './escape.ts';
import { entityHref, fmtDate, fmtNum, fmtShortMonth } from './layout.ts';

/** Fills the gaps between the first and last month so the time axis is honest. */
export function fillMonths(rows: ReadonlyArray<{ month: string; count: number }>, maxMonths = 120): Array<{ month: string; count: number }> {
  const valid = rows.filter((r) => /^\d{4}-\d{2}$/.test(r.month)).sort((a, b) => a.month.localeCompare(b.month));
  if (valid.length === 0) return [];
  const counts = new Map(valid.map((r) => [r.month, r.count]));
  const [fy, fm] = valid[0]!.month.split('-').map(Number) as [number, number];
  const [ly, lm] = valid[valid.length - 1]!.month.split('-').map(Number) as [number, number];
  const span = (ly - fy) * 12 + (lm - fm) + 1;
  if (span > maxMonths) return valid;
  const out: Array<{ month: string; count: number }> = [];
  for (let i = 0; i < span; i++) {
    const y = fy + Math.floor((fm - 1 + i) / 12);
    const m = ((fm - 1 + i) % 12) + 1;
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
  }
  return out;
}

/** Round tick values for a count axis: 0, then steps of 1, 2 or 5 × 10^k, at most `n` ticks. */
export function ticks(max: number, n = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag);
  const out: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(Math.round(v));
  if (out[out.length - 1]! < max) out.push(out[out.length - 1]! + step);
  return out;
}

/**
 * A bar chart of counts by month with a count axis and Arabic month labels. Bars share the whole
 * width and run right to left (oldest on the right, as the page reads); a month label is written
 * only where it has room, with the year under the first month and under every January. `width` is
 * the chart's drawing width in CSS pixels, so text keeps its size (13 px) wherever it is placed.
 * Each bar has a <title>, the chart an accessible name, and a table fallback follows.
 */
export function monthChart(
  rows: ReadonlyArray<{ month: string; count: number }>,
  label: string,
  link?: (month: string) => string,
  width = 640,
): SafeHtml {
  const data = fillMonths(rows);
  if (data.length === 0) return html`<p class="muted">لا بيانات زمنية.</p>`;
  const W = width;
  const H = 190;
  const axisW = 34; // count labels, on the left (the end of an RTL line)
  const top = 10;
  const bottom = 44; // month + year labels
  const plotW = W - axisW - 6;
  const plotH = H - top - bottom;
  const yTicks = ticks(Math.max(1, ...data.map((d) => d.count)));
  const yMax = yTicks[yTicks.length - 1]!;
  const y = (v: number) => top + plotH - (plotH * v) / yMax;
  const slot = plotW / data.length;
  const bw = Math.max(2, Math.min(slot * 0.72, 56));
  // Room for a label: an Arabic month name is up to ~64 px, more where a phone enlarges the text.
  const every = Math.max(1, Math.ceil(96 / slot));
  const grid = yTicks.map(
    (t) => html`<line x1="${axisW}" x2="${W}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" class="grid"/><text x="${axisW - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" class="axis num">${fmtNum(t)}</text>`,
  );
  const bars = data.map((d, i) => {
    const cx = W - (i + 0.5) * slot;
    const h = (plotH * d.count) / yMax;
    const rect = html`<rect x="${(cx - bw / 2).toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${bw.toFixed(1)}" height="${h.toFixed(1)}" class="bar"><title>${fmtDate(d.month)}: ${fmtNum(d.count)}</title></rect>`;
    const bar = link && d.count > 0 ? html`<a href="${link(d.month)}" aria-label="${fmtDate(d.month)}: ${fmtNum(d.count)}">${rect}</a>` : rect;
    const [yy, mm] = d.month.split('-');
    const showMonth = i % every === 0;
    const showYear = i === 0 || (mm === '01' && showMonth);
    const text = showMonth
      ? html`<text x="${cx.toFixed(1)}" y="${H - bottom + 18}" text-anchor="middle" class="axis" data-month="${d.month}" data-short="1">${fmtShortMonth(d.month)}</text>${showYear ? html`<text x="${cx.toFixed(1)}" y="${H - bottom + 36}" text-anchor="middle" class="axis year num">${yy}</text>` : html``}`
      : html``;
    return html`${bar}${text}`;
  });
  return html`<figure class="chart">
<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"${link ? html`` : html` role="img"`} aria-label="${label}" class="months">
<title>${label}</title>
${grid}
<line x1="${axisW}" y1="${top + plotH}" x2="${W}" y2="${top + plotH}" class="baseline"/>
${bars}
</svg>
<details><summary>الجدول</summary><table><thead><tr><th scope="col">الشهر</th><th scope="col">العدد</th></tr></thead><tbody>
${data.filter((d) => d.count > 0).map((d) => html`<tr><td>${timeElMonth(d.month)}</td><td>${fmtNum(d.count)}</td></tr>`)}
</tbody></table></details>
</figure>`;
}

function timeElMonth(month: string): SafeHtml {
  return html`<time datetime="${month}">${fmtDate(month)}</time>`;
}

export interface GraphNode {
  key: string;
  name: string;
  type: string;
  weight: number;
}

/** A small star graph: the entity in the centre, related entities around it, edge width by co-occurrence. */
export function relatedGraph(center: GraphNode, related: readonly GraphNode[], label: string): SafeHtml {
  if (related.length === 0) return html`<p class="muted">لا كيانات مرتبطة بعد.</p>`;
  const nodes = related.slice(0, 12);
  const W = 480;
  const H = 360;
  const cx = W / 2;
  const cy = H / 2;
  const r = 130;
  const max = Math.max(1, ...nodes.map((n) => n.weight));
  const placed = nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return { n, x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
  });
  const edges = placed.map(
    (p) =>
      html`<line x1="${cx}" y1="${cy}" x2="${p.x.toFixed(1)}" y2="${p.y.toFixed(1)}" class="edge" stroke-width="${(1 + (4 * p.n.weight) / max).toFixed(1)}"><title>${center.name} — ${p.n.name}: ${fmtNum(p.n.weight)}</title></line>`,
  );
  const circles = placed.map(
    (p) => html`<a href="${entityHref(p.n.key)}" class="node t-${p.n.type}">
<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${(7 + (6 * p.n.weight) / max).toFixed(1)}"><title>${p.n.name} (${fmtNum(p.n.weight)})</title></circle>
<text x="${p.x.toFixed(1)}" y="${(p.y + 26).toFixed(1)}" text-anchor="middle">${p.n.name}</text>
</a>`,
  );
  return html`<figure class="graph">
<svg viewBox="0 0 ${W} ${H}" aria-label="${label}">
<title>${label}</title>
${edges}
<circle cx="${cx}" cy="${cy}" r="16" class="center t-${center.type}"><title>${center.name}</title></circle>
<text x="${cx}" y="${cy + 34}" text-anchor="middle" class="center-label">${center.name}</text>
${circles}
</svg>
</figure>`;
}
