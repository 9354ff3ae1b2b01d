/**
 * Byline prefixes and photographer cues are one list each for plain text and HTML
 * (src/lexicon/bylines.json; issue 18: duplicated lists are merged). Before the merge the two
 * readers kept their own copies, and `رصد:` opened a byline in HTML but not in text, `بواسطة`
 * in text but not in HTML. Each prefix of the list opens a byline in both readers.
 */
import { describe, expect, it } from 'vitest';
import bylines from '../../src/lexicon/bylines.json' with { type: 'json' };
import { extractHtml } from '../../src/extract/html/index.ts';
import { extractPlainText } from '../../src/extract/plaintext.ts';

const HEADLINE = 'افتتاح مكتبة عامة جديدة في حي الورود';
const BODY = [
  'افتتحت البلدية صباح اليوم مكتبة عامة جديدة تضم آلاف الكتب وقاعة للقراءة مخصصة للأطفال والطلاب.',
  'وقال مدير المكتبة إن ساعات العمل ستمتد حتى العاشرة مساء طوال أيام الأسبوع ما عدا الجمعة.',
  'وتأمل البلدية أن تصبح المكتبة مركزا ثقافيا يجمع سكان الحي في الأمسيات والعطل المدرسية.',
];

function asText(line: string): string {
  return [HEADLINE, '', line, '', ...BODY.flatMap((p) => [p, ''])].join('\n');
}

function asHtml(line: string): string {
  const ps = BODY.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${HEADLINE}</title></head>
<body><article><h1>${HEADLINE}</h1><p>${line}</p>\n${ps}</article></body></html>`;
}

describe('one byline-prefix list for text and HTML', () => {
  it.each(bylines.bylinePrefixes)('"%s" opens a byline in plain text and in HTML', (prefix) => {
    const line = `${prefix}: سامي العتيبي`;
    expect(extractPlainText(asText(line)).byline?.text).toBe(line);
    expect(extractHtml(asHtml(line)).byline?.text).toBe(line);
  });
});
