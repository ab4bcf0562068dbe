/**
 * The clean article shown in place of the page: an overlay in a shadow root, so the page's
 * styles cannot reach it and ours cannot reach the page. The page itself is left untouched beneath,
 * so restoring it is instant and loses nothing (scroll position, form input, media state).
 * It behaves as a modal dialog (issue 13): labelled, focus moves in and returns on close, the page
 * beneath is inert, Escape closes it; and its controls act on the reader's own input only
 * (`isTrusted`), never on events a page script dispatches (issue 15).
 */
import readerCss from '../ui/reader.css';
import cleanViewCss from './clean-view.css';
import { renderArticle, type ArticleForView } from '../ui/article-view.js';
import { t } from '../ui/i18n.js';
import { applyPreferences } from '../ui/preferences.js';
import type { Settings } from '../settings/settings.js';
import type { SiteActions } from '../ui/article-panels.js';
import { addSiteControls } from '../ui/site-controls.js';
import { isHideModeOn } from '../ui/hide-mode.js';

const HOST_TAG = 'clearleaf-view';

export class CleanView {
  /** `onClose`: the reader chose "Show the original page" in the view itself. */
  constructor(private readonly onClose: () => void) {}

  private host: HTMLElement | null = null;
  private savedOverflow: string | null = null;
  private lastText: string | null = null;
  /** What had focus before the view opened, and whether the page's body was inert already. */
  private returnFocus: Element | null = null;
  private bodyWasInert = false;
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.isTrusted && event.key === 'Escape' && this.isShowing) {
      event.preventDefault();
      event.stopPropagation();
      this.onClose();
    }
  };

  get isShowing(): boolean {
    return this.host !== null && this.host.isConnected;
  }

  /** `actions`: put back and hide (issue 12), shown with "What was removed" below the article. */
  show(article: ArticleForView, settings: Settings, actions?: SiteActions): void {
    // Re-extraction after a page change: redraw only if the article itself changed.
    if (this.isShowing && this.lastText === article.text) return;
    const scroll = this.host?.scrollTop ?? 0;
    const hideOn = this.host?.shadowRoot?.querySelector<HTMLElement>('.cl-hide-bar');
    const redraw = this.isShowing;
    this.host?.remove();
    const host = document.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, `${readerCss}\n${cleanViewCss}`);
    const reader = document.createElement('div');
    reader.className = 'cl-reader cl-page';
    reader.setAttribute('role', 'dialog');
    reader.setAttribute('aria-modal', 'true');
    reader.setAttribute('aria-label', t('cleanViewLabel'));
    applyPreferences(reader, settings);
    const bar = document.createElement('div');
    bar.className = 'cl-bar';
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = t('showOriginal');
    close.addEventListener('click', (event) => {
      if (event.isTrusted) this.onClose();
    });
    bar.append(close);
    const articleEl = document.createElement('article');
    articleEl.className = 'cl-article';
    const body = renderArticle(articleEl, article);
    reader.append(bar, articleEl);
    if (actions) addSiteControls(articleEl, body, article, actions, hideOn ? isHideModeOn(hideOn) : false);
    shadow.append(reader);
    if (!redraw) this.enterModal();
    document.documentElement.append(host);
    host.scrollTop = scroll;
    this.host = host;
    this.lastText = article.text;
    if (!redraw) close.focus({ preventScroll: true });
  }

  hide(): void {
    if (!this.host) return;
    this.host.remove();
    this.host = null;
    this.lastText = null;
    this.leaveModal();
  }

  /** The page beneath stops scrolling and taking input; what had focus is remembered. */
  private enterModal(): void {
    this.returnFocus = document.activeElement;
    this.savedOverflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
    if (document.body) {
      this.bodyWasInert = document.body.inert;
      document.body.inert = true;
    }
    window.addEventListener('keydown', this.onKey, true);
  }

  private leaveModal(): void {
    window.removeEventListener('keydown', this.onKey, true);
    if (document.body) document.body.inert = this.bodyWasInert;
    document.documentElement.style.overflow = this.savedOverflow ?? '';
    this.savedOverflow = null;
    if (this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }
}

function adoptStyles(shadow: ShadowRoot, css: string): void {
  // Constructed sheets are not inline styles, so a page's CSP cannot block them.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
}
