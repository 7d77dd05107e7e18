import { describe, expect, it } from 'vitest';
import { loadCoreference } from '../../../pipeline/data/coreference.js';
import { assembleCatalogue, BUILTIN_PHRASE_FILES, builtinCatalogue, parseTopic } from '../../../pipeline/data/topic-catalogue.js';

const topic = {
  id: 'arctic-drilling',
  label: 'Drilling in the Arctic',
  description: 'Oil and gas drilling in Arctic waters',
  keywords: { en: ['Arctic drilling'], no: ['boring i Arktis'] },
  hypotheses: { support: '{actor} supports Arctic drilling.', oppose: '{actor} opposes Arctic drilling.' },
};

describe('parseTopic', () => {
  it('accepts a topic in any ISO 639-1 language', () => {
    expect(parseTopic(topic).keywords.no).toEqual(['boring i Arktis']);
  });

  it('refuses language keys that are not ISO 639-1 codes', () => {
    for (const bad of ['EN', 'e1', 'xx', 'eng']) {
      expect(() => parseTopic({ ...topic, keywords: { [bad]: ['Arctic drilling'] } }), bad).toThrow(/keywords\.\w+: (expected a two-letter|not an ISO 639-1)/);
    }
  });

  it('takes the actors whose own standing the topic is, as actor codes', () => {
    expect(parseTopic({ ...topic, about: ['GL'] }).about).toEqual(['GL']);
    // Left out, the topic is about no actor of its own, and its hash is as before the field existed.
    expect(parseTopic(topic)).not.toHaveProperty('about');
    expect(() => parseTopic({ ...topic, about: ['Greenland'] })).toThrow(/about\.0: expected actor codes/);
    expect(builtinCatalogue().find((t) => t.id === 'taiwan-independence')!.about).toEqual(['TW']);
  });

  it('refuses a misspelt field instead of dropping it', () => {
    expect(() => parseTopic({ ...topic, keyword: { en: ['drilling'] } })).toThrow(/keyword/);
    expect(() => parseTopic({ ...topic, cues: { en: { suport: ['backs drilling'] } } })).toThrow(/suport/);
  });
});

describe('the built-in catalogue', () => {
  it('gathers every language file into the topics', () => {
    const sanctions = builtinCatalogue().find((t) => t.id === 'russia-sanctions')!;
    expect(Object.keys(sanctions.keywords).sort()).toEqual(Object.keys(BUILTIN_PHRASE_FILES).sort());
    expect(sanctions.hypotheses.support).toContain('{actor}');
  });

  it('names the file and the problem when a language file is broken', () => {
    const meta = [{ id: 'aukus', label: 'AUKUS', description: 'The pact', hypotheses: topic.hypotheses }];
    expect(() => assembleCatalogue(meta, { de: { aukus: { keywords: [] } } })).toThrow(/topics\/de\.json is invalid: aukus\.keywords/);
    expect(() => assembleCatalogue(meta, { de: { aukus: { keyword: ['AUKUS'] } } })).toThrow(/topics\/de\.json is invalid/);
    expect(() => assembleCatalogue(meta, { de: { aukuss: { keywords: ['AUKUS'] } } })).toThrow(/unknown topics: aukuss/);
  });
});

describe('coreference.json', () => {
  it('parses, with phrases for the ten languages', () => {
    const table = loadCoreference();
    expect(Object.keys(table.pair).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ja', 'ru', 'tr', 'uk', 'zh']);
  });
});
