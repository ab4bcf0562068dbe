/** Draws one article in the in-place view: the article, the put-back and hide controls, read aloud. */
import { renderArticle } from '../ui/article-view.js';
import type { SiteActions } from '../ui/article-panels.js';
import { isHideModeOn } from '../ui/hide-mode.js';
import { fromOrigins, withImageSetting } from '../ui/image-policy.js';
import { mountReadAloud, type ReadAloud } from '../ui/read-aloud.js';
import { addSiteControls } from '../ui/site-controls.js';
import type { ExtractedArticle } from '../../pipeline/types.js';

export interface Drawn {
  readAloud: ReadAloud | null;
  /** Was "hide a block" on (a redraw keeps it so)? */
  hideOn(): boolean;
}

export interface DrawOptions {
  actions: SiteActions | undefined;
  pageImageOrigins: readonly string[];
  /** The reader's "article images" setting. */
  articleImages: boolean;
  hideOn: boolean;
}

export function drawArticle(view: HTMLElement, readAloudBar: HTMLElement, article: ExtractedArticle, options: DrawOptions): Drawn {
  const scroll = document.scrollingElement?.scrollTop ?? 0;
  const articleEl = document.createElement('article');
  articleEl.className = 'cl-article';
  view.replaceChildren(articleEl);
  const body = renderArticle(articleEl, article, { images: withImageSetting(options.articleImages, fromOrigins(options.pageImageOrigins)) });
  if (options.actions) addSiteControls(articleEl, body, article, options.actions, options.hideOn);
  if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
  readAloudBar.replaceChildren();
  const readAloud = mountReadAloud(readAloudBar, articleEl, { lang: article.lang });
  return {
    readAloud,
    hideOn: () => {
      const bar = view.querySelector<HTMLElement>('.cl-hide-bar');
      return bar ? isHideModeOn(bar) : false;
    },
  };
}
