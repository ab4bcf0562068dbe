/** Signals read from where a block's links go: the front page, a trail of sections, other stories of the site. */
import type { Pass } from '../pass.js';
import { isTeaserLine } from '../text-rules.js';
import { STRUCTURAL_RULES } from '../rules/index.js';
import { collapse } from '../../util/text.js';

const hrefs = (pass: Pass, el: Element): (string | null)[] => pass.facts.linksIn(el).map((a) => a.getAttribute('href'));

/** Blocks that only send the reader to the site's front page ("TAP HERE", "GO TO THE HOMEPAGE"). */
export function homepageLink(pass: Pass): void {
  const rule = STRUCTURAL_RULES.homepageLink;
  if (!pass.links.known) return;
  const { facts } = pass;
  for (const el of pass.live('p, h2, h3, h4, h5, h6, li, div')) {
    // The cheap tests first: a wrapper of the whole article holds every link of it.
    if (facts.wordCount(el) > rule.maxWords || facts.linkDensity(el) < rule.minLinkDensity || pass.zones.inContent(el)) continue;
    const links = hrefs(pass, el);
    if (links.length === 0) continue;
    if (links.every((href) => pass.links.isHomepage(href))) pass.remove(el, rule.category, rule.id);
  }
}

/**
 * A breadcrumb: links to the same site, the first to the front page or a home crumb, the only other
 * text separators ("Home › News › Local").
 */
export function breadcrumbLinks(pass: Pass): void {
  const rule = STRUCTURAL_RULES.breadcrumbLinks;
  if (!pass.links.known) return;
  const { facts } = pass;
  for (const el of pass.live('p, div, ol, ul')) {
    if (facts.wordCount(el) > rule.maxWords || facts.linkDensity(el) < rule.minLinkDensity) continue;
    const anchors = facts.linksIn(el);
    if (anchors.length < rule.minLinks) continue;
    if (facts.holds(el, 'proseOrHeading') || pass.zones.inContent(el)) continue;
    const first = anchors[0]?.getAttribute('href') ?? null;
    if (!pass.links.isHomepage(first) || !anchors.every((a) => pass.links.isSameSite(a.getAttribute('href')))) continue;
    if (separatorsOnly(pass, el, anchors)) pass.remove(el, rule.category, rule.id);
  }
}

/** Apart from its links, the element's text is only separators ("/", "›", "|", "»"). */
function separatorsOnly(pass: Pass, el: Element, anchors: Element[]): boolean {
  let rest = pass.facts.collapsedText(el);
  for (const a of anchors) rest = rest.replace(collapse(a.textContent), ' ');
  return /^[\s/»>›|·•,\-–]*$/u.test(rest);
}

/** Lists of links to other pages of the same site: related-story teasers. Lists citing other sites, and contents lists of this page, stay. */
export function teaserList(pass: Pass): void {
  const rule = STRUCTURAL_RULES.teaserList;
  if (!pass.links.known) return;
  const { facts } = pass;
  for (const list of pass.live('ul, ol')) {
    const items = [...list.children].filter((c) => c.tagName === 'LI');
    if (items.length < rule.minItems || pass.zones.inContent(list)) continue;
    const teasers = items.every((li) => {
      const links = hrefs(pass, li);
      return links.length > 0 && facts.linkDensity(li) >= rule.minItemLinkDensity && links.every((href) => pass.links.isOtherPage(href));
    });
    const meanWords = items.reduce((n, li) => n + facts.wordCount(li), 0) / items.length;
    if (teasers && meanWords >= rule.minMeanItemWords) pass.remove(list, rule.category, rule.id);
  }
}

/** A run of one-link teaser lines to the same site, outside any list and with no label. */
export function linkRun(pass: Pass): void {
  const rule = STRUCTURAL_RULES.linkRun;
  if (!pass.links.known) return;
  for (const first of pass.live('p, div, h3, h4, h5, h6')) {
    if (first.previousElementSibling && isTeaserLine(pass, first.previousElementSibling)) continue;
    const run: Element[] = [];
    for (let line: Element | null = first; line && isTeaserLine(pass, line) && pass.facts.wordCount(line) >= rule.minLineWords; line = line.nextElementSibling) run.push(line);
    if (run.length < rule.minLines || pass.zones.inContent(first)) continue;
    for (const line of run) pass.remove(line, rule.category, rule.id);
  }
}
