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

/**
 * A bar chart of counts by month. Bars run right to left (oldest on the right, as the page reads);
 * each bar has a <title> for hover and the whole chart an accessible name plus a table fallback.
 */
export function monthChart(rows: ReadonlyArray<{ month: string; count: number }>, label: string, link?: (month: string) => string): SafeHtml {
  const data = fillMonths(rows);
  if (data.length === 0) return html`<p class="muted">لا بيانات زمنية.</p>`;
  const W = 600;
  const H = 140;
  const pad = 22;
  const max = Math.max(1, ...data.map((d) => d.count));
  // Bars are capped in width so a short timeline does not become one slab.
  const bw = Math.min((W - 2) / data.length, 48);
  const labelEvery = Math.max(1, Math.ceil(data.length / 8));
  const bars = data.map((d, i) => {
    const h = Math.round(((H - pad - 4) * d.count) / max);
    // Right-to-left: index 0 (oldest) at the right edge.
    const x = W - (i + 1) * bw;
    const y = H - pad - h;
    const rect = html`<rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${h}" class="bar"><title>${fmtDate(d.month)}: ${fmtNum(d.count)}</title></rect>`;
    const text =
      i % labelEvery === 0
        ? html`<text x="${(x + bw / 2).toFixed(1)}" y="${H - 6}" text-anchor="middle" class="axis">${fmtShortMonth(d.month)} ${d.month.slice(2, 4)}</text>`
        : html``;
    const bar = link && d.count > 0 ? html`<a href="${link(d.month)}">${rect}</a>` : rect;
    return html`${bar}${text}`;
  });
  return html`<figure class="chart">
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${label}" class="months">
<line x1="0" y1="${H - pad}" x2="${W}" y2="${H - pad}" class="baseline"/>
${bars}
</svg>
<details><summary>الجدول</summary><table><thead><tr><th scope="col">الشهر</th><th scope="col">العدد</th></tr></thead><tbody>
${data.filter((d) => d.count > 0).map((d) => html`<tr><td>${fmtDate(d.month)}</td><td>${fmtNum(d.count)}</td></tr>`)}
</tbody></table></details>
</figure>`;
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
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${label}">
${edges}
<circle cx="${cx}" cy="${cy}" r="16" class="center t-${center.type}"><title>${center.name}</title></circle>
<text x="${cx}" y="${cy + 34}" text-anchor="middle" class="center-label">${center.name}</text>
${circles}
</svg>
</figure>`;
}
