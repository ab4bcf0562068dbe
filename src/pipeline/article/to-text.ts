/**
 * Article DOM → plain text with one blank line between blocks. `textContent` glues blocks together
 * ("CASept. 18"), which loses words for the reader and for the sources analysis alike. Every
 * boundary a browser would draw (a block, a cell, a line of code, an element left out) is a word
 * break here, so the words on either side of it never run together.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SEARCH', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const CELL = new Set(['TD', 'TH']);
/** Not read as text: a word break stands in their place. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'FORM']);
const MATH = new Set(['MATH', 'math']);
/** MathML's source annotation (LaTeX), which is what a reader of the page's math copies. */
const TEX_ANNOTATION = 'annotation[encoding="application/x-tex"]';

export interface TextOptions {
  /** Elements to leave out, with their content. */
  skip?: (el: Element) => boolean;
}

interface Walk {
  blocks: string[];
  line: string;
  options: TextOptions;
}

export function toText(root: Node, options: TextOptions = {}): string {
  const w: Walk = { blocks: [], line: '', options };
  walk(w, root, false);
  flush(w);
  return w.blocks.join('\n\n');
}

function flush(w: Walk): void {
  const text = w.line.replace(/[ \t\f\r\u00a0]+/gu, ' ').replace(/ ?\n ?/gu, '\n').trim();
  if (text) w.blocks.push(text);
  w.line = '';
}

/** `pre`: inside preformatted text, where white space and line breaks are the text's own. */
function walk(w: Walk, node: Node, pre: boolean): void {
  if (node.nodeType === 3) {
    w.line += pre ? (node.nodeValue ?? '') : (node.nodeValue?.replace(/\s+/gu, ' ') ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  const el = node as Element;
  const tag = el.tagName ?? '';
  if (SKIP.has(tag) || (w.options.skip && node.nodeType === 1 && w.options.skip(el))) {
    w.line += ' ';
    return;
  }
  if (tag === 'BR') {
    w.line += '\n';
    return;
  }
  if (MATH.has(tag)) {
    w.line += ` ${mathText(el)} `;
    return;
  }
  const block = BLOCK.has(tag);
  // A block inside code (a highlighter's line) is a line of its own.
  if (pre && block) newLine(w);
  else if (block) flush(w);
  if (CELL.has(tag)) w.line += ' \t ';
  for (let child = node.firstChild; child; child = child.nextSibling) walk(w, child, pre || tag === 'PRE');
  if (pre && block) newLine(w);
  else if (block) flush(w);
}

function newLine(w: Walk): void {
  if (w.line && !w.line.endsWith('\n')) w.line += '\n';
}

/** The formula's LaTeX source when the page gives it (MathML's TeX annotation), else null. */
export function texSource(math: Element): string | null {
  return math.querySelector(TEX_ANNOTATION)?.textContent?.trim() || null;
}

/** Math as its LaTeX source when the page gives it, else its symbols one by one (never glued to the prose). */
export function mathText(math: Element): string {
  const tex = texSource(math);
  if (tex) return tex;
  const leaves: string[] = [];
  for (const el of math.querySelectorAll('*')) {
    if (el.tagName.toLowerCase() === 'annotation' || el.children.length > 0) continue;
    const t = el.textContent?.trim();
    if (t) leaves.push(t);
  }
  return leaves.join(' ');
}
