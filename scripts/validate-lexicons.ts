/**
 * `npm run lexicons:check [entities-dir [top-dir]]`: validates the entity lexicons in
 * src/lexicon/entities (zod schemas, duplicate ids and spellings, one spelling with two types) and
 * the language data files of src/lexicon (zod schemas: word lists without repeats or stray spaces,
 * months, verbs). Exit code 1 when anything is wrong.
 */
import path from 'node:path';
import { LEXICON_DIR } from '../src/analyze/entities/lexicon.ts';
import { validateLexicons } from '../src/analyze/entities/lexicon-schema.ts';
import { validateTopLexicons } from '../src/lexicon/schema.ts';

const dir = process.argv[2] ?? LEXICON_DIR;
const top = process.argv[3] ?? path.dirname(LEXICON_DIR);
const problems = [...validateLexicons(dir), ...validateTopLexicons(top)];
for (const p of problems) console.error(`${p.file}: ${p.message}`);
if (problems.length) {
  console.error(`${problems.length} problem(s) in ${dir} and ${top}`);
  process.exit(1);
}
console.log(`lexicons OK (${dir}, ${top})`);
