/** Written dates and times as datelines give them, in folded form (no accents), for the dateline rule. */

/** "Nov. 19, 2019", "November 19". */
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '((mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const ZONE = '(\\s*(utc|gmt|[a-z]{1,3}t))?';
export const TIME = `\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?${ZONE}|\\d{1,2}\\s*[ap]\\.?m\\.?${ZONE}`;
/** "22 de janeiro de 2018", "3 de mayo de 2019", "12 mars 2019", "5. März 2019". */
const LONG_MONTH = '(janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|marz|juni|juli|oktober|dezember)';
const WEEKDAY = '((segunda|terca|quarta|quinta|sexta)-feira|sabado|domingo|lunes|martes|miercoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\\s+';
export const DATE = `((${WEEKDAY})?\\d{1,2}\\.?\\s+(de\\s+)?${LONG_MONTH}\\s+(de\\s+)?\\d{4}(\\s+(as|a las|a|um)\\s+\\d{1,2}[:.h]\\d{2})?|${DAY}(${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?(\\s+\\d{4})?|\\d{1,2}\\s+${MONTH},?(\\s+\\d{4})?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4})|${TIME}|(mon|tue|wed|thu|fri|sat|sun)[a-z]*)`;
