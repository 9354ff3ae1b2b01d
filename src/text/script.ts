/** Share of letters (Arabic or Latin) in `text` that are Arabic, in [0, 1]; 0 for no letters. */
export function arabicRatio(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (const m of text.matchAll(/\p{L}/gu)) {
    letters++;
    if (/\p{Script=Arabic}/u.test(m[0])) arabic++;
  }
  return letters === 0 ? 0 : arabic / letters;
}
