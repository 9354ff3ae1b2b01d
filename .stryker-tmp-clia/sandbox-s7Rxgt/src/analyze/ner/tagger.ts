/** The committed tagger, loaded lazily on first use. */
// @ts-nocheck

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserializeModel, type NerModel } from './model.ts';
import { TAGS } from './tags.ts';

export const MODEL_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'model', 'ner.bin.gz');

let loaded: NerModel | null = null;

export function loadModel(file = MODEL_PATH): NerModel {
  if (!existsSync(file)) {
    throw new Error(
      `the entity tagger's weights are missing (${file}); rebuild them with \`marsad train-ner\``,
    );
  }
  return deserializeModel(readFileSync(file));
}

/** The shipped model (read once per process). */
export function nerModel(): NerModel {
  return (loaded ??= loadModel());
}

/** Tags one sentence of whitespace words (clitics attached, as in ANERcorp) with ANERcorp tags. */
export function tagWords(words: readonly string[], model = nerModel()): string[] {
  return Array.from(model.tagWords(words), (t) => TAGS[t]!);
}
