/**
 * The content script. Injected on demand by the popup (activeTab) or registered for the sites a
 * reader chose to always clean. It serialises the page for the extension's pages and shows the
 * in-place view (an extension page in a frame: content/clean-view.ts); it runs no pipeline and
 * never trusts the page.
 */
import browser from '../platform/browser.js';
import { ToBackground, ToContent, isFromViewMessage, isToContentMessage, type ToBackgroundMessage, type ToViewMessage, type ViewProblem, type ViewState } from '../platform/messages.js';
import { siteOf } from '../platform/site.js';
import { isAlwaysClean } from '../settings/settings.js';
import { loadSettings } from '../settings/settings-store.js';
import { ViewFrame } from './clean-view.js';
import { pageImageOrigins } from './page-images.js';
import { snapshotFirstPart, snapshotRest, snapshotResult } from './snapshot.js';
import { watchPage } from './page-watch.js';
import { guardView, type Interference } from './view-guard.js';

/**
 * Set once on the isolated world's global so that a second injection does nothing. A symbol key:
 * a page element named after a string key would answer for it (window's named properties).
 */
const LOADED = Symbol.for('clearleaf.content-script');
/** How long the view's page may take to draw (it runs the whole pipeline) before the view gives up. */
const VIEW_TIMEOUT_MS = 20_000;
/**
 * How long after loading the view's page has to ask for the snapshot: on a page served with a
 * sandboxing CSP (no `allow-scripts`) the frame inherits the sandbox and its script never runs.
 */
const VIEW_SILENT_MS = 3000;

const frame = new ViewFrame(() => restore());
/** The channel to the view's page, handed over once it loaded. */
let port: MessagePort | null = null;
/** ShowClean's answer while the view opens: settled when its page says it drew the article (or that the page is no article). */
let opening: Promise<ViewState> | null = null;
let settle: ((state: ViewState) => void) | null = null;
/** While the clean view shows, page changes (late clutter, SPA navigations) are passed on to it. */
let stopWatching: (() => void) | null = null;
/** While it shows, the guard against the page removing or hiding it. */
let stopGuard: (() => void) | null = null;
/** How often in a row the view is put back after the page removed it, before it closes and says why. */
const MAX_REATTACH = 2;
let reattached = 0;
/** Why the view last closed on its own, told once to the next popup that asks (GetView). */
let lastProblem: ViewProblem | null = null;

/** The page removed the view: put it back (a fresh frame), a few times; hidden or unusable, or removed again and again: close it and say so. */
function answerInterference(kind: Interference): void {
  if (kind === 'removed' && reattached < MAX_REATTACH) {
    reattached += 1;
    restore();
    void showClean();
    return;
  }
  lastProblem = 'interfered';
  restore('interfered');
}

function showClean(): Promise<ViewState> {
  if (frame.isShowing) return opening ?? Promise.resolve({ clean: true });
  const token = crypto.randomUUID();
  frame.show(token, connectView);
  opening = new Promise<ViewState>((resolve) => {
    const timer = setTimeout(() => restore(), VIEW_TIMEOUT_MS);
    settle = (state) => {
      clearTimeout(timer);
      settle = null;
      resolve(state);
    };
  });
  return opening;
}

/** Closes the view; `problem` says why it could not show (the popup words it and offers the reader page). */
function restore(problem?: ViewProblem): ViewState {
  stopWatching?.();
  stopWatching = null;
  stopGuard?.();
  stopGuard = null;
  const wasShowing = frame.isShowing;
  port = null;
  frame.hide();
  const state: ViewState = problem ? { clean: false, problem } : { clean: false };
  settle?.(state);
  opening = null;
  if (wasShowing) void notify({ type: ToBackground.ViewChanged, clean: false });
  return state;
}

/** What the view's page asks over its channel, answered. */
function connectView(viewPort: MessagePort): void {
  port = viewPort;
  const silent = setTimeout(() => {
    if (port === viewPort) restore('sandboxed');
  }, VIEW_SILENT_MS);
  const post = (message: ToViewMessage): void => viewPort.postMessage(message);
  viewPort.addEventListener('message', ({ data: message }: MessageEvent<unknown>) => {
    if (!isFromViewMessage(message)) return;
    clearTimeout(silent);
    switch (message.type) {
      case 'snapshot':
        void snapshotResult(document).then((result) => post({ type: 'snapshot', result, pageImageOrigins: pageImageOrigins(document) }));
        return;
      case 'shown':
        frame.focus();
        stopWatching ??= watchPage(() => post({ type: 'changed' }));
        if (!stopGuard && frame.guarded) stopGuard = guardView(frame.guarded, answerInterference);
        settle?.({ clean: true });
        void notify({ type: ToBackground.ViewChanged, clean: true });
        return;
      case 'declined':
      case 'close':
        restore();
    }
  });
  viewPort.start();
}

async function notify(message: ToBackgroundMessage): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The background may be asleep or reloading; the icon catches up on the next tab event.
  }
}

function main(): void {
  const global = globalThis as { [LOADED]?: true };
  if (global[LOADED] === true) return;
  global[LOADED] = true;

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    // Only Clearleaf's own pages and background may ask; web pages cannot reach this listener.
    if (sender.id !== browser.runtime.id || !isToContentMessage(message)) return undefined;
    switch (message.type) {
      case ToContent.Snapshot:
        return message.firstChars ? snapshotFirstPart(document, message.firstChars) : snapshotResult(document);
      case ToContent.SnapshotRest:
        return snapshotRest(document);
      case ToContent.ShowClean:
        reattached = 0;
        lastProblem = null;
        return showClean();
      case ToContent.Restore:
        return Promise.resolve(restore());
      case ToContent.GetView: {
        const state: ViewState = { clean: port !== null && frame.isShowing, ...(lastProblem ? { problem: lastProblem } : {}) };
        lastProblem = null;
        return Promise.resolve(state);
      }
    }
  });

  // Sites the reader always cleans: clean now (and, while shown, again when the page changes).
  void loadSettings().then(async (settings) => {
    if (isAlwaysClean(settings, siteOf(location.href))) await showClean();
  });
}

main();
