import { ListsMatcher, longestFirst } from '../../core/phrase-matcher.js';
import { fold, phraseWords, type Token } from '../../core/text.js';
import { lexiconFor, wordSet } from '../../models/lexicon.js';
import { tokenIndexAt } from '../../models/lexicon-reading.js';
import type { TopicDefinition } from '../data/topic-catalogue.js';

export interface TopicSpan {
  start: number;
  end: number;
  /** The phrase names the opposite of the proposition (see `contrary` in the topic definition). */
  contrary: boolean;
}

export interface TopicHit {
  topic: TopicDefinition;
  spans: TopicSpan[];
  /**
   * Only single words of the topic's own stance phrases name it here ("ironclad", "encerclement"):
   * it is the topic where the article names it otherwise, not in "ironclad support for Ukraine".
   */
  cueOnly?: true;
  /**
   * Named only by a pair of words that co-occur, in a sentence that names another topic by a phrase
   * of its own ("condemned the AUKUS pact of the United States in the Indo-Pacific"): the setting of
   * that topic, which takes a stance only as the object of a verb ("will not impose sanctions on Russia
   * over the invasion of Ukraine").
   */
  setting?: true;
}

/** A language's topic phrases, in one matcher so that a sentence is walked once for all three lists. */
type TopicLists = {
  keywords: { t: number; contrary: boolean; bare: boolean };
  /** A topic's own stance phrases; a single word ("ironclad", "encerclement") names the topic only where the article names it otherwise. */
  cues: { t: number; bare: boolean };
  /** The words of the topics' pairs, each with its group's id. */
  pairs: string;
};

interface TopicMatchers {
  lists: ListsMatcher<TopicLists>;
  /** For each topic, its pairs as [group A matcher value, group B matcher value] ids. */
  pairIds: Map<number, Array<[string, string]>>;
}

const CONTRARY_MARK = '!';

/**
 * A phrase that does not name its topic, so it counts only in an article that names the topic
 * otherwise: a keyword or cue marked `~` ("~territorial integrity", "~internal affair*"), and a
 * cue of one word of a spaced script ("ironclad", "indéfectible", "плацдарм*").
 */
const BARE_MARK = '~';
const ONE_WORD = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}*'’-]+$/u;
const marked = (phrase: string) => phrase.startsWith(BARE_MARK);

/** Does the phrase contain one of the words (stems end in *): "neutral … war in Ukraine" names "Ukraine"? */
function namesAny(phrase: string, words: readonly string[]): boolean {
  const inPhrase = phraseWords(phrase).map(fold);
  return words.some((w) => {
    const word = fold(w);
    return word.endsWith('*') ? inPhrase.some((p) => p.startsWith(word.slice(0, -1))) : inPhrase.includes(word);
  });
}

/** A phrase listed both as a keyword (or pair word) and as contrary ("anexión") is contrary; each span once. */
function settleContrary(spans: TopicSpan[]): TopicSpan[] {
  const contrary = new Set(spans.filter((s) => s.contrary).map((s) => `${s.start}:${s.end}`));
  const settled = new Map<string, TopicSpan>();
  for (const span of spans) {
    const key = `${span.start}:${span.end}`;
    if (!settled.has(key)) settled.set(key, { ...span, contrary: contrary.has(key) });
  }
  return [...settled.values()];
}

/** Between the two words of a pair that stand together: "NATO拡大", "NATOの拡大", "NATO expansion". */
const PAIR_BESIDE = /^(\s*|\s*[の的-]\s*)$/u;

/** Words after a pair word within which the preposition that names its target is looked for: "санкційного списку [проти]". */
const TARGET_REACH = 3;
/** Words after that preposition read as the target: "against [Belarus and Russia]". */
const TARGET_WORDS = 3;

/**
 * "розширення Росією санкційного списку проти українських громадян", "sanctions Russia imposed
 * against Ukrainian officials": a pair word aimed, after "against", at something no word of the
 * topic names is about that other target, not the topic.
 */
function aimedElsewhere(
  text: string,
  tokens: Token[],
  hit: { end: number },
  against: Set<string>,
  topicWords: () => Array<{ start: number; end: number }>,
): boolean {
  if (against.size === 0) return false;
  const from = tokenIndexAt(tokens, hit.end);
  const at = tokens.slice(from, from + TARGET_REACH).findIndex((tok) => against.has(tok.lower));
  if (at < 0 || /[,;:.!?،，。]/.test(text.slice(hit.end, tokens[from + at].start))) return false;
  const target = tokens.slice(from + at + 1, from + at + 1 + TARGET_WORDS);
  if (target.length === 0) return false;
  const words = topicWords();
  return !target.some((tok) => words.some((w) => w.start < tok.end && tok.start < w.end));
}

/** Finds which topics a sentence is about: a keyword alone, or one word from each group of a pair. */
export class TopicFinder {
  private readonly byLang = new Map<string, TopicMatchers>();

  constructor(readonly topics: readonly TopicDefinition[]) {}

  private matchers(lang: string): TopicMatchers {
    let m = this.byLang.get(lang);
    if (m) return m;
    const lists = new ListsMatcher<TopicLists>();
    const pairIds = new Map<number, Array<[string, string]>>();
    this.topics.forEach((topic, t) => {
      const cues = topic.cues[lang];
      for (const phrase of topic.keywords[lang] ?? []) lists.add('keywords', phrase, { t, contrary: false, bare: marked(phrase) });
      for (const phrase of [...(cues?.support ?? []), ...(cues?.oppose ?? [])]) lists.add('cues', phrase, { t, bare: marked(phrase) || ONE_WORD.test(phrase) });
      // A neutral formula names the topic where it names its subject ("neutral on the war in Ukraine");
      // "does not support" alone is said of whatever the sentence names.
      const subjects = (topic.pairs[lang] ?? []).flatMap(([groupA]) => groupA.filter((w) => !w.startsWith(CONTRARY_MARK)));
      for (const phrase of cues?.neutral ?? []) if (namesAny(phrase, subjects)) lists.add('cues', phrase, { t, bare: false });
      for (const phrase of topic.contrary[lang] ?? []) lists.add('keywords', phrase, { t, contrary: true, bare: marked(phrase) });
      (topic.pairs[lang] ?? []).forEach(([groupA, groupB], p) => {
        const a = `${t}:${p}:a`;
        const b = `${t}:${p}:b`;
        // "!invasion": a pair word that names the opposite of the proposition, like a contrary phrase.
        const add = (phrase: string, group: string) =>
          phrase.startsWith(CONTRARY_MARK)
            ? lists.add('pairs', phrase.slice(CONTRARY_MARK.length), `${group}${CONTRARY_MARK}`)
            : lists.add('pairs', phrase, group);
        for (const phrase of groupA) add(phrase, a);
        for (const phrase of groupB) add(phrase, b);
        pairIds.set(t, [...(pairIds.get(t) ?? []), [a, b]]);
      });
    });
    m = { lists, pairIds };
    this.byLang.set(lang, m);
    return m;
  }

  find(text: string, tokens: Token[], lang: string): TopicHit[] {
    return this.scan(text, tokens, lang).hits;
  }

  /** `find`'s hits, with every word of a topic's pair the sentence holds, from the same walk (see `actsNamed`). */
  scan(text: string, tokens: Token[], lang: string): SentenceTopics {
    const { lists, pairIds } = this.matchers(lang);
    const found = lists.find(text, tokens);
    const pairMatches = found.overlapping('pairs');
    const spans = new Map<number, TopicSpan[]>();
    const add = (t: number, start: number, end: number, contrary = false) => spans.set(t, [...(spans.get(t) ?? []), { start, end, contrary }]);
    const named = new Set<number>();
    /** Topics named by a phrase of their own, not only by a pair of words that co-occur. */
    const ownPhrase = new Set<number>();
    /** Topics with a phrase that names them only where something else does ("~economic sanctions"). */
    const referred = new Set<number>();
    const keywords = found.overlapping('keywords');
    // A phrase of its own inside a longer one that needs a topic named elsewhere still names it: "военного [присутствия США в регионе]".
    for (const m of keywords) if (!m.value.bare) ownPhrase.add(m.value.t);
    for (const m of longestFirst(keywords)) {
      if (m.value.bare) referred.add(m.value.t);
      add(m.value.t, m.start, m.end, m.value.contrary);
    }
    // Every word of each group, for a pair that stands together later too ("NATO拡大は" after "NATO入りが").
    const groupHits = new Map<string, Array<{ start: number; end: number; contrary: boolean }>>();
    for (const m of pairMatches) {
      const contrary = m.value.endsWith(CONTRARY_MARK);
      const group = contrary ? m.value.slice(0, -CONTRARY_MARK.length) : m.value;
      const hits = groupHits.get(group) ?? [];
      if (!hits.some((h) => h.start < m.end && m.start < h.end)) hits.push({ start: m.start, end: m.end, contrary });
      groupHits.set(group, hits);
    }
    const against = wordSet(lexiconFor(lang), 'against');
    for (const [t, list] of pairIds) {
      const topicWords = () => list.flatMap(([a, b]) => [...(groupHits.get(a) ?? []), ...(groupHits.get(b) ?? [])]);
      for (const [a, b] of list) {
        const hitsA = groupHits.get(a) ?? [];
        const hitsB = groupHits.get(b) ?? [];
        const [hitA, hitB] = [hitsA[0], hitsB[0]];
        if (!hitA || !hitB || (hitA.start === hitB.start && hitA.end === hitB.end)) continue;
        if (aimedElsewhere(text, tokens, hitA, against, topicWords) || aimedElsewhere(text, tokens, hitB, against, topicWords)) continue;
        named.add(t);
        add(t, hitA.start, hitA.end, hitA.contrary);
        add(t, hitB.start, hitB.end, hitB.contrary);
        for (const later of hitsA.slice(1)) {
          const beside = hitsB.find((h) => h !== hitB && PAIR_BESIDE.test(text.slice(later.end, h.start)));
          if (beside) {
            add(t, later.start, later.end, later.contrary);
            add(t, beside.start, beside.end, beside.contrary);
          }
        }
      }
    }
    for (const m of found.longest('cues')) {
      if (!m.value.bare) ownPhrase.add(m.value.t);
      add(m.value.t, m.start, m.end);
    }
    // "sanciones económicas a Rusia": such a phrase, with the topic's pair in the same sentence, is a phrase of its own.
    for (const t of referred) if (named.has(t)) ownPhrase.add(t);
    for (const t of ownPhrase) named.add(t);
    // Where one topic is named by a phrase of its own, a topic whose pair of words merely co-occurs is its setting.
    const setting = (t: number) => ownPhrase.size > 0 && !ownPhrase.has(t);
    const hits = [...spans].map(([t, s]) => ({
      topic: this.topics[t],
      spans: settleContrary(s),
      ...(named.has(t) ? {} : { cueOnly: true as const }),
      ...(setting(t) ? { setting: true as const } : {}),
    }));
    return { hits, pairWords: pairMatches.map((m) => ({ start: m.start, end: m.end, topic: this.topics[Number(m.value.split(':')[0])].id })) };
  }
}

/** What one walk of a sentence finds: its topics, and each word of a topic's pair it holds, alone or not. */
export interface SentenceTopics {
  hits: TopicHit[];
  pairWords: Array<{ start: number; end: number; topic: string }>;
}

/**
 * The topics whose act or subject a sentence names alone: a word of either group of a pair
 * ("申請", "独立", "l'adhésion", "Sanktionspaket") that is no actor's name (`names`, offsets in the
 * sentence), which names the topic only where the article has named it before ("…のNATO加盟を申請
 * した。… 申請を心から歓迎する").
 */
export function actsNamed(found: SentenceTopics, names: ReadonlyArray<{ start: number; end: number }>): Set<string> {
  // A name is no act ("Moscow" is a word of the sanctions' pair, their target).
  return new Set(found.pairWords.filter((w) => !names.some((n) => n.start < w.end && w.start < n.end)).map((w) => w.topic));
}
