import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../../pipeline/stages/actors.js';

function actors(text: string, lang: string, date: string): string[] {
  return findActorMentions(text, { lang, date }).map((m) => m.actor);
}

// Heads of state and government and foreign ministers of the countries added to the people list
// in the second round; each is checked inside its term and outside it (a former or future holder
// sets no country's stance), in the scripts the press of each language uses.
describe('office holders of the countries added later', () => {
  it('resolves a minister to their country only during their term', () => {
    expect(actors('Safadi told reporters the talks would resume.', 'en', '2023-05-01')).toEqual(['JO']);
    expect(actors('Safadi told reporters the talks would resume.', 'en', '2015-05-01')).toEqual([]);
    expect(actors('قال أيمن الصفدي إن المحادثات ستستأنف', 'ar', '2024-02-01')).toEqual(['JO']);
    expect(actors('Schallenberg warnte vor einer Eskalation.', 'de', '2022-03-01')).toEqual(['AT']);
    expect(actors('Schallenberg warnte vor einer Eskalation.', 'de', '2025-06-01')).toEqual([]);
    expect(actors('Мікаті заявив, що уряд підтримує переговори.', 'uk', '2022-06-01')).toEqual(['LB']);
    expect(actors('Мікаті заявив, що уряд підтримує переговори.', 'uk', '2025-06-01')).toEqual([]);
  });

  it('finds leaders in Cyrillic, Chinese, Japanese and Turkish press forms', () => {
    expect(actors('Пашинян заявил, что переговоры продолжатся.', 'ru', '2023-09-01')).toEqual(['AM']);
    expect(actors('Фицо выступил против новых санкций.', 'ru', '2024-03-01')).toEqual(['SK']);
    expect(actors('Фицо выступил против новых санкций.', 'ru', '2020-06-01')).toEqual([]);
    expect(actors('帕希尼扬表示将继续谈判', 'zh', '2024-01-01')).toEqual(['AM']);
    expect(actors('フィツォ首相は制裁に反対した', 'ja', '2024-03-01')).toEqual(['SK']);
    expect(actors('Miçotakis yaptırımları destekledi.', 'tr', '2024-03-01')).toEqual(['GR']);
  });

  it('follows a person from one office to the next', () => {
    expect(actors('Hoekstra said the sanctions must stay.', 'en', '2022-06-01')).toEqual(['NL']);
    expect(actors('Hoekstra said the climate target must stay.', 'en', '2024-06-01')).toEqual(['EU']);
    expect(actors('Bachelet called for restraint.', 'es', '2016-01-01')).toEqual(['CL']);
    expect(actors('Bachelet called for restraint.', 'es', '2020-01-01')).toEqual(['UN']);
    expect(actors('Maduro rechazó las sanciones.', 'es', '2026-06-01')).toEqual([]);
    expect(actors('Delcy Rodríguez rechazó las sanciones.', 'es', '2026-06-01')).toEqual(['VE']);
  });

  it('keeps surnames that are ordinary words or other names from matching', () => {
    expect(actors('Maduro rechazó las sanciones.', 'es', '2020-01-01')).toEqual(['VE']);
    expect(actors('un plátano maduro y un duque', 'es', '2020-01-01')).toEqual([]);
    expect(actors('un sirop de cassis', 'fr', '2024-01-01')).toEqual([]);
    expect(actors('Pour Ignazio Cassis, la neutralité reste la règle.', 'fr', '2024-01-01')).toEqual(['CH']);
    expect(actors('Luís Montenegro met the president of Montenegro.', 'en', '2025-01-01')).toEqual(['PT', 'ME']);
    expect(actors('这种独特本质', 'zh', '2024-01-01')).toEqual([]);
  });
});
