/**
 * The reader's corrections, as a view performs them: "put back" and "hide this", once or on this
 * site. "On this site" stores a rule (site-data-store.ts); "once" rides along with the next
 * extraction only. Either way the view redraws from a fresh extraction with the rules applied.
 */
import { ruleForHiding, ruleForKeeping, ruleKey } from '../../pipeline/declutter/site-rules.js';
import type { SiteRule, SiteRules } from '../../pipeline/types.js';
import type { ArticleForView } from '../ui/article-view.js';
import type { SiteActions } from '../ui/article-panels.js';
import { addSiteRule, removeSiteRule } from './site-data-store.js';

export function siteActions(site: string, article: () => ArticleForView, redraw: (once: SiteRules) => Promise<void>): SiteActions {
  const once: SiteRules = { keep: [], hide: [] };
  const apply = async (list: keyof SiteRules, rule: SiteRule, onThisSite: boolean): Promise<void> => {
    if (onThisSite) await addSiteRule(site, list, rule);
    else once[list].push(rule);
    await redraw(once);
  };
  return {
    putBack: (block, always) => void apply('keep', ruleForKeeping(block), always),
    hide: (text, onThisSite) => void apply('hide', ruleForHiding(text, article().fingerprints), onThisSite),
    showAgain: (block) => {
      // A hidden block names the rule that hid it (its `rule` is the rule's key).
      once.hide = once.hide.filter((r) => ruleKey(r) !== block.rule);
      void removeSiteRule(site, 'hide', block.rule).then(() => redraw(once));
    },
  };
}
