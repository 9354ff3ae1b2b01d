// @ts-nocheck
import { escapeHtml, SafeHtml } from './escape.ts';

/** One highlighted range of the original text. */
export interface Mark {
  start: number;
  end: number;
  /** Extra CSS classes (constant names from our code, e.g. `ent ent-PER`). */
  cls: string;
  /** Tooltip lines (type, English name, resolved date, speaker, source). */
  tip: string[];
  /** Unique element id; the description element is `${id}-d`. */
  id: string;
  /** Optional extra data attributes (name without `data-`). */
  data?: Record<string, string>;
  /** Same-site link (e.g. the entity page); rendered as <a> unless inside another link. */
  href?: string;
}

function openTag(m: Mark, continuation: boolean, link: boolean): string {
  const data = Object.entries(m.data ?? {})
    .map(([k, v]) => ` data-${k.replace(/[^a-z0-9-]/g, '')}="${escapeHtml(v)}"`)
    .join('');
  const tip = escapeHtml(m.tip.join('\n'));
  // Only our own root-relative paths become links.
  const href = link && m.href && m.href.startsWith('/') && !m.href.startsWith('//') ? ` href="${escapeHtml(m.href)}"` : '';
  const tag = href ? 'a' : 'span';
  if (continuation) {
    return `<${tag} class="ann ${escapeHtml(m.cls)} cont" data-for="${escapeHtml(m.id)}" data-tip="${tip}"${href}${href ? ' tabindex="-1"' : ''}${data}>`;
  }
  return (
    `<${tag} class="ann ${escapeHtml(m.cls)}" id="${escapeHtml(m.id)}"${href || ' tabindex="0"'} ` +
    `aria-describedby="${escapeHtml(m.id)}-d" data-tip="${tip}"${data}>`
  );
}

interface Open {
  m: Mark;
  tag: 'a' | 'span';
}

function open(m: Mark, continuation: boolean, stack: readonly Open[]): { html: string; o: Open } {
  const link = !!m.href && !stack.some((x) => x.tag === 'a');
  const html = openTag(m, continuation, link);
  return { html, o: { m, tag: html.startsWith('<a') ? 'a' : 'span' } };
}

/**
 * Renders `text` with `marks` wrapped in focusable spans. Every piece of text is escaped. Marks
 * may overlap arbitrarily: nested ones nest, and a mark that crosses the end of an enclosing one is
 * split into fragments (the first is focusable, the others carry `data-for` pointing to it).
 */
export function renderMarked(text: string, marks: readonly Mark[]): SafeHtml {
  const valid = marks
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end)
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end || a.i - b.i)
    .map((x) => x.m);
  const points = new Set<number>([0, text.length]);
  for (const m of valid) {
    points.add(m.start);
    points.add(m.end);
  }
  const bounds = [...points].sort((a, b) => a - b);
  const stack: Open[] = [];
  const opened = new Set<Mark>();
  let out = '';
  let next = 0;
  const close = (xs: readonly Open[]) => xs.map((x) => `</${x.tag}>`).reverse().join('');
  const push = (m: Mark, continuation: boolean) => {
    const r = open(m, continuation, stack);
    stack.push(r.o);
    out += r.html;
  };
  for (let b = 0; b < bounds.length; b++) {
    const p = bounds[b]!;
    // Close every mark ending here; marks above it in the stack are closed and reopened.
    const lowest = stack.findIndex((x) => x.m.end <= p);
    if (lowest >= 0) {
      const above = stack.splice(lowest);
      out += close(above);
      for (const x of above) if (x.m.end > p) push(x.m, true);
    }
    while (next < valid.length && valid[next]!.start === p) {
      const m = valid[next++]!;
      push(m, opened.has(m));
      opened.add(m);
    }
    const q = bounds[b + 1];
    if (q !== undefined) out += escapeHtml(text.slice(p, q));
  }
  out += close(stack);
  return new SafeHtml(out);
}
