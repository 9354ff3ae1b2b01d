import { analyzeText } from '../src/pipeline/pipeline.ts';
const text = process.argv[2]!;
const doc = analyzeText({ text }, { skip: ['times', 'quotes', 'events'] });
for (const e of doc.entities) console.log(e.type, e.name, JSON.stringify((e as any).kb ?? (e as any).key ?? ''), e.en ?? '', '::', e.mentions.map((m) => m.text + ' [' + m.source + ']').join(' | '));
