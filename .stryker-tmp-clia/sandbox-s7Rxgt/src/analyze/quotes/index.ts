// @ts-nocheck
export { findQuotes, type FindOptions } from './find.ts';
export { findMarkPairs, MAX_QUOTE_CHARS, type MarkPair } from './marks.ts';
