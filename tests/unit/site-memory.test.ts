/** Issue 12 in the library: site memory learns a site's boilerplate; keep and hide rules do what they say. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument, createSiteMemory, ruleForHiding, ruleForKeeping, type CleanOptions } from '../../src/node/lib.js';
import { PROMO, SIGN_OFF, sitePage, storyParagraphs } from '../helpers/site-pages.js';

const paragraphs = storyParagraphs;
const page = (n: number, extra = ''): string => sitePage(n, extra);

function clean(html: string, url: string, options: Partial<CleanOptions> = {}) {
  const dom = new JSDOM(html, { url });
  return cleanDocument(dom.window.document, { url, ...options });
}

const url = (n: number, host = 'news.zebra-gazette.co.uk'): string => `https://${host}/2026/story-${n}?ref=home`;

describe('site memory', () => {
  it('learns a promo line and a sign-off over three articles of a site and removes them from the fourth', () => {
    const memory = createSiteMemory();
    for (let n = 0; n < 3; n += 1) {
      const seen = clean(page(n), url(n), { siteMemory: memory });
      expect(seen.text).toContain(PROMO);
      expect(memory.observe(seen)).toBe(true);
    }
    // The same article again does not count twice.
    expect(memory.observe(clean(page(2), url(2), { siteMemory: memory }))).toBe(false);

    const fourth = clean(page(3), url(3), { siteMemory: memory });
    expect(fourth.text).not.toContain(PROMO);
    expect(fourth.text).not.toContain(SIGN_OFF);
    expect(fourth.removed.filter((r) => r.category === 'learned').map((r) => r.text)).toEqual([PROMO, SIGN_OFF]);
    for (const p of paragraphs(3)) expect(fourth.text).toContain(p);

    // Another site, another memory: its own copy of the line stays.
    const other = clean(page(4), url(4, 'www.otherpaper.example'), { siteMemory: memory });
    expect(other.text).toContain(PROMO);
    expect(other.removed.some((r) => r.category === 'learned')).toBe(false);
  });

  it('counts sites by registrable domain, survives toJSON, and keeps hashes only', () => {
    const memory = createSiteMemory();
    for (let n = 0; n < 3; n += 1) memory.observe(clean(page(n), url(n, n === 1 ? 'sport.zebra-gazette.co.uk' : undefined)));
    const saved = JSON.parse(JSON.stringify(memory)) as unknown;
    expect(Object.keys((saved as { sites: object }).sites)).toEqual(['zebra-gazette.co.uk']);
    expect(JSON.stringify(saved)).not.toMatch(/zebra gazette|thanks/iu);
    const restored = createSiteMemory(saved);
    expect(restored.sites()[0]).toMatchObject({ site: 'zebra-gazette.co.uk', articles: 3, learned: 2 });
    expect(clean(page(3), url(3), { siteMemory: restored }).text).not.toContain(PROMO);
    restored.forget('zebra-gazette.co.uk');
    expect(clean(page(3), url(3), { siteMemory: restored }).text).toContain(PROMO);
  });

  it('never learns a heading that structures the article', () => {
    const memory = createSiteMemory();
    const withHeading = (story: number): string => page(story, `<h2>What happens next</h2><p>${paragraphs(story)[1]} ${paragraphs(story)[2]}</p>`);
    for (let n = 0; n < 3; n += 1) memory.observe(clean(withHeading(n), url(n)));
    const fourth = clean(withHeading(3), url(3), { siteMemory: memory });
    expect(fourth.text).toContain('What happens next');
    expect(fourth.text).not.toContain(PROMO);
  });

  it('stays within its bounds: 1,000 fingerprints a site, 200 sites', () => {
    let clock = 0;
    const memory = createSiteMemory(undefined, { now: () => (clock += 1) });
    for (let site = 0; site < 210; site += 1) {
      const blocks = Array.from({ length: 60 }, (_, i) => site * 10_000 + i);
      for (let page = 0; page < (site === 209 ? 30 : 1); page += 1) {
        memory.observe({ fingerprints: { site: `site${site}.example`, page, blocks: blocks.map((b) => b + page * 100), shapes: {} } });
      }
    }
    const sites = memory.sites();
    expect(sites).toHaveLength(200);
    expect(sites.some((s) => s.site === 'site0.example')).toBe(false);
    expect(sites.find((s) => s.site === 'site209.example')?.prints).toBe(1000);
  });
});

describe('site rules', () => {
  const NOTE = (topic: string): string => `<p class="site-note">This story about ${topic} is part of our county desk, which is paid for by readers and by a grant from a regional foundation.</p>`;

  it('hides a fixed phrase by its text and a longer block by its structural signature, on every page of the site', () => {
    const first = clean(page(0, `<p>A Zebra County original</p>${NOTE('roads')}`), url(0));
    const hide = [ruleForHiding('A Zebra County original', first.fingerprints), ruleForHiding(first.text.split('\n\n').find((t) => t.startsWith('This story about'))!, first.fingerprints)];
    expect(hide).toEqual([{ phrase: 'a zebra county original' }, { shape: 'article>p.site-note' }]);

    const later = clean(page(1, `<p>A Zebra County original!</p>${NOTE('the library')}`), url(1), { siteRules: { keep: [], hide } });
    expect(later.text).not.toMatch(/Zebra County original|This story about/u);
    expect(later.removed.filter((r) => r.category === 'hidden')).toHaveLength(2);
    for (const p of paragraphs(1)) expect(later.text).toContain(p);
  });

  it('never hides a long paragraph or a large share of the article, whatever the rule says', () => {
    const long = `<p class="site-note">${paragraphs(2).join(' ')}</p>`;
    const result = clean(page(2, long), url(2), { siteRules: { keep: [], hide: [{ shape: 'article>p.site-note' }] } });
    expect(result.text).toContain(paragraphs(2)[3]);
    expect(result.removed.some((r) => r.category === 'hidden')).toBe(false);
  });

  it('a keep rule wins over a built-in rule and over learned boilerplate', () => {
    const box = '<div class="newsletter-box"><h3>Sign up for our newsletter</h3><p>The week in Zebra County, every Friday.</p></div>';
    const plain = clean(page(0, box), url(0));
    const newsletter = plain.removed.find((r) => r.category === 'newsletter');
    expect(newsletter?.text).toContain('Sign up for our newsletter');
    expect(plain.text).not.toContain('Sign up for our newsletter');

    const memory = createSiteMemory();
    for (let n = 0; n < 3; n += 1) memory.observe(clean(page(n), url(n)));
    const learned = clean(page(3), url(3), { siteMemory: memory }).removed.filter((r) => r.category === 'learned');
    const keep = [ruleForKeeping(newsletter!), ...learned.map(ruleForKeeping)];
    expect(keep[0]).toEqual({ shape: 'article>div.newsletter-box' });

    const kept = clean(page(3, box), url(3), { siteMemory: memory, siteRules: { keep, hide: [] } });
    expect(kept.text).toContain('Sign up for our newsletter');
    expect(kept.text).toContain(PROMO);
    expect(kept.text).toContain(SIGN_OFF);
  });
});
