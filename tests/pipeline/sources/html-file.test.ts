import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHtmlFile } from '../../../pipeline/sources/html-file.js';
import type { SourceItem } from '../../../pipeline/sources/record.js';

const dir = mkdtempSync(join(tmpdir(), 'stance-html-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(file: string): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readHtmlFile(file)) items.push(item);
  return items;
}

const page = (head: string, body: string) =>
  `<html><head>${head}<title>Test</title></head><body><article><h1>Test</h1>${`<p>${body} ${body} ${body} ${body} ${body} ${body} ${body} ${body}</p>`.repeat(8)}</article></body></html>`;

describe('a saved web page', () => {
  it('is decoded by the charset it declares when its bytes are not UTF-8', async () => {
    const file = join(dir, 'gbk.html');
    // "中国支持" in GBK, repeated into paragraphs.
    const gbk = Buffer.from([0xd6, 0xd0, 0xb9, 0xfa, 0xd6, 0xa7, 0xb3, 0xd6]);
    const html = page('<meta charset="gb2312">', '中国支持');
    writeFileSync(file, Buffer.concat(html.split('中国支持').flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [gbk, Buffer.from(part)]))));
    const [item] = await read(file);
    expect(item.kind).toBe('record');
    expect(item.kind === 'record' && (item.record.fields as { text: string }).text).toContain('中国支持');
  });

  it('is read as UTF-8 when its bytes are UTF-8, whatever charset it still declares (a page saved by a browser)', async () => {
    const file = join(dir, 'saved.html');
    writeFileSync(file, page('<meta charset="gb2312">', '中国支持俄罗斯的立场。'), 'utf8');
    const [item] = await read(file);
    expect(item.kind === 'record' && (item.record.fields as { text: string }).text).toContain('中国支持俄罗斯的立场。');
    // The stored fixture of such a page (tests/fixtures/html/qq) reads the same way.
    const qq = await read(join(import.meta.dirname, '../../fixtures/html/qq/source.html'));
    expect(qq[0].kind).toBe('record');
    expect(readFileSync(join(import.meta.dirname, '../../fixtures/html/qq/source.html'), 'latin1')).toMatch(/charset=gb2312/i);
  });
});
