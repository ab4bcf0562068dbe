/**
 * Reading one input into HTML: a file, a URL (with a time limit and an honest user agent) or HTML
 * already read from standard input. Every failure is a PageError with one plain sentence.
 */
import fs from 'node:fs/promises';
import type { Source } from './inputs.js';

export class PageError extends Error {}

export interface FetchOptions {
  timeoutMs: number;
  userAgent: string;
}

export interface PageInput {
  html: string;
  url: string;
}

async function fetchPage(url: string, options: FetchOptions): Promise<PageInput> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml' }, signal: AbortSignal.timeout(options.timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new PageError(timedOut ? `no answer from ${url} within ${options.timeoutMs / 1000} s` : `cannot fetch ${url}: ${causeOf(error)}`);
  }
  if (!response.ok) throw new PageError(`cannot fetch ${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type');
  if (type && !/html|xml/iu.test(type)) throw new PageError(`${url} is ${type}, not an HTML page`);
  return { html: await response.text(), url: response.url || url };
}

function causeOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : null;
  return cause ?? (error instanceof Error ? error.message : String(error));
}

async function readFile(file: string): Promise<PageInput> {
  try {
    const html = await fs.readFile(file, 'utf8');
    return { html, url: `file://${await fs.realpath(file)}` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PageError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new PageError(`${file} is a folder, not an HTML file`);
    throw new PageError(`cannot read ${file}: ${code ?? String(error)}`);
  }
}

export async function readPage(source: Source, options: FetchOptions): Promise<PageInput> {
  const page = source.kind === 'url' ? await fetchPage(source.url, options)
    : source.kind === 'file' ? await readFile(source.path)
    : { html: source.html, url: 'file:///dev/stdin' };
  if (!/<[a-z!?][^>]*>/iu.test(page.html.slice(0, 65536))) throw new PageError(`${source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : 'standard input'} does not look like HTML`);
  return page;
}
