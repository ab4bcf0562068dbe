/**
 * "What was removed": removed blocks grouped by category, each group expandable to its texts. With
 * actions, each block can be put back (once, or always on this site), and a block the reader hid can
 * be shown again.
 */
import type { ClutterCategory, RemovedBlock } from '../../pipeline/types.js';
import { actionButton } from './action-button.js';
import { formatNumber, t, type MessageKey } from './i18n.js';
import { truncate } from '../../pipeline/util/text.js';

/** Each category's name for readers; a new category fails the type check until it has one. */
const CATEGORY_KEY: Record<ClutterCategory, MessageKey> = {
  form: 'category_form', poll: 'category_poll', cta: 'category_cta', related: 'category_related',
  newsletter: 'category_newsletter', subscription: 'category_subscription', app: 'category_app',
  share: 'category_share', comments: 'category_comments', ad: 'category_ad', consent: 'category_consent',
  toc: 'category_toc', metadata: 'category_metadata', boilerplate: 'category_boilerplate', hidden: 'category_hidden',
  learned: 'category_learned',
};

export interface RemovedActions {
  putBack(block: RemovedBlock, always: boolean): void;
  /** Undo for "hidden by you": drop the hide rule that removed this block. */
  showAgain(block: RemovedBlock): void;
}

/** How much of a block's text names its buttons for a screen reader. */
const NAME_CHARS = 60;

const button = (doc: Document, label: string, name: string, onClick: () => void): HTMLButtonElement =>
  actionButton(doc, label, name, onClick, 'cl-removed-action');

function blockActions(doc: Document, block: RemovedBlock, actions: RemovedActions): HTMLElement {
  const bar = doc.createElement('span');
  bar.className = 'cl-removed-actions';
  const snippet = truncate(block.text, NAME_CHARS);
  if (block.category === 'hidden') {
    bar.append(button(doc, t('showAgain'), t('showAgainNamed', snippet), () => actions.showAgain(block)));
  } else {
    bar.append(
      button(doc, t('putBackOnce'), t('putBackOnceNamed', snippet), () => actions.putBack(block, false)),
      button(doc, t('putBackAlways'), t('putBackAlwaysNamed', snippet), () => actions.putBack(block, true)),
    );
  }
  return bar;
}

export function renderRemoved(container: HTMLElement, removed: RemovedBlock[], actions?: RemovedActions): void {
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
    summary.textContent = `${t(CATEGORY_KEY[category])} (${formatNumber(blocks.length)})`;
    const list = doc.createElement('ul');
    for (const block of blocks) {
      const li = doc.createElement('li');
      li.className = 'cl-removed-text';
      const text = doc.createElement('span');
      text.textContent = block.text;
      li.append(text);
      if (actions) li.append(' ', blockActions(doc, block, actions));
      list.append(li);
    }
    details.append(summary, list);
    container.append(details);
  }
}
