/**
 * The in-place view's frame (issue 15): Clearleaf's own page, clean-view.html, in an iframe inside a
 * closed shadow root, shown as a modal <dialog> in the top layer over the tab. The page can see that
 * a host element is there and no more: its scripts cannot reach into a closed root, the frame is the
 * extension's origin (its document, styles and controls are out of the page's reach, and the
 * extension's CSP applies inside), and nothing here listens to events a page script can send.
 * The page itself is left untouched beneath, so restoring it is instant and loses nothing.
 */
import browser from '../platform/browser.js';
import { t } from '../ui/i18n.js';
import { CLEAN_VIEW_PORT } from '../platform/messages.js';
import frameCss from './clean-view.css';
import type { GuardedView } from './view-guard.js';

const HOST_TAG = 'clearleaf-view';

export class ViewFrame {
  /** `onClose`: the reader pressed Escape while focus was in the page's document (not the frame), or the frame left our page. */
  constructor(private readonly onClose: () => void) {}

  private host: HTMLElement | null = null;
  private dialog: HTMLDialogElement | null = null;
  private frame: HTMLIFrameElement | null = null;
  private port: MessagePort | null = null;
  private savedOverflow: string | null = null;
  private returnFocus: Element | null = null;
  private bodyWasInert = false;

  /** The host and its dialog while shown, for the guard (content/view-guard.ts). */
  get guarded(): GuardedView | null {
    return this.host && this.dialog ? { host: this.host, dialog: this.dialog } : null;
  }

  get isShowing(): boolean {
    return this.host !== null && this.host.isConnected;
  }

  /**
   * Mounts the frame with `token` in its address; once its page loaded, hands it one end of a channel
   * (with the token, so the page knows it) and `onPort` the other. Should the frame load anything
   * again (the page can navigate a frame it cannot read), the view closes.
   */
  show(token: string, onPort: (port: MessagePort) => void): void {
    if (this.isShowing) return;
    const host = document.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    // Constructed sheets are not inline styles, so a page's CSP cannot block them.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(frameCss);
    shadow.adoptedStyleSheets = [sheet];
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-label', t('cleanViewLabel'));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      if (event.isTrusted) this.onClose();
    });
    const frame = document.createElement('iframe');
    frame.title = t('cleanViewLabel');
    frame.src = `${browser.runtime.getURL('clean-view.html')}#${token}`;
    let loads = 0;
    frame.addEventListener('load', () => {
      loads += 1;
      if (loads > 1 || !frame.contentWindow) {
        this.onClose();
        return;
      }
      const channel = new MessageChannel();
      frame.contentWindow.postMessage({ type: CLEAN_VIEW_PORT, token }, viewOrigin(), [channel.port2]);
      this.port = channel.port1;
      onPort(channel.port1);
    });
    dialog.append(frame);
    shadow.append(dialog);
    this.enterModal();
    document.documentElement.append(host);
    dialog.showModal();
    this.host = host;
    this.dialog = dialog;
    this.frame = frame;
  }

  /** Focus goes into the frame once its page is drawn (the page then focuses its own first control). */
  focus(): void {
    this.frame?.focus({ preventScroll: true });
  }

  hide(): void {
    if (!this.host) return;
    this.port?.close();
    this.port = null;
    this.dialog?.close();
    this.host.remove();
    this.host = null;
    this.dialog = null;
    this.frame = null;
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
  }

  private leaveModal(): void {
    if (document.body) document.body.inert = this.bodyWasInert;
    document.documentElement.style.overflow = this.savedOverflow ?? '';
    this.savedOverflow = null;
    if (this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }
}

/** The view page's origin: Chromium gives a page loaded by its dynamic URL the extension's own id. */
function viewOrigin(): string {
  const url = new URL(browser.runtime.getURL(''));
  return url.protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : url.origin;
}
