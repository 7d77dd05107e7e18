import { StanceError } from '../core/errors.js';
import { parseCustomActors } from '../pipeline/data/custom-actors.js';
import { LANGUAGES, loadGazetteer } from '../pipeline/data/gazetteer.js';
import { allActors, saveCustomActors, storedCustomActors } from '../pipeline/db/actors.repo.js';
import type { Db } from '../pipeline/db/handle.js';
import { actorCounts } from '../pipeline/db/trends.repo.js';

/** `stance actors list`: code, kind, the name in the chosen language, and how many records each has. */
export async function listActorsCommand(db: Db, opts: { lang: string; custom?: boolean; json?: boolean }, print: (line: string) => void): Promise<void> {
  const lang = opts.lang.toLowerCase();
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    throw new StanceError('bad_usage', `--lang expects one of ${LANGUAGES.join(', ')}, got "${opts.lang}"`);
  }
  const counts = new Map((await actorCounts(db)).map((r) => [r.key, r.n_records]));
  const actors = (await allActors(db))
    .filter((a) => !opts.custom || a.custom)
    .map((a) => ({ code: a.code, kind: a.kind, name: a.names[lang] ?? a.name, custom: a.custom ?? false, n_records: counts.get(a.code) ?? 0 }));
  if (opts.json) {
    print(JSON.stringify(actors));
    return;
  }
  print(`${'CODE'.padEnd(6)} ${'KIND'.padEnd(12)} ${'RECORDS'.padStart(7)}  NAME`);
  for (const a of actors) print(`${a.code.padEnd(6)} ${a.kind.padEnd(12)} ${String(a.n_records).padStart(7)}  ${a.name}${a.custom ? '  (yours)' : ''}`);
  if (actors.length === 0) print(opts.custom ? '(none of your own yet: stance actors add --file actors.json)' : '(no actors)');
}

/** `stance actors add`: validates the file against the gazetteer and the stored actors, then stores it. */
export async function addActorsCommand(db: Db, input: unknown, opts: { file: string; json?: boolean }, print: (line: string) => void): Promise<void> {
  const stored = await storedCustomActors(db);
  let custom: ReturnType<typeof parseCustomActors>;
  try {
    custom = parseCustomActors(input, loadGazetteer(), stored);
  } catch (error) {
    if (error instanceof StanceError) throw new StanceError('bad_usage', `${opts.file}: ${error.message}`, error.details);
    throw error;
  }
  const saved = await saveCustomActors(db, custom);
  if (opts.json) {
    print(JSON.stringify(saved));
    return;
  }
  const names = new Map(custom.actors.map((a) => [a.code, a.name]));
  const list = (codes: string[]) => codes.map((c) => `${c} (${names.get(c)})`).join(', ');
  if (saved.added.length) print(`added ${list(saved.added)}`);
  if (saved.replaced.length) print(`replaced ${list(saved.replaced)}`);
  if (saved.people) print(`${saved.people} office holder(s) stored`);
  print('articles analysed from now on find them; `stance analyze --reanalyse` re-scores the stored ones');
}
