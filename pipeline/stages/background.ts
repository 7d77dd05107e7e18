import type { Token } from '../../core/text.js';
import { backgroundMatcher, backgroundReaches, lexiconFor } from '../../models/lexicon.js';
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
  const { headFinal } = lexiconFor(lang);
  const close = (from: number, to: number, reach: number) =>
    backgroundReaches(text.slice(from, to)) && tokenIndexAt(tokens, to) - tokenIndexAt(tokens, from) <= reach;
  // Phrases that overlap or follow closely are one phrase: "invasion |of| Ukraine", "ロシアによるウクライナ侵攻".
  const phrases: Array<{ start: number; end: number }> = [];
  for (const span of [...hit.spans].sort((a, b) => a.start - b.start)) {
    const last = phrases.at(-1);
    if (last && (span.start < last.end || close(last.end, span.start, PHRASE_GAP))) last.end = Math.max(last.end, span.end);
    else phrases.push({ start: span.start, end: span.end });
  }
  // Where descriptions come first, the background word follows its scene ("ウクライナ侵攻を踏まえ", "入侵乌克兰之后"),
  // and what follows it is the act: "在俄罗斯入侵乌克兰后申请加入北约".
  return phrases.every((phrase) =>
    backgrounds.some((b) =>
      headFinal ? b.start >= phrase.end && close(phrase.end, b.start, 1) : b.end <= phrase.start && close(b.end, phrase.start, BACKGROUND_REACH),
    ),
  );
}
