import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS_DIR } from './client.js';

/*
 * `stance doctor`: what is wrong with a database file, read without changing it. Every check says
 * what it found and, for anything amiss, what to do.
 */

export interface Finding {
  check: string;
  /** `problem`: commands will fail until it is fixed; `note`: worth knowing, nothing fails. */
  level: 'ok' | 'note' | 'problem';
  message: string;
}

/** SQLite's own check reports at most this many problems. */
const MAX_INTEGRITY_MESSAGES = 20;

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function examineDatabase(file: string): Finding[] {
  if (!existsSync(file)) return [{ check: 'file', level: 'problem', message: `no database at ${file}: check the path (--db or STANCE_DB)` }];
  const findings: Finding[] = [];
  const canWrite = writable(file) && writable(dirname(file));
  findings.push(
    canWrite
      ? { check: 'access', level: 'ok', message: `${file} can be read and written` }
      : {
          check: 'access',
          level: 'problem',
          message: `${file} or its folder is read-only: reads work, ingest and analysis cannot write. Give write access to both (SQLite writes -wal and -shm files beside it).`,
        },
  );
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return [...findings, { check: 'open', level: 'problem', message: `cannot open ${file}: ${(error as Error).message}` }];
  }
  try {
    findings.push(integrity(sqlite, file));
    if (findings.at(-1)!.level === 'problem') return findings;
    findings.push(schemaVersion(sqlite), ...queueState(sqlite));
    return findings;
  } catch (error) {
    return [
      ...findings,
      {
        check: 'read',
        level: 'problem',
        message: `cannot read ${file}: ${(error as Error).message}. Restore a backup, or ingest the archive again into a new file.`,
      },
    ];
  } finally {
    sqlite.close();
  }
}

function integrity(sqlite: Database.Database, file: string): Finding {
  const rows = sqlite.pragma(`integrity_check(${MAX_INTEGRITY_MESSAGES})`) as Array<{ integrity_check: string }>;
  const messages = rows.map((r) => r.integrity_check);
  if (messages.length === 1 && messages[0] === 'ok') return { check: 'integrity', level: 'ok', message: 'every page and index checks out' };
  return {
    check: 'integrity',
    level: 'problem',
    message: `${file} is damaged (${messages.length} problem(s): ${messages.slice(0, 5).join('; ')}). Restore a backup, or ingest the archive again into a new file; copying what can still be read with \`sqlite3 ${file} .recover\` may save the rest.`,
  };
}

function schemaVersion(sqlite: Database.Database): Finding {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  const table = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'`).get();
  const applied = table ? (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n : 0;
  return migrationFinding(applied, journal.entries.length);
}

/** The schema's state from the migrations applied and those this version knows; on either store. */
export function migrationFinding(applied: number, known: number): Finding {
  if (applied === known) return { check: 'schema', level: 'ok', message: `schema up to date (${applied} migrations)` };
  if (applied < known) {
    return {
      check: 'schema',
      level: 'note',
      message: `${applied} of ${known} migrations applied: the next command that writes brings it up to date`,
    };
  }
  return {
    check: 'schema',
    level: 'problem',
    message: `${applied} migrations applied, more than the ${known} this version knows: use the newer version of stance that wrote it`,
  };
}

function queueState(sqlite: Database.Database): Finding[] {
  return queueFindings(
    Object.fromEntries(
      (sqlite.prepare('select status, count(*) as n from articles group by status').all() as Array<{ status: string; n: number }>).map((r) => [r.status, r.n]),
    ),
  );
}

/** Articles per queue state, and what to do about failed ones; on either store. */
export function queueFindings(counts: Record<string, number>): Finding[] {
  const findings: Finding[] = [
    { check: 'queue', level: 'ok', message: `articles: ${['queued', 'processing', 'done', 'failed'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')}` },
  ];
  if (counts.failed)
    findings.push({
      check: 'queue',
      level: 'note',
      message: `${counts.failed} article(s) failed analysis: \`stance analyze --retry-failed\` tries them again`,
    });
  return findings;
}
