import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText, contentHash } from '../../../pipeline/stages/clean.js';

const seed = JSON.parse(readFileSync(new URL('../../fixtures/seed-article.jsonl', import.meta.url), 'utf8')).text as string;

describe('cleanText', () => {
  const cleaned = cleanText(seed);

  it('keeps a paragraph repeated three times in the seed article once, even where a copy adds a word', () => {
    const repeated = /The document released by Beijing and Moscow (on Friday )?also set out criticisms/g;
    expect(seed.match(repeated)).toHaveLength(3);
    expect(cleaned.match(repeated)).toHaveLength(1);
  });

  it('keeps paragraphs that only share some words', () => {
    const text = 'Russia opposes the expansion of NATO, the ministry said.\n\nChina opposes the expansion of AUKUS, its ministry said on Friday.';
    expect(cleanText(text).split('\n\n')).toHaveLength(2);
  });

  it('removes "READ MORE" teasers, "Loading...", a lone photo credit and the trailing crumb', () => {
    expect(cleaned).not.toMatch(/READ MORE/);
    expect(cleaned).not.toMatch(/Loading/);
    expect(cleaned.split('\n\n')).not.toContain('AP');
    expect(cleaned).not.toMatch(/Route 6/);
    expect(cleaned.endsWith('has angered Moscow.')).toBe(true);
  });

  it('removes the teasers of other articles in every language the analyser reads', () => {
    const teasers = [
      'Читайте также: Венгрия заблокировала новые санкции',
      'ЧИТАЙТЕ ТАКОЖ: Угорщина заблокувала рішення',
      'Lesen Sie auch: Ungarn blockiert Sanktionen',
      'Lire aussi : La Hongrie bloque les sanctions',
      'Lea también: Hungría bloquea las sanciones',
      'Ayrıca oku: Macaristan yaptırımları engelledi',
      'اقرأ أيضا: المجر تعرقل العقوبات',
      '相关阅读：匈牙利阻止制裁',
      '関連記事：ハンガリーが制裁を阻止',
    ];
    const text = ['The EU adopted new sanctions against Russia on Monday.', ...teasers, 'Kyiv welcomed the decision.'].join('\n\n');
    expect(cleanText(text).split('\n\n')).toEqual(['The EU adopted new sanctions against Russia on Monday.', 'Kyiv welcomed the decision.']);
  });

  it('keeps a paragraph that only begins with words of such a teaser', () => {
    const text = 'Relacionado con la guerra, el Gobierno de España aprobó nuevas sanciones.';
    expect(cleanText(text)).toBe(text);
  });

  it('keeps the article text and separates paragraphs with one blank line', () => {
    expect(cleaned).toContain('The parties oppose the further expansion of NATO');
    expect(cleaned).toContain('"This is fundamentally not about NATO expansion.');
    expect(cleaned).not.toMatch(/\n{3,}/);
    expect(cleaned).not.toMatch(/ {2,}/);
  });

  it('normalises Unicode to NFC and odd spaces to plain ones', () => {
    expect(cleanText('Cafe\u0301\u00a0au\u2009lait')).toBe('Café au lait');
  });

  it('strips markup and scripts from a text field', () => {
    const text = cleanText('<p>Finland <b>supports</b> joining NATO.</p><script>alert(1)</script><p>Second paragraph.</p>');
    expect(text).toBe('Finland supports joining NATO.\n\nSecond paragraph.');
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    expect(cleanText('Russia said on Friday that it\nwould not accept the proposal.')).toBe('Russia said on Friday that it would not accept the proposal.');
  });
});

describe('contentHash', () => {
  it('ignores case and spacing but not words', () => {
    expect(contentHash('Russia opposes it.')).toBe(contentHash('russia  opposes it.'));
    expect(contentHash('Russia opposes it.')).not.toBe(contentHash('Russia supports it.'));
  });
});
