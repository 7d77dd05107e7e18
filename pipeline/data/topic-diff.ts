import type { TopicDefinition } from './topic-catalogue.js';

/** One difference between two definitions of a topic: phrases added and removed, or a text replaced. */
export type TopicChange = { field: string; lang: string; added: string[]; removed: string[] } | { field: string; before: string; after: string };

type PhraseLists = Record<string, string[]>;

function listChanges(field: string, before: PhraseLists, after: PhraseLists): TopicChange[] {
  const langs = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return langs.flatMap((lang) => {
    const was = new Set(before[lang] ?? []);
    const now = new Set(after[lang] ?? []);
    const added = [...now].filter((p) => !was.has(p));
    const removed = [...was].filter((p) => !now.has(p));
    return added.length || removed.length ? [{ field, lang, added, removed }] : [];
  });
}

/** A pair as one phrase: "NATO|alliance + expand*|enlarg*". */
const pairText = ([a, b]: [string[], string[]]) => `${a.join('|')} + ${b.join('|')}`;

function mapLists<T>(record: Record<string, T>, f: (value: T) => string[]): PhraseLists {
  return Object.fromEntries(Object.entries(record).map(([lang, value]) => [lang, f(value)]));
}

/**
 * What changed from `before` to `after`, field by field and per language: the summary a
 * researcher reads before re-scoring stored articles on a changed topic.
 */
export function diffTopics(before: TopicDefinition, after: TopicDefinition): TopicChange[] {
  const texts: TopicChange[] = [];
  const text = (field: string, was: string, now: string) => was !== now && texts.push({ field, before: was, after: now });
  text('label', before.label, after.label);
  text('description', before.description, after.description);
  text('hypotheses.support', before.hypotheses.support, after.hypotheses.support);
  text('hypotheses.oppose', before.hypotheses.oppose, after.hypotheses.oppose);
  text('about', (before.about ?? []).join(', '), (after.about ?? []).join(', '));
  return [
    ...texts,
    ...listChanges('keywords', before.keywords, after.keywords),
    ...listChanges(
      'pairs',
      mapLists(before.pairs, (pairs) => pairs.map(pairText)),
      mapLists(after.pairs, (pairs) => pairs.map(pairText)),
    ),
    ...listChanges('contrary', before.contrary, after.contrary),
    ...listChanges(
      'cues.support',
      mapLists(before.cues, (c) => c.support),
      mapLists(after.cues, (c) => c.support),
    ),
    ...listChanges(
      'cues.oppose',
      mapLists(before.cues, (c) => c.oppose),
      mapLists(after.cues, (c) => c.oppose),
    ),
    ...listChanges(
      'cues.neutral',
      mapLists(before.cues, (c) => c.neutral),
      mapLists(after.cues, (c) => c.neutral),
    ),
  ];
}

/** One line per change: `keywords (en): + "Finland joining"; − "neutrality"`. */
export function describeChange(change: TopicChange): string {
  if ('before' in change) return `${change.field}: ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`;
  const parts = [
    change.added.length ? `+ ${change.added.map((p) => JSON.stringify(p)).join(', ')}` : '',
    change.removed.length ? `− ${change.removed.map((p) => JSON.stringify(p)).join(', ')}` : '',
  ].filter(Boolean);
  return `${change.field} (${change.lang}): ${parts.join('; ')}`;
}
