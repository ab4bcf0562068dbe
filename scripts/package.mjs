// Store packages from a finished build: the Chrome and Firefox zips and, for AMO's reviewers, a source
// archive with build steps (SOURCE-BUILD.md). Byte-reproducible: entries sorted, one fixed time stamp,
// fixed compression, so the same tree gives the same sha256 on any machine and any day.
// Usage: node scripts/package.mjs [--dist DIR]   (npm run package builds first)
import { zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { values: flags } = parseArgs({ options: { dist: { type: 'string' } } });
const dist = path.resolve(root, flags.dist ?? 'dist');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** What a reviewer needs to rebuild the extension from source, and nothing of the tests or docs. */
const SOURCE_FILES = [
  'src', '_locales', 'icons', 'scripts', 'manifest.json', 'build.mjs', 'package.json', 'package-lock.json',
  'tsconfig.json', 'LICENSE', 'README.md', 'SOURCE-BUILD.md',
];

/**
 * Zip times are local-time DOS fields, so the stamp is built from local fields: the same bytes in any
 * time zone. 1 January 2000 rather than 1980 keeps unzip tools that distrust the DOS epoch quiet.
 */
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0);

/** Every file under `dir` (no dotfiles), as sorted zip paths → bytes. */
function readTree(dir, prefix = '', out = new Map()) {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) readTree(full, `${prefix}${entry.name}/`, out);
    else if (entry.isFile()) out.set(`${prefix}${entry.name}`, new Uint8Array(fs.readFileSync(full)));
  }
  return out;
}

function reproducibleZip(files) {
  const names = [...files.keys()].sort();
  const tree = Object.fromEntries(names.map((name) => [name, [files.get(name), { mtime: FIXED_TIME, level: 9 }]]));
  return zipSync(tree);
}

function write(name, files) {
  const file = path.join(dist, name);
  const bytes = reproducibleZip(files);
  fs.writeFileSync(file, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  console.log(`${sha}  ${path.relative(root, file)} (${files.size} files, ${(bytes.length / 1024).toFixed(0)} KB)`);
}

for (const target of ['chrome', 'firefox']) {
  const dir = path.join(dist, target);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run node build.mjs first`);
  write(`clearleaf-${target}-${version}.zip`, readTree(dir));
}

const source = new Map();
for (const item of SOURCE_FILES) {
  const full = path.join(root, item);
  if (fs.statSync(full).isDirectory()) for (const [name, bytes] of readTree(full, `${item}/`)) source.set(name, bytes);
  else source.set(item, new Uint8Array(fs.readFileSync(full)));
}
write(`clearleaf-source-${version}.zip`, source);
