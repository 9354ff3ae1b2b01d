import bylines from '../../lexicon/bylines.json' with { type: 'json' };
import furniture from '../../lexicon/html-furniture.json' with { type: 'json' };
import { foldPhraseLoose } from '../../text/punctuation.ts';

const classTokens = new Set(furniture.classTokens.map((t) => t.toLowerCase()));
const removeTags = new Set(furniture.removeTags);
const removeRoles = new Set(furniture.removeRoles);

/** Folded phrases, longest first, so `اقرأ أيضا` is tried before `اقرأ`. */
const startPhrases = [...new Set(furniture.startPhrases.map(fold))].sort((a, b) => b.length - a.length);
const containsPhrases = [...new Set(furniture.containsPhrases.map(fold))];
const relatedHeadings = furniture.relatedHeadings.phrases.map(fold);

/** Folding for furniture phrases: calendar folding plus hamza seats and punctuation spacing. */
export function fold(s: string): string {
  return foldPhraseLoose(s);
}

/** Furniture tags that never hold article text, whatever they contain. */
export const ALWAYS_DROP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'object', 'embed']);

export function isFurnitureTag(tag: string): boolean {
  return removeTags.has(tag);
}

export function isFurnitureRole(role: string | null): boolean {
  return !!role && removeRoles.has(role.toLowerCase());
}

/** Whether a class or id attribute names furniture: one of its words (split on space, - and _) is a furniture token. */
export function isFurnitureClass(attr: string | null): boolean {
  if (!attr) return false;
  for (const cls of attr.toLowerCase().split(/\s+/)) {
    if (!cls) continue;
    if (classTokens.has(cls)) return true;
    for (const w of cls.split(/[-_]+/)) if (w && classTokens.has(w)) return true;
  }
  return false;
}

/**
 * Whether a block of text is site furniture: a short block that opens with a furniture phrase
 * («اقرأ أيضاً», «مواضيع ذات صلة», «تابعونا»…) or a very short block that contains one.
 */
export function isFurnitureText(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > Math.max(furniture.shortBlockChars, furniture.containsMaxChars)) return false;
  const f = fold(t);
  if (t.length <= furniture.shortBlockChars) {
    for (const p of startPhrases) {
      if (f === p || f.startsWith(p + ' ')) return true;
    }
  }
  if (t.length <= furniture.containsMaxChars) {
    for (const p of containsPhrases) if (f.includes(p)) return true;
  }
  return false;
}

/** A block that opens a "related / read also" list: what follows it is links, not article. */
export function isRelatedHeading(text: string): boolean {
  if (text.length > 60) return false;
  const f = fold(text);
  return f.length <= 40 && relatedHeadings.some((p) => f.includes(p));
}

// One list each with plain text (bylines.json): a byline or photo credit reads the same whether
// the article came as HTML or as text.
export const BYLINE_PREFIXES: readonly string[] = bylines.bylinePrefixes;
export const PHOTOGRAPHER_CUES: readonly string[] = bylines.photoPrefixes;
export const PHOTO_AGENCIES: readonly string[] = bylines.photoAgencies;
