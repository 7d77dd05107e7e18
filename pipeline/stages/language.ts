/**
 * The article's language: the `lang` the input gave wins; otherwise a guess from the script and,
 * for Latin and Cyrillic text, from frequent function words.
 */
const SCRIPT_LANGS: Array<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Arabic}/u, 'ar'],
];

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'that', 'is', 'said', 'with'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'mit', 'sich', 'ist'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'que'],
  es: ['el', 'la', 'los', 'las', 'que', 'del', 'con', 'por'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'da', 'de'],
  ru: ['и', 'в', 'не', 'что', 'на', 'с', 'по', 'это'],
  uk: ['і', 'та', 'що', 'не', 'на', 'до', 'від', 'це'],
};

export function detectLanguage(text: string, given?: string | null): string {
  if (given) return given;
  const sample = text.slice(0, 2000);
  for (const [script, lang] of SCRIPT_LANGS) {
    const count = sample.match(new RegExp(script.source, 'gu'))?.length ?? 0;
    if (count > 20 || count > sample.length / 5) return lang;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'en';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    const score = words.filter((w) => set.has(w)).length;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}
