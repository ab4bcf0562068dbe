/** The export file and the rules' own bookkeeping: validated whole, first problem named, small enough to sync. */
import { describe, expect, it } from 'vitest';
import { parseFile, toFile } from '../../src/extension/site-data/site-data-file.js';
import { RULE_LIMITS, parseSiteRules, withRule } from '../../src/pipeline/declutter/site-rules.js';
import { createSiteMemory } from '../../src/pipeline/declutter/site-memory.js';

const memory = createSiteMemory();
memory.observe({ fingerprints: { site: 'example.com', page: 1, blocks: [11, 22], shapes: {} } });
const data = { rules: { 'example.com': { keep: [{ shape: 'article>div.box' }], hide: [{ phrase: 'don t miss' }] } }, memory: memory.toJSON() };

describe('site data file', () => {
  it('round-trips rules and memory', () => {
    const parsed = parseFile(toFile(data, new Date(0)));
    expect(parsed).toEqual({ ok: true, data });
  });

  it.each([
    ['not JSON', '{', 'importNotJson', undefined],
    ['another format', '{"format":"other"}', 'importNotClearleaf', undefined],
    ['a newer version', '{"format":"clearleaf-site-data","version":99}', 'importNewer', undefined],
    ['a bad site name', '{"format":"clearleaf-site-data","version":1,"rules":{"ex ample":{"keep":[]}}}', 'importBadSite', 'ex ample'],
    ['a rule without class tokens', '{"format":"clearleaf-site-data","version":1,"rules":{"a.com":{"hide":[{"shape":"div>p"}]}}}', 'importBadRules', 'a.com'],
    ['damaged memory', '{"format":"clearleaf-site-data","version":1,"memory":{"version":1,"sites":{"a.com":{"used":1,"tick":1,"pages":[],"prints":[1,2]}}}}', 'importBadMemory', 'a.com'],
  ])('refuses %s, naming the problem', (_, text, key, site) => {
    const parsed = parseFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toEqual(site ? { key, site } : { key });
  });
});

describe('site rules bookkeeping', () => {
  it('the latest choice wins: a rule moves from keep to hide and back', () => {
    let rules = withRule({ keep: [], hide: [] }, 'keep', { phrase: 'x' });
    rules = withRule(rules, 'hide', { phrase: 'x' });
    expect(rules).toEqual({ keep: [], hide: [{ phrase: 'x' }] });
  });

  it('one site\'s rules stay within one sync item, dropping the oldest', () => {
    let rules = { keep: [], hide: [] } as ReturnType<typeof parseSiteRules>;
    for (let i = 0; i < 100; i += 1) rules = withRule(rules, 'hide', { phrase: `${'long phrase '.repeat(20)}${i}` });
    expect(JSON.stringify(rules).length).toBeLessThanOrEqual(RULE_LIMITS.siteBytes);
    expect(rules.hide.at(-1)).toEqual({ phrase: `${'long phrase '.repeat(20).trim()} 99` });
  });

  it('repairs what storage or a message hands it', () => {
    expect(parseSiteRules({ keep: [{ phrase: '  Don’t MISS! ' }, { shape: 'p' }, 7], hide: 'x' })).toEqual({ keep: [{ phrase: 'don t miss' }], hide: [] });
  });
});
