/** Unlabelled Arabic text for the distributional classes: the news archives in ../shared. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { sharedPath } from '../../util/shared.ts';

/** Titles and bodies of every article in `../shared/data/news/*.zip` (JSON arrays) and the JSONL sample. */
export function* newsTexts(): Generator<string> {
  const dir = sharedPath('data', 'news');
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir).sort()) {
    const p = `${dir}/${f}`;
    if (f.endsWith('.zip')) {
      const files = unzipSync(new Uint8Array(readFileSync(p)));
      for (const name of Object.keys(files).sort()) {
        const arr = JSON.parse(strFromU8(files[name]!)) as { title?: string; content?: string }[];
        for (const a of arr) yield `${a.title ?? ''}\n${a.content ?? ''}`;
      }
    } else if (f.endsWith('.jsonl')) {
      for (const line of readFileSync(p, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const a = JSON.parse(line) as { title?: string; content?: string };
        yield `${a.title ?? ''}\n${a.content ?? ''}`;
      }
    }
  }
}
