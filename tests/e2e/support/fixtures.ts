/** Which pages the end-to-end scenarios open, and what a reader must see for each. */
import path from 'node:path';
import { REPO, SHARED_PAGES, hasShared, loadGoldPages, type GoldPage } from '../../helpers/gold.js';

export interface ServedPage extends GoldPage {
  /** Path on the test server. */
  servedAt: string;
}

/** Shared fixture pages when ../shared is present, and always the repository's own. */
export function servedPages(): ServedPage[] {
  const shared = hasShared ? loadGoldPages(SHARED_PAGES).map((p) => ({ ...p, servedAt: `/shared/${p.name}.html` })) : [];
  const local = loadGoldPages(path.join(REPO, 'tests/fixtures/pages')).map((p) => ({ ...p, servedAt: `/local/${p.name}.html` }));
  return [...shared, ...local];
}
