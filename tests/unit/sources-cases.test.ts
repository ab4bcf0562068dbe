/** Labelled attribution cases (tests/fixtures/sources/cases.json), one test each, strict both ways. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findSources, type Source } from '../../src/node/lib.js';
import { normalize } from '../helpers/gold.js';
import { f1, loadCases, sameName, score } from '../helpers/sources-labels.js';

const cases = loadCases();
const named = (s: Source, name: string): boolean => [s.name, ...s.aliases].some((n) => sameName(n, name));

describe('labelled attribution cases', () => {
  for (const c of cases) {
    it(c.id, () => {
      const report = findSources({ text: c.text, lang: c.lang ?? 'en' });
      const matched = new Set<Source>();
      for (const want of c.sources) {
        const got = report.sources.find((s) => s.kind === want.kind && named(s, want.name));
        expect(got, `${want.name} (${want.kind}) in ${JSON.stringify(report.sources.map((s) => [s.name, s.kind]))}`).toBeDefined();
        if (!got) continue;
        matched.add(got);
        if (want.exact) expect(got.name, 'the name as shown').toBe(want.name);
        if (want.role) expect(got.role ?? '').toContain(want.role);
        if (want.noQuote) expect(got.noQuote, `how ${want.name} is cited`).toBe(want.noQuote);
        expect(got.quotes.map((q) => [q.type, q.text.slice(0, 40)]), `quotes of ${want.name}`).toHaveLength(want.quotes.length);
        want.quotes.forEach((q, i) => {
          const actual = got.quotes[i];
          expect(normalize(actual?.text ?? '')).toContain(normalize(q.start));
          expect(actual?.type).toBe(q.type);
          if (q.via) expect(actual?.via).toBe(q.via);
          // Offsets point at the quoted content in the text.
          if (actual) expect(normalize(c.text.slice(actual.start, actual.end))).toContain(normalize(q.start));
        });
      }
      expect(report.sources.filter((s) => !matched.has(s)).map((s) => s.name), 'sources not labelled').toEqual([]);
      for (const not of c.notSources ?? []) expect(report.sources.some((s) => named(s, not)), `${not} is no source`).toBe(false);
      if (c.unattributed !== undefined) expect(report.unattributedQuotes).toHaveLength(c.unattributed);
    });
  }
});

describe('links', () => {
  it('groups links by registrable domain with public suffixes, same-site or external, social and documents', () => {
    const { window } = new JSDOM('');
    const html = '<p>See <a href="https://www.bbc.co.uk/news/1">the BBC</a>, <a href="https://news.bbc.co.uk/2">again</a>, '
      + '<a href="https://example.com/report.pdf">the report</a>, <a href="https://x.com/someone/status/1">a post</a> and '
      + '<a href="/local">our story</a>.</p>';
    const report = findSources({ text: 'See the BBC, again, the report, a post and our story.', html, url: 'https://www.example.com/a' }, { DOMParser: window.DOMParser });
    expect(report.links.map((l) => [l.domain, l.linkType, l.sameSite])).toEqual([
      ['bbc.co.uk', 'external', false], ['bbc.co.uk', 'external', false], ['example.com', 'document', true],
      ['x.com', 'social', false], ['example.com', 'internal', true],
    ]);
    expect(report.stats.outboundDomains).toEqual([{ domain: 'bbc.co.uk', count: 2 }, { domain: 'x.com', count: 1 }]);
  });

  it('says plainly when it has no HTML parser for links', () => {
    expect(() => findSources({ text: 'x', html: '<a href="https://a.com">x</a>' }, { DOMParser: undefined })).toThrow(/DOMParser/u);
  });
});

describe('held-out passages (tests/fixtures/sources/held-out.json)', () => {
  it('stay above the targets: sources F1 ≥ 0.90, attribution F1 ≥ 0.85, anonymous F1 ≥ 0.85', () => {
    const sum = { sources: { tp: 0, fp: 0, fn: 0 }, quotes: { tp: 0, fp: 0, fn: 0 }, anonymous: { tp: 0, fp: 0, fn: 0 } };
    for (const c of loadCases('held-out')) {
      const r = score(c.sources, findSources({ text: c.text, lang: c.lang ?? 'en' }));
      for (const key of ['sources', 'quotes', 'anonymous'] as const) {
        sum[key].tp += r[key].tp;
        sum[key].fp += r[key].fp;
        sum[key].fn += r[key].fn;
      }
    }
    expect(f1(sum.sources).f1).toBeGreaterThanOrEqual(0.9);
    expect(f1(sum.quotes).f1).toBeGreaterThanOrEqual(0.85);
    expect(f1(sum.anonymous).f1).toBeGreaterThanOrEqual(0.85);
  });
});
