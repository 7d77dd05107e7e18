import { afterAll, describe, expect, it } from 'vitest';
import { parseCustomActors, withCustomActors } from '../../../pipeline/data/custom-actors.js';
import { actorInfo, loadGazetteer, useGazetteer } from '../../../pipeline/data/gazetteer.js';
import { gazetteerVersion } from '../../../pipeline/provenance.js';
import { findActorMentions } from '../../../pipeline/stages/actors.js';

/** A researcher's file: the African Union with names in three languages and two chairpersons of its Commission. */
const AFRICAN_UNION = {
  actors: [
    {
      code: 'AFU',
      name: 'African Union',
      display: { fr: 'Union africaine', ar: 'الاتحاد الأفريقي' },
      aliases: {
        en: { names: ['African Union', '=AU'], institutions: ['AU Commission', 'African Union Commission'] },
        fr: { names: ['Union africaine', '=UA'] },
        ar: { names: ['الاتحاد الأفريقي', 'الاتحاد الافريقي'] },
      },
      anaphors: { en: ['the continental body'] },
    },
  ],
  people: [
    {
      actor: 'AFU',
      role: 'Chairperson of the Commission',
      person: 'Moussa Faki Mahamat',
      from: '2017-03-14',
      to: '2025-02-15',
      aliases: { en: ['Moussa Faki*', 'Faki'] },
    },
    { actor: 'AFU', role: 'Chairperson of the Commission', person: 'Mahmoud Ali Youssouf', from: '2025-02-15', to: null, aliases: { en: ['Youssouf'] } },
  ],
};

const base = loadGazetteer();

function problems(input: unknown): string {
  try {
    parseCustomActors(input, base);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the file to be rejected');
}

describe('parseCustomActors', () => {
  it('accepts organisations with names in some languages and dated office holders', () => {
    const parsed = parseCustomActors(AFRICAN_UNION, base);
    expect(parsed.actors[0]).toMatchObject({ code: 'AFU', kind: 'organisation' });
    expect(parsed.people).toHaveLength(2);
  });

  it.each([
    ['a two-letter code', { actors: [{ ...AFRICAN_UNION.actors[0], code: 'AU' }] }, 'actors.0.code: expected three or more upper-case letters'],
    ['a built-in code', { actors: [{ ...AFRICAN_UNION.actors[0], code: 'NATO' }] }, '"NATO" is a built-in actor'],
    [
      "another actor's alias",
      { actors: [{ ...AFRICAN_UNION.actors[0], aliases: { en: { names: ['African Union', 'Australia'] } } }] },
      'actors.0.aliases.en: "Australia" already names AU',
    ],
    [
      "another actor's capital",
      { actors: [{ ...AFRICAN_UNION.actors[0], aliases: { en: { names: ['African Union'], places: ['Addis Ababa'] } } }] },
      '"Addis Ababa" already names ET',
    ],
    [
      'a short stem',
      { actors: [{ ...AFRICAN_UNION.actors[0], aliases: { en: { names: ['Af*'] } } }] },
      'a stem (a word ending in *) needs at least 3 characters',
    ],
    ['no names at all', { actors: [{ ...AFRICAN_UNION.actors[0], aliases: {} }] }, 'names in at least one language'],
    [
      'an unknown language',
      { actors: [{ ...AFRICAN_UNION.actors[0], aliases: { pt: { names: ['União Africana'] } } }] },
      'actors.0.aliases: Unrecognized key: "pt": the languages are en ru zh de fr es tr uk ar ja',
    ],
    ['an office holder of no known actor', { people: [{ ...AFRICAN_UNION.people[0], actor: 'XYZ' }] }, 'people.0.actor: unknown actor "XYZ"'],
    [
      'an office that ends before it starts',
      { ...AFRICAN_UNION, people: [{ ...AFRICAN_UNION.people[0], to: '2016-01-01' }] },
      'people.0.to: "to" (2016-01-01) must come after',
    ],
  ])('rejects %s, naming the problem and where it is', (_name, input, message) => {
    expect(problems(input)).toContain(message);
  });

  it('lets a stored actor be replaced by a new version of itself', () => {
    const stored = parseCustomActors(AFRICAN_UNION, base);
    expect(() => parseCustomActors(AFRICAN_UNION, base, stored)).not.toThrow();
    const rival = { actors: [{ code: 'AFUN', name: 'Another union', aliases: { en: { names: ['African Union'] } } }] };
    expect(() => parseCustomActors(rival, base, stored)).toThrow(/"African Union" already names AFU/);
  });
});

describe('analysis with custom actors', () => {
  const extended = withCustomActors(base, parseCustomActors(AFRICAN_UNION, base));
  afterAll(() => useGazetteer(base));

  it('finds the organisation, its institutions and its office holders by date once given to the finder', () => {
    const codes = (text: string, lang: string, date: string | null) => findActorMentions(text, { lang, date }).map((m) => m.actor);
    expect(codes('The African Union welcomed the deal.', 'en', null)).toEqual([]);
    useGazetteer(extended);
    expect(codes('The African Union and Australia welcomed the deal.', 'en', null)).toEqual(['AFU', 'AU']);
    expect(codes("L'Union africaine a salué l'accord.", 'fr', null)).toEqual(['AFU']);
    expect(codes('رحب الاتحاد الأفريقي بالاتفاق.', 'ar', null)).toEqual(['AFU']);
    // Named in no German list: German articles do not find it.
    expect(codes('Die Afrikanische Union begrüßte das Abkommen.', 'de', null)).toEqual([]);
    expect(codes('Faki said the summit would go ahead.', 'en', '2020-06-01')).toEqual(['AFU']);
    expect(codes('Youssouf said the summit would go ahead.', 'en', '2020-06-01')).toEqual([]);
    expect(codes('Youssouf said the summit would go ahead.', 'en', '2025-06-01')).toEqual(['AFU']);
    expect(actorInfo('AFU')).toMatchObject({ name: 'African Union', names: { fr: 'Union africaine', de: 'African Union' } });
  });

  it('gives the gazetteer with custom actors a version of its own', () => {
    const custom = parseCustomActors(AFRICAN_UNION, base);
    expect(gazetteerVersion(custom)).not.toBe(gazetteerVersion());
    expect(gazetteerVersion(parseCustomActors(structuredClone(AFRICAN_UNION), base))).toBe(gazetteerVersion(custom));
    expect(gazetteerVersion()).toMatch(/^[0-9a-f]{16}$/);
  });
});
