/**
 * The put-back and hide controls for a view that shows the article alone (the in-place view):
 * a hide bar before the article and "What was removed" after it, as the popup and reader page have.
 */
import type { ArticleForView } from './article-view.js';
import type { SiteActions } from './article-panels.js';
import { attachHideMode } from './hide-mode.js';
import { renderRemoved } from './removed-panel.js';
import { t } from './i18n.js';

/** `articleEl` holds the rendered article (already in the view) and `body` its text. */
export function addSiteControls(articleEl: HTMLElement, body: HTMLElement, article: ArticleForView, actions: SiteActions, hideOn: boolean): void {
  const doc = articleEl.ownerDocument;
  const bar = doc.createElement('div');
  bar.className = 'cl-hide-bar cl-article';
  articleEl.before(bar);
  attachHideMode(bar, body, actions.hide, hideOn);
  const section = doc.createElement('section');
  section.className = 'cl-panel cl-article';
  const heading = doc.createElement('h2');
  heading.id = 'removed-heading';
  heading.textContent = t('removedHeading');
  section.setAttribute('aria-labelledby', heading.id);
  const groups = doc.createElement('div');
  groups.id = 'removed-groups';
  renderRemoved(groups, article.removed, actions);
  section.append(heading, groups);
  articleEl.after(section);
}
