import { z } from 'zod';
import { isDay } from '../../core/dates.js';
import { StanceError } from '../../core/errors.js';
import data from './gazetteer.json' with { type: 'json' };

export const LANGUAGES = ['en', 'ru', 'zh', 'de', 'fr', 'es', 'tr', 'uk', 'ar', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

const MIN_STEM = 3;
/** Fixed by the product before the three-letter rule; ISO 3166 reserves neither for a country. */
export const LEGACY_ORGANISATION_CODES: ReadonlySet<string> = new Set(['EU', 'UN']);
export const LanguageSchema = z.enum(LANGUAGES);
const language = LanguageSchema;
const isoDate = z.string().refine(isDay, 'expected a real date as YYYY-MM-DD');

/** "Росси*", "=US", "Russian Foreign Ministry"; see README.md for the syntax. */
const alias = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !/(^|[^\p{L}\p{M}\p{N}])[\p{L}\p{M}\p{N}]{1,2}\*/u.test(s), {
    message: `a stem (a word ending in *) needs at least ${MIN_STEM} characters`,
  });
export const AliasListSchema = z.array(alias);
const aliases = AliasListSchema;

export const AliasGroupSchema = z.object({
  names: aliases.min(1),
  adjectives: aliases.default([]),
  places: aliases.default([]),
  institutions: aliases.default([]),
});

const ActorSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2,}$/, 'expected upper-case letters: "RU", "NATO"'),
    kind: z.enum(['country', 'organisation']),
    name: z.string().trim().min(1),
    /** One display name per language. */
    display: z.record(language, z.string().trim().min(1)),
    aliases: z.record(language, AliasGroupSchema),
    anaphors: z.partialRecord(language, aliases).default({}),
  })
  .refine((a) => a.kind === 'country' || a.code.length >= 3 || LEGACY_ORGANISATION_CODES.has(a.code), {
    message: 'an organisation code needs three or more letters, so it never collides with a country code',
  });

export const PersonSchema = z.object({
  actor: z.string(),
  role: z.string().trim().min(1),
  person: z.string().trim().min(1),
  from: isoDate,
  /** Exclusive; null while the person still holds the office. */
  to: isoDate.nullable(),
  aliases: z.partialRecord(language, aliases.min(1)),
});

export const GazetteerSchema = z
  .object({
    actors: z.array(ActorSchema).min(1),
    people: z.array(PersonSchema).default([]),
    /** Phrases that match no actor; being longer, they win over the alias they contain. */
    exclusions: z.partialRecord(language, aliases).default({}),
    /** Clitics that may be glued before an alias (Arabic و، ب، ال…). */
    prefixes: z.partialRecord(language, z.array(z.string().min(1))).default({}),
    /** A stripped prefix that swallowed letters of the article: "لل" + rest reads as "ال" + rest. */
    elisions: z.partialRecord(language, z.record(z.string().min(1), z.string().min(1))).default({}),
    /** Single-character abbreviations that name a country inside runs of two or more (日米韓, 中俄). */
    compounds: z.partialRecord(language, z.record(z.string().length(1), z.string())).default({}),
  })
  .superRefine((g, ctx) => {
    const codes = new Set(g.actors.map((a) => a.code));
    g.people.forEach((p, i) => {
      if (!codes.has(p.actor)) ctx.addIssue({ code: 'custom', path: ['people', i, 'actor'], message: `unknown actor "${p.actor}"` });
      if (p.to !== null && p.to <= p.from)
        ctx.addIssue({ code: 'custom', path: ['people', i, 'to'], message: `"to" (${p.to}) must come after "from" (${p.from})` });
    });
    for (const [lang, map] of Object.entries(g.compounds)) {
      for (const [char, code] of Object.entries(map ?? {})) {
        if (!codes.has(code)) ctx.addIssue({ code: 'custom', path: ['compounds', lang, char], message: `unknown actor "${code}"` });
      }
    }
  });

export type Gazetteer = z.infer<typeof GazetteerSchema>;
export type GazetteerActor = Gazetteer['actors'][number];
export type GazetteerPerson = Gazetteer['people'][number];

export interface ActorInfo {
  code: string;
  kind: 'country' | 'organisation';
  name: string;
  /** One display name per language. */
  names: Record<string, string>;
  /** A researcher's own (stored in the database), not the bundled gazetteer's. */
  custom?: boolean;
}

let cached: Gazetteer | undefined;
/** The gazetteer analysis uses: the bundled one, or the bundled one with a researcher's actors (`useGazetteer`). */
let active: Gazetteer | undefined;

/** Parses the bundled gazetteer once; a broken file is a build fault, reported with every problem. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const parsed = GazetteerSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new StanceError(
      'bad_config',
      `pipeline/data/gazetteer.json is invalid (${parsed.error.issues.length} problems): ${problems.join('; ')}; fix the file and rebuild`,
      { issues: parsed.error.issues },
    );
  }
  cached = parsed.data;
  return cached;
}

/**
 * Makes analysis in this thread use `gazetteer` (the bundled one with a researcher's actors, see
 * `withCustomActors`): the actor finder and `actorInfo` read it from then on.
 */
export function useGazetteer(gazetteer: Gazetteer): void {
  active = gazetteer;
}

/** The gazetteer analysis uses in this thread. */
export function activeGazetteer(): Gazetteer {
  return active ?? loadGazetteer();
}

/** Code, kind and names of every actor of a gazetteer (the bundled one by default). */
export function actorInfos(gazetteer: Gazetteer = loadGazetteer()): ActorInfo[] {
  return gazetteer.actors.map((a) => ({ code: a.code, kind: a.kind, name: a.name, names: { ...a.display } }));
}

// Keyed by the gazetteer object, so a gazetteer given to `useGazetteer` never reads another's index.
const infos = new WeakMap<Gazetteer, Map<string, ActorInfo>>();

/** The bundled actors. */
export function listActors(): ActorInfo[] {
  return actorInfos();
}

/** An actor of the gazetteer analysis uses (`activeGazetteer`). */
export function actorInfo(code: string): ActorInfo | undefined {
  const gazetteer = activeGazetteer();
  let index = infos.get(gazetteer);
  if (!index) infos.set(gazetteer, (index = new Map(actorInfos(gazetteer).map((a) => [a.code, a]))));
  return index.get(code);
}
