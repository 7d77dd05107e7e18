import { eq } from 'drizzle-orm';
import { builtinCatalogue, parseTopic, type TopicDefinition } from '../data/topic-catalogue.js';
import { type Db, query, tables } from './handle.js';

export async function customTopics(db: Db): Promise<TopicDefinition[]> {
  const { topics } = tables(db);
  const rows = await query(db).select().from(topics).orderBy(topics.id);
  return rows.map((row) => parseTopic(row.definition));
}

/** The built-in catalogue with the researcher's own topics; a custom topic may replace a built-in one. */
export async function allTopics(db: Db): Promise<TopicDefinition[]> {
  const custom = await customTopics(db);
  const replaced = new Set(custom.map((t) => t.id));
  return [...builtinCatalogue().filter((t) => !replaced.has(t.id)), ...custom];
}

/** Adds or replaces a custom topic; returns whether it replaced one. */
export async function saveTopic(db: Db, topic: TopicDefinition): Promise<'added' | 'replaced'> {
  const { topics } = tables(db);
  const [existed] = await query(db).select({ id: topics.id }).from(topics).where(eq(topics.id, topic.id)).limit(1);
  await query(db)
    .insert(topics)
    .values({ id: topic.id, definition: topic })
    .onConflictDoUpdate({ target: topics.id, set: { definition: topic } });
  return existed ? 'replaced' : 'added';
}
