import { z } from 'zod';
import { StanceError } from '../../core/errors.js';
import ar from './topics/ar.json' with { type: 'json' };
import de from './topics/de.json' with { type: 'json' };
import en from './topics/en.json' with { type: 'json' };
import es from './topics/es.json' with { type: 'json' };
import fr from './topics/fr.json' with { type: 'json' };
import ja from './topics/ja.json' with { type: 'json' };
import ru from './topics/ru.json' with { type: 'json' };
import tr from './topics/tr.json' with { type: 'json' };
import uk from './topics/uk.json' with { type: 'json' };
import zh from './topics/zh.json' with { type: 'json' };
import builtin from './topics.json' with { type: 'json' };

/*
 * Topics: propositions actors are for or against. A topic definition carries, per language, the
 * phrases that find it and the phrases that state a stance on it. Researchers add their own as
 * one JSON file (`parseTopic`); the built-in catalogue keeps what a topic is in topics.json and
 * each language's phrases for every topic in topics/<lang>.json, so a language is a data file of
 * its own. See README.md in this folder.
 */

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A two-letter ISO 639-1 code that names a real language ("de", not "DE", "xx" or "e1"). */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2}$/, 'expected a two-letter lower-case ISO 639-1 language code such as "en" or "ru"')
  .refine(
    (code) => {
      try {
        return displayNames.of(code) !== undefined;
      } catch {
        return false; // not even shaped like a language code: the pattern above says so
      }
    },
    { message: 'not an ISO 639-1 language code', abort: true },
  );

const phrases = z.array(z.string().trim().min(1)).min(1);
const hypothesis = z
  .string()
  .trim()
  .refine((s) => s.includes('{actor}'), { message: 'a hypothesis must contain the placeholder {actor}' });

const cuePhrases = z.array(z.string().trim().min(1)).default([]);
/**
 * Events and formulas that state a stance on a topic by themselves, whoever does them:
 * "applied to join", "froze the assets", "door remains open", "inseparable part of China"; and
 * formulas that state no side, "does not support Taiwan independence" (elsewhere "does not
 * support" opposes).
 */
const TopicCuesSchema = z.strictObject({ support: cuePhrases, oppose: cuePhrases, neutral: cuePhrases });

/** One language's phrases for one topic. */
export const TopicPhrasesSchema = z.strictObject({
  /** Phrases that alone make a sentence relevant (same syntax as gazetteer aliases). */
  keywords: phrases.optional(),
  /**
   * Pairs of phrase groups: a sentence with a word from each group is relevant ("NATO" + "expand*").
   * A word marked `!` ("!invasion") names the opposite of the proposition, as `contrary` phrases do.
   */
  pairs: z.array(z.tuple([phrases, phrases])).optional(),
  /**
   * Phrases naming the opposite of the proposition ("annexation" for a country's sovereignty):
   * they make a sentence relevant, and opposing them is supporting the topic.
   */
  contrary: phrases.optional(),
  cues: TopicCuesSchema.optional(),
});

const byLanguage = <T extends z.ZodType>(schema: T) => z.record(LanguageCode, schema);

export const TopicSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens, e.g. "arctic-drilling"'),
  label: z.string().trim().min(3),
  description: z.string().trim().min(3),
  keywords: byLanguage(phrases),
  pairs: byLanguage(z.array(z.tuple([phrases, phrases]))).default({}),
  contrary: byLanguage(phrases).default({}),
  cues: byLanguage(TopicCuesSchema).default({}),
  /** NLI hypotheses; `{actor}` becomes the actor's English name. */
  hypotheses: z.strictObject({ support: hypothesis, oppose: hypothesis }),
  /**
   * Actors whose own standing the proposition is (Taiwan for Taiwan's independence): a reading
   * that has one of them oppose it has mistaken who acted, and gives no record (see `analyseArticle`).
   */
  about: z.array(z.string().regex(/^[A-Z]{2,}$/, 'expected actor codes in upper-case letters: "TW"')).optional(),
});

export type TopicDefinition = z.infer<typeof TopicSchema>;
export type TopicInput = z.input<typeof TopicSchema>;

/** Every problem with its path; a bad record key (a language code) says what is wrong with it rather than "Invalid key". */
function describe(issues: z.core.$ZodIssue[], where: string): string {
  return issues
    .map((i) => `${i.path.join('.') || where}: ${i.code === 'invalid_key' ? i.issues.map((inner) => inner.message).join(', ') : i.message}`)
    .join('; ');
}

/** Validates a researcher's topic; the error lists every problem with its path. */
export function parseTopic(input: unknown): TopicDefinition {
  const parsed = TopicSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new StanceError('bad_input', `invalid topic: ${describe(parsed.error.issues, '(topic)')}`, { issues: parsed.error.issues });
}

const TopicMetaSchema = TopicSchema.pick({ id: true, label: true, description: true, hypotheses: true, about: true });
const LanguageFileSchema = z.record(z.string(), TopicPhrasesSchema);
export const BUILTIN_PHRASE_FILES: Record<string, unknown> = { ar, de, en, es, fr, ja, ru, tr, uk, zh };

/** The built-in topics with every language's phrases gathered in; a broken data file is a build fault, reported with every problem. */
export function assembleCatalogue(meta: unknown, files: Record<string, unknown>): TopicDefinition[] {
  const topics = z.array(TopicMetaSchema).safeParse(meta);
  if (!topics.success) throw new StanceError('bad_config', `pipeline/data/topics.json is invalid: ${describe(topics.error.issues, '(file)')}`);
  const ids = new Set(topics.data.map((t) => t.id));
  const languages = Object.entries(files).map(([lang, data]) => {
    const parsed = LanguageFileSchema.safeParse(data);
    if (!parsed.success) throw new StanceError('bad_config', `pipeline/data/topics/${lang}.json is invalid: ${describe(parsed.error.issues, '(file)')}`);
    const unknown = Object.keys(parsed.data).filter((id) => !ids.has(id));
    if (unknown.length > 0) throw new StanceError('bad_config', `pipeline/data/topics/${lang}.json names unknown topics: ${unknown.join(', ')}`);
    return [lang, parsed.data] as const;
  });
  return topics.data.map((topic) => {
    const per = <K extends keyof z.infer<typeof TopicPhrasesSchema>>(key: K) =>
      Object.fromEntries(languages.flatMap(([lang, file]) => (file[topic.id]?.[key] ? [[lang, file[topic.id][key]]] : [])));
    return parseTopic({ ...topic, keywords: per('keywords'), pairs: per('pairs'), contrary: per('contrary'), cues: per('cues') });
  });
}

let builtinTopics: TopicDefinition[] | undefined;

export function builtinCatalogue(): TopicDefinition[] {
  builtinTopics ??= assembleCatalogue(builtin, BUILTIN_PHRASE_FILES);
  return builtinTopics;
}
