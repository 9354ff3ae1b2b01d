import { describe, expect, it } from 'vitest';
import { analyse, checkSpans } from './helpers.ts';

// Fictional sentences written for these tests.
describe('a person named between commas after a role', () => {
  it('is found, with the role', () => {
    const doc = analyse('وأكد رئيس الوفد الكويتي، فيصل الصباح، أن المحادثات ستستمر حتى نهاية الأسبوع.');
    checkSpans(doc);
    const p = doc.entities.find((e) => e.type === 'PER' && e.name === 'فيصل الصباح');
    expect(p).toBeDefined();
    expect(p!.roles.map((r) => r.text)).toContain('رئيس الوفد الكويتي');
  });
  it('a clause after the comma is not taken for a name', () => {
    const doc = analyse('وقال المتحدث باسم بلدية القاهرة، خالد يعمل منذ الصباح الباكر على إصلاح الطريق.');
    checkSpans(doc);
    // the body before the comma is found (the municipality, name-heads.json directorates), so the
    // check below runs on a real list
    expect(doc.entities.map((e) => [e.type, e.name])).toContainEqual(['ORG', 'بلدية القاهرة']);
    for (const e of doc.entities) expect(e.name).not.toMatch(/يعمل|الباكر|الطريق/);
  });
});
