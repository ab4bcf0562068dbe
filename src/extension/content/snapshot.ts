/**
 * The page, serialised once for the extension pages to read (issue 14.1): the only heavy work left on
 * the page's main thread. A clone is taken in one step (so the page cannot change under the walk) and
 * the clone gets what only the live page knows, because an inert re-parse cannot see it:
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
  parent: borrow<Element | null>(SAMPLE, 'parentElement'),
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

/** The answer to ToContent.Snapshot without `firstChars`: the whole page in one task. Only the element count is checked here; the reader checks the rest. */
export function snapshotResult(doc: Document): SnapshotResult {
  const started = performance.now();
  const taken = tryTaking(doc, () => serialise(doc, cloneForSnapshot(doc)));
  return taken.ok ? { ...taken, pageMs: performance.now() - started } : taken;
}

/** The page cut by ToContent.Snapshot with `firstChars`, kept for the SnapshotRest that follows. */
let kept: { snapshot: PageSnapshot; from: number; pageMs: number } | null = null;

/** A page's HTML longer than this many times `firstChars` comes in two parts (a short page in one). */
const PARTS_FROM = 8;

/**
 * ToContent.Snapshot with `firstChars`: the snapshot taken in two tasks (the clone and its walk,
 * then the serialisation after the page had a turn), and a long page's HTML cut after a paragraph
 * near `firstChars`; the rest waits for SnapshotRest. pageMs is the longer task.
 */
export async function snapshotFirstPart(doc: Document, firstChars: number): Promise<SnapshotResult> {
  kept = null;
  let started = performance.now();
  const cloned = tryTaking(doc, () => ({ clone: cloneForSnapshot(doc) }));
  if (!cloned.ok) return cloned;
  const cloneMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 0));
  started = performance.now();
  const whole = tryTaking(doc, () => serialise(doc, cloned.clone));
  if (!whole.ok) return whole;
  const pageMs = Math.max(cloneMs, performance.now() - started);
  const { snapshot } = whole;
  if (snapshot.html.length <= firstChars * PARTS_FROM) return { ...whole, pageMs };
  const cut = cutAfterParagraph(snapshot.html, firstChars);
  kept = { snapshot, from: cut, pageMs };
  return { ...whole, snapshot: { ...snapshot, html: snapshot.html.slice(0, cut) }, pageMs };
}

/** ToContent.SnapshotRest: what the last cut kept back, or (nothing kept: the content script was reloaded) the whole page. */
export function snapshotRest(doc: Document): SnapshotResult {
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

type Taken<T> = ({ ok: true } & T) | Extract<SnapshotResult, { ok: false }>;

/** `take` unless the page is over the element budget; an exception becomes a 'failed' answer. */
function tryTaking<T extends object>(doc: Document, take: () => T): Taken<T> {
  const url = DOM.location(doc).href;
  try {
    if (DOM.byTag(doc, '*').length > PAGE_BUDGET.maxElements) {
      return { ok: false, reason: overBudget(doc) ?? { code: 'too-many-elements', figures: { elements: PAGE_BUDGET.maxElements + 1, limit: PAGE_BUDGET.maxElements } }, url };
    }
    return { ok: true, ...take() };
  } catch (error) {
    return { ok: false, reason: { code: 'failed', figures: {} }, url, detail: error instanceof Error ? error.message : String(error) };
  }
}

export function takeSnapshot(doc: Document): PageSnapshot {
  return serialise(doc, cloneForSnapshot(doc)).snapshot;
}

/** The page cloned with what only the live page knows written in: the part that must run in one task. */
function cloneForSnapshot(doc: Document): Element {
  const live = DOM.documentElement(doc);
  // The whole document is cloned, never an element of it: a copy owned by the live document would
  // load its images and fire their handlers in the page; a cloned Document has no browsing context.
  const clone = DOM.documentElement(cloneDocument(doc));
  const hosts: [Element, Element][] = [];
  walkPair(live, clone, hosts);
  // Flattening changes the clone's shape, so it waits until the lockstep walk is over.
  for (const [liveHost, cloneHost] of hosts) flattenShadow(liveHost, cloneHost);
  return clone;
}

/** The clone as HTML: it is inert and ours, so this may run in a later task than the clone. */
function serialise(doc: Document, clone: Element): { snapshot: PageSnapshot; from: number; totalChars: number } {
  const html = `<!doctype html>${DOM.outerHTML(clone)}`;
  return { snapshot: { html, url: DOM.location(doc).href, baseUrl: DOM.baseURI(doc) }, from: 0, totalChars: html.length };
}

/** Walks the live tree and its clone in lockstep (same shape: cloned in one synchronous step). */
function walkPair(liveRoot: Element, cloneRoot: Element, hosts: [Element, Element][]): void {
  const stack: [Element, Element][] = [[liveRoot, cloneRoot]];
  for (let pair = stack.pop(); pair; pair = stack.pop()) {
    const [live, copy] = pair;
    const tag = DOM.tagName(live);
    if (DOM.shadowRoot(live)) hosts.push([live, copy]);
    if (tag === 'IMG') copyLiveSource(live as HTMLImageElement, copy);
    else if (tag === 'SCRIPT' && DOM.getAttribute(live, 'type') !== 'application/ld+json') DOM.setText(copy, '');
    else if (tag === 'STYLE') DOM.setText(copy, '');
    if (isHidden(live)) {
      DOM.setAttribute(copy, HIDDEN_ATTR, '');
      continue; // Everything under it is hidden too: no need to ask again.
    }
    for (let l = DOM.firstChild(live), c = DOM.firstChild(copy); l && c; l = DOM.next(l), c = DOM.next(c)) stack.push([l, c]);
  }
}

function copyLiveSource(live: HTMLImageElement, copy: Element): void {
  const current = live.currentSrc;
  // Only a source the page really shows: one its own rules (CSP, sandbox) blocked stays unloaded here too.
  const shown = live.complete && live.naturalWidth > 0;
  if (shown && typeof current === 'string' && current && PLACEHOLDER_SRC.test(DOM.getAttribute(copy, 'src') ?? '')) DOM.setAttribute(copy, 'src', current);
}

/** Not rendered (display: none, content-visibility: hidden, hidden ancestors) — layout is already there. */
function isHidden(el: Element): boolean {
  if (!DOM.checkVisibility) return false;
  const tag = DOM.tagName(el);
  const parent = DOM.parent(el);
  if (tag === 'HEAD' || (parent && DOM.tagName(parent) === 'HEAD')) return false;
  return !DOM.checkVisibility(el);
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
