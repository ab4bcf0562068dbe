/**
 * The whole reading surface — article, sources summary and panels, removed blocks — shared by the
 * popup and the reader page. It renders a sources report it is given; it never finds one.
 */
import type { SourcesReport } from '../../pipeline/sources/types.js';
import { renderArticle, type ArticleForView, type RenderOptions } from './article-view.js';
import { highlightPassage } from './highlight.js';
import { attachHideMode, isHideModeOn, type HideHandler } from './hide-mode.js';
import { renderRemoved, type RemovedActions } from './removed-panel.js';
import { renderSources, sourcesSummary } from './sources-panel.js';

export interface PanelTargets {
  article: HTMLElement;
  summary: HTMLElement;
  sources: HTMLElement;
  removed: HTMLElement;
  /** Where the "hide a block" toggle goes, when the view offers site actions. */
  hideBar?: HTMLElement;
}

/** What a view does when the reader puts a block back or hides one (issue 12). */
export interface SiteActions extends RemovedActions {
  hide: HideHandler;
}

export function renderPanels(targets: PanelTargets, article: ArticleForView, report: SourcesReport, actions?: SiteActions, render: RenderOptions = {}): void {
  const body = renderArticle(targets.article, article, render);
  if (actions && targets.hideBar) attachHideMode(targets.hideBar, body, actions.hide, isHideModeOn(targets.hideBar));
  targets.summary.textContent = sourcesSummary(report);
  renderSources(targets.sources, report, (passage) => highlightPassage(body, passage));
  renderRemoved(targets.removed, article.removed, actions);
}
