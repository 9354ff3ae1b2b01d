/**
 * `npm run lexicons:check`: validates the entity lexicons in src/lexicon/entities (zod schemas,
 * duplicate ids and spellings, one spelling with two types). Exit code 1 when anything is wrong.
 */
import { LEXICON_DIR } from '../src/analyze/entities/lexicon.ts';
import { validateLexicons } from '../src/analyze/entities/lexicon-schema.ts';

const dir = process.argv[2] ?? LEXICON_DIR;
const problems = validateLexicons(dir);
for (const p of problems) console.error(`${p.file}: ${p.message}`);
if (problems.length) {
  console.error(`${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`lexicons OK (${dir})`);
