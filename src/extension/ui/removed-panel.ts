/** "What was removed": removed blocks grouped by category, each group expandable to its texts. */
import type { ClutterCategory, RemovedBlock } from '../../pipeline/types.js';
import { t } from './i18n.js';

export function renderRemoved(container: HTMLElement, removed: RemovedBlock[]): void {
  const doc = container.ownerDocument;
  container.replaceChildren();
  if (removed.length === 0) {
    const p = doc.createElement('p');
    p.textContent = t('removedNone');
    container.append(p);
    return;
  }
  const groups = new Map<ClutterCategory, RemovedBlock[]>();
  for (const block of removed) groups.set(block.category, [...(groups.get(block.category) ?? []), block]);
  for (const [category, blocks] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    const details = doc.createElement('details');
    details.dataset['category'] = category;
    const summary = doc.createElement('summary');
    summary.textContent = `${t(`category_${category}`)} (${blocks.length})`;
    const list = doc.createElement('ul');
    for (const block of blocks) {
      const li = doc.createElement('li');
      li.className = 'cl-removed-text';
      li.textContent = block.text;
      list.append(li);
    }
    details.append(summary, list);
    container.append(details);
  }
}
