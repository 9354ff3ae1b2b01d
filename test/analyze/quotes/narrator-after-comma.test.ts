/**
 * Reported content ends where the narrator's own words start after a comma: a gloss (في إشارة
 * إلى…) or the occasion of the saying (، وذلك خلال لقائه…، جاء ذلك في كلمته). A bare وذلك may go on
 * with the speaker's reasoning and is kept. The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

const contents = (text: string): string[] => quotes(text).map((q) => q.text.text);

describe('the narrator after a comma ends an أن clause', () => {
  it('a gloss: ، في إشارة إلى…', () => {
    expect(contents('وأكد القائد سالم الراشد أن قواته مستعدة لصد أي هجوم على الجسر، في إشارة إلى تهديدات الأسبوع الماضي.')).toEqual([
      'قواته مستعدة لصد أي هجوم على الجسر',
    ]);
  });

  it('the occasion: ، وذلك خلال… and ، جاء ذلك في كلمته…', () => {
    expect(contents('وأوضح المدير أن الموسم سيبدأ مبكرا هذا العام، وذلك خلال لقائه بأعضاء الغرفة التجارية.')).toEqual(['الموسم سيبدأ مبكرا هذا العام']);
    expect(contents('وشدد الأمين العام على أن الحوار هو الطريق الوحيد، جاء ذلك في كلمته أمام المؤتمر.')).toEqual(['الحوار هو الطريق الوحيد']);
  });

  it('a bare وذلك that goes on with the reasoning stays in the content', () => {
    expect(contents('وقال التاجر إن الطلب يرتفع في الصيف، وذلك يرفع أسعار الجلود.')).toEqual(['الطلب يرتفع في الصيف، وذلك يرفع أسعار الجلود']);
  });
});
