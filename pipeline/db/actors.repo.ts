import { sql } from 'drizzle-orm';
import { CustomActorSchema, type CustomActors, withCustomActors } from '../data/custom-actors.js';
import { type ActorInfo, actorInfos, loadGazetteer, PersonSchema } from '../data/gazetteer.js';
import type { Db } from './handle.js';
import { customActors, customPeople } from './schema.js';

/** The researcher's actors and office holders stored so far (validated when they were added). */
export function storedCustomActors(db: Db): CustomActors {
  return {
    actors: db
      .select()
      .from(customActors)
      .orderBy(customActors.code)
      .all()
      .map((row) => CustomActorSchema.parse(row.definition)),
    people: db
      .select()
      .from(customPeople)
      .orderBy(customPeople.actor, customPeople.from)
      .all()
      .map((row) => PersonSchema.parse(row.definition)),
  };
}

export interface SavedActors {
  added: string[];
  replaced: string[];
  people: number;
}

/** Stores validated actors (replacing those with the same code) and office holders (the same person and start replaced), in one transaction. */
export function saveCustomActors(db: Db, custom: CustomActors): SavedActors {
  return db.transaction((tx) => {
    const existing = new Set(
      tx
        .select({ code: customActors.code })
        .from(customActors)
        .all()
        .map((r) => r.code),
    );
    for (const actor of custom.actors) {
      tx.insert(customActors)
        .values({ code: actor.code, definition: actor })
        .onConflictDoUpdate({ target: customActors.code, set: { definition: actor } })
        .run();
    }
    for (const person of custom.people) {
      tx.insert(customPeople)
        .values({ actor: person.actor, person: person.person, from: person.from, definition: person })
        .onConflictDoUpdate({ target: [customPeople.actor, customPeople.person, customPeople.from], set: { definition: sql`excluded.definition` } })
        .run();
    }
    return {
      added: custom.actors.filter((a) => !existing.has(a.code)).map((a) => a.code),
      replaced: custom.actors.filter((a) => existing.has(a.code)).map((a) => a.code),
      people: custom.people.length,
    };
  });
}

/** Every actor, bundled and stored, as the API and the command line list them. */
export function allActors(db: Db): ActorInfo[] {
  const custom = storedCustomActors(db);
  const codes = new Set(custom.actors.map((a) => a.code));
  return actorInfos(withCustomActors(loadGazetteer(), custom)).map((a) => (codes.has(a.code) ? { ...a, custom: true } : a));
}
