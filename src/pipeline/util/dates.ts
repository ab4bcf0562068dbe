/**
 * Month and weekday names per language, as people write them (lower case, with their accents): one
 * home for every stage that reads written dates (the clutter pass's datelines, the sources' names
 * that are never a person). Each stage folds or capitalises them as its matching needs.
 */
export interface DateWords {
  months: readonly string[];
  /** Short forms written with or without a full stop: "Nov.", "sept", "févr.". */
  monthAbbreviations: readonly string[];
  weekdays: readonly string[];
  weekdayAbbreviations: readonly string[];
}

export const DATE_WORDS = {
  en: {
    months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    monthAbbreviations: ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    weekdayAbbreviations: ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  },
  es: {
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
    monthAbbreviations: ['ene', 'feb', 'mar', 'abr', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    weekdayAbbreviations: ['lun', 'mié', 'jue', 'vie', 'sáb', 'dom'],
  },
  fr: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    monthAbbreviations: ['janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    weekdayAbbreviations: ['lun', 'mer', 'jeu', 'ven', 'sam', 'dim'],
  },
  de: {
    months: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    monthAbbreviations: ['jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez'],
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'],
    // "Mo.", "Do.", "So." are left out: alone they are other words ("so", "do").
    weekdayAbbreviations: [],
  },
  pt: {
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    monthAbbreviations: ['jan', 'fev', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
    weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
    weekdayAbbreviations: ['seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'],
  },
} as const satisfies Record<string, DateWords>;

export type DateLanguage = keyof typeof DATE_WORDS;

/** One kind of name across every language, without repeats, longest first (for regex alternations). */
export function dateWords(kind: keyof DateWords, languages: readonly DateLanguage[] = Object.keys(DATE_WORDS) as DateLanguage[]): string[] {
  return [...new Set(languages.flatMap((l) => DATE_WORDS[l][kind]))].sort((a, b) => b.length - a.length);
}
