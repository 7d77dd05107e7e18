import { sql } from 'drizzle-orm';
import { CustomActorSchema, type CustomActors, withCustomActors } from '../data/custom-actors.js';
import { type ActorInfo, actorInfos, loadGazetteer, PersonSchema } from '../data/gazetteer.js';
import { type Db, isPostgres, query, type SqliteDb, tables } from './handle.js';
import { sqliteTransaction } from './transaction.js';

/** The researcher's actors and office holders stored so far (validated when they were added). */
export async function storedCustomActors(db: Db): Promise<CustomActors> {
  const { customActors, customPeople } = tables(db);
  const actors = await query(db).select().from(customActors).orderBy(customActors.code);
  const people = await query(db).select().from(customPeople).orderBy(customPeople.actor, customPeople.from);
  return {
    actors: actors.map((row) => CustomActorSchema.parse(row.definition)),
    people: people.map((row) => PersonSchema.parse(row.definition)),
  };
}

export interface SavedActors {
  added: string[];
  replaced: string[];
  people: number;
}

/** Stores validated actors (replacing those with the same code) and office holders (the same person and start replaced), in one transaction. */
export async function saveCustomActors(db: Db, custom: CustomActors): Promise<SavedActors> {
  const { customActors, customPeople } = tables(db);
  const save = async (tx: SqliteDb) => {
    const existing = new Set((await tx.select({ code: customActors.code }).from(customActors)).map((r) => r.code));
    for (const actor of custom.actors) {
      await tx
        .insert(customActors)
        .values({ code: actor.code, definition: actor })
        .onConflictDoUpdate({ target: customActors.code, set: { definition: actor } });
    }
    for (const person of custom.people) {
      await tx
        .insert(customPeople)
        .values({ actor: person.actor, person: person.person, from: person.from, definition: person })
        .onConflictDoUpdate({ target: [customPeople.actor, customPeople.person, customPeople.from], set: { definition: sql`excluded.definition` } });
    }
    return {
      added: custom.actors.filter((a) => !existing.has(a.code)).map((a) => a.code),
      replaced: custom.actors.filter((a) => existing.has(a.code)).map((a) => a.code),
      people: custom.people.length,
    };
  };
  if (isPostgres(db)) return db.transaction((tx) => save(query(tx as unknown as Db)));
  // better-sqlite3 refuses a transaction body that returns a promise; its statements run at once, so BEGIN … COMMIT around the awaits is one transaction.
  return sqliteTransaction(db, () => save(db));
}

/** Every actor, bundled and stored, as the API and the command line list them. */
export async function allActors(db: Db): Promise<ActorInfo[]> {
  const custom = await storedCustomActors(db);
  const codes = new Set(custom.actors.map((a) => a.code));
  return actorInfos(withCustomActors(loadGazetteer(), custom)).map((a) => (codes.has(a.code) ? { ...a, custom: true } : a));
}
