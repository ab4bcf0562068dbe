/**
 * The npm package as a consumer gets it (issue 13.3): `npm pack` holds the built library, CLI and
 * tsc's declaration files and nothing else; a project with `strict` compiles against the unpacked
 * tarball (its dependencies linked as an install would place them) and imports it as ESM.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/gold.js';

const TSC = path.join(REPO, 'node_modules/typescript/bin/tsc');
const built = fs.existsSync(path.join(REPO, 'dist/lib/index.js')) && fs.existsSync(path.join(REPO, 'dist/cli/clearleaf.js'));
if (!built) console.warn('dist/ is not built: run npm run build (npm test does) to test the package.');

const CONSUMER = `import { cleanDocument, extractArticle, findSources, toMarkdown, type CleanArticle, type SourcesReport } from 'clearleaf';
export function titleOf(doc: Document): string {
  const article: CleanArticle = cleanDocument(doc, { url: 'https://example.org/a' });
  return article.isArticle ? article.title : (article.reason?.code ?? 'none');
}
export const report: SourcesReport = findSources({ text: 'The mayor said on Monday that the plan would go ahead.' });
export const md: string = toMarkdown({ title: 'T', byline: null, url: null, html: '<p>x</p>' });
export const words = (doc: Document): number => extractArticle(doc, { url: 'https://example.org/' }).wordCount;
`;

describe.skipIf(!built)('the npm package', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clearleaf-pack-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('packs only the built files and a strict consumer compiles against it and imports it', () => {
    execFileSync(process.execPath, [TSC, '-p', path.join(REPO, 'tsconfig.lib.json')], { cwd: REPO });
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: REPO, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
    const files = pack?.files.map((f) => f.path) ?? [];
    expect(files).toContain('dist/types/node/lib.d.ts');
    expect(files).toContain('dist/cli/worker.js');
    expect(files.filter((f) => !/^(dist\/(lib|cli|types)\/|package\.json$|README\.md$|LICENSE$)/u.test(f))).toEqual([]);

    const consumer = path.join(work, 'consumer');
    const target = path.join(consumer, 'node_modules/clearleaf');
    fs.mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(work, pack?.filename ?? ''), '-C', target, '--strip-components=1']);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies)) {
      const link = path.join(consumer, 'node_modules', dep);
      fs.mkdirSync(path.dirname(link), { recursive: true });
      fs.symlinkSync(path.join(REPO, 'node_modules', dep), link);
    }
    fs.writeFileSync(path.join(consumer, 'package.json'), '{ "name": "consumer", "type": "module", "private": true }\n');
    fs.writeFileSync(path.join(consumer, 'index.ts'), CONSUMER);
    fs.writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [], skipLibCheck: false },
      files: ['index.ts'],
    }));
    const tsc = (() => {
      try {
        return execFileSync(process.execPath, [TSC, '-p', consumer], { encoding: 'utf8' });
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    })();
    expect(tsc).toBe('');
    const exported = execFileSync(process.execPath, ['--input-type=module', '-e', "const m = await import('clearleaf'); console.log(Object.keys(m).sort().join(' '))"], { cwd: consumer, encoding: 'utf8' });
    expect(exported.trim().split(' ')).toEqual(expect.arrayContaining(['cleanDocument', 'extractArticle', 'findSources', 'toMarkdown']));
  }, 180_000);
});
