import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../core/phrase-matcher.js';

const values = (matcher: PhraseMatcher<string>, text: string) => matcher.findOverlapping(text).map((m) => `${m.value}@${m.start}-${m.end}`);

describe('PhraseMatcher stems', () => {
  it('finds every stem a word starts with, the exact word first and then the longer stems before the shorter', () => {
    const matcher = new PhraseMatcher([
      { phrase: 'san*', value: 'san' },
      { phrase: 'sanction*', value: 'sanction' },
      { phrase: 'sanctioned', value: 'exact' },
      { phrase: 'sanc*', value: 'sanc' },
      { phrase: 'sanctions*', value: 'sanctions' },
    ]);
    expect(values(matcher, 'They sanctioned it')).toEqual(['exact@5-15', 'sanction@5-15', 'sanc@5-15', 'san@5-15']);
    // A word shorter than a stem does not match it; one that only shares its first letters neither.
    expect(values(matcher, 'Sanc and sand')).toEqual(['sanc@0-4', 'san@0-4', 'san@9-13']);
    expect(values(matcher, 'sa sub')).toEqual([]);
  });

  it('follows stems inside phrases, after a gap and in other scripts, and folds what it compares', () => {
    const matcher = new PhraseMatcher([
      { phrase: 'economic sanction*', value: 'economic' },
      { phrase: 'lehnt … ab*', value: 'ablehnen' },
      { phrase: 'санкци*', value: 'ru' },
      { phrase: 'санкциям*', value: 'ru-dative' },
      { phrase: 'объединённ* нации', value: 'un' },
    ]);
    expect(values(matcher, 'Economic Sanctions now')).toEqual(['economic@0-18']);
    expect(values(matcher, 'Berlin lehnt die Annexion abermals ab')).toEqual(['ablehnen@7-34', 'ablehnen@7-37']);
    expect(values(matcher, 'по САНКЦИЯМ')).toEqual(['ru-dative@3-11', 'ru@3-11']);
    expect(values(matcher, 'Объединенные Нации')).toEqual(['un@0-18']);
  });

  it('keeps the longest match at a position when gaps and stems overlap', () => {
    const matcher = new PhraseMatcher([
      { phrase: 'nato', value: 'nato' },
      { phrase: 'nato expan*', value: 'expansion' },
    ]);
    expect(matcher.find('NATO expansion').map((m) => m.value)).toEqual(['expansion']);
  });
});

describe('PhraseMatcher gaps to the end of a clause', () => {
  it('lets a gap run past MAX_GAP words only to a last word that ends its clause, with no mark between', () => {
    const entries = [{ phrase: 'stimmt … zu', value: 'zustimmen' }];
    const far = 'Die Türkei stimmt dem Beitritt Schwedens zur Nato nach langem Zögern nun zu. Dann ging es weiter.';
    expect(values(new PhraseMatcher(entries, [], { clauseEndGap: 12 }), far)).toEqual(['zustimmen@11-17']);
    // Not without the option, not across a comma, and not where the word goes on in its clause.
    expect(values(new PhraseMatcher(entries), far)).toEqual([]);
    const comma = 'Die Türkei stimmt dem Beitritt, den Schweden lange schon beantragt hatte, nun zu.';
    expect(values(new PhraseMatcher(entries, [], { clauseEndGap: 12 }), comma)).toEqual([]);
    // A quotation inside the clause does not end it.
    const quoted = new PhraseMatcher([{ phrase: 'wies … zurück', value: 'zurückweisen' }], [], { clauseEndGap: 12 });
    expect(values(quoted, 'Der Botschafter wies die Resolution als „politisiert und provokant“ zurück.')).toEqual(['zurückweisen@16-20']);
    const onward = 'Die Türkei stimmt dem Beitritt Schwedens zur Nato nach langem Zögern zu Recht kritisch gegenüber.';
    expect(values(new PhraseMatcher(entries, [], { clauseEndGap: 12 }), onward)).toEqual([]);
    // Closing words, several of them, that end the clause together.
    const launched = new PhraseMatcher([{ phrase: 'brachten … auf den Weg', value: 'launch' }], [], { clauseEndGap: 12 });
    expect(values(launched, 'Die Minister brachten am Montag ein neues Paket gegen Russland auf den Weg.')).toEqual(['launch@13-21']);
    expect(values(launched, 'Die Minister brachten am Montag ein neues Paket gegen Russland auf den Weg nach Brüssel.')).toEqual([]);
  });
});
