/**
 * Written dates and times as datelines give them, in folded form (no accents), for the dateline rule.
 * The names come from the one per-language table of them (../../util/dates.ts).
 */
import { fold } from '../normalise.js';
import { dateWords, type DateLanguage } from '../../util/dates.js';

const names = (kind: Parameters<typeof dateWords>[0], languages?: readonly DateLanguage[]): string =>
  [...new Set(dateWords(kind, languages).map(fold))].join('|');
const OTHER: readonly DateLanguage[] = ['es', 'fr', 'de', 'pt'];

/** "Nov. 19, 2019", "November 19", "Wed, Nov 20". */
const MONTH = `(${names('months', ['en'])}|(${names('monthAbbreviations', ['en'])})\\.?)`;
const DAY = `((${names('weekdays', ['en'])}|(${names('weekdayAbbreviations', ['en'])})\\.?),?\\s+)?`;
const ZONE = '(\\s*(utc|gmt|[a-z]{1,3}t))?';
export const TIME = `\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?${ZONE}|\\d{1,2}\\s*[ap]\\.?m\\.?${ZONE}`;
/** "22 de janeiro de 2018", "3 de mayo de 2019", "12 mars 2019", "5. März 2019", "19 November 2019". */
const LONG_MONTH = `(${names('months')})`;
const WEEKDAY = `(${names('weekdays', OTHER)}),?\\s+`;
/** A weekday standing alone: "Wednesday", "Wed.". */
const LONE_WEEKDAY = `(${names('weekdays')}|(${names('weekdayAbbreviations', ['en'])})\\.?)`;

export const DATE = `((${WEEKDAY})?\\d{1,2}\\.?\\s+(de\\s+)?${LONG_MONTH}\\s+(de\\s+)?\\d{4}(\\s+(as|a las|a|um)\\s+\\d{1,2}[:.h]\\d{2})?|${DAY}(${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?(\\s+\\d{4})?|\\d{1,2}\\s+${MONTH},?(\\s+\\d{4})?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4})|${LONE_WEEKDAY})`;
