export { findQuotes, type FindOptions, type Trace } from './find.ts';
export { findMarkPairs, MAX_QUOTE_CHARS, type MarkPair } from './marks.ts';
