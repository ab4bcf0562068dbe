/**
 * An https image host on 127.0.0.1 that records the Cookie and Referer of every image request (issue
 * 15: article images must tell their host nothing). Its certificate is self-signed, made with openssl
 * at test time, and only this certificate is accepted: Chromium by its key's hash
 * (--ignore-certificate-errors-spki-list), Firefox by an override for this host and port in the
 * test profile (cert_override.txt), never "accept any certificate".
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface ImageRequest {
  path: string;
  cookie: string | null;
  referer: string | null;
}

export interface TrustedCertificate {
  host: string;
  port: number;
  /** base64 SHA-256 of the certificate's public key (Chromium's SPKI list). */
  spkiSha256: string;
  /** SHA-256 fingerprint as AB:CD:… (Firefox's override file). */
  fingerprint256: string;
}

export interface ImageServer {
  origin: string;
  certificate: TrustedCertificate;
  requests: ImageRequest[];
  /** The cookie the host sets on /set-cookie (SameSite=None, so a browser sends it cross-site unless told not to). */
  readonly cookie: string;
  close(): Promise<void>;
}

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const COOKIE = 'clearleaf_tracker=reader-42';

/** Why the server cannot start here (no openssl), or null. */
export function imageServerMissing(): string | null {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'openssl is not installed (it makes the https image host\'s certificate)';
  }
}

function selfSigned(): { key: string; cert: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearleaf-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: fs.readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function startImageServer(): Promise<ImageServer> {
  const { key, cert } = selfSigned();
  const requests: ImageRequest[] = [];
  const server = https.createServer({ key, cert }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    if (url.pathname === '/set-cookie') {
      // The host's own page: sets the cookie, then loads one of its images first-party (the control).
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store',
        'set-cookie': `${COOKIE}; Secure; SameSite=None; Path=/; Max-Age=3600`,
      }).end('<!doctype html><title>Image host</title><img src="/img/control.png" alt="control">');
      return;
    }
    if (url.pathname.startsWith('/img/')) {
      requests.push({ path: url.pathname + url.search, cookie: req.headers.cookie ?? null, referer: req.headers.referer ?? null });
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(PNG);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const x509 = new crypto.X509Certificate(cert);
  const spki = x509.publicKey.export({ type: 'spki', format: 'der' });
  return {
    origin: `https://127.0.0.1:${port}`,
    certificate: {
      host: '127.0.0.1', port,
      spkiSha256: crypto.createHash('sha256').update(spki).digest('base64'),
      fingerprint256: x509.fingerprint256,
    },
    requests,
    cookie: COOKIE,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Firefox's certificate override file accepting exactly this certificate for this host and port. */
export function firefoxCertOverride(c: TrustedCertificate): string {
  return `# PSM Certificate Override Settings file\n# This is a generated file!  Do not edit.\n${c.host}:${c.port}:\tOID.2.16.840.1.101.3.4.2.1\t${c.fingerprint256}\t\n`;
}
