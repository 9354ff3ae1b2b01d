/**
 * Everything CPU-heavy about storing a document, as a pure function: the content hash, the index
 * terms of headline/body/quotes/event sentences, normalised names and the MinHash signature.
 * Ingest runs it in the worker threads next to the analysis, so the single writer only writes.
 */
// @ts-nocheck

import type { MarsadDocument } from '../doc/types.ts';
import { contentHash, termsOf, termString } from './terms.ts';
import { encodeSig, minhash } from './dedup.ts';

export interface Prepared {
  hash: string;
  headTerms: string;
  bodyTerms: string;
  /** MinHash signature (hex), or null for texts too short to compare. */
  sig: string | null;
  /** termString of entity names, aliases and speaker names. */
  norms: Record<string, string>;
  quoteTerms: string[];
  eventTerms: string[];
  eventSentences: Array<[number, number]>;
  /** Salient terms for story clustering: headline terms and the body's most frequent long terms. */
  keyterms: string;
}

const KEYTERMS = 30;

function keytermsOf(head: string[], body: string[]): string {
  const tf = new Map<string, number>();
  for (const t of body) if (t.length >= 3 && !/^\d+$/.test(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
  const top = [...tf.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, KEYTERMS)
    .map(([t]) => t);
  return [...new Set([...head.filter((t) => t.length >= 3), ...top])].join(' ');
}

/** The part of the text outside the headline span: the body column. */
export function bodyOf(doc: MarsadDocument): string {
  const h = doc.article.headline;
  if (!h) return doc.text;
  return doc.text.slice(0, h.start) + '\n' + doc.text.slice(h.end);
}

export function headlineOf(doc: MarsadDocument): string | null {
  return doc.article.headline?.text ?? doc.meta.title ?? null;
}

export function publishedOf(doc: MarsadDocument): string | null {
  const v = doc.article.published?.value ?? doc.meta.referenceDate ?? null;
  return v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
}

function sentenceAround(doc: MarsadDocument, start: number, end: number): [number, number] {
  const s = doc.sentences.find((x) => x.start <= start && x.end >= end);
  if (s) return [s.start, s.end];
  const a = Math.max(0, doc.text.lastIndexOf('\n', start) + 1);
  let b = doc.text.indexOf('\n', end);
  if (b < 0) b = doc.text.length;
  return [a, b];
}

export function prepareDocument(doc: MarsadDocument): Prepared {
  const headline = headlineOf(doc);
  const head = headline ? termsOf(headline).map((t) => t.term) : [];
  const body = termsOf(bodyOf(doc)).map((t) => t.term);
  const sig = minhash(body);
  const norms: Record<string, string> = {};
  const norm = (s: string | null | undefined) => {
    if (s && !(s in norms)) norms[s] = termString(s);
  };
  for (const e of doc.entities) {
    norm(e.name);
    for (const m of e.mentions) norm(m.text);
  }
  for (const q of doc.quotes) norm(q.speaker.text?.text);
  const eventSentences = doc.events.map((ev) => sentenceAround(doc, ev.trigger.start, ev.trigger.end));
  return {
    hash: contentHash(doc.text),
    headTerms: head.join(' '),
    bodyTerms: body.join(' '),
    sig: sig ? encodeSig(sig) : null,
    norms,
    quoteTerms: doc.quotes.map((q) => termString(q.text.text)),
    eventTerms: eventSentences.map(([s, e]) => termString(doc.text.slice(s, e))),
    eventSentences,
    keyterms: keytermsOf(head, body),
  };
}
