import type { Token } from '../../core/text.js';
import { backgroundMatcher, backgroundReaches } from '../../models/lexicon.js';
import { tokenIndexAt } from '../../models/lexicon-reading.js';
import type { TopicHit } from './topics.js';

/** Words between a background phrase and the topic it sets: "after |Russia's| invasion", "amid |the| war". */
const BACKGROUND_REACH = 3;
/** Words between two topic phrases of one background: "invasion |of| Ukraine". */
const PHRASE_GAP = 2;

/**
 * Is the topic named only in the sentence's background? "Turkey withdrew its objections … in the
 * face of Russia's invasion of Ukraine", "Sweden applied after Russia's invasion": the invasion
 * sets the scene. True when every phrase of the topic follows a background phrase ("after",
 * "amid", "angesichts", "на фоне") closely, with no punctuation between, or continues such a phrase.
 */
export function onlyBackground(hit: TopicHit, text: string, tokens: Token[], lang: string): boolean {
  const backgrounds = backgroundMatcher(lang).find(text, tokens);
  if (backgrounds.length === 0 || hit.spans.length === 0) return false;
  const close = (from: number, to: number, reach: number) =>
    backgroundReaches(text.slice(from, to)) && tokenIndexAt(tokens, to) - tokenIndexAt(tokens, from) <= reach;
  const spans = [...hit.spans].sort((a, b) => a.start - b.start);
  let previousEnd = -1;
  for (const span of spans) {
    const set = backgrounds.some((b) => b.end <= span.start && close(b.end, span.start, BACKGROUND_REACH));
    const continues = previousEnd >= 0 && previousEnd <= span.start && close(previousEnd, span.start, PHRASE_GAP);
    const overlaps = previousEnd > span.start;
    if (!set && !continues && !overlaps) return false;
    previousEnd = Math.max(previousEnd, span.end);
  }
  return true;
}
