/** Markdown for "Copy as Markdown": turndown over the sanitized article, with the title and byline. */
import TurndownService from 'turndown';

export interface MarkdownInput {
  title: string;
  byline: string | null;
  url: string | null;
  html: string;
}

export function toMarkdown(article: MarkdownInput): string {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  const body = service.turndown(article.html);
  const head = [`# ${article.title}`];
  if (article.byline) head.push(`*${article.byline}*`);
  if (article.url) head.push(`<${article.url}>`);
  return `${head.join('\n\n')}\n\n${body}\n`;
}
