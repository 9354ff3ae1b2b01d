/**
 * The elements of a JSON array that may be cut short or hold a broken element: a dump cut off
 * mid-write still gives every record before the break. Elements are found by scanning brackets
 * and strings, then each is parsed on its own.
 */
// @ts-nocheck


export interface ArrayScan {
  /** Each element in order: its value, or why it could not be parsed. */
  elements: Array<{ value: unknown } | { error: string }>;
  /** True when the closing `]` was found. */
  complete: boolean;
  /** Where reading stopped (a UTF-16 offset into the text). */
  at: number;
}

/** Scans `text` (which starts, after blanks, with `[`) element by element. */
export function scanJsonArray(text: string): ArrayScan {
  const elements: ArrayScan['elements'] = [];
  let i = text.indexOf('[');
  if (i < 0) return { elements, complete: false, at: 0 };
  i++;
  let start = -1;
  let depth = 0;
  let inString = false;
  const push = (end: number) => {
    const src = text.slice(start, end).trim();
    start = -1;
    if (!src) return;
    try {
      elements.push({ value: JSON.parse(src) });
    } catch (e) {
      elements.push({ error: (e as Error).message });
    }
  };
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (start < 0) {
      if (depth === 0 && c === 0x5d) return { elements, complete: true, at: i + 1 };
      if (depth === 0 && c === 0x2c) continue;
      start = i;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) {
        // The array's own `]` right after an element.
        push(i);
        return { elements, complete: true, at: i + 1 };
      }
      depth--;
    } else if (c === 0x2c && depth === 0) push(i);
  }
  // Cut short. An element closed by its own bracket or quote is whole even with no comma after
  // it; any other element still open at the end (a number may have lost digits) is not kept.
  if (start >= 0 && depth === 0 && !inString && /[}\]"]\s*$/.test(text.slice(start))) push(text.length);
  return { elements, complete: false, at: start >= 0 ? start : text.length };
}
