/**
 * The popup's reading surface, painted in steps (issue 14.2): title, byline and the first blocks at
 * once; the rest of the article in chunks; only then the sources, which the caller finds (their code
 * and public-suffix data loaded at that moment, so they weigh nothing on the first screen). The
 * panels' own code (hide mode, what was removed, the sources list) loads after the first screen too.
 */
import type { SourcesReport } from '../../pipeline/sources/types.js';
import type { PanelTargets, SiteActions } from './article-panels.js';
import { renderArticleProgressively, type ArticleForView, type RenderOptions } from './article-view.js';
import { nextFrame } from './progressive.js';

/** The panels' code, as one chunk loaded after the first screen. */
const panels = (): Promise<[typeof import('./hide-mode.js'), typeof import('./removed-panel.js'), typeof import('./sources-panel.js'), typeof import('./highlight.js')]> =>
  Promise.all([import('./hide-mode.js'), import('./removed-panel.js'), import('./sources-panel.js'), import('./highlight.js')]);

/** What a progressive render reports as it goes (the popup marks each step for the benchmark). */
export interface RenderSteps {
  firstScreen(): void;
  article(): void;
}

export async function renderPanelsProgressively(targets: PanelTargets, article: ArticleForView, findReport: () => Promise<SourcesReport>, steps: RenderSteps, actions?: SiteActions, render: RenderOptions = {}): Promise<SourcesReport> {
  const { body, done } = renderArticleProgressively(targets.article, article, render);
  await nextFrame();
  steps.firstScreen();
  const [{ attachHideMode, isHideModeOn }, { renderRemoved }, { renderSources, sourcesSummary }, { highlightPassage }] = await panels();
  if (actions && targets.hideBar) attachHideMode(targets.hideBar, body, actions.hide, isHideModeOn(targets.hideBar));
  renderRemoved(targets.removed, article.removed, actions);
  await done;
  steps.article();
  await nextFrame();
  const report = await findReport();
  targets.summary.textContent = sourcesSummary(report);
  renderSources(targets.sources, report, (passage) => highlightPassage(body, passage));
  return report;
}
