/**
 * Who a phrase before or after a verb of saying refers to: an entity from the entities stage when
 * it has one, a name after a title or an apposition, a role phrase remembered from earlier in the
 * article (الناطق باسم البلدية → the name given with المتحدث باسم البلدية), or the phrase itself
 * (unnamed sources: مسؤول مطلع، مصادر).
 */
import type { Entity, MarsadDocument, Span } from '../../doc/types.ts';
import { span } from '../../doc/types.ts';
import { resolveRolePhrase } from '../entities/extract.ts';
import { foldName } from '../entities/lexicon.ts';
import { nationality } from '../entities/roles.ts';
import { LEX, type Gender } from './lexicon.ts';
import { dropConj, norm, type Tok } from './text.ts';
import { namesCitation } from './cited.ts';
import { opensWithArticle, startsDefinite, startsWithArticle, startsWithConjArticle, startsWithProclitic } from '../../text/clitics.ts';
import { endsWithYa } from '../../text/endings.ts';

export interface SpeakerRef {
  entity: string | null;
  text: Span | null;
  gender: Gender | null;
  /** How it was found, for `source`. */
  how: 'named' | 'role' | 'continuation' | 'unnamed' | 'org' | 'svo' | 'none';
}

const stripAl = (n: string): string => (opensWithArticle(n) && n.length > 3 ? n.slice(2) : n);
const stripConjAl = (n: string): string => stripAl(startsWithConjArticle(n) ? n.slice(1) : n);

/** Role key: the phrase without ال and with synonyms unified (ناطق = متحدث). */
export function roleKey(words: readonly string[]): string {
  return words
    .map((w) => stripConjAl(w))
    .map((w) => LEX.roleSynonyms.get(w) ?? w)
    .join(' ');
}

export function isRoleStart(t: Tok | undefined): boolean {
  if (!t || !t.word) return false;
  const w = stripConjAl(t.n);
  return LEX.roleNouns.has(w) || LEX.roleNouns.has(t.n);
}

export function isUnnamedHead(t: Tok | undefined): boolean {
  return !!t && t.word && LEX.unnamedSources.has(stripConjAl(t.n));
}

export function isOrgHead(t: Tok | undefined): boolean {
  if (!t || !t.word) return false;
  return LEX.orgNouns.has(t.n) || LEX.orgNouns.has(stripConjAl(t.n)) || LEX.relayNouns.has(stripConjAl(t.n));
}

const ATTRIBUTION_FIRST: ReadonlySet<string> = new Set(LEX.attributionBefore.map((p) => p.words[0]!));

export class SpeakerBook {
  /** Role key → the speaker it named in this article. */
  private roles = new Map<string, SpeakerRef>();
  /** Speakers in text order, for continuations (وأضاف، مضيفاً). */
  readonly history: SpeakerRef[] = [];
  /** Speakers pushed as subjects only (an organisation after a verb whose content is no quote). */
  private subjectsOnly = new Set<SpeakerRef>();
  /** Persons found past words that name nobody, perhaps the verb's object (see pushUnsure). */
  private unsure = new Set<SpeakerRef>();

  constructor(
    private doc: Readonly<MarsadDocument>,
  ) {
    for (const e of doc.entities) {
      for (const r of e.roles) {
        const words = r.text.split(/\s+/).map(norm).filter(Boolean);
        const m = e.mentions[0];
        this.roles.set(roleKey(words), { entity: e.id, text: m ? span(doc.text, m.start, m.end) : null, gender: null, how: 'role' });
      }
    }
  }

  /** The entity with a mention inside (or around) [start, end), people first. */
  entityAt(start: number, end: number, types: readonly string[] = ['PER', 'ORG']): { entity: Entity; start: number; end: number } | null {
    let best: { entity: Entity; start: number; end: number } | null = null;
    for (const t of types) {
      for (const e of this.doc.entities) {
        if (e.type !== t) continue;
        for (const m of e.mentions) {
          if (m.start < end && m.end > start && (!best || m.end - m.start > best.end - best.start)) {
            best = { entity: e, start: m.start, end: m.end };
          }
        }
      }
      if (best) return best;
    }
    return best;
  }

  /** Resolves a subject phrase (already stripped of adjuncts) split into comma segments. */
  resolve(segments: Tok[][], gender: Gender | null): SpeakerRef | null {
    const segs = segments.filter((s) => s.some((t) => t.word));
    if (segs.length === 0) return null;
    const text = this.doc.text;
    // الولايات المتحدة التي تشجع منذ زمن على…: the relative clause describes the speaker.
    const whole = trimPunct(segs[0]!);
    const rel = whole.findIndex((t, k) => k > 0 && LEX.relativePronouns.has(t.n));
    let first = rel > 0 ? whole.slice(0, rel) : whole;
    // حسب المصدر، بحسب المراقبين يؤكدون: the attribution word before a source is no part of it;
    // من الكتب التي…: a phrase opening with a preposition is no speaker at all.
    if (first.length > 1 && ATTRIBUTION_FIRST.has(dropConj(first[0]!.n))) first = first.slice(1);
    // على and the name علي share a key: a person the entities stage found there is no preposition.
    if (LEX.subjectPrepositions.has(first[0]!.n) && this.entityAt(first[0]!.start, first[0]!.end, ['PER'])?.start !== first[0]!.start) return null;
    if (first.length === 0) return null;
    // المصادر نفسها، المصدر العسكري ذاته: the source named before, resolved as المصادر alone.
    const sameSource = first.length > 1 && LEX.sameWords.has(first[first.length - 1]!.n);
    if (sameSource) first = first.slice(0, -1);
    const s0 = first[0]!.start;
    const e0 = first[first.length - 1]!.end;

    // وقال معاليه، وأضاف سموه: an honorific with a pronoun stands for the person it honours, the
    // last person who spoke or, before any, the person the article is about so far (not the last
    // one named: greetings name the king and the crown prince in passing).
    if (LEX.pronounTitles.has(stripConjAl(first[0]!.n))) {
      const h = this.history.findLast((x) => !!x.entity && this.doc.entities.find((e) => e.id === x.entity)?.type === 'PER');
      if (h) return { ...h, gender: gender ?? h.gender, how: 'continuation' };
      const p = this.protagonistBefore(s0);
      const m = p ? fullestBefore(p, s0) : null;
      if (p && m) return { entity: p.id, text: span(text, m.start, m.end), gender, how: 'named' };
    }

    // وقالت المتحدثة باسم هذه المنظمة فلانة: a role phrase the entities stage gave to a person
    // named right after it is that person's, even where the subject phrase stops short inside it.
    const roleHolder = this.holderOfRoleAt(s0, e0);
    if (roleHolder) return { ...roleHolder, gender };

    // Apposition: ROLE، NAME، → the name.
    let nameToks: Tok[] | null = null;
    let roleToks: Tok[] | null = null;
    const second = segs[1] ? trimPunct(segs[1]) : [];
    // ولفتت الممثلة المصرية after قالت الممثلة المصرية فلانة: a definite phrase the entities stage
    // gave one person before as their role names that person, whatever its head noun.
    const known = isRoleStart(first[0]) ? this.roles.get(roleKey(first.map((t) => t.n))) : startsWithArticle(first[0]!.n) ? this.soleRoleHolder(first, s0) : undefined;
    // وقال وزير الخارجية فلان، بعيد استقباله الوفد، إن…: a role that already holds the person's
    // name is followed by an adjunct, not by the name.
    const namedInRole = this.entityAt(first[0]!.start, first[first.length - 1]!.end, ['PER']);
    // المفتي العام الحادث…، ونتج عنه «…»: a segment holding a preposition with a pronoun is a
    // clause of its own, never the name set off after a role.
    const clause = second.some((t) => LEX.notSubjectLeads.has(t.n));
    if (isRoleStart(first[0]) && !namedInRole && second.length > 0 && second.length <= 5 && !clause && (!opensWithArticle(second[0]!.n) || LEX.titles.has(second[0]!.n))) {
      // ROLE، [title] NAME،
      roleToks = first;
      nameToks = LEX.titles.has(second[0]!.n) && second.length > 1 ? second.slice(1) : second;
    } else if (known) {
      return { ...known, gender: gender ?? known.gender, how: 'role' };
    } else if (this.appositionPerson(first, second)) {
      // نجم الكوميديا وبطل المسلسل، فلان الفلاني،: a description that is no role noun, then the
      // person the entities stage found, set off by commas: the person speaks.
      const p = this.appositionPerson(first, second)!;
      return { entity: p.entity.id, text: span(text, p.start, p.end), gender, how: 'named' };
    } else {
      const per = (t: Tok | undefined): boolean => !!t && this.entityAt(t.start, t.end, ['PER'])?.start === t.start;
      // Title inside the phrase: … الدكتور محمد إسماعيل → the words after the title. Not a title
      // word that completes a role noun in the construct state, with no person after it (مدرب
      // الفريق السابق: the team, not the rank الفريق).
      const ti = first.findIndex((t, k) => k < first.length - 1 && LEX.titles.has(t.n) && !(k > 0 && isRoleStart(first[k - 1]) && !startsDefinite(first[k - 1]!.n) && !first.slice(k + 1).some(per)));
      // فلان المتحدث الإعلامي للمجلس: a person the entities stage found opening the phrase, then
      // the title of their role, and no person after it.
      if (ti > 0 && per(first[0]) && !first.slice(ti + 1).some((t) => per(t))) {
        nameToks = first.slice(0, ti);
        roleToks = first.slice(ti);
      } else if (ti >= 0 && this.titleWithoutName(first[ti]!, first.slice(ti + 1))) {
        // الرئيس الكيني، الوزير الأمريكي، فلان الرئيس التنفيذي للشركة، فلان الخبير في…: a role
        // noun used as a title is followed by its adjectives or a preposition, not by a name; the
        // words before it, if any, are the name.
        if (ti > 0) nameToks = first.slice(0, ti);
        roleToks = first.slice(ti);
      } else if (ti >= 0) {
        // د. فلان: the abbreviation's dot is no part of the name; الناشط السياسي فلان: nor is the
        // title's adjective before it.
        let n0 = ti + 1;
        while (n0 < first.length - 1 && startsWithArticle(first[n0]!.n) && LEX.roleContinuations.has(first[n0]!.n)) n0++;
        nameToks = trimPunct(first.slice(n0));
        roleToks = ti > 0 ? first.slice(0, ti) : null;
      } else if (isRoleStart(first[0]) && !isUnnamedHead(first[0])) {
        // وزير الخارجية عادل الجبير، المديرة هند الراشد: a role, then a short name that closes the
        // phrase and starts with a bare word right after the role noun or a definite word.
        // على and the name علي share a matching key; the written ya tells them apart.
        const stop = (t: Tok): boolean => (LEX.nameStopWords.has(t.n) && !(t.n === 'علي' && endsWithYa(t.text))) || LEX.roleNouns.has(t.n) || LEX.roleNouns.has(stripConjAl(t.n));
        // مدير عام، أمين عام: a word that continues the role, not a name; مدير إدارة…: an
        // organisation's head noun after the role.
        // مندوب مصر الدائم: a place or an organisation after the role is its complement, not a name.
        // وزير بريطاني، نائب فرنسي معارض: an indefinite nationality after the role is its adjective,
        // not a name, unless the entities stage found a person there (تركي as a given name).
        const nationalityWord = (t: Tok): boolean => !!nationality(foldName(t.text)) && !this.entityAt(t.start, t.end, ['PER']);
        const bareName = (t: Tok): boolean =>
          !this.entityAt(t.start, t.end, ['LOC', 'ORG']) && !nationalityWord(t) &&
          !startsDefinite(t.n) && !stop(t) && t.n !== 'باسم' && t.n.length > 1 && !LEX.roleContinuations.has(t.n) && !isOrgHead(t) && !(startsWithProclitic(t.n, 'prepKaf') && (LEX.orgNouns.has(t.n.slice(1)) || LEX.relayNouns.has(t.n.slice(1)) || LEX.roleNouns.has(t.n.slice(1))));
        let j = -1;
        for (let x = 1; x < first.length; x++) {
          const run = first.slice(x);
          const prev = first[x - 1]!;
          if (run.length > 5 || run.length < 2 && first.length > 2 && !isRoleStart(prev)) continue;
          // ووجه المفتي العام نداء للشباب: ل + a definite word is a complement, never part of a name.
          if (!bareName(first[x]!) || run.some(stop) || run.some((t) => /^لل/.test(t.n))) continue;
          if (!startsDefinite(prev.n) && !isRoleStart(prev)) continue;
          j = x;
          break;
        }
        if (j > 0) {
          roleToks = first.slice(0, j);
          nameToks = first.slice(j);
        } else {
          roleToks = first;
        }
      }
    }

    if (!roleToks && second.length > 0 && isRoleStart(second[0]) && !isRoleStart(first[0]) && !isUnnamedHead(first[0])) {
      // [title] NAME، ROLE — remember the role for later (المدير التنفيذي لسوق عكاظ).
      roleToks = second;
      nameToks = nameToks ?? first;
    }
    if (!nameToks && !roleToks && !startsWithArticle(first[0]!.n) && !isRoleStart(first[0]) && !isOrgHead(first[0]) && !isUnnamedHead(first[0])) {
      // NAME ROLE في ORG with no comma (وحيد سعودي مدير عام … في هيئة الأرصاد): the words before the
      // role noun are the speaker, not the organisation that employs them.
      const r = first.findIndex((t, k) => k > 0 && k <= 4 && isRoleStart(t));
      if (r > 0 && first.slice(0, r).every((t) => t.word && !LEX.nameStopWords.has(t.n) && !LEX.titles.has(t.n))) {
        const stop = first.findIndex((t, k) => k > r && LEX.nameStopWords.has(t.n));
        nameToks = first.slice(0, r);
        roleToks = first.slice(r, stop > r ? stop : first.length);
      }
    }
    const ent = this.entityAt(nameToks ? nameToks[0]!.start : s0, nameToks ? nameToks[nameToks.length - 1]!.end : e0);
    // النقيب فلان المتحدث الرسمي في قيادة…: a role right after the person's name, with no comma, is
    // theirs; remembered below, so the role written alone later names them.
    if (ent && ent.entity.type === 'PER' && !roleToks) {
      const r = first.findIndex((t) => t.word && t.start >= ent.end);
      if (r > 0 && isRoleStart(first[r])) roleToks = first.slice(r);
    }
    // مدير عام النادي الأهلي فلان الفلاني: ROLE ORG NAME — the bare words after the organisation
    // name the person who holds the role there.
    // An unnamed head that is also a role (المتحدث باسم الوزارة فلان) takes only a known person there.
    if (ent && ent.entity.type === 'ORG' && isRoleStart(first[0])) {
      const tail = first.filter((t) => t.start >= ent.end);
      const bare = (t: Tok): boolean => t.word && !startsDefinite(t.n) && !LEX.nameStopWords.has(t.n) && !isRoleStart(t) && !LEX.titles.has(t.n);
      const a = tail[0]?.start ?? 0;
      const b = tail[tail.length - 1]?.end ?? 0;
      const per = tail.length > 0 ? this.entityAt(a, b, ['PER']) : null;
      if (tail.length >= 2 && tail.length <= 4 && tail.every(bare) && (!isUnnamedHead(first[0]) || per)) {
        const ref: SpeakerRef = per
          ? { entity: per.entity.id, text: span(text, per.start, per.end), gender, how: 'named' }
          : { entity: null, text: span(text, a, b), gender, how: 'named' };
        this.roles.set(roleKey(first.filter((t) => t.end <= ent.end).map((t) => t.n)), ref);
        return ref;
      }
    }
    // مصدر بوزارة التعليم، أحد العاملين في جمارك الميناء: an unnamed source inside an organisation
    // is the whole phrase (its fullest mention), not the organisation it works for.
    const within = !!ent && !nameToks && ent.entity.type === 'ORG' && ent.start > s0 && isUnnamedHead(first[0]);
    // مدير عام صحة الجوف، قائد أرسنال السابق: a role held in an organisation, with no name after it,
    // is a person, never the organisation; resolved below as a role.
    const roleInOrg = !!ent && !nameToks && ent.entity.type === 'ORG' && ent.start > s0 && isRoleStart(first[0]);
    if (ent && !within && !roleInOrg) {
      const ref: SpeakerRef = { entity: ent.entity.id, text: span(text, ent.start, ent.end), gender, how: ent.entity.type === 'ORG' ? 'org' : 'named' };
      if (roleToks) this.roles.set(roleKey(roleToks.map((t) => t.n)), ref);
      return ref;
    }
    if (nameToks && nameToks.length > 0) {
      const fuller = this.fullerEntity(nameToks, s0);
      const ref: SpeakerRef = fuller
        ? { entity: fuller.entity.id, text: span(text, fuller.start, fuller.end), gender, how: 'named' }
        : { entity: null, text: span(text, nameToks[0]!.start, nameToks[nameToks.length - 1]!.end), gender, how: 'named' };
      if (roleToks) this.roles.set(roleKey(roleToks.map((t) => t.n)), ref);
      return ref;
    }
    if (roleToks) {
      const k = this.roles.get(roleKey(roleToks.map((t) => t.n)));
      if (k) return { ...k, gender: gender ?? k.gender, how: 'role' };
      // The entities stage's own role matching (one holder of الناطق باسم البلدية in the article).
      const rs = roleToks[0]!.start;
      const id = resolveRolePhrase(this.doc, span(text, rs, roleToks[roleToks.length - 1]!.end));
      // وقال الرئيس after الرئيس السابق فلان: a former holder is not whom a present role names.
      const former = (words: readonly string[]): boolean => words.some((w) => LEX.formerRoleWords.has(stripConjAl(norm(w))));
      const phraseFormer = former(roleToks.map((t) => t.n));
      const holder = id ? this.doc.entities.find((e) => e.id === id && (phraseFormer || !e.roles.every((r) => former(r.text.split(/\s+/))))) : undefined;
      if (holder) {
        const m = holder.mentions.filter((x) => x.start < rs).at(-1) ?? holder.mentions[0];
        return { entity: holder.id, text: m ? span(text, m.start, m.end) : null, gender, how: 'role' };
      }
      // وقال المتحدث الرسمي، أوضح الوزير: a shorter later form of a role given earlier with its
      // holder's name (المتحدث الرسمي باسم الوزارة فلان، وزير الخارجية فلان) names that holder.
      const byPrefix = this.roleHolderByPrefix(roleToks.map((t) => t.n), rs);
      if (byPrefix) return { ...byPrefix, gender: gender ?? byPrefix.gender, how: 'role' };
      // وقال المدرب، وقال اللاعب: a bare definite role names the article's protagonist so far.
      if (!nameToks && startsWithArticle(first[0]!.n)) {
        // ويتابع الخبير الأميركي، ويضيف الخبير المصري في…: a title with its adjectives describes the
        // person who was speaking, not the one the article names most (a head of state in passing).
        const last = LEX.titles.has(dropConj(first[0]!.n)) ? this.lastPersonSpeaker(rs, gender) : null;
        if (last) return { entity: last.entity, text: span(text, rs, roleToks[roleToks.length - 1]!.end), gender: gender ?? last.gender, how: 'role' };
        const p = this.protagonistBefore(rs);
        if (p) return { entity: p.id, text: span(text, rs, roleToks[roleToks.length - 1]!.end), gender, how: 'role' };
      }
    }
    // الوزارة، الهيئة: the organisation named in full earlier; المصدر: the source introduced
    // earlier as مصدر مطلع في الوزارة (the fullest mention).
    const short = first.length === 1 || (first.length === 2 && opensWithArticle(first[1]!.n) && !isOrgHead(first[1]));
    if (short && startsWithArticle(first[0]!.n) && (isOrgHead(first[0]) || isUnnamedHead(first[0]))) {
      const head = stripConjAl(first[0]!.n);
      for (let i = this.history.length - 1; i >= 0; i--) {
        const h = this.history[i]!;
        // The fuller mention opens with the bare head noun (مصدر مطلع، هيئة الطيران), not another
        // definite phrase whose subject ran on (الوزارة في تعميم…).
        const hw = h.text ? norm(h.text.text).split(/\s+/) : [];
        // A count may come first (ثلاثة مصادر مطلعة for المصادر).
        const opens = dropConj(hw[0]!) === head || (hw[1] === head && !opensWithArticle(hw[0]!));
        // المسؤول الإيراني after مسؤول إيراني: the same words without the article introduced the source.
        const same = first.length > 1 && hw.length === first.length && !startsWithArticle(hw[0]!) && first.every((t, x) => stripConjAl(t.n) === stripConjAl(hw[x]!));
        // A source introduced with its affiliation runs long (مصادر في الجيش الوطني والمقاومة
        // الموالية للشرعية في اليمن): up to ten words.
        if (h.text && h.text.start < s0 && hw.length <= 10 && ((opens && h.text.end - h.text.start > e0 - s0) || same)) {
          return { ...h, gender: gender ?? h.gender, how: isUnnamedHead(first[0]) ? 'unnamed' : 'org' };
        }
      }
      // وتابع المصدر نفسه after a named person's quote: "the same source" is the last one who spoke.
      const last = sameSource ? this.continuation(gender) : null;
      if (last?.text && last.text.start < s0) return { ...last, gender: gender ?? last.gender };
      // وأضاف المصدر after أحد العاملين في الميناء or مسؤول في البلدية: a word for a source in general
      // names the last unnamed source introduced before, whatever its head (of the cue's gender).
      if (LEX.sourceWords.has(head) && first.length === 1) {
        const h = this.history.findLast((x) => x.how === 'unnamed' && !!x.text && x.text.start < s0 && x.text.end - x.text.start > e0 - s0 && (!gender || !x.gender || x.gender === gender));
        if (h) return { ...h, gender: gender ?? h.gender, how: 'unnamed' };
      }
      const ent = isOrgHead(first[0]) ? this.orgNamedBefore(head, s0) : null;
      if (ent) return { entity: ent.entity.id, text: span(text, ent.start, ent.end), gender, how: 'org' };
    }
    // وقال المتحدث الرسمي: a definite role that is also an unnamed source's head (متحدث،
    // مسؤول) names the one person given a longer form of it before, as any role does above.
    if (!nameToks && !roleToks && startsWithArticle(first[0]!.n) && isRoleStart(first[0])) {
      const h = this.roleHolderByPrefix(first.map((t) => t.n), s0);
      if (h) return { ...h, gender: gender ?? h.gender, how: 'role' };
    }
    // وقالت السيدة، وأضاف الباحث: a definite title standing alone (no name after it) names the
    // article's protagonist so far, as a bare definite role does.
    if (!nameToks && !roleToks && first.length === 1 && startsWithArticle(first[0]!.n) && LEX.titles.has(dropConj(first[0]!.n))) {
      const last = this.lastPersonSpeaker(s0, gender);
      if (last) return { entity: last.entity, text: span(text, s0, e0), gender: gender ?? last.gender, how: 'role' };
      const p = this.protagonistBefore(s0);
      if (p) return { entity: p.id, text: span(text, s0, e0), gender, how: 'role' };
    }
    // A speaker is a name or a noun phrase, never a clause or markup that slipped into the subject.
    // وقال كامبل…، وأضاف قائد أرسنال السابق: a role in an organisation that no rule above resolved
    // describes the person who was speaking, when that is a person of the cue's gender; a member
    // or a spokesman (عضو المجلس، الناطق باسم المستشفى) is one of several, someone else.
    const lastOne = this.history.at(-1);
    if (roleInOrg && lastOne && !isUnnamedHead(first[0]) && !this.unsure.has(lastOne) && this.isPerson(lastOne) && (!gender || !lastOne.gender || lastOne.gender === gender) && !LEX.oneOfManyRoles.has(stripConjAl(first[0]!.n))) {
      return { ...lastOne, gender: gender ?? lastOne.gender, how: 'role' };
    }
    if (!plausiblePhrase(first)) return null;
    const fuller = this.fullerEntity(first, s0);
    if (fuller) return { entity: fuller.entity.id, text: span(text, fuller.start, fuller.end), gender, how: fuller.entity.type === 'ORG' ? 'org' : 'named' };
    const how = isUnnamedHead(first[0]) ? 'unnamed' : isOrgHead(first[0]) ? 'org' : 'named';
    return { entity: null, text: span(text, s0, e0), gender, how };
  }

  /**
   * The one person the entities stage gave the role `ts` (its words whole) and named before
   * `before`; null when none or several hold it (الشاعر for three poets of one article).
   */
  private soleRoleHolder(ts: readonly Tok[], before: number): SpeakerRef | null {
    const key = roleKey(ts.map((t) => t.n));
    // A role written definite, as the phrase is: مستشارة فلان (someone's adviser) is no title of فلان.
    const same = (r: string): boolean => {
      const ws = r.split(/\s+/).map(norm).filter(Boolean);
      return ws.length > 0 && startsWithArticle(ws[0]!) && roleKey(ws) === key;
    };
    const holders = this.doc.entities.filter((e) => e.type === 'PER' && e.roles.some((r) => same(r.text)));
    const m = holders.length === 1 ? fullestBefore(holders[0]!, before) : null;
    return m ? { entity: holders[0]!.id, text: span(this.doc.text, m.start, m.end), gender: null, how: 'role' } : null;
  }

  /**
   * The person whose mention is the whole second comma segment (a title before it allowed), when
   * the first segment names no person: DESCRIPTION، NAME، (an apposition). Null otherwise.
   */
  private appositionPerson(first: Tok[], second: Tok[]): { entity: Entity; start: number; end: number } | null {
    const name = second.length > 1 && LEX.titles.has(second[0]!.n) ? second.slice(1) : second;
    if (name.length === 0 || name.length > 5) return null;
    const a = name[0]!.start;
    const b = name[name.length - 1]!.end;
    const p = this.entityAt(a, b, ['PER']);
    if (!p || p.start !== a || p.end !== b) return null;
    return this.entityAt(first[0]!.start, first[first.length - 1]!.end, ['PER']) ? null : p;
  }

  /**
   * Whether a title word stands without a name after it: a role noun used as a title (الرئيس،
   * الوزير) followed by a nationality or a word of the role (الكيني، التنفيذي) that no person's
   * name covers, or any title followed by a preposition (الخبير في شؤون…).
   */
  private titleWithoutName(title: Tok, after: Tok[]): boolean {
    const a = after[0];
    if (!a) return false;
    // على and the name علي share a matching key; the written ya tells them apart.
    if (LEX.nameStopWords.has(a.n)) return !(a.n === 'علي' && endsWithYa(a.text));
    // A tribal surname (الوزير الحربي) looks like an adjective too: only nationalities and the
    // role's own words (التنفيذي، العام) are read as the role's.
    // الخبير المصري في…، الباحث السياسي: a definite nationality or field adjective after any title
    // is its adjective, unless a person of the article bears it as a family name (اللواء التركي).
    // A bare word after the adjective is a name the entities stage missed (الناشط السياسي فلان).
    const adjective = !!nationality(foldName(a.text)) || LEX.roleContinuations.has(a.n);
    const b = after[1];
    const nameless = !b || !b.word || startsDefinite(b.n) || LEX.nameStopWords.has(b.n);
    if (!(isRoleStart(title) && adjective) && !(adjective && nameless && startsWithArticle(a.n) && !this.fullerEntity([a], a.start))) return false;
    return !this.entityAt(a.start, after[after.length - 1]!.end, ['PER']);
  }

  /**
   * The one person whose role, named before `before`, opens with the words of `words` (key form:
   * ال and synonyms unified), from the roles this book remembered and the entities stage's roles.
   * Two different holders (وزير الخارجية فلان and وزير الداخلية فلان for الوزير) resolve nothing.
   */
  private roleHolderByPrefix(words: readonly string[], before: number): SpeakerRef | null {
    const key = roleKey(words).split(' ');
    const formerKey = (ws: readonly string[]): boolean => ws.some((w) => LEX.formerRoleWords.has(w));
    // A former holder (الرئيس السابق) is not named by a present role (الرئيس).
    const opens = (k: string): boolean => {
      const kw = k.split(' ');
      return kw.length > key.length && key.every((w, i) => kw[i] === w) && (formerKey(key) || !formerKey(kw));
    };
    const holders = new Map<string, SpeakerRef>();
    for (const [k, ref] of this.roles) {
      if (!opens(k) || !ref.text || ref.text.start >= before) continue;
      const e = ref.entity ? this.doc.entities.find((x) => x.id === ref.entity) : undefined;
      if (e ? e.type === 'PER' : ref.how === 'named') holders.set(ref.entity ?? norm(ref.text.text), ref);
    }
    for (const e of this.doc.entities) {
      if (e.type !== 'PER' || holders.has(e.id)) continue;
      const r = e.roles.find((x) => x.start < before && opens(roleKey(x.text.split(/\s+/).map(norm).filter(Boolean))));
      const m = r ? (fullestBefore(e, before) ?? e.mentions[0]) : undefined;
      if (r && m) holders.set(e.id, { entity: e.id, text: span(this.doc.text, m.start, m.end), gender: null, how: 'role' });
    }
    return holders.size === 1 ? [...holders.values()][0]! : null;
  }

  /**
   * The person the entities stage gave a role phrase covering `at`, named within a few words after
   * that phrase (ROLE NAME) and outside the subject phrase [at, end): the mention after the role is
   * the speaker's. A name inside the phrase is read below, where its role is also remembered.
   */
  private holderOfRoleAt(at: number, end: number): SpeakerRef | null {
    for (const e of this.doc.entities) {
      if (e.type !== 'PER') continue;
      for (const r of e.roles) {
        if (!(r.start <= at && at < r.end)) continue;
        const m = e.mentions.find((x) => x.start >= r.end && x.start - r.end <= 3 && x.start >= end);
        if (m) return { entity: e.id, text: span(this.doc.text, m.start, m.end), gender: null, how: 'named' };
      }
    }
    return null;
  }

  /**
   * فالكه → جيروم فالكه، المفوضية → المفوضية الأوروبية: a speaker phrase the entities stage left out
   * of its clusters, when it is a name of one or two words ending the name of exactly one person
   * in the article, or one definite word opening the name of exactly one organisation named
   * before `before`. That entity and its fullest mention (before `before` when there is one);
   * null when nothing or several fit, or when the phrase is a role, a source or an institution's
   * head noun (resolved by their own rules).
   */
  private fullerEntity(ts: readonly Tok[], before: number): { entity: Entity; start: number; end: number } | null {
    const words = ts.filter((t) => t.word && !LEX.titles.has(t.n));
    if (words.length === 0 || words.length > 2 || words.some((t) => t.n.length < 3 || isRoleStart(t) || isUnnamedHead(t) || isOrgHead(t) || LEX.nameStopWords.has(t.n))) return null;
    const keys = words.map((t) => t.n);
    const fits = this.doc.entities.filter((e) => {
      const name = norm(e.name).split(/\s+/);
      if (name.length <= keys.length) return false;
      if (e.type === 'PER') return keys.every((k, x) => name[name.length - keys.length + x] === k);
      // One definite word for the organisation's first (المفوضية for المفوضية الأوروبية).
      return e.type === 'ORG' && keys.length === 1 && startsWithArticle(keys[0]!) && stripAl(name[0]!) === stripAl(keys[0]!) && e.mentions.some((m) => m.end <= before);
    });
    if (fits.length !== 1) return null;
    const e = fits[0]!;
    const m = fullestBefore(e, before) ?? e.mentions.reduce<{ start: number; end: number } | null>((a, x) => (!a || x.end - x.start > a.end - a.start ? x : a), null);
    return m ? { entity: e, start: m.start, end: m.end } : null;
  }

  /**
   * The organisation entity whose name starts with `head` (هيئة for الهيئة), last mentioned before
   * `before`; or one whose mention comes right after the head noun, its name quoted or not
   * (شركة «فلان» for الشركة), with the head noun and the marks as its fullest mention.
   */
  orgNamedBefore(head: string, before: number): { entity: Entity; start: number; end: number } | null {
    let best: { entity: Entity; start: number; end: number } | null = null;
    const text = this.doc.text;
    for (const e of this.doc.entities) {
      if (e.type !== 'ORG') continue;
      const named = stripConjAl(norm(e.name).split(/\s+/)[0] ?? '') === head;
      for (const m of e.mentions) {
        let { start, end } = m;
        if (!named) {
          const pre = /(\p{L}+)\s*[\p{Pi}\p{Ps}"]?$/u.exec(text.slice(Math.max(0, m.start - 20), m.start));
          if (!pre || stripConjAl(norm(pre[1]!)) !== head) continue;
          start = m.start - pre[0].length;
          if (pre[0].length > pre[1]!.length && /^[\p{Pf}\p{Pe}"]/u.test(text.slice(m.end, m.end + 1))) end = m.end + 1;
        }
        if (end <= before && end - start > head.length + 3 && (!best || start > best.start)) best = { entity: e, start, end };
      }
    }
    return best;
  }

  /**
   * The person mentioned most often before `before` (the earliest first mention on a tie): whom a
   * bare role noun (المدرب، اللاعب) refers to when no role or name in the article says otherwise.
   */
  protagonistBefore(before: number): Entity | null {
    let best: { e: Entity; n: number; first: number } | null = null;
    for (const e of this.doc.entities) {
      if (e.type !== 'PER') continue;
      const ms = e.mentions.filter((m) => m.end <= before);
      if (ms.length === 0) continue;
      const first = Math.min(...ms.map((m) => m.start));
      if (!best || ms.length > best.n || (ms.length === best.n && first < best.first)) best = { e, n: ms.length, first };
    }
    return best?.e ?? null;
  }

  /**
   * The last speaker of the same gender (a feminine cue prefers a feminine speaker), else the last
   * one. A person the entities stage named but whose cue told no gender (بحسب فلان، ونقلت عن فلان،
   * أورد) agrees with a masculine cue: skipping them reached back to an older speaker.
   */
  continuation(gender: Gender | null): SpeakerRef | null {
    const h = this.history;
    if (gender) {
      for (let i = h.length - 1; i >= 0; i--) if (h[i]!.gender === gender || (gender === 'm' && h[i]!.gender === null && !this.unsure.has(h[i]!) && this.isPerson(h[i]!))) return h[i]!;
    }
    return h[h.length - 1] ?? null;
  }

  /**
   * The last person who spoke before `before`, of the cue's gender where both are known: whom a
   * definite title without a name (الخبير، الباحث الأميركي) refers back to. Null when none.
   */
  private lastPersonSpeaker(before: number, gender: Gender | null): SpeakerRef | null {
    return this.history.findLast((x) => !!x.text && x.text.start < before && !this.unsure.has(x) && this.isPerson(x) && (!gender || !x.gender || x.gender === gender)) ?? null;
  }

  /** A person the entities stage named; a title it took for a name (معالي) names nobody. */
  private isPerson(ref: SpeakerRef): boolean {
    const e = ref.entity ? this.doc.entities.find((x) => x.id === ref.entity) : undefined;
    return e?.type === 'PER' && !LEX.titles.has(norm(e.name));
  }

  push(ref: SpeakerRef): void {
    if (isCited(ref)) return;
    this.history.push(ref);
  }

  /** Pushes an organisation that spoke without a quote: later cues continue from it, but it alone does not make a subjectless strict form (وقد تبين أن…) a statement. */
  pushSubject(ref: SpeakerRef): void {
    if (isCited(ref)) return;
    this.subjectsOnly.add(ref);
    this.history.push(ref);
  }

  /**
   * Pushes a person read after a verb whose first words name nobody (رفض أي تعاون مع الرئيس فلان):
   * maybe the verb's object, so a masculine continuation does not take them for want of a gender.
   */
  pushUnsure(ref: SpeakerRef): void {
    if (isCited(ref)) return;
    this.unsure.add(ref);
    this.history.push(ref);
  }

  /** Whether anyone spoke before, other than organisations pushed by pushSubject. */
  hasSpoken(): boolean {
    return this.history.some((h) => !this.subjectsOnly.has(h));
  }
}

/**
 * كما قال تعالى، وقال صلى الله عليه وسلم: the words of praise that name the speaker of a cited verse
 * or hadith. The citation keeps them; the article's speaker is still the person who cited.
 */
export function isCited(ref: SpeakerRef): boolean {
  if (ref.entity || !ref.text) return false;
  return namesCitation(norm(ref.text.text).split(/\s+/).map(dropConj));
}

/** The longest mention of `e` ending before `before`. */
function fullestBefore(e: Entity, before: number): { start: number; end: number } | null {
  let full: { start: number; end: number } | null = null;
  for (const m of e.mentions) if (m.end <= before && (!full || m.end - m.start > full.end - full.start)) full = m;
  return full;
}

/** A subject phrase that can name a speaker: short, no markup, no clause (أنّ، a verb of saying). */
function plausiblePhrase(ts: Tok[]): boolean {
  // وهو يبتسم، ولذلك: the words of notSpeakers after و/ف too.
  if (ts.length > 10 || LEX.notSpeakers.has(stripConjAl(ts[0]!.n)) || LEX.notSpeakers.has(ts[0]!.n) || LEX.notSpeakers.has(dropConj(ts[0]!.n))) return false;
  // واليوم الأربعاء قال، لاحقاً قال، تقول الآن: a word of time or place opens an adjunct, not a subject.
  if (LEX.adjunctStarts.has(dropConj(ts[0]!.n))) return false;
  // التي يقولون، وأضاف يقول، بـ، لي: a relative pronoun, a lone verb of saying or a clitic is no speaker.
  if (LEX.relativePronouns.has(ts[0]!.n) || (ts.length === 1 && LEX.forms.has(ts[0]!.n)) || /^\p{L}{1,2}$/u.test(ts[0]!.n)) return false;
  return !ts.some((t) => /[<>{}=|\\/]/.test(t.text) || LEX.complementizers.has(t.n) || (t !== ts[0] && LEX.forms.has(t.n)));
}

export function trimPunct(ts: Tok[]): Tok[] {
  let a = 0;
  let b = ts.length;
  while (a < b && !ts[a]!.word) a++;
  while (b > a && !ts[b - 1]!.word) b--;
  return ts.slice(a, b);
}
