const root = process.cwd() + '/dist/';
const { cueMatcher } = await import(root + 'models/lexicon.js');
const { PhraseMatcher } = await import(root + 'pipeline/stages/phrase-matcher.js');
const t = '中方坚决反对北约东扩。';
console.log(cueMatcher('zh').find(t).map((c) => [t.slice(c.start, c.end), c.value]));
const m = new PhraseMatcher([]); m.add('反对北约东扩', 'oppose');
console.log(m.find(t));
