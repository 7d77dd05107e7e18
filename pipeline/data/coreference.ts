import { z } from 'zod';
import { StanceError } from '../../core/errors.js';
import data from './coreference.json' with { type: 'json' };
import { LanguageCode } from './topic-catalogue.js';

/*
 * Phrases that refer back, per language (see README.md): `pair` ("the two countries", "обе
 * стороны") to the group named last, `person` ("he", "she", "the president") to the person named
 * last, `institution` ("the ministry", "the spokeswoman", "das Ministerium") to the actor whose
 * institution or office holder was named last, `document` ("the agreement", "the resolution") to the topic of the last sentence that named one,
 * `reaction` ("the move", "the decision", "the claim") to the act that sentence reported.
 */

const phrases = z.record(LanguageCode, z.array(z.string().trim().min(1)));

export const CoreferenceSchema = z.strictObject({
  pair: phrases,
  person: phrases,
  institution: phrases.default({}),
  document: phrases,
  reaction: phrases.default({}),
});

export type Coreference = z.infer<typeof CoreferenceSchema>;
export type CoreferenceKind = keyof Coreference;

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
