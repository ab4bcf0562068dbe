/** The seed article against its hand-labelled sources (../shared/fixtures/pages/patriotfetch-dmitriev.sources.json). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument, type Source } from '../../src/lib/index.js';
import { SHARED_MISSING, SHARED_PAGES, domFor, hasShared, normalize } from '../helpers/gold.js';

interface LabelledQuote { text: string; type: string; cue: string; borderline?: boolean }
interface LabelledSource { name: string; aliases: string[]; kind: string; anonymous: boolean; quotes: LabelledQuote[] }
interface Labels { sources: LabelledSource[]; summary: { sources: number; named: number; anonymous: number; directQuotes: number } }

const NAME = 'patriotfetch-dmitriev';

/** A labelled source is found when one of its names (or its surname) names a found source of the same kind. */
function match(label: LabelledSource, found: Source[]): Source | undefined {
  const names = [label.name, ...label.aliases].map(normalize);
  return found.find((s) => s.kind === label.kind && [s.name, ...s.aliases].map(normalize).some((n) => names.includes(n) || names.some((m) => m.endsWith(n) || n.endsWith(m))));
}

describe.skipIf(!hasShared)('sources of the seed article', () => {
  const html = hasShared ? fs.readFileSync(path.join(SHARED_PAGES, `${NAME}.html`), 'utf8') : '';
  const gold = hasShared ? JSON.parse(fs.readFileSync(path.join(SHARED_PAGES, `${NAME}.gold.json`), 'utf8')) as { url: string } : { url: '' };
  const labels = hasShared ? JSON.parse(fs.readFileSync(path.join(SHARED_PAGES, `${NAME}.sources.json`), 'utf8')) as Labels : { sources: [], summary: { sources: 0, named: 0, anonymous: 0, directQuotes: 0 } };
  const report = hasShared ? cleanDocument(domFor({ html, gold }).window.document, { url: gold.url }).sources : null;

  for (const label of labels.sources) {
    it(`finds ${label.name} (${label.kind}) with its quotes`, () => {
      const source = match(label, report?.sources ?? []);
      expect(source, `${label.name} not found`).toBeDefined();
      expect(source?.anonymous).toBe(label.anonymous);
      for (const quote of label.quotes.filter((q) => !q.borderline)) {
        const found = source?.quotes.find((q) => normalize(q.text).startsWith(normalize(quote.text).slice(0, 20)));
        expect(found, `quote "${quote.text}"`).toBeDefined();
        expect(found?.type).toBe(quote.type);
      }
    });
  }

  it('finds nothing that is not labelled, and the summary figures match', () => {
    const unlabelled = (report?.sources ?? []).filter((s) => !labels.sources.some((l) => match(l, [s])));
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

if (!hasShared) console.warn(SHARED_MISSING);
