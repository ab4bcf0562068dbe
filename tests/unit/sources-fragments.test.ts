/**
 * No source the popup shows is a fragment of a sentence (tests/helpers/sources-fragments.ts says what is one),
 * on the repository's own fixtures: every labelled case and every fixture page run through cleanDocument.
 * The pages of ../shared are swept in sources-fragments-shared.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument, findSources, type Source } from '../../src/node/lib.js';
import { domFor, loadGoldPages, REPO } from '../helpers/gold.js';
import { fragment, fragmentsOf } from '../helpers/sources-fragments.js';
import { loadCases } from '../helpers/sources-labels.js';

const texts = [...loadCases('cases'), ...loadCases('held-out')].map((c) => ({ id: c.id, text: c.text, lang: c.lang ?? 'en' }));

describe('no source is a fragment of a sentence', () => {
  it('on the labelled cases', () => {
    const bad = texts.flatMap((c) => fragmentsOf(findSources({ text: c.text, lang: c.lang }).sources).map((f) => `${c.id}: ${f}`));
    expect(bad).toEqual([]);
  });

  it('on the fixture pages (tests/fixtures/pages), as the popup finds them', () => {
    const pages = loadGoldPages(path.join(REPO, 'tests/fixtures/pages'));
    expect(pages.length).toBe(fs.readdirSync(path.join(REPO, 'tests/fixtures/pages')).filter((f) => f.endsWith('.html')).length);
    const bad = pages.flatMap((p) => fragmentsOf(cleanDocument(domFor(p).window.document, { url: p.gold.url }).sources.sources).map((f) => `${p.name}: ${f}`));
    expect(bad).toEqual([]);
  });

  it('catches a fragment', () => {
    const fake = (name: string, kind: Source['kind'] = 'person'): Source => ({ id: 's1', name, aliases: [], kind, anonymous: false, role: null, cues: [], quotes: [], noQuote: 'cited', position: 0 });
    for (const name of ['Although the researchers', 'Rates of cannabis use disorder have risen in U.S.', 'yet Nissan', 'of Take-Two', 'week State Department official David Holmes', 'Liu said that People’s Liberation Army',
      'Hypocrisy Of Sam Yagan', 'Australian-born Assange', 'Eighth St.', 'Iraq and Syria']) {
      expect(fragment(fake(name)), name).not.toBeNull();
    }
    expect(fragment(fake('company', 'organization'))).not.toBeNull();
    for (const name of ['Sen. Ann Cole', 'WHO', 'Department of Justice', 'James P. Kennedy Jr.']) expect(fragment(fake(name)), name).toBeNull();
    expect(fragment(fake('people familiar with the talks', 'anonymous_group'))).toBeNull();
  });
});
