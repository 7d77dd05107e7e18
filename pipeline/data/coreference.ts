import { z } from 'zod';
import { StanceError } from '../../core/errors.js';
import data from './coreference.json' with { type: 'json' };
import { LanguageCode } from './topic-catalogue.js';

/*
 * Phrases that refer back, per language (see README.md): `pair` ("the two countries", "обе
 * стороны") to the group named last, `person` ("he", "she", "the president") to the person named
 * last, `institution` ("the ministry", "the spokeswoman", "das Ministerium") to the actor whose
 * institution or office holder was named last; `office` ("foreign ministry", "deputy prime minister",
 * "ministre") written with a country's name ("Japan's foreign ministry", "le ministre algérien") makes
 * that country the one a later institution phrase refers to, and alone refers to nothing; `impersonal`
 * ("il s'agit", "il y a") starts with a pronoun that refers to no one; `document` ("the agreement", "the resolution") to the topic of the last sentence that named one,
 * `reaction` ("the move", "the decision", "the claim") to the act that sentence reported; and
 * `home`: where a language's press names its own government without the country ("政府は" in
 * Japanese, "外交部" in mainland Chinese copy), that country, unless a name stands right before.
 */

const phrases = z.record(LanguageCode, z.array(z.string().trim().min(1)));

export const CoreferenceSchema = z.strictObject({
  pair: phrases,
  /** Words that make a pair phrase name countries only ("the two countries", "les deux pays"): no organisation is one of them. */
  countryWords: phrases.default({}),
  person: phrases,
  institution: phrases.default({}),
  office: phrases.default({}),
  /** Impersonal phrases that start with a person pronoun ("il s'agit", "il y a"): the pronoun refers to no one. */
  impersonal: phrases.default({}),
  document: phrases,
  reaction: phrases.default({}),
  /**
   * Languages that capitalise personal names and little else mid-sentence: there a first and last
   * name written right after a country's institution or office ("spokesman Zhang Wenhao") are a
   * person of that country, whom either word names again later.
   */
  titledNames: z.array(LanguageCode).default([]),
  home: z.record(LanguageCode, z.strictObject({ country: z.string().regex(/^[A-Z]{2}$/), phrases: z.array(z.string().trim().min(1)) })).default({}),
});

export type Coreference = z.infer<typeof CoreferenceSchema>;
export type CoreferenceKind = Exclude<keyof Coreference, 'home' | 'countryWords' | 'titledNames'>;

let cached: Coreference | undefined;

/** Parses coreference.json once; a broken file is a build fault, reported with every problem. */
export function loadCoreference(): Coreference {
  if (cached) return cached;
  const parsed = CoreferenceSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new StanceError('bad_config', `pipeline/data/coreference.json is invalid: ${problems.join('; ')}; fix the file and rebuild`, {
      issues: parsed.error.issues,
    });
  }
  cached = parsed.data;
  return cached;
}
