/**
 * The whole reading surface — article, sources summary and panels, removed blocks — shared by the
 * popup and the reader page. Sources are found here, in the extension page, so pages pay nothing.
 */
import { findSources } from '../../pipeline/sources/find-sources.js';
import type { SourcesReport } from '../../pipeline/sources/types.js';
import { renderArticle, type ArticleForView } from './article-view.js';
import { highlightPassage } from './highlight.js';
import { renderRemoved } from './removed-panel.js';
import { renderSources, sourcesSummary } from './sources-panel.js';

export interface PanelTargets {
  article: HTMLElement;
  summary: HTMLElement;
  sources: HTMLElement;
  removed: HTMLElement;
}

export function renderPanels(targets: PanelTargets, article: ArticleForView, url: string): SourcesReport {
  const body = renderArticle(targets.article, article);
  const report = findSources({ text: article.text, html: article.html, url, lang: article.lang });
  targets.summary.textContent = sourcesSummary(report);
  renderSources(targets.sources, report, (passage) => highlightPassage(body, passage));
  renderRemoved(targets.removed, article.removed);
  return report;
}
