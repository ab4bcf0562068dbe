// The licence notices of every npm package whose code esbuild put into a bundle, read from the
// bundle's metafile: exactly what ships, no more (a list of package.json dependencies would name
// packages only the CLI uses, and miss nested ones). Each package's own LICENSE files, verbatim.
import fs from 'node:fs';
import path from 'node:path';

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.|-|$)/iu;

/** The folder of the package that holds `file` (…/node_modules/NAME or …/node_modules/@SCOPE/NAME). */
function packageDir(file) {
  const parts = file.split(/[\\/]/u);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return null;
  const depth = parts[at + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, at + depth).join('/');
}

export function thirdPartyNotices(metafile, root) {
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      const dir = packageDir(input);
      if (dir) dirs.add(dir);
    }
  }
  const sections = [...dirs].sort().map((dir) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
    const files = fs.readdirSync(path.join(root, dir)).filter((f) => LICENCE_FILE.test(f)).sort();
    if (files.length === 0) throw new Error(`${pkg.name} is bundled but ships no licence file: add its notice by hand`);
    const texts = files.map((f) => fs.readFileSync(path.join(root, dir, f), 'utf8').trim());
    return [`${pkg.name} ${pkg.version} (${String(pkg.license).replace(/^\((.*)\)$/u, "$1")})`, '-'.repeat(72), ...texts].join('\n\n');
  });
  return `Clearleaf bundles the following packages. Their licences follow, as each package ships them.\n\n${sections.join('\n\n\n')}\n`;
}
