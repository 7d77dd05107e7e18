import { eq } from 'drizzle-orm';
import { builtinCatalogue, parseTopic, type TopicDefinition } from '../data/topic-catalogue.js';
import type { Db } from './handle.js';
import { topics } from './schema.js';

export function customTopics(db: Db): TopicDefinition[] {
  return db
    .select()
    .from(topics)
    .orderBy(topics.id)
    .all()
    .map((row) => parseTopic(row.definition));
}

/** The built-in catalogue with the researcher's own topics; a custom topic may replace a built-in one. */
export function allTopics(db: Db): TopicDefinition[] {
  const custom = customTopics(db);
  const replaced = new Set(custom.map((t) => t.id));
  return [...builtinCatalogue().filter((t) => !replaced.has(t.id)), ...custom];
}

/** Adds or replaces a custom topic; returns whether it replaced one. */
export function saveTopic(db: Db, topic: TopicDefinition): 'added' | 'replaced' {
  const existed = db.select({ id: topics.id }).from(topics).where(eq(topics.id, topic.id)).get();
  db.insert(topics)
    .values({ id: topic.id, definition: topic })
    .onConflictDoUpdate({ target: topics.id, set: { definition: topic } })
    .run();
  return existed ? 'replaced' : 'added';
}
