/**
 * No source is a fragment of a sentence on the pages of ../shared: the gold pages through cleanDocument (as the
 * popup finds them), and the reference text of every Readability test page, Defuddle fixture and benchmark
 * article (the text a good extraction gives: cleanDocument on all 400 pages takes minutes, the reference texts
 * seconds). The labelled real articles are among those pages; the labelled Readability pages also go the popup's
 * whole path (cleanDocument → findSources on its own text, 18 pages, seconds). Missing ../shared fails under CI=true
 * and is skipped otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument, findSources } from '../../src/node/lib.js';
import { CORPORA, READABILITY_TEST_URL, loadDefuddlePages, loadReadabilityPages, referenceText } from '../helpers/corpora.js';
import { domFor, loadGoldPages } from '../helpers/gold.js';
import { loadRealLabels, readabilityPage } from '../helpers/sources-real.js';
import { fragmentsOf } from '../helpers/sources-fragments.js';
import { suiteAvailable } from '../helpers/suite-available.js';

const sweep = (texts: { id: string; text: string }[]): string[] =>
  texts.flatMap((t) => fragmentsOf(findSources({ text: t.text }).sources).map((f) => `${t.id}: ${f}`));

describe('no source is a fragment of a sentence, on the pages of ../shared', () => {
  it.runIf(suiteAvailable(CORPORA.goldShared))('gold pages, as the popup finds them', () => {
    const bad = loadGoldPages(CORPORA.goldShared).flatMap((p) => fragmentsOf(cleanDocument(domFor(p).window.document, { url: p.gold.url }).sources.sources).map((f) => `${p.name}: ${f}`));
    expect(bad).toEqual([]);
  });

  it.runIf(suiteAvailable(CORPORA.readability))('labelled Readability pages, as the popup finds them', () => {
    const pages = loadRealLabels().filter((l) => l.page.startsWith('readability/'));
    expect(pages.length).toBeGreaterThan(10);
    const bad = pages.flatMap((l) => fragmentsOf(cleanDocument(readabilityPage(l.page).window.document, { url: READABILITY_TEST_URL }).sources.sources).map((f) => `${l.id}: ${f}`));
    expect(bad).toEqual([]);
  });

  it.runIf(suiteAvailable(CORPORA.readability))('Readability test pages (expected text)', () => {
    expect(sweep(loadReadabilityPages().filter((p) => p.article).map((p) => ({ id: p.name, text: referenceText(p) })))).toEqual([]);
  });

  it.runIf(suiteAvailable(CORPORA.defuddle))('Defuddle fixtures (expected text)', () => {
    expect(sweep(loadDefuddlePages().filter((p) => p.article !== false).map((p) => ({ id: p.name, text: referenceText(p) })))).toEqual([]);
  });

  it.runIf(suiteAvailable(CORPORA.bench))('benchmark articles (ground-truth body)', () => {
    const truth = JSON.parse(fs.readFileSync(path.join(CORPORA.bench, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    expect(sweep(Object.entries(truth).map(([id, t]) => ({ id: id.slice(0, 12), text: t.articleBody })))).toEqual([]);
  });
});
