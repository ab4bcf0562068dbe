/**
 * Keeps the in-place view's host element out of the page's hands while it shows (issue 15). The page
 * cannot reach into the view, but it can touch the host element and what is around it: set
 * attributes on it (inert, hidden, style, popover), remove or move it, or hide it with its own CSS
 * (display:none or content-visibility on the root, an inert root). Attributes are stripped at once
 * (the host carries none of its own); anything else is reported, for the content script to answer.
 */
export type Interference = 'removed' | 'hidden';

/** How often the view checks that it is still attached, shown and usable: cheap, and only while it shows. */
const CHECK_MS = 250;

export interface GuardedView {
  host: HTMLElement;
  dialog: HTMLDialogElement;
}

/** Starts guarding; `onInterference` is called once, on the first removal or hiding seen. Returns the stop. */
export function guardView(view: GuardedView, onInterference: (kind: Interference) => void): () => void {
  const { host, dialog } = view;
  const strip = (): void => {
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
  };
  strip();
  const observer = new MutationObserver(strip);
  observer.observe(host, { attributes: true });
  let stopped = false;
  const check = (): void => {
    if (stopped) return;
    const kind = interference(host, dialog);
    if (kind) {
      stop();
      onInterference(kind);
    }
  };
  const timer = setInterval(check, CHECK_MS);
  // Removal is answered at once, not at the next check.
  const parentObserver = new MutationObserver(check);
  parentObserver.observe(document, { childList: true, subtree: false });
  if (document.documentElement) parentObserver.observe(document.documentElement, { childList: true, attributes: true });
  function stop(): void {
    stopped = true;
    clearInterval(timer);
    observer.disconnect();
    parentObserver.disconnect();
  }
  return stop;
}

/** What the page did to the view, if anything: taken out of the document, or no longer seen or usable. */
export function interference(host: HTMLElement, dialog: HTMLDialogElement): Interference | null {
  if (!host.isConnected || host.parentNode !== document.documentElement || !dialog.open) return 'removed';
  const seen = dialog.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true });
  if (!seen || host.closest('[inert]') !== null) return 'hidden';
  return null;
}
