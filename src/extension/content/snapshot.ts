/**
 * The page, serialised once for the extension pages to read (issue 14.1): the only heavy work left on
 * the page's main thread. A clone is taken in one step (so the page cannot change under the walk) and
 * the clone gets what only the live page knows, because an inert re-parse cannot see it:
 * - open shadow roots, flattened into their hosts with slots filled (declarative shadow DOM would
 *   need a parser that attaches it; DOMParser does not);
 * - images whose live `currentSrc` replaced a placeholder `src` (lazy loaders, srcset choices);
 * - the roots of subtrees the page does not show, marked with HIDDEN_ATTR (a signal; nothing is dropped).
 * Scripts other than JSON-LD are emptied: Readability drops them anyway and they are often half the bytes.
 */
import { PAGE_BUDGET, overBudget } from '../../pipeline/extract/page-budget.js';
import { HIDDEN_ATTR, type PageSnapshot } from '../../pipeline/snapshot.js';
import type { SnapshotResult } from '../platform/messages.js';

/** A src worth replacing: none, a data: URI or a 1×1 placeholder file. */
const PLACEHOLDER_SRC = /^(?:$|data:|about:blank)|(?:blank|spacer|pixel|placeholder|transparent|lazy)[^/]*\.(?:gif|png|svg)(?:$|\?)/iu;

/** The answer to ToContent.Snapshot. Only the element count is checked here; the reader checks the rest. */
export function snapshotResult(doc: Document): SnapshotResult {
  const url = doc.location.href;
  try {
    if (doc.getElementsByTagName('*').length > PAGE_BUDGET.maxElements) {
      return { ok: false, reason: overBudget(doc) ?? { code: 'too-many-elements', figures: { elements: PAGE_BUDGET.maxElements + 1, limit: PAGE_BUDGET.maxElements } }, url };
    }
    const started = performance.now();
    const snapshot = takeSnapshot(doc);
    return { ok: true, snapshot, pageMs: performance.now() - started };
  } catch (error) {
    return { ok: false, reason: { code: 'failed', figures: {} }, url, detail: error instanceof Error ? error.message : String(error) };
  }
}

export function takeSnapshot(doc: Document): PageSnapshot {
  const live = doc.documentElement;
  const clone = live.cloneNode(true) as Element;
  const hosts: [Element, Element][] = [];
  walkPair(live, clone, hosts);
  // Flattening changes the clone's shape, so it waits until the lockstep walk is over.
  for (const [liveHost, cloneHost] of hosts) flattenShadow(liveHost, cloneHost);
  return { html: `<!doctype html>${clone.outerHTML}`, url: doc.location.href, baseUrl: doc.baseURI };
}

/** Walks the live tree and its clone in lockstep (same shape: cloned in one synchronous step). */
function walkPair(liveRoot: Element, cloneRoot: Element, hosts: [Element, Element][]): void {
  const stack: [Element, Element][] = [[liveRoot, cloneRoot]];
  for (let pair = stack.pop(); pair; pair = stack.pop()) {
    const [live, copy] = pair;
    if (live.shadowRoot) hosts.push([live, copy]);
    if (live.tagName === 'IMG') copyLiveSource(live as HTMLImageElement, copy);
    else if (live.tagName === 'SCRIPT' && (live as HTMLScriptElement).type !== 'application/ld+json') copy.textContent = '';
    if (isHidden(live)) {
      copy.setAttribute(HIDDEN_ATTR, '');
      continue; // Everything under it is hidden too: no need to ask again.
    }
    for (let l = live.firstElementChild, c = copy.firstElementChild; l && c; l = l.nextElementSibling, c = c.nextElementSibling) stack.push([l, c]);
  }
}

function copyLiveSource(live: HTMLImageElement, copy: Element): void {
  const current = live.currentSrc;
  if (current && PLACEHOLDER_SRC.test(copy.getAttribute('src') ?? '')) copy.setAttribute('src', current);
}

/** Not rendered (display: none, content-visibility: hidden, hidden ancestors) — layout is already there. */
function isHidden(el: Element): boolean {
  if (el.tagName === 'HEAD' || el.parentElement?.tagName === 'HEAD') return false;
  return typeof el.checkVisibility === 'function' ? !el.checkVisibility() : false;
}

/** The host's rendered content: its shadow tree, each slot replaced by what is assigned to it. */
function flattenShadow(liveHost: Element, cloneHost: Element): void {
  const root = liveHost.shadowRoot;
  if (!root) return;
  const flat = cloneHost.ownerDocument.createDocumentFragment();
  for (const child of root.childNodes) flat.append(flatCopy(child));
  cloneHost.replaceChildren(flat);
}

function flatCopy(node: Node): Node {
  if (node instanceof HTMLSlotElement) {
    const frag = node.ownerDocument.createDocumentFragment();
    const assigned = node.assignedNodes({ flatten: true });
    for (const n of assigned.length ? assigned : [...node.childNodes]) frag.append(flatCopy(n));
    return frag;
  }
  if (node instanceof Element && node.shadowRoot) {
    const host = node.cloneNode(false) as Element;
    for (const child of node.shadowRoot.childNodes) host.append(flatCopy(child));
    return host;
  }
  if (node instanceof Element && node.tagName === 'STYLE') return node.ownerDocument.createTextNode('');
  const copy = node.cloneNode(false);
  for (const child of node.childNodes) copy.appendChild(flatCopy(child));
  return copy;
}
