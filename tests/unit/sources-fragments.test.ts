/**
 * No source the popup shows is a fragment of a sentence: over every labelled case (the real pages are checked
 * in the bench, too slow for a unit test), a named source is a name (capitalised words and the small words inside names, no clause opener)
 * and a description is short and opens like one.
 */
import { describe, expect, it } from 'vitest';
import { findSources, type Source } from '../../src/node/lib.js';
import { en } from '../../src/pipeline/sources/lexicon/en.js';
import { loadCases } from '../helpers/sources-labels.js';

const openers = new Set([...en.clauseOpeners, ...en.notNames.map((w) => w.toLowerCase())].filter((w) => !en.determiners.includes(w)));
const small = new Set([...en.nameConnectors, ...en.runConnectors, ...en.determiners]);

/** Why a shown source is no name or description, or null when it is one. */
function fragment(source: Source): string | null {
  const words = source.name.split(/\s+/u);
  if (openers.has((words[0] ?? '').toLowerCase())) return 'opens with a function word';
  if (/[.!?;:]$/u.test(source.name.replace(/(?:\p{Lu}\.)+$|(?:Jr|Sr|Inc|Co|Corp|Ltd)\.$/u, ''))) return 'ends a sentence';
  if (source.kind === 'person' || source.kind === 'organization' || source.kind === 'media') {
    const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !small.has(w) && !en.titleHeads.some((t) => t.toLowerCase() === w));
    if (lower.length > 1) return 'lower-case words inside a name';
    if (words.length > 10) return 'too long for a name';
  } else if (words.length > 14) return 'too long for a description';
  return null;
}

const texts = [...loadCases('cases'), ...loadCases('held-out')].filter((c) => (c.lang ?? 'en') === 'en').map((c) => ({ id: c.id, text: c.text }));

describe('no source is a fragment of a sentence', () => {
  it('on the labelled cases', () => {
    const bad = texts.flatMap((c) => findSources({ text: c.text }).sources.map((s) => [c.id, s.name, fragment(s)]).filter(([, , why]) => why));
    expect(bad).toEqual([]);
  });

  it('catches a fragment', () => {
    const fake = (name: string): Source => ({ id: 's1', name, aliases: [], kind: 'person', anonymous: false, role: null, cues: [], quotes: [], position: 0 });
    expect(fragment(fake('Although the researchers'))).not.toBeNull();
    expect(fragment(fake('Rates of cannabis use disorder have risen in U.S.'))).not.toBeNull();
    expect(fragment(fake('Sen. Ann Cole'))).toBeNull();
  });
});
