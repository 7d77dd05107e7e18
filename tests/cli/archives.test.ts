import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, type CliResult, stance, tempDir } from '../cli-helpers.js';
import { articlePage, buildWarc, responsePart } from '../pipeline/sources/archive-builders.js';

/*
 * Archives in through the command line, nothing lost silently: a media-monitoring export whose
 * columns are named its own way, standard input, files without dates, a saved page arriving
 * after the bare text of the same article, and a web archive. Every article is invented.
 */

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const TEXT = 'Russia opposes NATO expansion, the Kremlin said on Monday, warning Finland against joining the alliance.';

function stanceWithInput(args: string[], input: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

async function articles(db: string): Promise<Array<Record<string, unknown>>> {
  const listed = await stance(['articles', '--db', db, '--json']);
  expect(listed.code, listed.stderr).toBe(0);
  const parsed = JSON.parse(listed.stdout);
  return Array.isArray(parsed) ? parsed : parsed.articles;
}

describe('a media-monitoring export', () => {
  const csv = join(dir, 'export.csv');
  writeFileSync(csv, `stories_id,title,text,publish_date,media_name\n101,Kremlin warns Helsinki,"${TEXT}",2022-05-12,Agency One\n`);

  it('names the columns it did not read, suggests the preset, and warns of the article stored without a date', async () => {
    const db = join(dir, 'plain.db');
    const result = await stance(['ingest', csv, '--db', db, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ingested: 1, undated: 1, unknownColumns: [{ file: csv, columns: ['stories_id', 'publish_date', 'media_name'] }] });
    expect(result.stderr).toContain(
      'column(s) not read: stories_id, publish_date, media_name (rename them with --map publish_date=published_at,media_name=source)',
    );
    expect(result.stderr).toContain('looks like a Media Cloud export: try --preset mediacloud');
    expect(result.stderr).toMatch(/1 new article\(s\) stored without a publication date: trends and compare leave them out/);
  });

  it('stores date and source with --map, and id too with --preset mediacloud', async () => {
    const mapped = join(dir, 'mapped.db');
    const result = await stance(['ingest', csv, '--map', 'publish_date=published_at,media_name=source', '--db', mapped, '--json', '--quiet']);
    expect(JSON.parse(result.stdout)).toMatchObject({ ingested: 1, undated: 0, unknownColumns: [{ columns: ['stories_id'] }] });
    expect((await articles(mapped))[0]).toMatchObject({ published_at: '2022-05-12', source: 'Agency One' });
    const preset = join(dir, 'preset.db');
    const again = await stance(['ingest', csv, '--preset', 'mediacloud', '--db', preset, '--json', '--quiet']);
    expect(JSON.parse(again.stdout)).toMatchObject({ ingested: 1, undated: 0, unknownColumns: [] });
    expect((await articles(preset))[0]).toMatchObject({ article_id: '101', published_at: '2022-05-12', source: 'Agency One' });
  });

  it('refuses a mapping to a field that does not exist', async () => {
    const result = await stance(['ingest', csv, '--map', 'publish_date=pubdate', '--db', join(dir, 'bad.db')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"pubdate" is not an article field/);
  });
});

describe('dates, duplicates and standard input', () => {
  const db = join(dir, 'workflow.db');

  it('reads standard input, and a text file takes its file date only with --date-from-file', async () => {
    const piped = await stanceWithInput(['ingest', '-', '--db', db, '--json', '--quiet'], `${JSON.stringify({ id: 'bare', text: TEXT })}\n`);
    expect(piped.code, piped.stderr).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ ingested: 1, undated: 1 });
    const note = join(dir, 'note.txt');
    writeFileSync(note, 'The harbour of Eastport reopened its northern pier after a winter of repairs.\n');
    const undated = await stance(['ingest', note, '--db', join(dir, 'txt1.db'), '--json', '--quiet']);
    expect(JSON.parse(undated.stdout)).toMatchObject({ ingested: 1, undated: 1 });
    const dated = await stance(['ingest', note, '--date-from-file', '--db', join(dir, 'txt2.db'), '--json', '--quiet']);
    expect(JSON.parse(dated.stdout)).toMatchObject({ ingested: 1, undated: 0 });
  });

  it('fills a stored article’s missing title, date and source from a saved page of the same text, and its analysed records follow', async () => {
    const analysed = await stance(['analyze', '--db', db, '--json', '--quiet', '--scorer', 'lexicon']);
    expect(analysed.code, analysed.stderr).toBe(0);
    const page = join(dir, 'saved.html');
    writeFileSync(
      page,
      articlePage({ title: 'Kremlin warns Helsinki', paragraphs: [TEXT], lang: 'en', published: '2022-05-16T08:00:00Z', site: 'Northern Ledger' }),
    );
    const result = await stance(['ingest', page, '--db', db, '--json', '--quiet']);
    expect(JSON.parse(result.stdout)).toMatchObject({ ingested: 0, duplicates: 1, enriched: 1 });
    expect((await articles(db)).find((a) => a.article_id === 'bare')).toMatchObject({ title: 'Kremlin warns Helsinki', source: 'Northern Ledger' });
    const records = JSON.parse((await stance(['stances', '--db', db, '--json'])).stdout) as Array<Record<string, unknown>>;
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => String(r.published_at).startsWith('2022-05-16') && r.source === 'Northern Ledger')).toBe(true);
  });
});

describe('a web archive', () => {
  it('ingests each HTML page of a WARC.gz and nothing else', async () => {
    const pages = ['Eastport', 'Westport', 'Southport'].map((town, i) =>
      responsePart(
        `https://ports.example/${town.toLowerCase()}`,
        '200 OK',
        'text/html; charset=utf-8',
        articlePage({
          title: `${town} harbour reopens`,
          published: `2023-03-1${i}T09:00:00Z`,
          paragraphs: [
            `The harbour of ${town} reopened on Monday after a winter of repairs to its piers and breakwater, the port authority said.`,
            `Fishing boats returned to the inner basin of ${town} in the morning, and the ferry timetable goes back to its summer hours next week.`,
          ],
        }),
      ),
    );
    const image = responsePart('https://ports.example/logo.png', '200 OK', 'image/png', Buffer.from('89504e470d0a1a0a', 'hex'));
    const file = join(dir, 'ports.warc.gz');
    writeFileSync(file, buildWarc([...pages, image], true));
    const result = await stance(['ingest', file, '--db', join(dir, 'warc.db'), '--json', '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ingested: 3, rejected: [], undated: 0 });
  });
});
