import { eld } from 'eld/small';

/**
 * The article's language: the `lang` the input gave wins; otherwise eld's n-gram guess, which
 * was the most accurate of the detectors compared on news text in the ten supported languages,
 * including single sentences and short quotes, and the fastest.
 */
export const FALLBACK_LANGUAGE = 'en';

export function detectLanguage(text: string, given?: string | null): string {
  if (given) return given;
  // The opening is enough and keeps long articles cheap.
  const guess = eld.detect(text.slice(0, 2000)).language;
  return guess || FALLBACK_LANGUAGE;
}
