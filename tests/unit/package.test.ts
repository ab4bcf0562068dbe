/**
 * `npm run package`: two builds in different time zones give byte-identical store zips and source
 * archive; the zips carry Clearleaf's licence and every bundled package's notice; the Chrome manifest
 * names the oldest Chrome the bundles are compiled for.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/gold.js';

const version = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const ZIPS = ['chrome', 'firefox', 'source'].map((t) => `clearleaf-${t}-${version}.zip`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clearleaf-package-'));
const outs = [path.join(tmp, 'a'), path.join(tmp, 'b')];

function buildAndPackage(dist: string, tz: string): void {
  const env = { ...process.env, TZ: tz };
  execFileSync(process.execPath, ['build.mjs', '--outdir', dist], { cwd: REPO, env, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/package.mjs', '--dist', dist], { cwd: REPO, env, stdio: 'pipe' });
}

const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const unzip = (name: string): Record<string, Uint8Array> => unzipSync(new Uint8Array(fs.readFileSync(path.join(outs[0] ?? '', name))));
const text = (files: Record<string, Uint8Array>, name: string): string => new TextDecoder().decode(files[name]);

describe('store packages', () => {
  beforeAll(() => {
    buildAndPackage(outs[0] ?? '', 'UTC');
    buildAndPackage(outs[1] ?? '', 'Pacific/Kiritimati'); // UTC+14: any time-zone leak shows
  }, 60_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('two builds give the same sha256 for every zip', () => {
    for (const zip of ZIPS) expect(sha256(path.join(outs[1] ?? '', zip)), zip).toBe(sha256(path.join(outs[0] ?? '', zip)));
  });

  it('entries are sorted and all carry one fixed time stamp', () => {
    const bytes = fs.readFileSync(path.join(outs[0] ?? '', ZIPS[0] ?? ''));
    const names: string[] = [];
    const stamps = new Set<string>();
    // Local file headers: signature PK\3\4, DOS time at +10, date at +12, name length at +26, name at +30.
    for (let at = bytes.indexOf('PK\u0003\u0004'); at >= 0; at = bytes.indexOf('PK\u0003\u0004', at + 4)) {
      stamps.add(`${bytes.readUInt16LE(at + 10)}/${bytes.readUInt16LE(at + 12)}`);
      names.push(bytes.subarray(at + 30, at + 30 + bytes.readUInt16LE(at + 26)).toString('utf8'));
    }
    expect(names).toEqual([...names].sort());
    expect(names).toContain('manifest.json');
    expect([...stamps]).toEqual([`0/${(20 << 9) | (1 << 5) | 1}`]); // 2000-01-01 00:00
  });

  it('the extension zips carry the MIT licence and the notice of every bundled package', () => {
    for (const zip of ZIPS.slice(0, 2)) {
      const files = unzip(zip);
      expect(text(files, 'LICENSE')).toMatch(/^MIT License/u);
      const notices = text(files, 'THIRD-PARTY-NOTICES.txt');
      for (const header of ['@mozilla/readability 0.6.0 (Apache-2.0)', 'dompurify 3.5.0 (MPL-2.0 OR Apache-2.0)', 'webextension-polyfill 0.12.0 (MPL-2.0)', 'turndown 7.2.5 (MIT)']) {
        expect(notices).toContain(header);
      }
      expect(notices).toContain('Apache License');
      expect(notices).toContain('Mozilla Public License Version 2.0');
      expect(text(files, 'content.js')).toMatch(/^\/\*! Clearleaf, MIT licence\. .*THIRD-PARTY-NOTICES\.txt \*\//u);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
  });

  it('the Chrome manifest names the build target as minimum_chrome_version', () => {
    const manifest = JSON.parse(text(unzip(ZIPS[0] ?? ''), 'manifest.json')) as { minimum_chrome_version?: string };
    expect(fs.readFileSync(path.join(REPO, 'build.mjs'), 'utf8')).toContain(`const CHROME_MIN = ${manifest.minimum_chrome_version};`);
    expect(JSON.parse(text(unzip(ZIPS[1] ?? ''), 'manifest.json'))).not.toHaveProperty('minimum_chrome_version');
  });

  it('the source archive has the build steps and what they need, and no tests', () => {
    const names = Object.keys(unzip(ZIPS[2] ?? ''));
    for (const need of ['SOURCE-BUILD.md', 'build.mjs', 'package-lock.json', 'manifest.json', 'LICENSE', 'scripts/notices.mjs', 'src/extension/popup/index.ts']) {
      expect(names).toContain(need);
    }
    expect(names.some((n) => n.startsWith('tests/') || n.startsWith('node_modules/'))).toBe(false);
  });
});
