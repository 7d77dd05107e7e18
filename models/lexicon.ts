import { z } from 'zod';
import { StanceError } from '../core/errors.js';
import { ListsMatcher, PhraseMatcher } from '../core/phrase-matcher.js';
import { fold, wordSays } from '../core/text.js';
import ar from './lexicon/ar.json' with { type: 'json' };
import de from './lexicon/de.json' with { type: 'json' };
import en from './lexicon/en.json' with { type: 'json' };
import es from './lexicon/es.json' with { type: 'json' };
import fr from './lexicon/fr.json' with { type: 'json' };
import ja from './lexicon/ja.json' with { type: 'json' };
import ru from './lexicon/ru.json' with { type: 'json' };
import tr from './lexicon/tr.json' with { type: 'json' };
import uk from './lexicon/uk.json' with { type: 'json' };
import zh from './lexicon/zh.json' with { type: 'json' };

/**
 * The cue lexicons of the lexicon scorer, one data file per language (models/lexicon/<lang>.json,
 * described in models/lexicon/README.md). A language without its own file uses English (most
 * useful for English-language quotes inside other-language text).
 *
 * Stance predicates come in classes, each phrased per language; a class has one polarity toward
 * what it is said of (its target): the scorer multiplies that polarity by the target's orientation
 * to the topic ("imposed sanctions" +1 × +1; "condemned the annexation" −1 × −1 = +1 for Ukraine's
 * sovereignty; "withdrew from the Paris Agreement" −1 × +1).
 */

const words = z.array(z.string().trim().min(1)).default([]);

/** A regular expression given as text in a data file; checked when the file is read, so a broken one never fails mid-run. */
const pattern = z
  .string()
  .default('')
  .refine(
    (source) => {
      try {
        new RegExp(source, 'u');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  );

/** Each stance class and the polarity its verbs give toward their target. */
export const PREDICATE_CLASSES = {
  /** support, back, endorse, favour, approve, ratify, sign */
  support: 'support',
  /** welcome, hail, praise, applaud, hail as historic */
  welcome: 'support',
  /** join, apply to join, accede, seek membership, become a member */
  join: 'support',
  /** impose, adopt, introduce, extend, tighten, freeze, ban, cap: measures taken */
  impose: 'support',
  /** recognise ("recognised the independence of …"); "will not recognise" is negated */
  recognise: 'support',
  /** voted for, voted in favour */
  voteFor: 'support',
  /** oppose, reject, resist, object to, be against */
  oppose: 'oppose',
  /** condemn, denounce, criticise, deplore, protest */
  condemn: 'oppose',
  /** block, veto, obstruct, stall, hold up */
  block: 'oppose',
  /** lift, ease, end, scrap, suspend, withdraw from, leave, exit, abandon */
  withdraw: 'oppose',
  /** warn, threaten, retaliate, vow countermeasures, "a response will follow" */
  warn: 'oppose',
  /** voted against */
  voteAgainst: 'oppose',
  /** angered, drew the ire of, вызвало недовольство: the one angered, named right after, holds the stance */
  anger: 'oppose',
  /** remain neutral, take no side, stay out of, "does not support" formulas */
  neutral: 'neutral',
  /** abstained, abstention */
  abstain: 'neutral',
  /** evaluative words that praise what they qualify: historic, necessary, a success, a step forward */
  praise: 'support',
  /** evaluative words that blame what they qualify: illegal, a sham, counterproductive, irresponsible */
  blame: 'oppose',
} as const;

/**
 * Classes of evaluative words rather than acts: they state a stance when said of the topic
 * ("called the referendums a sham"), but they never take a clause as their object, and beside the
 * topic phrase ("the illegal annexation") they only qualify it.
 */
export const EVALUATIVE: Readonly<Record<string, 'support' | 'oppose'>> = { praise: 'support', blame: 'oppose' };

export type PredicateClass = keyof typeof PREDICATE_CLASSES;
const predicateLists = Object.fromEntries(Object.keys(PREDICATE_CLASSES).map((name) => [name, words])) as Record<PredicateClass, typeof words>;

export const LexiconSchema = z.strictObject({
  ...predicateLists,
  negation: words,
  /** "refused to", "declined to": a negation of the stance verb after it, else a stance against the topic named. */
  refusal: words,
  /** "called for", "réclame", "呼吁": support for the topic named right after it, else a verb of saying. */
  demand: words,
  /** Verbs of saying: "said", "заявил", "表示". */
  speech: words,
  /** Words that weaken a statement: "reportedly", "may", "据报道". */
  hedge: words,
  /** "but", "однако", "但": of the stances on either side, the one after it is the one meant. */
  contrast: words,
  /** Words that, right after a contrast word, make it "and also": "not only … but also", "sondern auch", "но и". */
  additive: words,
  /** Prepositions that make the name after them an object: "of", "against", "with". */
  object: words,
  /**
   * Prepositions that name what someone is blamed for, after the one blamed: "accused Washington of
   * pushing Kyiv into NATO", "a accusé Pékin de", "warf Berlin vor, … zu" has none. The act after one
   * is what the verb judges, not the actor before it.
   */
  chargedWith: words,
  /**
   * The particle of an infinitive clause set off by a comma from the verb that takes it (German "zu":
   * "warf Peking vor, die Unabhängigkeitskräfte zu unterstützen"): the comma does not end that verb's reach.
   */
  infinitive: words,
  /** Prepositions that name the agent of a passive: "by", "par", "von". */
  agent: words,
  /** Of those, the ones that after a noun name its owner, not its agent: German "die Anträge von Finnland". */
  ownerAfterNoun: words,
  /** Words that introduce what a verb's object is taken as: "recognise the territories as Russian", "como rusos". */
  predicative: words,
  /** Nouns whose "of X" names the actor itself: "the government of Hungary", "el presidente de Francia". */
  heads: words,
  /**
   * Nouns of deciding ("decision", "décision", "решение", "قرار"): the name whose decision it is,
   * right before or after the noun, holds the act decided that follows ("welcomed Finland's
   * decision to apply", "привітало рішення ЄС запровадити санкції").
   */
  decisions: words,
  /** Verbs and phrases of siding with someone: "agreed with", "sided with", "echoed". */
  align: words,
  /** Modal verbs whose proposition is the stance: "should", "must", "sollte". */
  modal: words,
  /** Speech verbs that may come right before their speaker ("…, said Lavrov"). */
  speakerAfter: words,
  /**
   * Phrases that open a sentence naming who said the sentence before it: "Об этом заявил Лавров",
   * "Про це повідомив", "Das sagte", "C'est ce qu'a déclaré". The earlier sentence is that speaker's.
   */
  saidBefore: words,
  /** Words that open a clause after a comma: "as", "while", "which". */
  clause: words,
  /** Words that open what was said: "that", "que", "что", "dass". */
  complementizers: words,
  /** Words that join actors into one group ("Moscow and Beijing"); commas always do. */
  coordination: words,
  /** Articles a listed name may carry after the comma or coordinating word: "la Chine, l'Inde et le Brésil". */
  articles: words,
  /** Subordinators that open a clause even without a comma ("… after Australia scrapped …"). */
  clauseNoComma: words,
  /**
   * Words that, opening a sentence before a name and a comma, give it that actor's view: "Pour
   * Moscou, …", "Para el Kremlin, …", "По мнению Кремля, …". Elsewhere they are prepositions.
   */
  viewpoint: words,
  /** The same after the name, where the language puts it there: "Kremlin'e göre, …", "ロシア側によれば、…", "在俄方看来，…". */
  viewpointAfter: words,
  /** Words that open a condition ("if", "unless", "si", "wenn"): who is named in one does nothing yet. */
  conditional: words,
  /** Phrases that begin with a conditional word but state a fact ("si bien": "although"): no condition. */
  concessive: words,
  /** Endings that close a condition where the language puts them after it (Japanese "配備されれば", "加盟した場合"). */
  conditionalAfter: words,
  /** Words that make what follows the scene of another act ("after", "amid", "angesichts"): a topic named there is no one's stance. */
  background: words,
  /**
   * Words that open a scene the language closes with its background word (Chinese "以…为由",
   * "在…后"): a name between them is in the scene; one before the opening word is not.
   */
  backgroundOpen: words,
  /** Words that end in a background word without being one: Chinese "随后" ("then"), "最后" ("finally"). */
  backgroundNot: words,
  /**
   * Postpositions that close the matter a statement is about, where the language puts them after
   * it: "台湾の行政院長が訪日したことについて" ("about Taiwan's premier visiting Japan"). A name inside
   * that phrase is what was spoken about, not the speaker.
   */
  matterAfter: words,
  /**
   * Words that announce the statement in the next sentence, where the language ends the sentence
   * before it: "次のように述べた。台湾は…" ("said as follows. Taiwan is …"). The next sentence is the
   * speaker's, whatever subject it names.
   */
  followingSpeech: words,
  /**
   * Verb forms of reported speech, where a language marks it by mood (German Konjunktiv I: "sei",
   * "habe", "müsse"): a sentence with one goes on with what the speaker of the sentence before said.
   */
  reportedMood: words,
  /**
   * Prepositions that open the matter a statement is about, where the language puts them before it and
   * the verb of saying after: "就美英澳推进核潜艇合作表明立场" ("stated its position on … advancing …").
   * A verb inside that phrase is the matter's, not the speaker's.
   */
  matterBefore: words,
  /**
   * Words that open the list of those who did what was just said: "35 abstentions, including China,
   * India", "dagegen waren Russland, Belarus", "проти — 11, серед них Росія".
   */
  listIntro: words,
  /** Words that mark someone who speaks for no government: a past office ("former", "ehemalige", "бывший"), the opposition. */
  nonGovernment: words,
  /**
   * Words that frame an act as something ("as part of", "dans le cadre de", "im Rahmen", "в рамках",
   * "kapsamında", "として", "作为"): a topic's phrase they open or close says what the act is
   * ("suspended flights as part of the sanctions"), whatever its verb does.
   */
  frames: words,
  /** Words that single out who did it, between a vote and its list: "against voted only Belarus", "против проголосовала только Белоруссия". */
  only: words,
  /** Words that count votes after a number: "141 votes", "95 голосами", "141票", "143カ国": a stance word after them is a tally, not a stance. */
  tally: words,
  /**
   * Words that name a side of a vote on their own, in a count whose list follows: "5 contre, dont
   * la Russie", "«проти» — Росія, Білорусь", "5 en contra, entre ellos Rusia". Elsewhere they are
   * prepositions ("contre la Russie"), so they are cues only where a dash, a colon or a list's
   * opening words follow them.
   */
  sideFor: words,
  sideAgainst: words,
  /**
   * Where a side comes before its voters and the vote after them ("aleyhte Rusya ve Belarus oy
   * verdi"): the word that closes the list ("oy"). A side word with names and then this word is a cue.
   */
  sideClose: words,
  /** Words skipped when looking for the word before a name: "the", "its". */
  determiners: words,
  /**
   * Relative pronouns that are the subject of the verb after them ("الذي", "qui", "который"): a name
   * right after that verb is its object ("القرار الذي يطالب روسيا"), not a subject named after it.
   */
  relatives: words,
  /**
   * Relative pronouns that may be the object of the verb of their clause ("that", "que", "которые",
   * "التي"): "the sanctions that the EU imposed", "las sanciones que la UE impuso", "العقوبات التي
   * فرضتها الولايات المتحدة". The subject named in that clause did to the topic's noun what its verb says.
   */
  objectRelatives: words,
  /**
   * Possessives of the first person plural ("our", "notre", "unsere", "наше"): a stance noun they own
   * ("to convey our condemnation to the ambassador of Russia") is the writer's or speaker's, never
   * that of an actor named beside it.
   */
  ownPossessives: words,
  /** Clitics glued before words (Arabic). */
  prefixes: words,
  /**
   * Words that find a measure wanting: "too weak", "insufficient", "zu schwach", "力度不够". Whoever
   * calls the measure so wants it stronger: a stance for its direction, whatever verb says it.
   */
  insufficient: words,
  /**
   * Verbs whose subject undergoes the measure named right after them: "Russia must face new
   * sanctions", "Россия столкнётся с санкциями", "Russland drohen neue Sanktionen". That subject is
   * the measure's target and holds no stance on it.
   */
  undergo: words,
  /**
   * Verbs of forcing ("force", "zwingen", "вынудит"): where the topic is their subject and the
   * holder's country their object ("Finland's accession would force Russia to strengthen its
   * forces"), the holder is made to answer the topic, which it opposes, whatever the answer is.
   */
  compel: words,
  /** Words of obligation ("must", "should", "повинна", "必须"): "Russia must face sanctions" said by another is that one's demand. */
  obligation: words,
  /** Forms of "to be" that say a formula of their subject ("Taiwan is part of China"): the subject is what it is about. */
  copula: words,
  /** Words that, a few words after a negation particle, make it "only" rather than "not": French "ne … que". */
  restrictive: words,
  /** Negations that follow the verb they negate (Turkish and Japanese verb endings, "değil", "ない"). */
  negationAfter: words,
  /**
   * The finite verb comes second (German): a phrase of time, place or manner may open the clause and
   * the subject follow the verb ("Am Montag verhängte die EU neue Sanktionen").
   */
  verbSecond: z.boolean().default(false),
  /** The verb usually comes before its subject ("قالت روسيا"): a speech verb right before an actor names the speaker. */
  verbFirst: z.boolean().default(false),
  /** Adjectives follow their noun ("الحكومة الألمانية", "the German government"): one before a topic's noun does not qualify it. */
  adjectiveAfterNoun: z.boolean().default(false),
  /** What names the choice an act of dropping made instead ("scrapped the contract in favour of AUKUS"): the act supports what follows. */
  inFavourOf: words,
  /** Things a nationality adjective may qualify without naming anyone who acts: "russische Öleinfuhren", "الطاقة الروسية". */
  things: words,
  /**
   * Regular spelling changes of a stem: every stem ("engelle*") whose end matches `ending` also
   * stands for the stem rewritten with `as` (Turkish vowel narrowing before "-yor": "engelliyor",
   * "söylüyor", "kınıyor").
   */
  stemVariants: z.array(z.object({ ending: pattern, as: z.string() }).strict()).default([]),
  /** What was said may follow its verb of saying after a comma, with no "that": "China erklärte, die USA müssten …". */
  reportAfterComma: z.boolean().default(false),
  /** A comma before "and" joins clauses, never the last of a list of names: "Это часть Украины, и Турция поддерживает …". */
  clauseCommaAnd: z.boolean().default(false),
  /**
   * What describes a noun comes before it ("谴责吞并的决议", "併合を非難する決議", "ilhakı kınayan karar"):
   * a document's content is read before the word that names it, not after.
   */
  headFinal: z.boolean().default(false),
  /** With `headFinal`: a verb still comes before its object ("要求俄方撤军"), where no particle puts the object first. */
  verbBeforeObject: z.boolean().default(false),
  /**
   * Nouns that name a document ("決議案", "karar*", "резолюци*"): where descriptions precede their
   * noun, a stance verb right before one says what the document says, and the next stance verb after
   * it what its holder did with it ("併合を非難する決議案に反対した": voted against a resolution
   * condemning the annexation). Where they follow it, a description set off by a comma still
   * belongs to it ("против проекта резолюции, осуждающего аннексию").
   */
  documents: words,
  /**
   * Verbs of putting a document forward ("drafted", "tabled", "présentée", "внесённую", "起草",
   * "提出", "قدمته"): beside a document's noun, the one who did it holds what the document says.
   */
  sponsor: words,
  /**
   * Words of violating ("a violation of", "verletzt", "нарушение", "违反"): they blame what violates,
   * and what is violated, named right after them (before them where descriptions precede their noun),
   * is upheld: the topic phrase there is read turned ("called the visit a violation of the one-China
   * principle" upholds the principle). Read as words of blame too.
   */
  violation: words,
  /**
   * "has yet to ratify", "noch nicht ratifiziert", "尚未批准": a negation of a state not reached, not a
   * refusal. An act so negated is pending and says no stance either way.
   */
  notYet: words,
  /**
   * Prepositions that say only what a document is about ("the resolution on the annexation",
   * "sur", "щодо", "بشأن"): such a document, named for the topic's contrary, is not said to be for
   * or against it, so backing it takes no side by that.
   */
  about: words,
  /** Prepositions of opposition that title a document ("a resolution against the annexation", "contre", "против"): it stands against what follows. */
  against: words,
  /** Where a target comes before the measure aimed at it, the word between them (Turkish "yönelik": "Rus enerji sektörüne yönelik yaptırımlar"): the names before it are the target. */
  aimedAt: words,
  /** Case endings or particles right after an actor that make it an object (Turkish "'ya", Japanese "を"). */
  objectAfter: words,
  /** Markers right before an actor that make it an object where words are not spaced (Chinese "向", "对"). */
  objectBefore: words,
  /** A regular expression for a verb form that carries its own negation (Turkish "uygulamayacak"). */
  negativeVerb: pattern,
  /**
   * A regular expression for what may follow a demanded object up to the verb that says what should
   * happen to it, that verb included: "called for the sanctions [to be lifted]", "forderte, die
   * Sanktionen [aufzuheben]", "demande que les sanctions [soient levées]". Empty where that verb comes first.
   */
  verbAfterObject: pattern,
  /**
   * Where the verb that takes a clause comes after it: a regular expression for the clause's verb and
   * what joins it to that verb ("支持していると" in "米国が台湾独立を支持していると非難した", "desteklemekle" in
   * "ABD'yi … desteklemekle suçladı"). The verb after judges the act before it: accusing someone of
   * backing a thing opposes the thing.
   */
  embeddedEnding: pattern,
  /**
   * Where a clause that describes a noun comes before it: a regular expression for its verb and
   * ending up to the noun ("反発してきた" in "…に反発してきたロシアは", "karşı çıkan" in "… karşı çıkan
   * Rusya"). The described name holds the verb's act.
   */
  relativeEnding: pattern,
  /**
   * Where the verb of a clause may stand between a noun and the relative clause that describes it
   * (German "hat eine Resolution blockiert, mit der … verurteilt werden sollte"): a regular
   * expression for the words that open that relative clause after its comma ("die", "mit der", "wonach").
   */
  relativeOpening: pattern,
  /**
   * Where a bare name can open a compound noun (Turkish "Ukrayna bölgesinin", "Rusya
   * yaptırımlarını"): a regular expression for the noun after it, with the ending that marks the
   * compound. The name then only qualifies that noun, and holds no stance.
   */
  compoundHead: pattern,
  /**
   * A regular expression for a verb form after which a form of "to be" is an auxiliary, not the copula
   * of a formula (English "-ing": "Brazil is not taking part in the sanctions").
   */
  progressive: pattern,
  /**
   * Where a clause that describes a topic's noun comes before it with its subject first: a regular
   * expression for the text from the subject's name up to the noun, the clause's verb in its first
   * group ("'nin Rusya'ya uyguladığı" in "AB'nin Rusya'ya uyguladığı yaptırımlar", "对俄罗斯实施的" in
   * "欧盟对俄罗斯实施的制裁"). The name did to what the noun names what the verb says.
   */
  relativeActBefore: pattern,
  /** A regular expression for what follows a subject up to its particle (Japanese "首相は"); empty where word order marks it. */
  subjectAfter: pattern,
  /**
   * Where a clause can be made a noun with its subject in the genitive (Turkish "Türkiye'nin …
   * onaylaması"): a regular expression for the genitive ending after a name ("'nin", "'ın"), one
   * for the verb made a noun, with its case ("onaylamasının", "onayladığını"), and one for a noun a
   * genitive owns ("üyeliğini"). The name holds that act, unless it only owns the noun after it.
   */
  genitiveEnding: pattern,
  nominalisedVerb: pattern,
  possessedNoun: pattern,
  /**
   * Where the agent of a passive is marked by its case, not a preposition (Russian, Ukrainian): a
   * regular expression for a passive verb form ("осуждён", "схвалено") and one for a word in the
   * agent's case ("Пекином", "Радою"). A name in that case right after such a verb is its agent.
   */
  passiveForm: pattern,
  agentCase: pattern,
  /**
   * Where a legislature that votes is named in the locative before a passive verb (Turkish "TBMM
   * Genel Kurulu'nda kabul edildi", "Meclis'te onaylandı"): a regular expression for what follows the
   * institution's name up to the verb, and one for the passive verb's ending. The institution is
   * the verb's agent.
   */
  locativeEnding: pattern,
  locativePassive: pattern,
  /**
   * Where a verb carries its object as an ending (Arabic "فرضتها", "which … imposed"): a regular
   * expression for such a verb. After a relative pronoun it is the pronoun that is its object, and
   * its subject is named after it: "العقوبات التي فرضتها الولايات المتحدة".
   */
  objectClitic: pattern,
  /**
   * Where no article marks a noun (Russian, Ukrainian): a regular expression for a verb's noun
   * ("приєднання", "присоединение"). Such a stance word with a stance verb after it in its clause is
   * that verb's subject, as a noun after its article is elsewhere.
   */
  verbalNoun: pattern,
  /**
   * A regular expression for an active participle (Russian "выступающих", "поддержавший"): after a
   * comma it opens a clause that describes the noun before the comma, as a relative pronoun does
   * ("прекратить поддержку сил, выступающих за независимость Тайваня").
   */
  participle: pattern,
  /**
   * A regular expression for an infinitive with its "to" written inside it (German separable verbs:
   * "anzuschließen", "aufzuheben"): after a comma it opens the clause a verb before it takes, as the
   * `infinitive` particle does ("weigert sich, sich den Sanktionen anzuschließen").
   */
  fusedInfinitive: pattern,
  /**
   * Where case, not word order, marks the subject (Russian, Ukrainian): a regular expression for
   * the ending of a word in another case ("Канаду", "Франции"). A clause that opens with the
   * topic's phrase and then its verb names its subject after the verb, in no such case:
   * "Резолюцию о целостности Украины поддержали Канада и Франция".
   */
  obliqueEnding: pattern,
  /**
   * A regular expression for an attributive participle (German "geführten", "verhängten"): a name
   * a preposition of agency governs right before one and its noun is the participle's agent ("in
   * dem von den USA geführten Bündnis"), not the clause's.
   */
  attributive: pattern,
});

export type Lexicon = z.infer<typeof LexiconSchema>;
/** What a cue does in a sentence: a stance class's polarity, or a grammatical role. */
export type CueKind =
  | 'support'
  | 'oppose'
  | 'neutral'
  | 'praise'
  | 'blame'
  | 'warn'
  | 'negation'
  | 'refusal'
  | 'demand'
  | 'contrast'
  | 'negationAfter'
  | 'speech'
  | 'speakerAfter'
  | 'hedge'
  | 'agent'
  | 'align'
  | 'modal';
const GRAMMAR_CUES = ['negation', 'refusal', 'demand', 'contrast', 'negationAfter', 'speech', 'speakerAfter', 'hedge', 'agent', 'align', 'modal'] as const;

/** A language's data file checked against the schema; every problem listed with its path. */
export function parseLexicon(lang: string, data: unknown): Lexicon {
  const parsed = LexiconSchema.safeParse(data);
  if (parsed.success) return withStemVariants(parsed.data);
  const problems = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
  throw new StanceError('bad_config', `models/lexicon/${lang}.json is invalid (${parsed.error.issues.length} problems): ${problems.join('; ')}`, {
    issues: parsed.error.issues,
  });
}

/** Each list with the variants of its stems added after it (`stemVariants`): the spellings a suffix gives a stem. */
function withStemVariants(lexicon: Lexicon): Lexicon {
  if (lexicon.stemVariants.length === 0) return lexicon;
  const rules = lexicon.stemVariants.map(({ ending, as }) => ({ ending: new RegExp(`(?:${ending})$`, 'u'), as }));
  const varied = (phrase: string) =>
    phrase.endsWith('*')
      ? rules.filter(({ ending }) => ending.test(phrase.slice(0, -1))).map(({ ending, as }) => `${phrase.slice(0, -1).replace(ending, as)}*`)
      : [];
  const out: Record<string, unknown> = { ...lexicon };
  for (const [key, value] of Object.entries(lexicon)) {
    if (Array.isArray(value) && value.every((x) => typeof x === 'string')) out[key] = [...new Set([...value, ...value.flatMap(varied)])];
  }
  return out as Lexicon;
}

const FILES: Record<string, unknown> = { ar, de, en, es, fr, ja, ru, tr, uk, zh };

const lexicons = new Map<string, Lexicon>();
export function lexiconFor(lang: string): Lexicon {
  let lexicon = lexicons.get(lang);
  if (!lexicon) {
    lexicon = FILES[lang] ? parseLexicon(lang, FILES[lang]) : lexiconFor('en');
    lexicons.set(lang, lexicon);
  }
  return lexicon;
}

type WordList = { [K in keyof Lexicon]: Lexicon[K] extends string[] ? K : never }[keyof Lexicon];
const wordSets = new WeakMap<Lexicon, Map<WordList, Set<string>>>();

/** Is the text a phrase of one of these predicate classes (a whole phrase, a stem's word, or word by word with stems inside)? Phrases with a gap are left out. */
export function saysClass(lexicon: Lexicon, text: string, classes: PredicateClass[]): boolean {
  const said = fold(text);
  const { whole, stems, phrases } = classPhrases(lexicon, classes);
  return whole.has(said) || stems.some((stem) => said.startsWith(stem)) || phrases.some((words) => wordsSaid(words, said));
}

/** The phrases of some predicate classes, folded once: whole phrases, stems ("sanction*"), and phrases with a stem inside ("withdr* from"). */
interface ClassPhrases {
  whole: Set<string>;
  stems: string[];
  phrases: string[][];
}

const classPhraseSets = new WeakMap<Lexicon, Map<string, ClassPhrases>>();

function classPhrases(lexicon: Lexicon, classes: PredicateClass[]): ClassPhrases {
  let byClasses = classPhraseSets.get(lexicon);
  if (!byClasses) classPhraseSets.set(lexicon, (byClasses = new Map()));
  const key = classes.join(',');
  let found = byClasses.get(key);
  if (!found) {
    found = { whole: new Set(), stems: [], phrases: [] };
    // Phrases with a gap ("…") are left out.
    for (const p of classes.flatMap((name) => lexicon[name]).filter((p) => !p.includes('…'))) {
      if (p.endsWith('*')) found.stems.push(fold(p.slice(0, -1)));
      else if (p.includes('*')) found.phrases.push(fold(p).split(' '));
      else found.whole.add(fold(p));
    }
    byClasses.set(key, found);
  }
  return found;
}

/** A phrase with a stem inside it, word by word: "withdr* from" says "withdrawal from". */
function wordsSaid(words: string[], said: string): boolean {
  const got = said.split(/\s+/);
  return words.length === got.length && words.every((w, k) => wordSays(w, got[k]));
}

/** A word list of the lexicon as a set of lower-case words, built once: "is this token a determiner?". */
export function wordSet(lexicon: Lexicon, list: WordList): Set<string> {
  let sets = wordSets.get(lexicon);
  if (!sets) wordSets.set(lexicon, (sets = new Map()));
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set(lexicon[list].map(fold))));
  return set;
}

/**
 * What the scorer finds in every sentence: the cues of every kind, the words that name a side of a
 * vote, and the phrases of scene, of a measure found wanting, of documents and of their sponsors, of violating.
 */
export type SentenceLists = {
  cues: CueKind;
  sides: CueKind;
  background: true;
  insufficient: true;
  documents: true;
  sponsor: true;
  violation: true;
  notYet: true;
};

const sentenceMatchers = new Map<string, ListsMatcher<SentenceLists>>();
/** A language's lists the scorer reads of every sentence, in one matcher: one walk over a sentence finds them all. */
/** Every phrase of the stance classes and grammatical cues, with what it does in a sentence. */
function cuePhrases(lexicon: Lexicon): Array<{ phrase: string; value: CueKind }> {
  const out: Array<{ phrase: string; value: CueKind }> = [];
  for (const [name, kind] of Object.entries(PREDICATE_CLASSES)) {
    const value: CueKind = name === 'warn' ? 'warn' : name in EVALUATIVE ? (name as 'praise' | 'blame') : kind;
    for (const phrase of lexicon[name as PredicateClass]) out.push({ phrase, value });
  }
  for (const phrase of lexicon.violation) out.push({ phrase, value: 'blame' });
  for (const kind of GRAMMAR_CUES) for (const phrase of lexicon[kind]) out.push({ phrase, value: kind });
  return out;
}

/** A verb and the word that closes its clause, a gap between: "gibt … auf", "wird … reagieren" (`first` and `last` folded, `*` a stem). */
export interface ClauseFrame {
  first: string;
  last: string;
  value: CueKind;
}

const clauseFrameLists = new WeakMap<Lexicon, ClauseFrame[]>();

/** The cue phrases of two words with a gap between them: in a verb-second language, the two parts of one verb. */
export function clauseFrames(lexicon: Lexicon): ClauseFrame[] {
  let frames = clauseFrameLists.get(lexicon);
  if (!frames) {
    frames = cuePhrases(lexicon).flatMap(({ phrase, value }) => {
      const words = phrase.split(' ');
      return words.length === 3 && words[1] === '…' ? [{ first: fold(words[0]), last: fold(words[2]), value }] : [];
    });
    clauseFrameLists.set(lexicon, frames);
  }
  return frames;
}

/** Words a particle at its clause's end may stand from its verb in a verb-second language. */
const CLAUSE_END_GAP = 12;

export function sentenceMatcher(lang: string): ListsMatcher<SentenceLists> {
  let matcher = sentenceMatchers.get(lang);
  if (!matcher) {
    const lexicon = lexiconFor(lang);
    // A verb-second language ends its clause with the verb's particle, however far from the verb: "lehnt … ab".
    matcher = new ListsMatcher<SentenceLists>(lexicon.prefixes, { clauseEndGap: lexicon.verbSecond ? CLAUSE_END_GAP : 0 });
    for (const { phrase, value } of cuePhrases(lexicon)) matcher.add('cues', phrase, value);
    for (const phrase of lexicon.sideFor) matcher.add('sides', phrase, 'support');
    for (const phrase of lexicon.sideAgainst) matcher.add('sides', phrase, 'oppose');
    for (const list of ['background', 'insufficient', 'documents', 'sponsor', 'violation', 'notYet'] as const)
      for (const phrase of lexicon[list]) matcher.add(list, phrase, true);
    sentenceMatchers.set(lang, matcher);
  }
  return matcher;
}

const listMatchers = new Map<string, PhraseMatcher<true>>();
/** One list of a language's lexicon as a matcher of its own, built once. */
function listMatcher(lang: string, list: 'speech' | 'background'): PhraseMatcher<true> {
  const key = `${lang}\u0000${list}`;
  let matcher = listMatchers.get(key);
  if (!matcher) {
    const lexicon = lexiconFor(lang);
    matcher = new PhraseMatcher<true>(
      lexicon[list].map((phrase) => ({ phrase, value: true as const })),
      lexicon.prefixes,
    );
    listMatchers.set(key, matcher);
  }
  return matcher;
}

/** The verbs of saying: "said", "заявил", "表示". */
export const speechMatcher = (lang: string): PhraseMatcher<true> => listMatcher(lang, 'speech');

/** The phrases that make what follows the scene of another act: "after", "amid", "angesichts", "на фоне". */
export const backgroundMatcher = (lang: string): PhraseMatcher<true> => listMatcher(lang, 'background');

/** Does a background phrase still reach across this stretch of text? Not past punctuation, a bracket or a dash. */
export const backgroundReaches = (stretch: string): boolean => !/[,;:.!?()«»"“”—–]/.test(stretch);

/**
 * A comma alone joins names into a group only in a list that a coordinating word ends ("Russia,
 * China and Iran"); "In Madrid, NATO leaders …" is no group. True when the gaps between a run of
 * names make such a list. An article after the comma does not make it a list word: "In Madrid, the NATO…".
 */
export function formsList(gaps: string[], lang: string): boolean {
  const bareComma = barePatterns(lang).comma;
  return gaps.some((gap) => !bareComma.test(gap));
}

export const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A list's article as a pattern: "le", "l'", "the" — an elided one is glued to the name by its apostrophe. */
function articlePattern(lang: string): string {
  const articles = lexiconFor(lang).articles.map(escaped).join('|');
  return articles ? `(\\s*(${articles})(\\s+|\\s*['’]\\s*))?` : '';
}

const patterns = new Map<string, { coordination: RegExp; comma: RegExp }>();
function barePatterns(lang: string): { coordination: RegExp; comma: RegExp } {
  let found = patterns.get(lang);
  if (!found) {
    const lexicon = lexiconFor(lang);
    const words = lexicon.coordination.map(escaped).join('|');
    const article = articlePattern(lang);
    found = {
      // Where the verb comes first, two names with only a space between are its subject and object, not a list ("طالبت فرنسا روسيا").
      coordination: lexicon.verbFirst
        ? new RegExp(`^(\\s*(,|،|,?\\s*(${words || 'and'}))${article}\\s*|)$`, 'iu')
        : new RegExp(`^\\s*((,|、|・|${lexicon.clauseCommaAnd ? '' : ',?'}\\s*(${words || 'and'}))${article})?\\s*$`, 'iu'),
      comma: new RegExp(`^\\s*,${article}\\s*$`, 'iu'),
    };
    patterns.set(lang, found);
  }
  return found;
}

/** Matches a bare comma between two names (an article after it at most): a list's separator, not its "and". */
export function commaPattern(lang: string): RegExp {
  return barePatterns(lang).comma;
}

/** Matches the text between two actors named as one group: "Moscow and Beijing", "中俄", "Rusya ve Çin", "la Chine, l'Inde". */
export function coordinationPattern(lang: string): RegExp {
  return barePatterns(lang).coordination;
}

const listIntros = new WeakMap<Lexicon, RegExp | null>();
/** A list's opening words anywhere in a stretch of text: "including", "parmi lesquels", "в том числе"; null where the language has none. */
export function listIntroPattern(lexicon: Lexicon): RegExp | null {
  let pattern = listIntros.get(lexicon);
  if (pattern === undefined) {
    // Longest first, so "dont celles de" is taken whole, not as "dont" and a preposition.
    const phrases = [...lexicon.listIntro].sort((a, b) => b.length - a.length).map((p) => p.split(/\s+/).map(escaped).join('\\s+'));
    pattern = phrases.length > 0 ? new RegExp(`(^|[^\\p{L}])(${phrases.join('|')})([^\\p{L}]|$)`, 'iu') : null;
    listIntros.set(lexicon, pattern);
  }
  return pattern;
}

const viewpoints = new WeakMap<Lexicon, RegExp | null>();
/**
 * A sentence's opening up to a name that it gives the view of: "Pour le ", "Mais pour ", "По
 * мнению ", "Según el Gobierno de " (a contrast word may come first; a determiner, and an
 * office with its preposition, between); null where the language has none.
 */
export function viewpointPattern(lexicon: Lexicon): RegExp | null {
  let pattern = viewpoints.get(lexicon);
  if (pattern === undefined) {
    const alternatives = (list: string[]) => list.map((p) => p.split(/\s+/).map(escaped).join('\\s+')).join('|');
    const determiner = `((${alternatives(lexicon.determiners)})\\s+|\\p{L}{1,2}['’]\\s*)?`;
    const office = `((${alternatives(lexicon.heads)})\\s+((${alternatives(lexicon.object)})\\s+)?${determiner})?`;
    pattern =
      lexicon.viewpoint.length > 0
        ? new RegExp(`^\\s*((${alternatives(lexicon.contrast)})\\s*,?\\s+)?(${alternatives(lexicon.viewpoint)})\\s+${determiner}${office}$`, 'iu')
        : null;
    viewpoints.set(lexicon, pattern);
  }
  return pattern;
}

const viewpointsAfter = new WeakMap<Lexicon, RegExp | null>();
/** What follows a name that opens a sentence with its view: "'e göre ", "側によれば、", "看来，" (a case ending or a word of up to three letters first). */
export function viewpointAfterPattern(lexicon: Lexicon): RegExp | null {
  let pattern = viewpointsAfter.get(lexicon);
  if (pattern === undefined) {
    const words = lexicon.viewpointAfter.map(escaped).join('|');
    pattern = words ? new RegExp(`^(['’]?\\p{L}{0,3}\\s*)?(${words})(\\s*[,，、]|\\s)`, 'iu') : null;
    viewpointsAfter.set(lexicon, pattern);
  }
  return pattern;
}
