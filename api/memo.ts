import type { Db } from '../pipeline/db/handle.js';
import { changeStamp } from '../pipeline/db/trends.repo.js';

/** Answers kept per function: enough for the views one dashboard session goes through. */
const MAX_ANSWERS = 64;

/**
 * Remembers `compute`'s answer per key until the database changes. For the counts that scan
 * every record (per actor, per topic: seconds on a million records) and change only when
 * articles are analysed, while the dashboard asks for them on every page load.
 */
export function untilChanged<T>(db: Db, compute: (key: string) => Promise<T>): (key?: string) => Promise<T> {
  let stamp = '';
  const answers = new Map<string, Promise<T>>();
  return async (key = '') => {
    const now = await changeStamp(db);
    if (now !== stamp || answers.size >= MAX_ANSWERS) {
      answers.clear();
      stamp = now;
    }
    let answer = answers.get(key);
    if (answer === undefined) {
      answers.set(key, (answer = compute(key)));
      // A failed computation is not remembered: the next request tries again.
      answer.catch(() => answers.get(key) === answer && answers.delete(key));
    }
    return answer;
  };
}
