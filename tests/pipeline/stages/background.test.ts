import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../core/text.js';
import { builtinCatalogue } from '../../../pipeline/data/topic-catalogue.js';
import { onlyBackground } from '../../../pipeline/stages/background.js';
import { TopicFinder } from '../../../pipeline/stages/topics.js';

/*
 * A topic named after "after", "amid", "angesichts" sets the scene of a sentence; named as what
 * someone acts on, it does not. The sentences are written for this test.
 */

const finder = new TopicFinder(builtinCatalogue());

function background(lang: string, text: string): Record<string, boolean> {
  const tokens = tokenize(text);
  return Object.fromEntries(finder.find(text, tokens, lang).map((hit) => [hit.topic.id, onlyBackground(hit, text, tokens, lang)]));
}

describe('topics named only as the scene', () => {
  it('finds the invasion after a background phrase, and the act it frames in the foreground', () => {
    expect(background('en', "Norway applied to join NATO after Russia's invasion of Ukraine.")).toEqual({
      'nato-expansion': false,
      'ukraine-sovereignty': true,
    });
    expect(background('de', 'Angesichts der russischen Invasion der Ukraine beantragte Norwegen den Nato-Beitritt.')).toEqual({
      'nato-expansion': false,
      'ukraine-sovereignty': true,
    });
    expect(background('ru', 'На фоне вторжения России в Украину Норвегия подала заявку на вступление в НАТО.')).toMatchObject({ 'ukraine-sovereignty': true });
  });

  it('keeps a topic named as the object of an act, or far from the background phrase', () => {
    expect(background('en', "Norway condemned Russia's invasion of Ukraine after the talks.")).toEqual({ 'ukraine-sovereignty': false });
    expect(background('en', 'After long talks in Brussels and Rome, Norway backed the sanctions against Russia.')).toEqual({ 'russia-sanctions': false });
  });
});
