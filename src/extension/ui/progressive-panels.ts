/**
 * The popup's reading surface, painted in steps (issue 14.2): title, byline and the first blocks at
 * once; the rest of the article in chunks; only then the sources, whose code (and public-suffix
 * data) is loaded at that moment, so it weighs nothing on the first screen.
 */
import type { SourcesReport } from '../../pipeline/sources/types.js';
import type { PanelTargets, SiteActions } from './article-panels.js';
import { renderArticleProgressively, type ArticleForView } from './article-view.js';
import { highlightPassage } from './highlight.js';
import { attachHideMode, isHideModeOn } from './hide-mode.js';
import { nextFrame } from './progressive.js';
import { renderRemoved } from './removed-panel.js';
import { renderSources, sourcesSummary } from './sources-panel.js';

/** What a progressive render reports as it goes (the popup marks each step for the benchmark). */
export interface RenderSteps {
  firstScreen(): void;
  article(): void;
}

export async function renderPanelsProgressively(targets: PanelTargets, article: ArticleForView, url: string, steps: RenderSteps, actions?: SiteActions): Promise<SourcesReport> {
  const { body, done } = renderArticleProgressively(targets.article, article);
  if (actions && targets.hideBar) attachHideMode(targets.hideBar, body, actions.hide, isHideModeOn(targets.hideBar));
  renderRemoved(targets.removed, article.removed, actions);
  const sourcesCode = import('../../pipeline/sources/find-sources.js');
  await nextFrame();
  steps.firstScreen();
  await done;
  steps.article();
  const { findSources } = await sourcesCode;
  await nextFrame();
  const report = findSources({ text: article.text, html: article.html, url, lang: article.lang });
  targets.summary.textContent = sourcesSummary(report);
  renderSources(targets.sources, report, (passage) => highlightPassage(body, passage));
  return report;
}
