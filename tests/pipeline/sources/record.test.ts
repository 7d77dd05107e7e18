import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../core/dates.js';
import { parseInputArticle } from '../../../pipeline/sources/record.js';

describe('normaliseDate', () => {
  it('keeps dates, turns datetimes into UTC and refuses impossible ones', () => {
    expect(normaliseDate('2022-02-04')).toBe('2022-02-04');
    expect(normaliseDate('2022-02-04T10:15:00+03:00')).toBe('2022-02-04T07:15:00.000Z');
    expect(normaliseDate('2022-02-04 10:15')).toBe('2022-02-04T10:15:00.000Z');
    expect(normaliseDate('2022-02-30')).toBeUndefined();
    expect(normaliseDate('31/31/2022')).toBeUndefined();
    expect(normaliseDate('yesterday-ish')).toBeUndefined();
  });
});

describe('parseInputArticle', () => {
  it('accepts text under `body` or `content` and numeric ids', () => {
    const parsed = parseInputArticle({ id: 7, body: 'Some text.', lang: 'EN-gb' });
    expect(parsed).toEqual({ ok: true, article: { id: '7', text: 'Some text.', lang: 'en' } });
  });

  it('says what is wrong with a record', () => {
    const reason = (fields: unknown) => {
      const parsed = parseInputArticle(fields);
      return parsed.ok ? 'ok' : parsed.reason;
    };
    expect(reason([1, 2])).toBe('expected a JSON object with a `text` field, got an array');
    expect(reason(null)).toBe('expected a JSON object with a `text` field, got null');
    expect(reason({ text: 12345 })).toBe('`text` must be a string, got number');
    expect(reason({ title: 'x' })).toBe('missing `text` (or `body`/`content`)');
    expect(reason({ text: ' \n\t ' })).toBe('empty `text`');
    expect(reason({ text: 'x', published_at: '31/31/2022' })).toMatch(/^`published_at` is not a date: "31\/31\/2022"/);
  });
});
