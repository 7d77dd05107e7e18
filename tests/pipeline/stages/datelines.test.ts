import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../../pipeline/stages/actors.js';
import { withoutDatelines } from '../../../pipeline/stages/datelines.js';

const kept = (lang: string, text: string) => withoutDatelines(text, findActorMentions(text, { lang, date: '2023-03-01' })).map((m) => m.actor);

describe('datelines', () => {
  it('are not mentions of an actor, in the forms wire services write them', () => {
    expect(kept('en', 'MADRID (Reuters) - Spain backed the bid.')).toEqual(['ES']);
    expect(kept('en', 'WASHINGTON, Feb 4 (AP) — China backed the plan.')).toEqual(['CN']);
    expect(kept('en', 'LONDON — France backed the plan.')).toEqual(['FR']);
    expect(kept('de', 'WASHINGTON: Die Vereinigten Staaten unterstützten den Plan.')).toEqual(['US']);
    expect(kept('ru', 'МОСКВА, 3 марта. /ТАСС/. Китай поддержал план.')).toEqual(['CN']);
    expect(kept('zh', '新华社北京3月5日电 俄罗斯支持这一计划。')).toEqual(['RU']);
    expect(kept('ja', '【ワシントン時事】中国は計画を支持した。')).toEqual(['CN']);
    expect(kept('ja', '（台北中央社）中国は計画を支持した。')).toEqual(['CN']);
  });

  it('leave a name that starts a sentence as it is', () => {
    expect(kept('en', 'Moscow - which opposes the plan - said nothing.')).toEqual(['RU']);
    expect(kept('en', 'Madrid, Paris and Rome backed the plan.')).toEqual(['ES', 'FR', 'IT']);
    expect(kept('en', 'Spain backed the plan.\n\nMADRID has long said so.')).toEqual(['ES', 'ES']);
    // An ordinal's dot after a comma is not a date's: "Finland, NATO's 31st member".
    expect(kept('tr', "Finlandiya, NATO'nun 31. üyesi oldu.")).toEqual(['FI', 'NATO']);
    expect(kept('de', 'Schweden, am 7. März beigetreten, ist das 32. Mitglied der Nato.')).toEqual(['SE', 'NATO']);
    // Round brackets elsewhere gloss a word: "外交部（台北）".
    expect(kept('ja', '中国は（北京で）計画を支持した。')).toEqual(['CN', 'CN']);
  });
});
