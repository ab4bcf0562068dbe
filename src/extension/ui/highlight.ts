/** Finds a passage in a rendered article, scrolls to it and marks it. */
const MARK_CLASS = 'cl-highlight';

/** Letters and digits only, lower-cased: quotes, dashes and spacing differ between text and DOM. */
function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function highlightPassage(root: HTMLElement, passage: string): HTMLElement | null {
  for (const old of root.querySelectorAll(`mark.${MARK_CLASS}`)) old.replaceWith(...old.childNodes);
  root.normalize();
  const wanted = key(passage).slice(0, 60);
  if (!wanted) return null;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  // Text nodes with the offset of their first letter in the keyed text of the whole article.
  const nodes: { node: Text; from: number }[] = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, from: all.length });
    all += key(n.nodeValue ?? '');
  }
  const at = all.indexOf(wanted);
  if (at < 0) return null;
  const first = [...nodes].reverse().find((n) => n.from <= at);
  if (!first) return null;
  const mark = doc.createElement('mark');
  mark.className = MARK_CLASS;
  // Mark from the start of the passage's first text node piece to the end of that node: enough to see.
  const raw = first.node.nodeValue ?? '';
  let keyed = 0;
  let start = 0;
  for (; start < raw.length && keyed < at - first.from; start += 1) keyed += key(raw[start] ?? '').length;
  // Start the mark on the passage's first letter, not on the space or quote mark before it.
  while (start < raw.length && key(raw[start] ?? '') === '') start += 1;
  const piece = first.node.splitText(start);
  piece.replaceWith(mark);
  mark.append(piece);
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return mark;
}
