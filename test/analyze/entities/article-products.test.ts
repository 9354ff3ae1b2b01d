import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// Products and online services the press writes with the article (events.json, companies.json
// names): الآيفون, الأندرويد, الواتساب, التويتر, about 300 times in 200 unlabelled articles of more/
// (session 15). Guide rules 6 and 13: the article stays inside, a product is MISC, a service ORG.
// Fictional sentences.

describe('a listed product or service written with the article', () => {
  it('is the product, MISC', () => {
    expect(typedMentions('يعمل التطبيق على الأندرويد والآيفون منذ أمس.')).toEqual(['MISC:الأندرويد', 'MISC:الآيفون']);
    expect(typedMentions('اشترى الطالب الأيباد الجديد.')).toEqual(['MISC:الأيباد']);
  });

  it('is the service, ORG', () => {
    expect(typedMentions('انتشر المقطع على الواتساب ثم على التويتر.')).toEqual(['ORG:الواتساب', 'ORG:التويتر']);
  });
});
