/**
 * The import graph Clearleaf keeps (checked by `npm run lint`). Data flows one way:
 *   pipeline (pure: Document in, data out)  <-  extension (platform < settings < ui < site-data < pages)  and  node (lib, CLI)
 * A layer imports only layers below it; nothing imports upward, nothing forms a cycle.
 */
const PAGES = '(background|content|popup|reader|options|clean-view)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'A cycle makes two modules one; cut it.',
      from: {}, to: { circular: true } },
    { name: 'not-to-unresolvable', severity: 'error', comment: 'Every import resolves.',
      from: {}, to: { couldNotResolve: true } },
    { name: 'pipeline-is-pure', severity: 'error',
      comment: 'The pipeline is the lowest layer: no extension code, no extension API, no Node-only modules.',
      from: { path: '^src/pipeline/' },
      to: { path: ['^src/(extension|node)/', 'webextension-polyfill', '^jsdom', '^node:', '^(fs|path|os)$'] } },
    { name: 'stages-do-not-import-the-join', severity: 'error',
      comment: 'extract/declutter/article/sources are joined by pipeline.ts and extract-article.ts, never the reverse.',
      from: { path: '^src/pipeline/(extract|declutter|article|sources|util)/' },
      to: { path: '^src/pipeline/(pipeline|extract-article)\\.ts$' } },
    { name: 'util-is-lowest', severity: 'error', comment: 'pipeline/util serves every stage and imports none.',
      from: { path: '^src/pipeline/util/' }, to: { path: '^src/pipeline/(?!util/)' } },
    { name: 'sources-stand-alone', severity: 'error',
      comment: 'Sources read the finished article; they do not reach into extraction or decluttering.',
      from: { path: '^src/pipeline/sources/' }, to: { path: '^src/pipeline/(extract|declutter)/' } },
    { name: 'node-is-not-extension', severity: 'error', comment: 'The library and CLI use the pipeline only.',
      from: { path: '^src/node/' }, to: { path: '^src/extension/' } },
    { name: 'platform-is-lowest', severity: 'error',
      comment: 'extension/platform wraps browser APIs; it imports no settings, UI or page code.',
      from: { path: '^src/extension/platform/' }, to: { path: `^src/extension/(settings|ui|site-data|${PAGES.slice(1, -1)})/` } },
    { name: 'settings-below-ui', severity: 'error', comment: 'Settings know nothing of the UI, site data or the pages.',
      from: { path: '^src/extension/settings/' }, to: { path: `^src/extension/(ui|site-data|${PAGES.slice(1, -1)})/` } },
    { name: 'ui-below-pages', severity: 'error',
      comment: 'extension/ui renders for every page; it never imports site data or a page (popup, reader, options, content, background).',
      from: { path: '^src/extension/ui/' }, to: { path: `^src/extension/(site-data|${PAGES.slice(1, -1)})/` } },
    { name: 'site-data-below-pages', severity: 'error',
      comment: 'extension/site-data (site rules and memory, for every page) uses platform, settings and ui; it never imports a page.',
      from: { path: '^src/extension/site-data/' }, to: { path: `^src/extension/${PAGES}/` } },
    { name: 'pages-apart', severity: 'error', comment: 'Each page is an entry point; pages share code through ui/platform.',
      from: { path: `^src/extension/${PAGES}/` },
      to: { path: `^src/extension/${PAGES}/`, pathNot: `^src/extension/$1/` } },
    { name: 'src-not-to-tests', severity: 'error', comment: 'Shipped code never imports tests, bench or scripts.',
      from: { path: '^src/' }, to: { path: '^(tests|bench|scripts)/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.d.ts'] },
    exclude: { path: '\\.css$' },
  },
};
