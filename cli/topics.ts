import type { TopicDefinition } from '../pipeline/data/topic-catalogue.js';
import { describeChange, diffTopics } from '../pipeline/data/topic-diff.js';
import type { Db } from '../pipeline/db/handle.js';
import { allTopics, customTopics, saveTopic } from '../pipeline/db/topics.repo.js';
import { topicReach } from '../pipeline/topic-reach.js';

/**
 * `stance topics add`: stores the topic, then says what changed against the definition it
 * replaces and how many stored articles a re-analysis of it would re-score.
 */
export async function addTopic(db: Db, topic: TopicDefinition, options: { json?: boolean; print: (line: string) => void }): Promise<void> {
  const { print } = options;
  const before = (await allTopics(db)).find((t) => t.id === topic.id);
  const replacedOwn = (await customTopics(db)).some((t) => t.id === topic.id);
  const status = await saveTopic(db, topic);
  const changes = before ? diffTopics(before, topic) : [];
  const articles = (await topicReach(db, topic)).length;
  const was = before ? (replacedOwn ? 'custom' : 'built-in') : null;
  if (options.json) {
    print(JSON.stringify({ id: topic.id, status, was, changes, articles }));
    return;
  }
  if (!before) print(`topic ${topic.id} added`);
  else if (changes.length === 0) print(`topic ${topic.id} replaced by the same definition: nothing changed`);
  else {
    print(`topic ${topic.id} replaced (it was ${was === 'custom' ? 'your own' : 'a built-in topic'}); what changed:`);
    for (const change of changes) print(`  ${describeChange(change)}`);
  }
  if (articles === 0) print('no stored article mentions it yet: articles analysed from now on are scored on it');
  else {
    print(
      `${articles} stored article(s) mention it or have records on it: \`stance analyze --reanalyse --topic ${topic.id}\` re-scores them (articles analysed from now on are scored on it)`,
    );
  }
}
