/**
 * Where results go: standard output (one document, or a JSON Lines stream), one file (-o FILE), or one
 * file per input (-o DIR), each written as soon as its page is done.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { EXTENSION, type Format } from './render.js';

export interface Sink {
  write(outName: string, text: string): Promise<void>;
  close(): Promise<void>;
}

function streamSink(stream: Writable, closeAtEnd: boolean): Sink {
  return {
    write: (_name, text) => new Promise<void>((resolve, reject) => {
      stream.write(text, (error) => (error ? reject(error) : resolve()));
    }),
    close: () => (closeAtEnd ? new Promise<void>((resolve) => stream.end(resolve)) : Promise.resolve()),
  };
}

/** One file per input under `dir`, named after the input; a name already used gets -2, -3… */
function dirSink(dir: string, format: Format): Sink {
  const used = new Set<string>();
  return {
    async write(outName, text) {
      let name = `${outName}.${EXTENSION[format]}`;
      for (let n = 2; used.has(name); n += 1) name = `${outName}-${n}.${EXTENSION[format]}`;
      used.add(name);
      const file = path.join(dir, name);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.writeFile(file, text);
    },
    close: () => Promise.resolve(),
  };
}

/**
 * -o names a folder when it is one, ends with "/", or when several inputs are written in a format
 * that holds one document; otherwise a file.
 */
export function isDirTarget(target: string, manyInputs: boolean, format: Format): boolean {
  if (target.endsWith('/') || target.endsWith(path.sep)) return true;
  if (fs.existsSync(target)) return fs.statSync(target).isDirectory();
  return manyInputs && format !== 'jsonl';
}

export function openSink(target: string | undefined, manyInputs: boolean, format: Format): Sink {
  if (target === undefined || target === '-') return streamSink(process.stdout, false);
  if (isDirTarget(target, manyInputs, format)) {
    fs.mkdirSync(target, { recursive: true });
    return dirSink(target, format);
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  return streamSink(fs.createWriteStream(target), true);
}
