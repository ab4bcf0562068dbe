/**
 * The page, serialised once for the extension pages to read (issue 14.1): the only heavy work left on
 * the page's main thread, done in tasks of at most ~SLICE_MS so the page keeps running (a 10 MB page:
 * the clone, a few dozen slices of the walk, the serialisation). A clone is taken in one step (one
 * moment of the page) and the walk writes into it what only the live page knows, because an inert
 * re-parse cannot see it (where the page changed an element's children between slices, that
 * element's copy keeps its children as cloned):
 * - open shadow roots, flattened into their hosts with slots filled (declarative shadow DOM would
 *   need a parser that attaches it; DOMParser does not);
 * - images whose live `currentSrc` replaced a placeholder `src` (lazy loaders, srcset choices);
 * - the roots of subtrees the page does not show, marked with HIDDEN_ATTR (a signal; nothing is dropped).
 * Scripts other than JSON-LD are emptied: Readability drops them anyway and they are often half the bytes.
 * Every DOM property is read through the built-in getters (DOM below): the page may name a form
 * control "nextElementSibling" or an image "documentElement", which would shadow the property.
 */
import { PAGE_BUDGET, overBudget } from '../../pipeline/extract/page-budget.js';
import { borrow, cloneDocument } from '../../pipeline/extract/unclobbered.js';
import { HIDDEN_ATTR, type PageSnapshot } from '../../pipeline/snapshot-shape.js';
import type { SnapshotResult } from '../platform/messages.js';

/** The built-ins the snapshot reads, immune to the page's named elements (borrowed off their prototypes). */
const SAMPLE = document.createElement('div');
const DOM = {
  documentElement: borrow<Element>(document, 'documentElement'),
  // [LegacyUnforgeable]: an own property no named element can shadow.
  location: (doc: Document): Location => doc.location,
  byTag: borrow<HTMLCollection>(document, 'getElementsByTagName'),
  baseURI: borrow<string>(document, 'baseURI'),
  setText: (target: Node, text: string): void => {
    Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')?.set?.call(target, text);
  },
  firstChild: borrow<Element | null>(SAMPLE, 'firstElementChild'),
  next: borrow<Element | null>(SAMPLE, 'nextElementSibling'),
  tagName: borrow<string>(SAMPLE, 'tagName'),
  shadowRoot: borrow<ShadowRoot | null>(SAMPLE, 'shadowRoot'),
  outerHTML: borrow<string>(SAMPLE, 'outerHTML'),
  getAttribute: borrow<string | null>(SAMPLE, 'getAttribute'),
  setAttribute: borrow<undefined>(SAMPLE, 'setAttribute'),
  checkVisibility: 'checkVisibility' in SAMPLE ? borrow<boolean>(SAMPLE, 'checkVisibility') : null,
};

/** A src worth replacing: none, a data: URI or a 1×1 placeholder file. */
const PLACEHOLDER_SRC = /^(?:$|data:|about:blank)|(?:blank|spacer|pixel|placeholder|transparent|lazy)[^/]*\.(?:gif|png|svg)(?:$|\?)/iu;

/**
 * Longest stretch of the walk in one task before the page gets a turn (issue 14.1: the longest task
 * Clearleaf causes on a 10 MB page ≤ 300 ms). A typical page's whole walk fits in one slice.
 */
const SLICE_MS = 30;

/**
 * A turn for the page: a message to ourselves, not a timer (Firefox runs a background tab's timers
 * at most once a second, and the page is in the background while a popup tab reads it).
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The answer to ToContent.Snapshot without `firstChars`: the whole page. Only the element count is checked here; the reader checks the rest. */
export async function snapshotResult(doc: Document): Promise<SnapshotResult> {
  const taken = await takeInTasks(doc);
  if (!taken.ok) return taken;
  const { snapshot, pageMs } = taken;
  return { ok: true, snapshot, from: 0, totalChars: snapshot.html.length, pageMs };
}

/** The page cut by ToContent.Snapshot with `firstChars`, kept for the SnapshotRest that follows. */
let kept: { snapshot: PageSnapshot; from: number; pageMs: number } | null = null;

/** A page's HTML longer than this many times `firstChars` comes in two parts (a short page in one). */
const PARTS_FROM = 8;

/**
 * ToContent.Snapshot with `firstChars`: the snapshot taken in tasks, and a long page's HTML cut
 * after a paragraph near `firstChars`; the rest waits for SnapshotRest. pageMs is the longest task.
 */
export async function snapshotFirstPart(doc: Document, firstChars: number): Promise<SnapshotResult> {
  kept = null;
  const taken = await takeInTasks(doc);
  if (!taken.ok) return taken;
  const { snapshot, pageMs } = taken;
  const whole: SnapshotResult = { ok: true, snapshot, from: 0, totalChars: snapshot.html.length, pageMs };
  if (snapshot.html.length <= firstChars * PARTS_FROM) return whole;
  const cut = cutAfterParagraph(snapshot.html, firstChars);
  kept = { snapshot, from: cut, pageMs };
  return { ...whole, snapshot: { ...snapshot, html: snapshot.html.slice(0, cut) } };
}

/** ToContent.SnapshotRest: what the last cut kept back, or (nothing kept: the content script was reloaded) the whole page. */
export async function snapshotRest(doc: Document): Promise<SnapshotResult> {
  const rest = kept;
  kept = null;
  if (!rest) return snapshotResult(doc);
  const { snapshot, from, pageMs } = rest;
  return { ok: true, snapshot: { ...snapshot, html: snapshot.html.slice(from) }, from, totalChars: snapshot.html.length, pageMs };
}

/** After the last paragraph end before `chars` (the first part then ends on a whole block), else at `chars`. */
function cutAfterParagraph(html: string, chars: number): number {
  const end = html.lastIndexOf('</p>', chars);
  return end > chars / 2 ? end + '</p>'.length : chars;
}

type Failed = Extract<SnapshotResult, { ok: false }>;
type Taken = { ok: true; snapshot: PageSnapshot; pageMs: number } | Failed;

/**
 * The snapshot in tasks: the clone and the first slice of the walk, more slices while the walk
 * lasts, the shadow roots, then the serialisation. Over the element budget, or an exception, is a
 * failed answer. pageMs: the longest of these tasks.
 */
async function takeInTasks(doc: Document): Promise<Taken> {
  const url = DOM.location(doc).href;
  const failed = (error: unknown): Failed => ({ ok: false, reason: { code: 'failed', figures: {} }, url, detail: error instanceof Error ? error.message : String(error) });
  let longest = 0;
  let started = performance.now();
  const endTask = (): void => {
    longest = Math.max(longest, performance.now() - started);
  };
  let walk: Walk;
  try {
    if (DOM.byTag(doc, '*').length > PAGE_BUDGET.maxElements) {
      return { ok: false, reason: overBudget(doc) ?? { code: 'too-many-elements', figures: { elements: PAGE_BUDGET.maxElements + 1, limit: PAGE_BUDGET.maxElements } }, url };
    }
    walk = startWalk(doc);
  } catch (error) {
    return failed(error);
  }
  try {
    while (walkSlice(walk, started + SLICE_MS)) {
      endTask();
      await yieldToPage();
      started = performance.now();
      walk.sync();
    }
    walk.stop();
    // Flattening changes the clone's shape, so it waits until the walk is over.
    for (const [liveHost, cloneHost] of walk.hosts) flattenShadow(liveHost, cloneHost);
    endTask();
    // The clone is inert and ours: its serialisation may come a task later.
    await yieldToPage();
    started = performance.now();
    const snapshot = serialise(doc, walk.clone);
    endTask();
    return { ok: true, snapshot, pageMs: longest };
  } catch (error) {
    return failed(error);
  } finally {
    walk.stop();
  }
}

/** A pair still to visit: the live element, its copy, and whether the live one's parent is the head. */
type Pending = [live: Element, copy: Element, parentIsHead: boolean];

interface Walk {
  clone: Element;
  stack: Pending[];
  hosts: [Element, Element][];
  /**
   * Live elements whose children changed after the clone was taken (the page ran between slices):
   * their children no longer pair with the copy's, so the copy keeps them as cloned.
   */
  changed: Set<Node>;
  /** Takes the page's changes made since the last slice (those not yet handed to the observer's callback). */
  sync(): void;
  stop(): void;
}

/**
 * The page cloned in one step (so that the clone is one moment of the page), and the walk that
 * writes into the clone what only the live page knows, to be done in slices.
 */
function startWalk(doc: Document): Walk {
  const live = DOM.documentElement(doc);
  // The whole document is cloned, never an element of it: a copy owned by the live document would
  // load its images and fire their handlers in the page; a cloned Document has no browsing context.
  const clone = DOM.documentElement(cloneDocument(doc));
  const changed = new Set<Node>();
  const note = (records: MutationRecord[]): void => {
    for (const r of records) if (r.type === 'childList') changed.add(r.target);
  };
  // Started in the task of the clone: no page script runs between the two.
  const observer = new MutationObserver(note);
  observer.observe(live, { childList: true, subtree: true });
  return {
    clone, changed, stack: [[live, clone, false]], hosts: [],
    sync: () => note(observer.takeRecords()),
    stop: () => observer.disconnect(),
  };
}

/** Tags that may host a shadow root besides custom elements (the DOM standard's "valid shadow host name"). */
const SHADOW_HOSTS = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN']);

/**
 * Walks the live tree and its clone in lockstep until `deadline`; true while there is more. Every
 * read goes through the built-ins (DOM), and as few as the walk needs: in Firefox each is a call
 * through the content script's wrapper of the page's objects, the walk's main cost on a big page.
 */
function walkSlice(walk: Walk, deadline: number): boolean {
  const { stack, hosts, changed } = walk;
  for (let visited = 0, pair = stack.pop(); pair; pair = stack.pop(), visited += 1) {
    const [live, copy, parentIsHead] = pair;
    const tag = DOM.tagName(live);
    if ((SHADOW_HOSTS.has(tag) || tag.includes('-')) && DOM.shadowRoot(live)) hosts.push([live, copy]);
    if (tag === 'IMG') copyLiveSource(live as HTMLImageElement, copy);
    else if (tag === 'SCRIPT' && DOM.getAttribute(live, 'type') !== 'application/ld+json') DOM.setText(copy, '');
    else if (tag === 'STYLE') DOM.setText(copy, '');
    if (tag !== 'HEAD' && !parentIsHead && isHidden(live)) {
      DOM.setAttribute(copy, HIDDEN_ATTR, '');
      continue; // Everything under it is hidden too: no need to ask again.
    }
    if (changed.size > 0 && changed.has(live)) continue;
    const isHead = tag === 'HEAD';
    for (let l = DOM.firstChild(live), c = DOM.firstChild(copy); l && c; l = DOM.next(l), c = DOM.next(c)) stack.push([l, c, isHead]);
    // The clock is read every 256 elements: reading it is not free either.
    if ((visited & 255) === 255 && stack.length > 0 && performance.now() > deadline) return true;
  }
  return false;
}

/** The clone as HTML. */
function serialise(doc: Document, clone: Element): PageSnapshot {
  return { html: `<!doctype html>${DOM.outerHTML(clone)}`, url: DOM.location(doc).href, baseUrl: DOM.baseURI(doc) };
}

function copyLiveSource(live: HTMLImageElement, copy: Element): void {
  const current = live.currentSrc;
  // Only a source the page really shows: one its own rules (CSP, sandbox) blocked stays unloaded here too.
  const shown = live.complete && live.naturalWidth > 0;
  if (shown && typeof current === 'string' && current && PLACEHOLDER_SRC.test(DOM.getAttribute(copy, 'src') ?? '')) DOM.setAttribute(copy, 'src', current);
}

/** Not rendered (display: none, content-visibility: hidden, hidden ancestors) — layout is already there. */
function isHidden(el: Element): boolean {
  return DOM.checkVisibility ? !DOM.checkVisibility(el) : false;
}

/** The host's rendered content: its shadow tree, each slot replaced by what is assigned to it. */
function flattenShadow(liveHost: Element, cloneHost: Element): void {
  const root = DOM.shadowRoot(liveHost);
  if (!root) return;
  const inert = cloneHost.ownerDocument;
  const flat = inert.createDocumentFragment();
  for (const child of root.childNodes) flat.append(flatCopy(child, inert));
  cloneHost.replaceChildren(flat);
}

/** A copy made in the inert document (importNode), so nothing in it loads or runs. */
function flatCopy(node: Node, inert: Document): Node {
  if (node instanceof HTMLSlotElement) {
    const frag = inert.createDocumentFragment();
    const assigned = node.assignedNodes({ flatten: true });
    for (const n of assigned.length ? assigned : [...node.childNodes]) frag.append(flatCopy(n, inert));
    return frag;
  }
  if (node instanceof Element && DOM.tagName(node) === 'STYLE') return inert.createTextNode('');
  const copy = inert.importNode(node, false);
  const shadow = node instanceof Element ? DOM.shadowRoot(node) : null;
  for (const child of (shadow ?? node).childNodes) copy.appendChild(flatCopy(child, inert));
  return copy;
}
