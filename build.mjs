// Builds Clearleaf: one manifest, two browser builds (plus a test variant of each), the library
// and the command line. `--watch` rebuilds on change; `--outdir DIR` builds elsewhere than dist/.
// Store zips: scripts/package.mjs (npm run package).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { thirdPartyNotices } from './scripts/notices.mjs';

const { values: flags } = parseArgs({ options: { watch: { type: 'boolean' }, outdir: { type: 'string' }, types: { type: 'boolean' } } });
const root = path.dirname(new URL(import.meta.url).pathname);
const dist = path.resolve(root, flags.outdir ?? 'dist');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The oldest browsers the bundles are compiled for; the manifests say the same to the stores. */
const CHROME_MIN = 120;
const FIREFOX_MIN = Number.parseInt(manifest.browser_specific_settings.gecko.strict_min_version, 10);

/** Each extension target: its folder and how its manifest differs from manifest.json. */
const TARGETS = {
  chrome: (m) => {
    delete m.browser_specific_settings;
    m.minimum_chrome_version = String(CHROME_MIN);
    return m;
  },
  firefox: (m) => {
    m.background = { scripts: ['background.js'] };
    // Chrome's key only (COEP credentialless: images without cookies); Firefox warns on keys it does not know.
    delete m.cross_origin_embedder_policy;
    // Firefox has no dynamic resource URLs (its moz-extension UUID is already random per install).
    for (const entry of m.web_accessible_resources ?? []) delete entry.use_dynamic_url;
    return m;
  },
};
/** End-to-end tests reach pages on 127.0.0.1 without a click on the toolbar (activeTab needs one). */
const TEST_HOSTS = ['*://127.0.0.1/*'];

/** Content script and background: classic scripts (a content script cannot be a module). */
const SCRIPTS = {
  content: 'src/extension/content/index.ts',
  background: 'src/extension/background/index.ts',
};
/** Extension pages: ES modules, so code needed only later (sources, turndown) loads as a chunk when needed. */
const PAGES = {
  popup: 'src/extension/popup/index.ts',
  reader: 'src/extension/reader/index.ts',
  options: 'src/extension/options/index.ts',
  'clean-view': 'src/extension/clean-view/index.ts',
};
const STATIC = {
  'popup.html': 'src/extension/popup/popup.html',
  'popup.css': 'src/extension/popup/popup.css',
  'reader.html': 'src/extension/reader/reader.html',
  'reader-page.css': 'src/extension/reader/reader-page.css',
  'reader.css': 'src/extension/ui/reader.css',
  'options.html': 'src/extension/options/options.html',
  'options.css': 'src/extension/options/options.css',
  'clean-view.html': 'src/extension/clean-view/clean-view.html',
  'clean-view.css': 'src/extension/clean-view/clean-view.css',
};

const extensionDirs = Object.keys(TARGETS).flatMap((name) => [path.join(dist, name), path.join(dist, 'test', name)]);

/** Clearleaf's licence and the licence texts of every package bundled into the extension. */
let notices = '';
/** Each extension build's metafile (scripts, pages): the notices cover what either bundled. */
const metafiles = new Map();

function writeStatic() {
  for (const [name, edit] of Object.entries(TARGETS)) {
    for (const test of [false, true]) {
      const dir = path.join(dist, ...(test ? ['test', name] : [name]));
      fs.mkdirSync(dir, { recursive: true });
      const m = edit(structuredClone(manifest));
      m.version = pkg.version;
      if (test) {
        m.host_permissions = TEST_HOSTS;
        // An empty extension page: the floor against which the benchmark times the popup.
        fs.writeFileSync(path.join(dir, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title><body data-state="done"></body>\n');
      }
      fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
      for (const [out, src] of Object.entries(STATIC)) fs.copyFileSync(path.join(root, src), path.join(dir, out));
      fs.cpSync(path.join(root, 'icons'), path.join(dir, 'icons'), { recursive: true, filter: (f) => !f.endsWith('.svg') });
      fs.cpSync(path.join(root, '_locales'), path.join(dir, '_locales'), { recursive: true });
      fs.copyFileSync(path.join(root, 'LICENSE'), path.join(dir, 'LICENSE'));
      fs.writeFileSync(path.join(dir, 'THIRD-PARTY-NOTICES.txt'), notices);
    }
  }
}

/** Bundles once into the first extension folder, then copies what each build wrote into the others. */
const copyBundles = {
  name: 'copy-bundles',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      metafiles.set(build.initialOptions.format, result.metafile);
      const all = [...metafiles.values()];
      notices = thirdPartyNotices({ inputs: Object.assign({}, ...all.map((m) => m.inputs)), outputs: Object.assign({}, ...all.map((m) => m.outputs)) }, root);
      writeStatic();
      const [first, ...rest] = extensionDirs;
      for (const out of Object.keys(result.metafile?.outputs ?? {})) {
        const rel = path.relative(first, path.resolve(root, out));
        for (const dir of rest) {
          fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
          fs.copyFileSync(path.join(first, rel), path.join(dir, rel));
        }
      }
    });
  },
};

const extensionScripts = {
  entryPoints: SCRIPTS,
  outdir: extensionDirs[0],
  bundle: true,
  format: 'iife',
  target: [`chrome${CHROME_MIN}`, `firefox${FIREFOX_MIN}`],
  loader: { '.css': 'text' },
  minify: !flags.watch,
  sourcemap: flags.watch ? 'inline' : false,
  // Licence texts go to THIRD-PARTY-NOTICES.txt, collected from the packages themselves (below);
  // a banner in every bundle points there.
  legalComments: 'none',
  banner: { js: '/*! Clearleaf, MIT licence. Bundled packages and their licences: THIRD-PARTY-NOTICES.txt */' },
  metafile: true,
  absWorkingDir: root,
  logLevel: 'warning',
  plugins: [copyBundles],
};
const extensionPages = { ...extensionScripts, entryPoints: PAGES, format: 'esm', splitting: true, chunkNames: 'chunks/[name]-[hash]' };

// The library and the CLI run in Node: dependencies stay external, resolved from node_modules.
const node = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};
const library = { ...node, entryPoints: { index: 'src/node/lib.ts' }, outdir: path.join(dist, 'lib') };
// The CLI and the worker threads of its batch pool (loaded by path, beside it).
const cli = { ...node, entryPoints: { clearleaf: 'src/node/cli.ts', worker: 'src/node/cli/worker.ts' }, outdir: path.join(dist, 'cli'), banner: { js: '#!/usr/bin/env node' } };

fs.rmSync(dist, { recursive: true, force: true });
if (flags.watch) {
  for (const options of [extensionScripts, extensionPages, library, cli]) await (await esbuild.context(options)).watch();
  console.log('watching src/ for changes (Ctrl-C to stop)');
} else {
  await Promise.all([esbuild.build(extensionScripts), esbuild.build(extensionPages), esbuild.build(library), esbuild.build(cli)]);
  fs.chmodSync(path.join(dist, 'cli', 'clearleaf.js'), 0o755);
  // Declaration files by tsc (the package's "types"), when packing or asked: tsc takes seconds.
  if (flags.types) execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json'], { stdio: 'inherit' });
  console.log(`built ${Object.keys(TARGETS).map((t) => `dist/${t}`).join(', ')} (+ dist/test/*), dist/lib, dist/cli`);
}
