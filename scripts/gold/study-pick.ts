/**
 * Picks and shows study-day articles for tuning gold drawn from the daily ZIPs (the sample's free
 * articles are used up). Articles are named by ZIP and URL, as `studyGoldArticle` resolves them;
 * sample articles are never listed.
 *
 *   npx tsx scripts/gold/study-pick.ts more/2015-07-23.zip [--skip N] [--n M] [--source S]
 *       lists: position, newspaper, body length, URL, title
 *   npx tsx scripts/gold/study-pick.ts more/2015-07-23.zip --url URL [--offsets]
 *       prints the body (`content`, the text the evals analyse); --offsets prefixes every line
 *       with the offset of its first character, for writing spans by hand
 */
import { studyArticles } from '../study-articles.ts';
import { studyGoldArticle } from '../../src/util/news-corpus.ts';

const args = process.argv.slice(2);
const zip = args[0];
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!zip || zip.startsWith('--')) {
  console.error('usage: study-pick.ts ZIP [--skip N] [--n M] [--source S] | ZIP --url URL [--offsets]');
  process.exit(2);
}
const url = opt('--url');
if (url) {
  const a = studyGoldArticle({ zip, url });
  console.log(`# ${a.source} ${a.date_extracted} ${a.title ?? ''}`);
  if (!args.includes('--offsets')) console.log(a.content);
  else {
    let at = 0;
    for (const line of a.content.split('\n')) {
      console.log(`${String(at).padStart(6)}  ${line}`);
      at += line.length + 1;
    }
  }
} else {
  const source = opt('--source');
  let pos = Number(opt('--skip') ?? 0);
  for (const a of studyArticles(zip, pos, Number(opt('--n') ?? 40))) {
    if (!source || a.source === source)
      console.log(`${pos}\t${a.source}\t${a.content.length}\t${a.url}\t${(a.title ?? '').slice(0, 80)}`);
    pos++;
  }
}
