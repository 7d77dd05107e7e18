const root = process.cwd() + '/dist/';
const { findActorMentions } = await import(root + 'pipeline/stages/actors.js');
const { buildCandidates } = await import(root + 'pipeline/stages/candidates.js');
const { splitSentences } = await import(root + 'pipeline/stages/sentences.js');
const { scoreCandidate } = await import(root + 'models/lexicon.scorer.js');
const { TopicFinder } = await import(root + 'pipeline/stages/topics.js');
const { builtinCatalogue } = await import(root + 'pipeline/data/topic-catalogue.js');
const [lang, text] = process.argv.slice(2);
const topics = new TopicFinder(builtinCatalogue());
const mentions = findActorMentions(text, { lang, date: '2023-01-01' });
console.log(mentions.map((m) => `${m.actor}:${text.slice(m.start, m.end)}:${m.kind}`).join(' '));
for (const { sentence, candidate } of buildCandidates(text, splitSentences(text), mentions, lang, topics)) {
  const r = scoreCandidate(candidate);
  console.log(sentence.index, candidate.actor.code, candidate.topic.id, candidate.topic.spans.map((s) => candidate.text.slice(s.start, s.end) + (s.contrary ? '!' : '')).join('|'), '=>', r ? `${r.score} ${JSON.stringify(r.detail)}` : null);
}
