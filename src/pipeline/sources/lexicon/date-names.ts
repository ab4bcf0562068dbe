/**
 * Month and weekday names as a sentence writes them at a name's place ("March", "Monday"): read from the one
 * per-language table of them (util/dates.ts) instead of a copy in each lexicon, so a month added there is never a
 * speaker here either.
 */
import { DATE_WORDS, type DateLanguage } from '../../util/dates.js';

const capitalise = (word: string): string => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** The full month and weekday names of one language, capitalised. */
export function capitalisedDateNames(lang: DateLanguage): string[] {
  const words = DATE_WORDS[lang];
  return [...words.months, ...words.weekdays].map(capitalise);
}
