/**
 * clearleaf FILE|URL [--url URL] [--format text|markdown|json|html]
 * Prints the clean article. Any failure is one line on stderr and a non-zero exit.
 */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { cleanDocument } from '../pipeline/pipeline.js';
import type { CleanArticle } from '../pipeline/types.js';
import { toMarkdown } from '../pipeline/article/markdown.js';

const FORMATS = ['text', 'markdown', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];
const USAGE = 'usage: clearleaf FILE|URL [--url URL] [--format text|markdown|json|html]';

class CliError extends Error {
  constructor(message: string, readonly code = 1) {
    super(message);
  }
}

async function readInput(input: string): Promise<{ html: string; url: string; contentType: string | null }> {
  if (/^https?:\/\//iu.test(input)) {
    let response: Response;
    try {
      response = await fetch(input, { redirect: 'follow' });
    } catch (error) {
      throw new CliError(`cannot fetch ${input}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new CliError(`cannot fetch ${input}: HTTP ${response.status}`);
    return { html: await response.text(), url: response.url || input, contentType: response.headers.get('content-type') };
  }
  try {
    const html = await fs.readFile(input, 'utf8');
    return { html, url: `file://${await fs.realpath(input)}`, contentType: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${input}`);
    if (code === 'EISDIR') throw new CliError(`${input} is a folder, not an HTML file`);
    throw new CliError(`cannot read ${input}: ${code ?? String(error)}`);
  }
}

function render(article: CleanArticle, format: Format, url: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'html':
      return `${article.html}\n`;
    case 'markdown':
      return toMarkdown({ title: article.title, byline: article.byline, url, html: article.html });
    case 'text':
      return `${article.title}\n\n${article.text}\n`;
  }
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, format: { type: 'string', short: 'f', default: 'text' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [input, ...extra] = parsed.positionals;
  if (!input || extra.length > 0) throw new CliError(USAGE, 2);
  const format = parsed.values.format as Format;
  if (!FORMATS.includes(format)) throw new CliError(`unknown format "${format}": use ${FORMATS.join(', ')}`, 2);

  const { html, url: inputUrl, contentType } = await readInput(input);
  const url = parsed.values.url ?? inputUrl;
  try {
    new URL(url);
  } catch {
    throw new CliError(`--url is not an absolute address: ${url}`, 2);
  }
  if (contentType && !/html|xml/iu.test(contentType)) throw new CliError(`${input} is ${contentType}, not an HTML page`);
  if (!/<[a-z!?][^>]*>/iu.test(html.slice(0, 65536))) throw new CliError(`${input} does not look like HTML`);

  const dom = new JSDOM(html, { url });
  const article = cleanDocument(dom.window.document, { url });
  if (!article.isArticle) throw new CliError(`no article: ${describeDecline(article.reason)}`);
  process.stdout.write(render(article, format, url));
  dom.window.close();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`clearleaf: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof CliError ? error.code : 1;
});

/** A decline for a terminal: its code and figures, e.g. "too-many-elements (elements 412000, limit 300000)". */
function describeDecline(reason: CleanArticle['reason']): string {
  if (!reason) return 'nothing to clean';
  const figures = Object.entries(reason.figures).map(([name, value]) => `${name} ${Math.round(value * 100) / 100}`);
  return figures.length > 0 ? `${reason.code} (${figures.join(', ')})` : reason.code;
}
