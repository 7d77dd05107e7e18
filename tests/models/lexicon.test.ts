import { describe, expect, it } from 'vitest';
import { LexiconSchema, lexiconFor, PREDICATE_CLASSES, parseLexicon } from '../../models/lexicon.js';
import { builtinCatalogue } from '../../pipeline/data/topic-catalogue.js';

const LANGUAGES = ['en', 'ru', 'uk', 'de', 'fr', 'es', 'tr', 'ar', 'zh', 'ja'];

describe('the lexicon data files', () => {
  it('parse in every language, with at least one phrase for each of the main stance classes', () => {
    for (const lang of LANGUAGES) {
      const lexicon = lexiconFor(lang);
      expect(lexicon.support.length + lexicon.welcome.length + lexicon.join.length, lang).toBeGreaterThan(0);
      expect(lexicon.oppose.length + lexicon.condemn.length + lexicon.block.length, lang).toBeGreaterThan(0);
      expect(lexicon.speech.length, lang).toBeGreaterThan(0);
    }
  });

  it('never give a topic phrase the opposite polarity of its orientation ("sortie du charbon" is no withdrawal)', () => {
    // A stance word that is also a topic phrase is read as both: the proposition must not be a word
    // of opposing, nor its contrary a word of support, or the sign flips wherever the phrase is named.
    const clashes: string[] = [];
    for (const lang of LANGUAGES) {
      const lexicon = lexiconFor(lang);
      for (const topic of builtinCatalogue()) {
        const keywords = new Set(topic.keywords[lang] ?? []);
        const contrary = new Set(topic.contrary[lang] ?? []);
        for (const [kind, polarity] of Object.entries(PREDICATE_CLASSES)) {
          for (const phrase of lexicon[kind as keyof typeof PREDICATE_CLASSES]) {
            if ((polarity === 'oppose' && keywords.has(phrase)) || (polarity === 'support' && contrary.has(phrase)))
              clashes.push(`${lang} ${topic.id} ${kind}: ${phrase}`);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('give each stance class a polarity', () => {
    expect(new Set(Object.values(PREDICATE_CLASSES))).toEqual(new Set(['support', 'oppose', 'neutral']));
  });

  it('refuse a misspelt list name instead of reading it as an empty list', () => {
    expect(() => parseLexicon('xx', { suport: ['backs'] })).toThrow(/models\/lexicon\/xx\.json is invalid.*suport/);
    expect(LexiconSchema.safeParse({ support: ['backs'] }).success).toBe(true);
  });

  it('refuse a broken regular expression when the file is read, not while scoring', () => {
    expect(() => parseLexicon('xx', { negativeVerb: '(m[ae]y' })).toThrow(/negativeVerb: not a valid regular expression/);
    expect(() => parseLexicon('xx', { subjectAfter: '[' })).toThrow(/subjectAfter/);
  });

  it('add the variants a spelling rule gives each stem, and keep the stem', () => {
    const lexicon = parseLexicon('xx', {
      block: ['engelle*', 'veto'],
      speech: ['söyle*'],
      stemVariants: [
        { ending: '([ei][^aeıioöuü\\s]*[^aeıioöuüm\\s])[ae]', as: '$1iyor' },
        { ending: '([öü][^aeıioöuü\\s]*[^aeıioöuüm\\s])[ae]', as: '$1üyor' },
      ],
    });
    expect(lexicon.block).toEqual(['engelle*', 'veto', 'engelliyor*']);
    expect(lexicon.speech).toEqual(['söyle*', 'söylüyor*']);
    expect(() => parseLexicon('xx', { stemVariants: [{ ending: '(', as: '' }] })).toThrow(/stemVariants\.0\.ending/);
  });

  it('refuse empty phrases', () => {
    expect(() => parseLexicon('xx', { oppose: ['rejects', ' '] })).toThrow(/oppose\.1/);
  });

  it('fall back to English for a language without a file', () => {
    expect(lexiconFor('pt')).toBe(lexiconFor('en'));
  });
});
