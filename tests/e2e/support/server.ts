/**
 * A static server on 127.0.0.1 for end-to-end tests: shared fixture pages under /shared/, the
 * repository's own under /local/, generated pages under /gen/, and a /beacon endpoint that records
 * every request (a hostile page that manages to run code or load a resource would hit it).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { REPO, SHARED_PAGES } from '../../helpers/gold.js';

export interface TestServer {
  origin: string;
  beaconHits: string[];
  /** Registers a generated page at /gen/NAME, served with these extra headers (a CSP, say). */
  page(name: string, html: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

const ROOTS: Record<string, string> = {
  shared: SHARED_PAGES,
  local: path.join(REPO, 'tests/fixtures/pages'),
};

export async function startServer(): Promise<TestServer> {
  const generated = new Map<string, string>();
  const extraHeaders = new Map<string, Record<string, string>>();
  const beaconHits: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/beacon')) {
      beaconHits.push(url.pathname + url.search);
      res.writeHead(204).end();
      return;
    }
    const [, area, ...rest] = url.pathname.split('/');
    const name = decodeURIComponent(rest.join('/'));
    let body: string | undefined;
    if (area === 'gen') body = generated.get(name);
    else if (area && ROOTS[area] && !name.includes('..')) {
      const file = path.join(ROOTS[area], name);
      if (fs.existsSync(file) && fs.statSync(file).isFile()) body = fs.readFileSync(file, 'utf8');
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = name.endsWith('.txt') ? 'text/plain' : name.endsWith('.xhtml') ? 'application/xhtml+xml' : name.endsWith('.svg') ? 'image/svg+xml' : 'text/html';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', ...(area === 'gen' ? extraHeaders.get(name) : {}) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    beaconHits,
    page(name, html, headers) {
      generated.set(name, html);
      if (headers) extraHeaders.set(name, headers);
      return `${origin}/gen/${name}`;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
