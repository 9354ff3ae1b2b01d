/** The committed tagger, loaded lazily on first use. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserializeModel, type NerModel } from './model.ts';
import { artefactId, decodeRawModel } from './model-raw.ts';
import { TAGS } from './tags.ts';

export const MODEL_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'model', 'ner.bin.gz');
/** The same model laid out for loading without unpacking: written into dist/ by the build (model-raw.ts). */
export const RAW_MODEL_PATH = path.join(path.dirname(MODEL_PATH), 'ner.raw');

let loaded: NerModel | null = null;

export function loadModel(file = MODEL_PATH): NerModel {
  if (!existsSync(file)) {
    throw new Error(
      `the entity tagger's weights are missing (${file}); rebuild them with \`marsad train-ner\``,
    );
  }
  return deserializeModel(readFileSync(file));
}

/**
 * The shipped model (read once per process): compiled, from the raw file the build wrote beside the
 * artefact (checked to be made from it); from the sources, from the artefact itself.
 */
export function nerModel(): NerModel {
  if (loaded) return loaded;
  if (existsSync(RAW_MODEL_PATH) && existsSync(MODEL_PATH)) {
    // the build writes the raw file after copying the artefact: an artefact no newer than it is
    // checked by size, one changed since by its hash (3 MB read and hashed on every start, else)
    const gz = statSync(MODEL_PATH);
    const fresh = gz.mtimeMs <= statSync(RAW_MODEL_PATH).mtimeMs;
    loaded = decodeRawModel(RAW_MODEL_PATH, fresh ? { bytes: gz.size } : artefactId(readFileSync(MODEL_PATH)));
  } else loaded = loadModel();
  return loaded;
}

/** Tags one sentence of whitespace words (clitics attached, as in ANERcorp) with ANERcorp tags. */
export function tagWords(words: readonly string[], model = nerModel()): string[] {
  return Array.from(model.tagWords(words), (t) => TAGS[t]!);
}
