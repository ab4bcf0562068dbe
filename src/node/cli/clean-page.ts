/**
 * One job, start to end: read the input, parse it with jsdom, clean it, render it. Runs in a worker
 * thread for batches and in the main thread for a single input. The jsdom window is always closed.
 */
import { cleanDocument } from '../../pipeline/pipeline.js';
import type { CleanArticle } from '../../pipeline/pipeline.js';
import type { Job } from './inputs.js';
import { PageError, readPage, type FetchOptions } from './read-page.js';
import { render, type Format } from './render.js';

export interface JobOptions extends FetchOptions {
  format: Format;
  /** The page's address when it cannot be known from the input (--url). */
  url?: string;
}

export type Outcome =
  | { id: number; ok: true; output: string }
  | { id: number; ok: false; error: string };

type JsdomModule = typeof import('jsdom');
let jsdom: Promise<JsdomModule> | null = null;

/** jsdom is loaded on the first page, so --help and --version start at once. */
function loadJsdom(): Promise<JsdomModule> {
  jsdom ??= import('jsdom').catch(() => {
    throw new PageError('jsdom is missing: install it beside clearleaf (npm install jsdom)');
  });
  return jsdom;
}

export async function runJob(job: Job, options: JobOptions): Promise<Outcome> {
  try {
    const page = await readPage(job.source, options);
    const url = options.url ?? page.url;
    const { JSDOM } = await loadJsdom();
    const dom = new JSDOM(page.html, { url });
    try {
      const article = cleanDocument(dom.window.document, { url });
      if (!article.isArticle) return { id: job.id, ok: false, error: `no article: ${describeDecline(article.reason)}` };
      return { id: job.id, ok: true, output: render(article, options.format, url, job.label) };
    } finally {
      dom.window.close();
    }
  } catch (error) {
    return { id: job.id, ok: false, error: error instanceof PageError ? error.message : `failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A decline for a terminal: its code and figures, e.g. "too-many-elements (elements 412000, limit 300000)". */
function describeDecline(reason: CleanArticle['reason']): string {
  if (!reason) return 'nothing to clean';
  const figures = Object.entries(reason.figures).map(([name, value]) => `${name} ${Math.round(value * 100) / 100}`);
  return figures.length > 0 ? `${reason.code} (${figures.join(', ')})` : reason.code;
}
