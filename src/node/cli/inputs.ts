/**
 * What the command line was asked to read: files, folders (every HTML file under them), URLs and
 * standard input ("-"), expanded into one list of jobs in a stable order.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export type Source =
  | { kind: 'file'; path: string; /** Where its output goes under -o DIR (relative, no extension). */ outName: string }
  | { kind: 'url'; url: string; outName: string }
  | { kind: 'html'; html: string; label: string; outName: string };

/** A job: the source and the label errors and JSON Lines name it by. */
export interface Job {
  id: number;
  label: string;
  source: Source;
}

const HTML_FILE = /\.(?:html?|xhtml)$/iu;
export const isUrl = (input: string): boolean => /^https?:\/\//iu.test(input);

async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && HTML_FILE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function urlOutName(url: string): string {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}`.replace(/\/+$/u, '').replace(/[^\w.-]+/gu, '_') || 'page';
}

/** Expands the positional inputs. A folder with no HTML file in it is an error, so is a second "-". */
export async function expandInputs(inputs: string[], readStdin: () => Promise<string>): Promise<Job[]> {
  const sources: { label: string; source: Source }[] = [];
  for (const input of inputs) {
    if (input === '-') {
      if (sources.some((s) => s.source.kind === 'html')) throw new Error('"-" (standard input) can be given only once');
      sources.push({ label: '-', source: { kind: 'html', html: await readStdin(), label: '-', outName: 'stdin' } });
    } else if (isUrl(input)) {
      sources.push({ label: input, source: { kind: 'url', url: input, outName: urlOutName(input) } });
    } else if ((await fs.stat(input).catch(() => null))?.isDirectory()) {
      const files = await htmlFilesUnder(input);
      if (files.length === 0) throw new Error(`no HTML files (.html, .htm, .xhtml) in the folder ${input}`);
      for (const file of files) {
        const outName = path.relative(input, file).replace(HTML_FILE, '');
        sources.push({ label: file, source: { kind: 'file', path: file, outName } });
      }
    } else {
      // A missing file is that input's error when it is read, not a reason to stop the others.
      sources.push({ label: input, source: { kind: 'file', path: input, outName: path.basename(input).replace(HTML_FILE, '') } });
    }
  }
  return sources.map((s, id) => ({ id, ...s }));
}
