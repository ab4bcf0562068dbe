/**
 * Markdown for "Copy as Markdown" and the CLI: turndown over the sanitized article, with GFM tables
 * (@joplin/turndown-plugin-gfm), the title and the byline. Safe to paste into any renderer: text never
 * becomes markup (`<`, `>` and entity-like `&` are written as entities), links and images are written
 * only with http(s) (links: or mailto) targets, and nothing is passed through as raw HTML.
 */
import TurndownService from 'turndown';
import { strikethrough, tables } from '@joplin/turndown-plugin-gfm';
import { mathText, texSource } from './to-text.js';

export interface MarkdownInput {
  title: string;
  byline: string | null;
  url: string | null;
  html: string;
}

/** Tables the GFM plugin would pass through as raw HTML (block content in a cell). */
const BLOCKS_IN_TABLE = ['ul', 'ol', 'pre', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote', 'table'];

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/** Text that no Markdown renderer reads as HTML: tags and entities become their literal characters. */
export function escapeHtmlInText(text: string): string {
  return text
    .replace(/&(?=#?[A-Za-z0-9]+;)/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;');
}

/** `href` as a Markdown link target, or null when it is not an allowed absolute URL. */
export function safeTarget(href: string | null, allowed: ReadonlySet<string>): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (!allowed.has(url.protocol)) return null;
  // Characters that would end or break a link destination (or open a tag) are percent-encoded.
  return url.href.replace(/[\s<>()"'\\`[\]]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A run of backticks longer than any in `text`, at least `min` long (a fence or code span `text` cannot close). */
function ticksFor(text: string, min: number): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/gu)].map((m) => m[0].length));
  return '`'.repeat(Math.max(min, longest + 1));
}

/**
 * A formula with its TeX source as GitLab and GitHub write math: $`…`$ inline, a ```math fence on
 * its own lines when displayed. Code spans and fences are literal in every renderer, so the TeX
 * is never read as Markdown or HTML; without a math extension a reader still sees the source.
 */
function mathMarkdown(math: Element, escape: (text: string) => string): string {
  const tex = texSource(math);
  if (!tex) return escape(mathText(math));
  if (math.getAttribute('display') === 'block') {
    const fence = ticksFor(tex, 3);
    return `\n\n${fence}math\n${tex}\n${fence}\n\n`;
  }
  const ticks = ticksFor(tex, 1);
  const pad = tex.startsWith('`') || tex.endsWith('`') ? ' ' : '';
  return `$${ticks}${pad}${tex}${pad}${ticks}$`;
}

function service(): TurndownService {
  const td = new TurndownService({
    headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*',
    // Nothing is ever passed through as raw HTML, whatever a plugin asks to keep.
    keepReplacement: (content) => `\n\n${content}\n\n`,
  });
  td.use([tables, strikethrough]);
  // The GFM plugin writes tables with block content as raw HTML: their rows as text instead.
  td.addRule('tableWithBlocks', {
    filter: (node) => node.nodeName === 'TABLE' && BLOCKS_IN_TABLE.some((tag) => node.getElementsByTagName(tag).length > 0),
    replacement: (content) => `\n\n${content}\n\n`,
  });
  const escapeMarkdown = td.escape.bind(td);
  td.escape = (text: string): string => escapeMarkdown(escapeHtmlInText(text));
  td.addRule('math', {
    filter: (node) => node.nodeName.toLowerCase() === 'math',
    replacement: (_content, node) => mathMarkdown(node, (t) => td.escape(t)),
  });
  td.addRule('safeLink', {
    filter: 'a',
    replacement: (content, node) => {
      const target = safeTarget((node as Element).getAttribute('href'), LINK_PROTOCOLS);
      return target && content.trim() ? `[${content}](${target})` : content;
    },
  });
  td.addRule('safeImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const target = safeTarget((node as Element).getAttribute('src'), IMAGE_PROTOCOLS);
      const alt = td.escape((node as Element).getAttribute('alt') ?? '').replace(/\s+/gu, ' ');
      return target ? `![${alt}](${target})` : alt;
    },
  });
  return td;
}

export function toMarkdown(article: MarkdownInput): string {
  const td = service();
  const body = td.turndown(article.html);
  const head = [`# ${td.escape(article.title)}`];
  if (article.byline) head.push(`*${td.escape(article.byline)}*`);
  const url = safeTarget(article.url, IMAGE_PROTOCOLS);
  if (url) head.push(`<${url}>`);
  return `${head.join('\n\n')}\n\n${body}\n`;
}
