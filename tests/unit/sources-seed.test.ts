/** The seed article against its hand-labelled sources (../shared/fixtures/pages/patriotfetch-dmitriev.sources.json). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/node/lib.js';
import { SHARED_PAGES, domFor, hasShared } from '../helpers/gold.js';
import { findMatch, loadSeedLabels, quoteMatches } from '../helpers/sources-labels.js';

interface Labels { summary: { sources: number; named: number; anonymous: number; directQuotes: number } }

const NAME = 'patriotfetch-dmitriev';


describe.skipIf(!hasShared)('sources of the seed article', () => {
  const html = hasShared ? fs.readFileSync(path.join(SHARED_PAGES, `${NAME}.html`), 'utf8') : '';
  const gold = hasShared ? JSON.parse(fs.readFileSync(path.join(SHARED_PAGES, `${NAME}.gold.json`), 'utf8')) as { url: string } : { url: '' };
  const labels = hasShared ? JSON.parse(fs.readFileSync(path.join(SHARED_PAGES, `${NAME}.sources.json`), 'utf8')) as Labels : { summary: { sources: 0, named: 0, anonymous: 0, directQuotes: 0 } };
  const sources = loadSeedLabels() ?? [];
  const report = hasShared ? cleanDocument(domFor({ html, gold }).window.document, { url: gold.url }).sources : null;

  for (const label of sources) {
    it(`finds ${label.name} (${label.kind}) with its quotes`, () => {
      const source = findMatch(label, report?.sources ?? []);
      expect(source, `${label.name} not found`).toBeDefined();
      expect(source?.anonymous).toBe(label.anonymous);
      for (const quote of label.quotes.filter((q) => !q.borderline)) {
        const found = source?.quotes.find((q) => quoteMatches(q, quote));
        expect(found, `quote "${quote.start}"`).toBeDefined();
        expect(found?.type).toBe(quote.type);
      }
    });
  }

  it('finds nothing that is not labelled, and the summary figures match', () => {
    const unlabelled = (report?.sources ?? []).filter((s) => !sources.some((l) => findMatch(l, [s])));
    expect(unlabelled.map((s) => s.name)).toEqual([]);
    expect(report?.stats.sources).toBe(labels.summary.sources);
    expect(report?.stats.named).toBe(labels.summary.named);
    expect(report?.stats.anonymous).toBe(labels.summary.anonymous);
    expect(report?.stats.direct).toBe(labels.summary.directQuotes);
  });

  it('links: every in-article link, grouped by registrable domain, tied to the source it covers', () => {
    expect(report?.links.map((l) => l.domain)).toEqual(['reuters.com', 'treasury.gov', 'iea.org', 'apnews.com', 'understandingwar.org']);
    expect(report?.links.every((l) => l.linkType === 'external' && !l.sameSite)).toBe(true);
    const byAnchor = (start: string): string | null | undefined => report?.links.find((l) => l.anchorText.startsWith(start))?.sourceId;
    const nameOf = (id: string | null | undefined): string | undefined => report?.sources.find((s) => s.id === id)?.name;
    expect(nameOf(byAnchor('strict sanctions'))).toBe('Executive Order 14024');
    expect(nameOf(byAnchor('Analysts predict'))).toBe('Analysts');
    expect(nameOf(byAnchor('Battlefield'))).toBe('Battlefield reports');
    expect(byAnchor('came to Miami')).toBeNull();
  });
});

