/**
 * The vocabulary of the fixture model, grouped by the feature each word switches on. Words in
 * `plain` carry no feature: they only keep common test sentences free of [UNK] tokens.
 */
export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]'] as const;

export const CUE_WORDS = {
  support: [
    'support', 'supports', 'supported', 'supporting', 'back', 'backs', 'backed', 'welcome', 'welcomes',
    'welcomed', 'endorse', 'endorses', 'endorsed', 'favours', 'favors', 'applied', 'praises', 'praised',
    'approves', 'approved', 'ratified', 'signed', 'join', 'joined',
  ],
  oppose: [
    'oppose', 'opposes', 'opposed', 'opposing', 'reject', 'rejects', 'rejected', 'condemn', 'condemns',
    'condemned', 'criticises', 'criticizes', 'criticised', 'criticized', 'against', 'denounces', 'denounced',
    'blocks', 'blocked', 'vetoed', 'objects',
  ],
  negation: ['not', 'never', 'no', 'refuses', 'refused', 'declined', 'doesn', 'didn', 'neither', 'nor'],
} as const;

export const TOPIC_WORDS = [
  'nato', 'expansion', 'enlargement', 'aukus', 'sanctions', 'ukraine', 'membership', 'eu', 'alliance',
  'submarines', 'treaty', 'pact', 'accession', 'bid', 'deal',
] as const;

const PLAIN_WORDS = [
  'russia', 'china', 'france', 'germany', 'finland', 'sweden', 'australia', 'united', 'states', 'kingdom',
  'turkey', 'hungary', 'india', 'japan', 'poland', 'the', 'of', 'to', 'a', 'an', 'and', 'in', 'on', 'is',
  'was', 'it', 'its', 'for', 'with', 'by', 'at', 'as', 'that', 'this', 'new', 'weather', 'paris', 'sunny',
  'government', 'minister', 'ministry', 'foreign', 'president', 'prime', 'said', 'says', 'talks', 'statement',
  'today', 'yesterday', 'plan', 'meeting', 'held', 'summit', 'discussed', 'trade', 'football', 'match',
  'team', 'won', 'rain', 'city', 'market', 'prices', 'rose', 'does', 'did', 'will', 'would', 'strongly',
  'firmly', 'openly', 'again', 'week', 'year', 'spokesperson', 'officials', 'leaders', 'military',
  '.', ',', "'", '"', '-', ':', 't', 's',
];

/** Every token, in id order: specials first, then cue, topic and plain words without duplicates. */
export function fixtureVocabulary(): string[] {
  const words = [
    ...SPECIAL_TOKENS,
    ...CUE_WORDS.support,
    ...CUE_WORDS.oppose,
    ...CUE_WORDS.negation,
    ...TOPIC_WORDS,
    ...PLAIN_WORDS,
  ];
  return [...new Set(words)];
}
