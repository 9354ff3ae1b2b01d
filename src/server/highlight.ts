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
}

function openTag(m: Mark, continuation: boolean): string {
  const data = Object.entries(m.data ?? {})
    .map(([k, v]) => ` data-${k.replace(/[^a-z0-9-]/g, '')}="${escapeHtml(v)}"`)
    .join('');
  const tip = escapeHtml(m.tip.join('\n'));
  if (continuation) {
    return `<span class="ann ${escapeHtml(m.cls)} cont" data-for="${escapeHtml(m.id)}" data-tip="${tip}"${data}>`;
  }
  return (
    `<span class="ann ${escapeHtml(m.cls)}" id="${escapeHtml(m.id)}" tabindex="0" ` +
    `aria-describedby="${escapeHtml(m.id)}-d" data-tip="${tip}"${data}>`
  );
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
  const stack: Mark[] = [];
  const opened = new Set<Mark>();
  let out = '';
  let next = 0;
  for (let b = 0; b < bounds.length; b++) {
    const p = bounds[b]!;
    // Close every mark ending here; marks above it in the stack are closed and reopened.
    const lowest = stack.findIndex((m) => m.end <= p);
    if (lowest >= 0) {
      const above = stack.splice(lowest);
      out += '</span>'.repeat(above.length);
      for (const m of above) {
        if (m.end > p) {
          stack.push(m);
          out += openTag(m, true);
        }
      }
    }
    while (next < valid.length && valid[next]!.start === p) {
      const m = valid[next++]!;
      stack.push(m);
      out += openTag(m, opened.has(m));
      opened.add(m);
    }
    const q = bounds[b + 1];
    if (q !== undefined) out += escapeHtml(text.slice(p, q));
  }
  out += '</span>'.repeat(stack.length);
  return new SafeHtml(out);
}
