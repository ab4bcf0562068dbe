/**
 * Appending a long article without freezing the page that shows it (issue 14.2): the first blocks at
 * once, the rest in chunks between frames, so the first screen paints before the last paragraph is in.
 * Each later chunk goes into a wrapper of its own (CHUNK_CLASS, `content-visibility: auto` in the
 * page's CSS): a frame then lays out a few hundred wrappers, not every block appended so far, which
 * made the chunked render quadratic (70,000 paragraphs: a minute of layout in Chromium).
 */

/** Blocks shown at once: a first screen and more, so a reader who starts scrolling meets text. */
export const FIRST_SCREEN_BLOCKS = 40;
/** Blocks per later chunk (one wrapper): small enough that one chunk stays well under a frame's worth of work. */
const CHUNK_BLOCKS = 400;
/** Milliseconds of appending per frame before the browser gets its turn to paint and take input. */
const FRAME_BUDGET_MS = 12;
/** The wrapper of a later chunk: a plain block, so the blocks' own styles and the text stay as they were. */
export const CHUNK_CLASS = 'cl-chunk';

/** A turn of the event loop that lets the browser paint first. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * The element whose children are the article's blocks: Readability wraps them in one or two bare
 * containers, so step down while an element is the only child with all the text.
 */
function flowOf(fragment: DocumentFragment): ParentNode {
  let flow: ParentNode = fragment;
  while (flow.childElementCount === 1 && flow.firstElementChild && flow.childNodes.length <= 3) {
    flow = flow.firstElementChild;
  }
  return flow;
}

/** The fragment with its flow cut to the first screen's blocks (a first screen read from part of a page). */
export function firstScreenOf(fragment: DocumentFragment): DocumentFragment {
  const flow = flowOf(fragment);
  for (const extra of [...flow.childNodes].slice(FIRST_SCREEN_BLOCKS)) extra.parentNode?.removeChild(extra);
  return fragment;
}

/**
 * Moves `fragment` into `target`, keeping its shape: the first FIRST_SCREEN_BLOCKS blocks now, the
 * rest chunk by chunk. Resolves when every block is in place.
 */
export async function appendProgressively(target: HTMLElement, fragment: DocumentFragment): Promise<void> {
  const flow = flowOf(fragment);
  if (flow === fragment || flow.childNodes.length <= FIRST_SCREEN_BLOCKS) {
    target.append(fragment);
    return;
  }
  // Move the wrappers (emptied of their blocks) first, then refill the innermost one.
  const blocks = [...flow.childNodes];
  (flow as Element).replaceChildren();
  target.append(fragment);
  const into = flow as Element;
  into.append(...blocks.slice(0, FIRST_SCREEN_BLOCKS));
  const doc = target.ownerDocument;
  let frameStarted = -Infinity;
  for (let i = FIRST_SCREEN_BLOCKS; i < blocks.length; i += CHUNK_BLOCKS) {
    // As many chunks a frame as fit its budget: a frame each would cost a frame's wait per chunk.
    if (performance.now() - frameStarted > FRAME_BUDGET_MS) {
      await nextFrame();
      frameStarted = performance.now();
    }
    const chunk = doc.createElement('div');
    chunk.className = CHUNK_CLASS;
    chunk.append(...blocks.slice(i, i + CHUNK_BLOCKS));
    into.append(chunk);
  }
}
