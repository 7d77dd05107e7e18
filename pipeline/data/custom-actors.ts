import { z } from 'zod';
import { StanceError } from '../../core/errors.js';
import { fold, phraseWords } from '../../core/text.js';
import {
  AliasGroupSchema,
  AliasListSchema,
  type Gazetteer,
  type GazetteerActor,
  type GazetteerPerson,
  LANGUAGES,
  type Language,
  LanguageSchema,
  PersonSchema,
} from './gazetteer.js';

/*
 * A researcher's own actors: organisations and groupings the bundled gazetteer lacks (the
 * African Union, ASEAN, the G7 as a body) and office holders, of those or of the gazetteer's
 * actors. Same alias syntax and checks as `gazetteer.json` (pipeline/data/README.md), except that
 * a language may be left out: its articles then do not find the actor.
 */

export const CustomActorSchema = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Z]{3,}$/, 'expected three or more upper-case letters ("AFU", "ASEAN"): two letters are country codes, so an organisation never takes one'),
  kind: z.literal('organisation').default('organisation'),
  name: z.string().trim().min(1),
  /** One display name per language; the English `name` where none is given. */
  display: z.partialRecord(LanguageSchema, z.string().trim().min(1)).default({}),
  aliases: z
    .partialRecord(LanguageSchema, AliasGroupSchema)
    .refine((groups) => Object.keys(groups).length > 0, { message: `names in at least one language (${LANGUAGES.join(' ')})` }),
  anaphors: z.partialRecord(LanguageSchema, AliasListSchema).default({}),
});

export const CustomActorsSchema = z.strictObject({
  actors: z.array(CustomActorSchema).default([]),
  /** Office holders, with the same fields as the gazetteer's `people`. */
  people: z.array(PersonSchema).default([]),
});

export type CustomActor = z.infer<typeof CustomActorSchema>;
export type CustomActors = z.infer<typeof CustomActorsSchema>;

/** Fields keyed by language, whose unknown keys are misspelt languages. */
const LANGUAGE_KEYED = new Set(['display', 'aliases', 'anaphors']);

export const NO_CUSTOM_ACTORS: CustomActors = { actors: [], people: [] };

interface Problem {
  path: string;
  message: string;
}

function invalid(problems: Problem[], issues?: unknown): never {
  const listed = problems.slice(0, 20).map((p) => `${p.path || '(file)'}: ${p.message}`);
  const more = problems.length > 20 ? `; … and ${problems.length - 20} more` : '';
  throw new StanceError('bad_input', `invalid actors (${problems.length} problem(s)): ${listed.join('; ')}${more}`, { issues: issues ?? problems });
}

/** What an alias compares as: its words folded, the case-sensitivity mark dropped. */
function aliasKey(alias: string): string {
  return phraseWords((alias.startsWith('=') ? alias.slice(1) : alias).normalize('NFC'))
    .map(fold)
    .join(' ');
}

function actorAliases(actor: Pick<GazetteerActor, 'aliases'> | CustomActor, lang: Language): string[] {
  const group = actor.aliases[lang];
  return group ? [...group.names, ...group.adjectives, ...group.places, ...group.institutions] : [];
}

/**
 * Validates a researcher's actors file against the gazetteer and the actors already stored:
 * codes that are free, office holders of known actors with sensible dates, and no alias that
 * already names another actor in the same language. Every problem is listed with its path.
 */
export function parseCustomActors(input: unknown, base: Gazetteer, stored: CustomActors = NO_CUSTOM_ACTORS): CustomActors {
  const parsed = CustomActorsSchema.safeParse(input);
  if (!parsed.success) {
    invalid(
      parsed.error.issues.map((i) => ({
        path: i.path.join('.'),
        // A key of `aliases`, `display` or `anaphors` that is not a language: say which are.
        message:
          i.code === 'unrecognized_keys' && LANGUAGE_KEYED.has(String(i.path.at(-1))) ? `${i.message}: the languages are ${LANGUAGES.join(' ')}` : i.message,
      })),
      parsed.error.issues,
    );
  }
  const file = parsed.data;
  const problems: Problem[] = [];
  const bundled = new Map(base.actors.map((a) => [a.code, a]));
  const seen = new Set<string>();
  file.actors.forEach((actor, i) => {
    const known = bundled.get(actor.code);
    if (known) problems.push({ path: `actors.${i}.code`, message: `"${actor.code}" is a built-in actor (${known.name}): pick another code` });
    if (seen.has(actor.code)) problems.push({ path: `actors.${i}.code`, message: `"${actor.code}" is defined twice in this file` });
    seen.add(actor.code);
  });
  // Replaced stored actors lose their old aliases; everyone else keeps theirs.
  const others = [...base.actors, ...stored.actors.filter((a) => !seen.has(a.code))];
  for (const lang of LANGUAGES) {
    const owner = new Map<string, string>();
    for (const actor of others) for (const alias of actorAliases(actor, lang)) owner.set(aliasKey(alias), actor.code);
    file.actors.forEach((actor, i) => {
      for (const alias of actorAliases(actor, lang)) {
        const key = aliasKey(alias);
        const holder = owner.get(key);
        if (holder && holder !== actor.code) {
          problems.push({ path: `actors.${i}.aliases.${lang}`, message: `"${alias}" already names ${holder}: an alias must name one actor per language` });
        }
        owner.set(key, actor.code);
      }
    });
  }
  const codes = new Set([...bundled.keys(), ...stored.actors.map((a) => a.code), ...seen]);
  file.people.forEach((person, i) => {
    if (!codes.has(person.actor)) {
      problems.push({
        path: `people.${i}.actor`,
        message: `unknown actor "${person.actor}": expected a built-in code (RU, NATO…) or one of this file's actors`,
      });
    }
    if (person.to !== null && person.to <= person.from) {
      problems.push({ path: `people.${i}.to`, message: `"to" (${person.to}) must come after "from" (${person.from})` });
    }
  });
  if (problems.length > 0) invalid(problems);
  return file;
}

function asGazetteerActor(actor: CustomActor): GazetteerActor {
  const empty = { names: [], adjectives: [], places: [], institutions: [] };
  return {
    code: actor.code,
    kind: actor.kind,
    name: actor.name,
    display: Object.fromEntries(LANGUAGES.map((lang) => [lang, actor.display[lang] ?? actor.name])) as GazetteerActor['display'],
    // A language without names finds nothing, as the README says of every language's own list.
    aliases: Object.fromEntries(LANGUAGES.map((lang) => [lang, actor.aliases[lang] ?? empty])) as GazetteerActor['aliases'],
    anaphors: actor.anaphors,
  };
}

/** The gazetteer with a researcher's actors and office holders added. */
export function withCustomActors(base: Gazetteer, custom: CustomActors): Gazetteer {
  if (custom.actors.length === 0 && custom.people.length === 0) return base;
  const people: GazetteerPerson[] = [...base.people, ...custom.people];
  return { ...base, actors: [...base.actors, ...custom.actors.map(asGazetteerActor)], people };
}
