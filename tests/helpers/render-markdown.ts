/**
 * Copied Markdown as a permissive renderer shows it: markdown-it with raw HTML allowed (as many
 * editors and static-site tools are set up), parsed into a jsdom document for inspection.
 */
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';

const permissive = new MarkdownIt({ html: true });

export function renderMarkdown(markdown: string): Document {
  return new JSDOM(`<body>${permissive.render(markdown)}`).window.document;
}

/** What in rendered Markdown could run or load something other than an http(s) image or link. */
export function liveMarkupIn(doc: Document): string[] {
  const allowed = new Set(['P', 'A', 'IMG', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'EM', 'STRONG', 'CODE', 'PRE', 'UL', 'OL', 'LI', 'BLOCKQUOTE',
    'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'HR', 'BR', 'S', 'DEL', 'HTML', 'HEAD', 'BODY']);
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    if (!allowed.has(el.tagName)) found.push(el.tagName);
    for (const attr of el.attributes) {
      const urlAttr = attr.name === 'href' || attr.name === 'src';
      // A fence's info string ("```math") becomes the code element's language class: a name, no markup.
      if (el.tagName === 'CODE' && attr.name === 'class' && /^language-[\w-]+$/u.test(attr.value)) continue;
      if (urlAttr ? !/^(https?:|mailto:)/iu.test(attr.value) : !['alt', 'title', 'style', 'start'].includes(attr.name) || attr.name === 'style' && /url\(/iu.test(attr.value)) {
        found.push(`${el.tagName}[${attr.name}=${attr.value}]`);
      }
    }
  }
  return found;
}
