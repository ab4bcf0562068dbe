/**
 * Is a source the popup shows a name or description a reader would recognise, or a fragment of a
 * sentence ("Although the researchers", "week State Department official David Holmes", "D-Wis")?
 * Shared by the unit sweeps over every fixture and page (tests/unit/sources-fragments*.test.ts).
 */
import type { Source } from '../../src/node/lib.js';
import { en } from '../../src/pipeline/sources/lexicon/en.js';

/** A name never opens with a clause opener, a preposition or a lower-case word ("We Company", "Public Health England" are names). */
const openers = new Set([...en.clauseOpeners, ...en.prepositions, ...en.relatives.filter((w) => w !== 'that')]);
/** Descriptions are written as the article writes them; they still never open a clause. */
const descriptionOpeners = new Set([...en.clauseOpeners, ...en.prepositions, ...en.relatives.filter((w) => w !== 'that'), 'to']);
const abbreviated = new RegExp(`(?:\\p{Lu}\\.)+$|(?:${en.abbreviations.join('|')})\\.$`, 'u');
// An outlet described rather than named ("local news reports") is a description.
const named = (s: Source): boolean => s.kind === 'person' || s.kind === 'organization' || (s.kind === 'media' && !s.anonymous);
const small = new Set([...en.nameConnectors, ...en.runConnectors, ...en.determiners]);

/** Why a shown source is no name or description, or null when it is one. */
export function fragment(source: Source): string | null {
  const words = source.name.split(/\s+/u);
  const first = words[0] ?? '';
  // An acronym ("WHO") is a name; a description may open with a possessive or a date ("Our survey", "March 2019 study").
  const opener = first.length > 1 && first === first.toUpperCase() ? '' : first.toLowerCase();
  if ((named(source) ? openers : descriptionOpeners).has(opener)) return 'opens with a function word';
  if (/[.!?;:]$/u.test(source.name.replace(abbreviated, ''))) return 'ends a sentence';
  if (named(source)) {
    if (words.slice(1).some((w) => en.headlineWords.includes(w))) return "a headline's title case";
    if (new RegExp(`^\\p{Lu}[\\p{L}.'’]*-(?:${en.compoundDescriptors.join('|')})$`, 'u').test(first) && words.length > 1) return 'a describing compound before the name';
    if (source.kind === 'person' && en.placeHeads.includes(words.at(-1) ?? '')) return 'a street or place';
    if (source.kind === 'person' && words.includes(en.and)) return 'two names as one person';
    const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !small.has(w) && !en.titleHeads.some((t) => t.toLowerCase() === w));
    if (lower.length > 1) return 'lower-case words inside a name';
    if (/^\p{Ll}/u.test(words[0] ?? '') && !small.has(words[0] ?? '')) return 'a name opening in lower case';
    if (words.length > 10) return 'too long for a name';
  } else if (words.length > 14) return 'too long for a description';
  return null;
}

/** The fragments among a report's sources, as "name (kind): why". */
export function fragmentsOf(sources: Source[]): string[] {
  return sources.flatMap((s) => {
    const why = fragment(s);
    return why ? [`${s.name} (${s.kind}): ${why}`] : [];
  });
}
