/** The output formats of the command line, one function from a clean article to text. */
import { toMarkdown } from '../../pipeline/article/markdown.js';
import type { CleanArticle } from '../../pipeline/pipeline.js';

export const FORMATS = ['text', 'markdown', 'json', 'html', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

/** File name extension of each format under -o DIR. */
export const EXTENSION: Record<Format, string> = { text: 'txt', markdown: 'md', json: 'json', html: 'html', jsonl: 'jsonl' };

export function render(article: CleanArticle, format: Format, url: string, label: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'jsonl':
      return `${JSON.stringify({ input: label, ok: true, url, article })}\n`;
    case 'html':
      return `${article.html}\n`;
    case 'markdown':
      return toMarkdown({ title: article.title, byline: article.byline, url, html: article.html });
    case 'text':
      return `${article.title}\n\n${article.text}\n`;
  }
}

/** A failed input in JSON Lines, so a script reading the stream sees every input once. */
export const failureLine = (label: string, error: string): string => `${JSON.stringify({ input: label, ok: false, error })}\n`;
