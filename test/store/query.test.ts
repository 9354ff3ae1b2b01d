import { describe, expect, it } from 'vitest';
import { parseQuery, positiveTerms, QueryError, toFts5, toTsquery, type ParsedQuery } from '../../src/store/query.ts';

/**
 * The query syntax on its own (the store contract tests reach it only through whole searches):
 * how words, phrases, OR, negation and filters parse, which inputs are refused with a message,
 * and what each backend is handed. Terms are the search normaliser's (قمة → قمه, والقمة → قمه,
 * المياه → ميا, Latin lower-cased).
 */
const groups = (q: string) => parseQuery(q).groups.map((g) => g.map((a) => a.terms.join(' ')));

describe('parseQuery: words, phrases, OR and negation', () => {
  it('ANDs words, one group each, as index terms with the typed text kept', () => {
    const p = parseQuery('قمة  المياه Water');
    expect(groups('قمة  المياه Water')).toEqual([['قمه'], ['ميا'], ['water']]);
    expect(p.groups.map((g) => g[0]!.text)).toEqual(['قمة', 'المياه', 'Water']);
    expect(p.exclude).toEqual([]);
  });

  it('reads a phrase in straight, curly or guillemet quotes, an unclosed one to the end', () => {
    expect(groups('"قمة المياه"')).toEqual([['قمه ميا']]);
    expect(groups('“قمة المياه”')).toEqual([['قمه ميا']]);
    expect(groups('«قمة المياه» water')).toEqual([['قمه ميا'], ['water']]);
    expect(groups('"قمة المياه')).toEqual([['قمه ميا']]);
    expect(parseQuery('«قمة المياه»').groups[0]![0]!.text).toBe('قمة المياه');
    expect(parseQuery('“قمة المياه” water').groups[0]![0]!.text).toBe('قمة المياه');
    // each opening quote closes with its own mark: a straight quote inside guillemets is text
    expect(parseQuery('«قمة "المياه» water').groups.map((g) => g[0]!.text)).toEqual(['قمة "المياه', 'water']);
  });

  it('OR joins its two neighbours and binds tighter than the AND around them', () => {
    expect(groups('water قمة OR المياه kaabi')).toEqual([['water'], ['قمه', 'ميا'], ['kaabi']]);
    expect(groups('قمة OR المياه OR water')).toEqual([['قمه', 'ميا', 'water']]);
    // a leading OR joins nothing; a lowercase or is a word
    expect(groups('OR قمة')).toEqual([['قمه']]);
    expect(groups('قمة or المياه')).toEqual([['قمه'], ['or'], ['ميا']]);
    // filters stand outside the words: OR still joins the words on either side of one
    expect(groups('قمة source:x OR المياه')).toEqual([['قمه', 'ميا']]);
  });

  it('-word and -"phrase" exclude; a lone hyphen or a hyphen before a space is no negation', () => {
    const p = parseQuery('قمة -المياه -"water summit" - kaabi');
    expect(p.groups.map((g) => g[0]!.terms)).toEqual([['قمه'], ['kaabi']]);
    expect(p.exclude.map((a) => a.terms)).toEqual([['ميا'], ['water', 'summit']]);
    // a hyphen ending the query excludes nothing
    expect(parseQuery('قمة -')).toMatchObject({ exclude: [], groups: [[{ text: 'قمة' }]] });
    // -OR is a word to exclude, not an operator
    expect(parseQuery('قمة -OR water').exclude.map((a) => a.text)).toEqual(['OR']);
    // an excluded word between two others does not join them
    expect(groups('قمة OR -المياه water')).toEqual([['قمه'], ['water']]);
  });

  it('drops words with no index terms (punctuation) without failing', () => {
    expect(groups('، ... قمة !')).toEqual([['قمه']]);
    expect(parseQuery('   ').groups).toEqual([]);
  });
});

describe('parseQuery: filters', () => {
  it('reads each filter, quoted values included, and keys in any case', () => {
    const p = parseQuery(
      'قمة entity:"سالم الكعبي" ENTITY:Kaabi speaker:"ليلى حداد" source:Example.COM from:2021-06-01 to:2021-06-30 type:Quote etype:per',
    );
    expect(p.filters).toEqual({
      entity: ['سالم الكعبي', 'Kaabi'],
      speaker: ['ليلى حداد'],
      source: ['example.com'],
      from: '2021-06-01',
      to: '2021-06-30',
      type: 'quote',
      etype: 'PER',
    });
    expect(groups('قمة entity:"سالم الكعبي"')).toEqual([['قمه']]);
    // an unclosed quoted value runs to the end; a value right after the colon ends at a quote
    expect(parseQuery('قمة speaker:"ليلى حداد').filters.speaker).toEqual(['ليلى حداد']);
    expect(parseQuery('source:abc"قمة"')).toMatchObject({ filters: { source: ['abc'] }, groups: [[{ text: 'قمة' }]] });
  });

  it('a word with a colon that names no filter is an ordinary word', () => {
    expect(parseQuery('http://x.org').filters.source).toEqual([]);
    expect(parseQuery('foo:bar').groups).toHaveLength(1);
  });

  it('refuses empty values, bad dates, unknown types and a reversed range, saying which filter', () => {
    const bad: [string, RegExp][] = [
      ['entity:', /entity: needs a value/],
      ['speaker:""', /speaker: needs a value/],
      ['from:2021-13-01', /from: needs a date like/],
      ['to:yesterday', /to: needs a date like/],
      ['type:video', /type: must be article, quote or event, got "video"/],
      ['etype:PERSON', /etype: must be PER, ORG, LOC or MISC, got "PERSON"/],
      ['from:2021-07-01 to:2021-06-01', /from:2021-07-01 is after to:2021-06-01/],
    ];
    for (const [q, msg] of bad) {
      expect(() => parseQuery(q), q).toThrow(QueryError);
      expect(() => parseQuery(q), q).toThrow(msg);
    }
    expect(parseQuery('from:2021-06-01 to:2021-06-01').filters.to).toBe('2021-06-01');
  });
});

describe('what each backend is handed', () => {
  const alt = (...terms: string[]) => ({ text: terms.join(' '), terms });
  const q = (groups: ParsedQuery['groups'], exclude: ParsedQuery['exclude'] = []): ParsedQuery => ({
    groups,
    exclude,
    filters: { entity: [], speaker: [], source: [], from: null, to: null, type: null, etype: null },
  });

  it('FTS5: quoted phrases, OR groups in brackets, AND between, NOT folded in when there is a positive part', () => {
    expect(toFts5(q([[alt('a')], [alt('b', 'c'), alt('d')]]))).toEqual({ match: '"a" AND ("b c" OR "d")', not: null });
    expect(toFts5(q([[alt('a')]], [alt('x'), alt('y', 'z')]))).toEqual({ match: '("a") NOT ("x" OR "y z")', not: null });
    expect(toFts5(q([], [alt('x')]))).toEqual({ match: null, not: '"x"' });
    expect(toFts5(q([]))).toEqual({ match: null, not: null });
  });

  it('tsquery: quoted lexemes, <-> inside phrases, | and &, quotes doubled', () => {
    expect(toTsquery(q([[alt('a')], [alt('b', 'c'), alt("d'e")]]))).toEqual({ match: "'a' & (('b' <-> 'c') | 'd''e')", not: null });
    expect(toTsquery(q([[alt('a')]], [alt('x'), alt('y')]))).toEqual({ match: "('a') & !('x' | 'y')", not: null });
    expect(toTsquery(q([], [alt('x', 'y')]))).toEqual({ match: null, not: "('x' <-> 'y')" });
  });

  it('positiveTerms: each term of the positive groups once, excluded ones left out', () => {
    expect(positiveTerms(parseQuery('قمة OR والقمة "قمة المياه" -water'))).toEqual(['قمه', 'ميا']);
  });
});
