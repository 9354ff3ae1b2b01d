/**
 * A place followed by a masculine nationality adjective is a team or a company, not the place:
 * a city is grammatically feminine (`هامبورغ الألمانية`, the city), while `هامبورغ الألماني`
 * agrees with an implied النادي or الفريق (the club). On ANERcorp train, a name followed by a
 * definite masculine nationality adjective is an organisation 40 times, a place 8 (four of them
 * clubs annotated as places), so the tagger's LOC there is retyped ORG. Countries are left alone
 * (`الريف المغربي` is still a place).
 */
import type { SentenceSpan } from './tags.ts';
import { foldWord, GAZ, gazetteerView } from './features.ts';
import type { RuleModel } from './rule-model.ts';
import { opensWithArticle } from '../../text/clitics.ts';
import { endsWithYa } from '../../text/endings.ts';

export const CITY_TEAM_RULE = 'rule:org/place-masculine-nationality';

export function retypeCityTeams(
  model: RuleModel,
  words: readonly (readonly string[])[],
  tags: string[][],
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    let p: ReturnType<typeof gazetteerView> | null = null;
    for (let b = 1; b < ws.length; b++) {
      // a LOC chunk ends at b - 1 and an O word follows
      if (!t[b - 1]!.endsWith('-LOC') || t[b] !== 'O') continue;
      const adj = foldWord(ws[b]!);
      if (!opensWithArticle(adj) || !endsWithYa(adj)) continue;
      p ??= gazetteerView(ws, model.gaz, model.clusters);
      if (!(p.gaz[b]! & GAZ.NAT)) continue;
      let a = b - 1;
      while (a > 0 && t[a] === 'I-LOC') a--;
      // (the words of a country's multiword name carry the country bit too: سانت of سانت لوسيا)
      if (b - a === 1 && (p.gaz[a]! | p.gazS2[a]!) & GAZ.COUNTRY) continue;
      t[a] = 'B-ORG';
      for (let k = a + 1; k < b; k++) t[k] = 'I-ORG';
      out.push({ s, a, b });
    }
  });
  return out;
}

export const ORG_NATIONALITY_RULE = 'rule:org/nationality-outside';

/**
 * A one-word organisation name followed by a nationality adjective (`بيلد الألمانية`, "the German
 * Bild") is the name alone: on ANERcorp train the adjective after a one-word organisation is
 * outside the name all 34 times. Longer official names keep theirs (`منظمة التحرير الفلسطينية`).
 * Returns the chunks it shortened (the span left as the organisation).
 */
export function trimOrgNationality(
  model: RuleModel,
  words: readonly (readonly string[])[],
  tags: string[][],
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let a = 0; a + 1 < ws.length; a++) {
      if (t[a] !== 'B-ORG' || t[a + 1] !== 'I-ORG' || t[a + 2] === 'I-ORG') continue;
      const p = gazetteerView([ws[a + 1]!], model.gaz, model.clusters);
      if (!(p.gaz[0]! & GAZ.NAT)) continue;
      t[a + 1] = 'O';
      out.push({ s, a, b: a + 1 });
    }
  });
  return out;
}
